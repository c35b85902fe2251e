/**
 * README.md opens with the main job on the bundled example. This runs that exact command line, read
 * from README.md, with the committed CLI bundle (no install needed), and checks that it prints the
 * proposed memory diff and leaves the example untouched.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

describe("README's main-job command", () => {
  it('prints the demo diff with the committed bundle, and writes nothing', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const command = /```sh\n(node dist\/cli\.js run [^\n]+)\n```/.exec(readme)?.[1];
    expect(command).toBeDefined();
    const before = execFileSync('git', ['status', '--porcelain', '--', 'examples'], { cwd: root, encoding: 'utf8' });
    const out = execFileSync('sh', ['-c', command!], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(out).toMatch(/^engine: offline$/m);
    expect(out).toMatch(/^sessions: 5 read from 5 file\(s\)/m);
    expect(out).toContain('diff --git a/CLAUDE.md b/CLAUDE.md');
    expect(out).toContain('+- Build the web UI with `npm run build`.');
    expect(out).toContain('diff --git a/AGENTS.md b/AGENTS.md');
    expect(execFileSync('git', ['status', '--porcelain', '--', 'examples'], { cwd: root, encoding: 'utf8' })).toBe(before);
  });
});
