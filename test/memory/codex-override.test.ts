/**
 * Discovery of Codex's AGENTS.override.md on real files: Codex takes at most one file per directory, the
 * override before AGENTS.md (openai/codex project_doc.rs), and no other agent reads the override. So the
 * override is read by Codex alone, and the AGENTS.md beside it by every AGENTS.md reader but Codex; an
 * AGENTS.md in a directory without an override is read as before.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { discoverMemoryFiles } from '../../src/memory/discover.js';
import { isDefaultMemoryPath } from '../../src/memory/kinds.js';

let repo: string;
const write = (p: string, text: string) => {
  mkdirSync(dirname(join(repo, p)), { recursive: true });
  writeFileSync(join(repo, p), text);
};
beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'dream-codex-override-'));
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

const readers = async () => Object.fromEntries((await discoverMemoryFiles(repo)).map((f) => [f.path, { kind: f.kind, readBy: f.readBy }]));

describe("Codex's AGENTS.override.md", () => {
  it('is memory read by Codex alone, and hides the AGENTS.md of its own directory from Codex only', async () => {
    write('AGENTS.md', '- shared\n');
    write('AGENTS.override.md', '- codex only\n');
    write('services/api/AGENTS.md', '- api\n');
    write('services/web/AGENTS.md', '- web\n');
    write('services/web/AGENTS.override.md', '- web for codex\n');
    const r = await readers();
    expect(r['AGENTS.override.md']).toEqual({ kind: 'agents', readBy: ['codex'] });
    expect(r['services/web/AGENTS.override.md']).toEqual({ kind: 'agents', readBy: ['codex'] });
    expect(r['AGENTS.md']!.readBy).not.toContain('codex');
    expect(r['AGENTS.md']!.readBy).toEqual(expect.arrayContaining(['generic', 'copilot-cli', 'cline', 'aider']));
    expect(r['services/web/AGENTS.md']!.readBy).not.toContain('codex');
    // A directory without an override: Codex reads its AGENTS.md as ever.
    expect(r['services/api/AGENTS.md']!.readBy).toContain('codex');
  });

  it('hides nothing when the override is a link to the AGENTS.md beside it (one file, read by all)', async () => {
    write('AGENTS.md', '- shared\n');
    symlinkSync('AGENTS.md', join(repo, 'AGENTS.override.md'));
    const r = await readers();
    expect(Object.keys(r)).toEqual(['AGENTS.md']);
    expect(r['AGENTS.md']!.readBy).toContain('codex');
  });

  it('hides AGENTS.md from Codex even when the override is empty: Codex picks the first file that exists', async () => {
    write('AGENTS.md', '- shared\n');
    write('AGENTS.override.md', '');
    expect((await readers())['AGENTS.md']!.readBy).not.toContain('codex');
  });

  it('is a memory path for sync, as AGENTS.md is; a look-alike name is not', () => {
    expect(isDefaultMemoryPath('AGENTS.override.md')).toBe(true);
    expect(isDefaultMemoryPath('services/web/AGENTS.override.md')).toBe(true);
    expect(isDefaultMemoryPath('AGENTS.overrides.md')).toBe(false);
    expect(isDefaultMemoryPath('docs/AGENTS.override.txt')).toBe(false);
  });
});
