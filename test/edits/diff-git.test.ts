import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyEdits, unifiedDiff } from '../../src/edits/apply.js';
import { edit, entryId, file, opts } from './helpers.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function repoWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dream-diff-'));
  dirs.push(dir);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
  git('init', '-q');
  git('config', 'core.autocrlf', 'false');
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(join(dir, p, '..'), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  git('add', '-A');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '-qm', 'init');
  return dir;
}

describe('unifiedDiff', () => {
  it('produces a patch git apply accepts: CRLF, no final newline, a new file, a nested path', () => {
    const originals = {
      'CLAUDE.md': '# Project\r\n\r\n## Testing\r\n\r\n- run tests\r\n- keep\r\n- a\r\n- b\r\n\r\n## Build\r\n\r\nUse make.',
      'pkg/app/CLAUDE.md': '- one\n- two\n- three\n- four\n',
    };
    const dir = repoWith(originals);
    const claude = file('CLAUDE.md', originals['CLAUDE.md']);
    const pkg = file('pkg/app/CLAUDE.md', originals['pkg/app/CLAUDE.md']);
    const r = applyEdits(
      [claude, pkg],
      [
        edit({ op: 'add', file: 'CLAUDE.md', section: ['Project', 'Build'], after: 'cache builds' }),
        edit({ op: 'update', file: 'CLAUDE.md', entryId: entryId(claude, 'run tests'), after: 'run `npm test`' }),
        edit({ op: 'move', file: 'pkg/app/CLAUDE.md', entryId: entryId(pkg, 'two'), toFile: 'AGENTS.md' }),
      ],
      opts,
    );
    expect(r.rejected).toEqual([]);
    expect(r.changes.map((c) => c.path)).toEqual(['AGENTS.md', 'CLAUDE.md', 'pkg/app/CLAUDE.md']);
    const patch = unifiedDiff(r.changes);
    expect(patch).toContain('new file mode 100644\n--- /dev/null\n+++ b/AGENTS.md');
    expect(patch).toContain('\\ No newline at end of file');
    writeFileSync(join(dir, '..', `${dir.split('/').pop()}.diff`), patch);
    const patchFile = join(dir, '..', `${dir.split('/').pop()}.diff`);
    dirs.push(patchFile);
    execFileSync('git', ['apply', '--check', patchFile], { cwd: dir, stdio: 'pipe' });
    execFileSync('git', ['apply', patchFile], { cwd: dir, stdio: 'pipe' });
    for (const c of r.changes) expect(readFileSync(join(dir, c.path), 'utf8')).toBe(c.after);
    // Untouched CRLF lines are still CRLF on disk.
    expect(readFileSync(join(dir, 'CLAUDE.md'), 'utf8')).toContain('- keep\r\n- a\r\n');
  });

  it('is empty when nothing changed', () => {
    expect(unifiedDiff([{ path: 'CLAUDE.md', before: 'x\n', after: 'x\n' }])).toBe('');
  });
});

describe('unifiedDiff against git apply, on generated files', () => {
  const LINES = ['# A', '## B', '', '- x', '* y', '1. z', '  - n', 'para', '```', 'code', '~~~', '---', 'tail'];
  it('git apply reproduces every change exactly (CRLF, missing final newline, created files)', async () => {
    const fc = (await import('fast-check')).default;
    const dir = mkdtempSync(join(tmpdir(), 'dream-diff-prop-'));
    dirs.push(dir);
    execFileSync('git', ['init', '-q'], { cwd: dir });
    let run = 0;
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...LINES), { maxLength: 14 }),
        fc.boolean(),
        fc.boolean(),
        fc.array(
          fc.record({
            op: fc.constantFrom('add', 'update', 'delete', 'move'),
            k: fc.nat(20),
            text: fc.constantFrom('alpha', 'beta gamma', 'two\nlines'),
          }),
          { maxLength: 5 },
        ),
        (lines, crlf, finalNewline, specs) => {
          const eol = crlf ? '\r\n' : '\n';
          const text = lines.join(eol) + (finalNewline && lines.length > 0 ? eol : '');
          const name = `f${run++}`;
          const f = file(`${name}/CLAUDE.md`, text);
          const edits = specs.map((s, i) => {
            const target = f.entries[s.k % Math.max(1, f.entries.length)];
            return edit({
              id: `x${i}`,
              op: s.op,
              file: f.path,
              entryId: target?.id,
              after: s.text,
              toFile: `${name}/AGENTS.md`,
              section: ['A'],
            });
          });
          const r = applyEdits([f], edits, { ...opts, maxDeleteShare: 1 });
          if (r.changes.length === 0) return;
          mkdirSync(join(dir, name), { recursive: true });
          writeFileSync(join(dir, f.path), text);
          const patchFile = join(dir, `${name}.diff`);
          writeFileSync(patchFile, unifiedDiff(r.changes));
          execFileSync('git', ['apply', '--check', patchFile], { cwd: dir, stdio: 'pipe' });
          execFileSync('git', ['apply', patchFile], { cwd: dir, stdio: 'pipe' });
          for (const c of r.changes) expect(readFileSync(join(dir, c.path), 'utf8')).toBe(c.after);
        },
      ),
      { numRuns: 60 },
    );
  });
});
