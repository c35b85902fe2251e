/**
 * `dream run --write` writes memory files and the ledger inside the repository only: a planted
 * `CLAUDE.md.<pid>.tmp` symlink is not followed, and a `ledger:` config path that leaves the repository is refused with the config file and line.
 */
import {
  copyFileSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runDreamCli } from '../helpers/run-cli.js';

const demo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../examples/demo');
let dir: string;
let repo: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dream-write-'));
  repo = path.join(dir, 'repo');
  cpSync(demo, repo, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[]): Promise<void> => runDreamCli(['--repo', repo, '--sessions', 'sessions/**/*.jsonl', ...args]);

describe('dream run --write', () => {
  it('does not follow a planted temp-file symlink out of the repository', async () => {
    const victim = path.join(dir, 'victim.txt');
    writeFileSync(victim, 'untouched\n');
    for (const name of ['CLAUDE.md', 'AGENTS.md', '.dreaming/ledger.json']) {
      const planted = path.join(repo, `${name}.${process.pid}.tmp`);
      mkdirSync(path.dirname(planted), { recursive: true });
      symlinkSync(victim, planted);
    }
    const before = readFileSync(path.join(repo, 'CLAUDE.md'), 'utf8');
    await run(['--write']);
    expect(readFileSync(victim, 'utf8')).toBe('untouched\n');
    // Non-vacuous: the pass did write memory, and the planted links are still links.
    expect(readFileSync(path.join(repo, 'CLAUDE.md'), 'utf8')).not.toBe(before);
    expect(lstatSync(path.join(repo, `CLAUDE.md.${process.pid}.tmp`)).isSymbolicLink()).toBe(true);
  }, 60_000);

  it('refuses a ledger path that leaves the repository, naming the config file and line', async () => {
    const cfg = path.join(dir, 'dream.yml');
    for (const bad of ['../ledger.json', '/tmp/ledger.json', '.git/ledger.json', 'a/../../x.json', 'C:\\\\x.json']) {
      writeFileSync(cfg, `engine: offline\nledger: ${JSON.stringify(bad)}\n`);
      await expect(run(['--config', cfg, '--write'])).rejects.toThrow(new RegExp(`dream\\.yml:2: ledger: `));
    }
    // Control: a path inside the repository is fine.
    writeFileSync(cfg, 'engine: offline\nledger: state/dreams.json\n');
    await run(['--config', cfg, '--write']);
    expect(JSON.parse(readFileSync(path.join(repo, 'state', 'dreams.json'), 'utf8'))).toBeTypeOf('object');
  }, 60_000);
  it('scans only the lines the pass adds to the ledger: a secret already in it stays, a new one is refused', async () => {
    // Built at runtime so this file holds no literal secret.
    const token = (c: string) => 'ghp_' + c.repeat(36);
    const ledgerFile = path.join(repo, '.dreaming', 'ledger.json');
    await run(['--write']);
    // A secret-like value a person left in the ledger: not this pass's to judge.
    const held = readFileSync(ledgerFile, 'utf8').replace('\n  "version": 1', `\n  "note": "${token('A')}",\n  "version": 1`);
    writeFileSync(ledgerFile, held);
    const sessions = path.join(repo, 'sessions');
    const first = readdirSync(sessions, { recursive: true })
      .map(String)
      .find((f) => f.endsWith('.jsonl'))!;
    copyFileSync(path.join(sessions, first), path.join(sessions, 'grown.jsonl'));
    writeFileSync(path.join(sessions, 'grown.jsonl'), '\n', { flag: 'a' });
    await run(['--write']);
    const after = readFileSync(ledgerFile, 'utf8');
    expect(after).not.toBe(held);
    expect(after).toContain(token('A'));
    // A transcript whose name holds a token: the ledger would record the name in a new line.
    copyFileSync(path.join(sessions, first), path.join(sessions, `${token('B')}.jsonl`));
    writeFileSync(path.join(sessions, `${token('B')}.jsonl`), '\n', { flag: 'a' });
    await expect(run(['--write'])).rejects.toThrow(/holds 1 secret-like value\(s\)/);
    expect(readFileSync(ledgerFile, 'utf8')).toBe(after);
    expect(existsSync(ledgerFile)).toBe(true);
  }, 60_000);
});
