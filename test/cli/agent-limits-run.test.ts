/**
 * End to end on a real git checkout, `dream run --write` over Codex rollouts: a lesson that would take the
 * AGENTS.md chain Codex reads past project_doc_max_bytes is refused and the file left byte for byte; the report
 * and the pull request's body say why. The same lesson lands when there is room (control).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DreamReport } from '../../src/model/index.js';
import { CODEX_PROJECT_DOC_MAX_BYTES } from '../../src/memory/limits.js';
import { renderPull } from '../../src/publish/body.js';
import { codexRollout, type Turn } from '../helpers/transcript-builders.js';
import { dreamRunReport } from '../helpers/run-cli.js';
import { silentLogger } from '../../src/log.js';

const cwd = '/home/dev/acme-notes/services/api';
const pythonPathFix: Turn[] = [
  { bash: 'pytest -q', out: "E   ModuleNotFoundError: No module named 'acme_api'\n1 error in 0.12s", exit: 2 },
  { bash: 'PYTHONPATH=src pytest -q', out: '============ 14 passed in 0.41s ============', exit: 0 },
];

let dir: string;
let repo: string;
const git = (...args: string[]) => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8' });
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dream-agent-limits-'));
  repo = path.join(dir, 'repo');
  mkdirSync(path.join(repo, 'src', 'acme_api'), { recursive: true });
  writeFileSync(path.join(repo, 'src', 'acme_api', '__init__.py'), '');
  writeFileSync(path.join(repo, '.gitignore'), 'sessions/\n');
  // The per-file budget out of the way: Codex's own limit is under test.
  writeFileSync(path.join(repo, 'dream.yml'), 'budget: { max-lines: 100000, max-bytes: 1048576 }\n');
  mkdirSync(path.join(repo, 'sessions'), { recursive: true });
  ['Fix the search crash on empty queries.', 'Check the CSV importer handles BOMs.'].forEach((task, i) => {
    const id = `019fbd8d-0000-7000-8000-00000000000${i}`;
    writeFileSync(
      path.join(repo, 'sessions', `rollout-${id}.jsonl`),
      codexRollout(id, String(10 + i), cwd, [{ user: task }, ...pythonPathFix]),
    );
  });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** An AGENTS.md of `bytes` bytes of Korean rules (3 bytes a character). */
function agentsOf(bytes: number): string {
  let text = '# 규칙\n\n';
  const line = '- 모든 변경에는 테스트를 추가한다.\n';
  while (Buffer.byteLength(text + line) <= bytes - 8) text += line;
  return `${text}- ${'z'.repeat(bytes - Buffer.byteLength(text) - 3)}\n`;
}

async function run(agentsBytes: number, codexConfig?: string): Promise<{ report: DreamReport; before: string; warnings: string[] }> {
  const before = agentsOf(agentsBytes);
  writeFileSync(path.join(repo, 'AGENTS.md'), before);
  if (codexConfig !== undefined) {
    mkdirSync(path.join(repo, '.codex'));
    writeFileSync(path.join(repo, '.codex', 'config.toml'), codexConfig);
  }
  const warnings: string[] = [];
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'base');
  const report = await dreamRunReport({
    repo,
    report: path.join(dir, 'report.json'),
    args: ['--config', path.join(repo, 'dream.yml'), '--sessions', 'sessions/*.jsonl', '--write'],
    logger: { ...silentLogger, warning: (m: string) => void warnings.push(m) },
  });
  return { report, before, warnings };
}

describe('dream run where the lesson would pass the bytes Codex reads of AGENTS.md', () => {
  it('refuses it, leaves AGENTS.md byte for byte, and says why in the pull request', async () => {
    const { report, before } = await run(CODEX_PROJECT_DOC_MAX_BYTES - 20);
    expect(report.edits.filter((e) => e.file === 'AGENTS.md')).toEqual([]);
    const refused = report.rejected.filter((r) => r.by === 'guard:agent-limits');
    expect(refused.map((r) => [r.edit.op, r.edit.file, r.edit.after])).toEqual([
      ['add', 'AGENTS.md', expect.stringContaining('PYTHONPATH=src pytest')],
    ]);
    expect(refused[0]!.reason).toMatch(/^AGENTS\.md would reach \d+ bytes, past the 32768 bytes Codex reads \(project_doc_max_bytes\)/);
    expect(readFileSync(path.join(repo, 'AGENTS.md'), 'utf8')).toBe(before);
    const { body } = renderPull(report, {
      owner: 'acme',
      repo: 'notes',
      serverUrl: 'https://github.com',
      baseSha: 'a'.repeat(40),
      branch: 'dreaming/memory',
      date: new Date('2026-12-05T00:00:00Z'),
    });
    expect(body).toContain('(guard:agent-limits): AGENTS.md would reach');
    expect(body).toContain('past the 32768 bytes Codex reads (project_doc_max_bytes)');
  });

  it('adds it where there is room (control)', async () => {
    const { report } = await run(CODEX_PROJECT_DOC_MAX_BYTES - 400);
    expect(report.rejected.filter((r) => r.by === 'guard:agent-limits')).toEqual([]);
    expect(report.edits.map((e) => [e.op, e.file])).toEqual([['add', 'AGENTS.md']]);
    expect(Buffer.byteLength(readFileSync(path.join(repo, 'AGENTS.md')))).toBeLessThanOrEqual(CODEX_PROJECT_DOC_MAX_BYTES);
  });
});

describe("the project's .codex/config.toml sets how much Codex reads", () => {
  const refusedBy = (r: DreamReport) => r.rejected.filter((x) => x.by === 'guard:agent-limits').map((x) => x.reason);

  it('a raised project_doc_max_bytes (TOML with comments, tables and digit separators) lets the lesson land', async () => {
    const config =
      '# Codex for this repository\nmodel = "gpt-5.2-codex"\nproject_doc_max_bytes = 65_536 # room for the notes\n\n[profiles.ci]\nproject_doc_max_bytes = 1\n';
    const { report } = await run(CODEX_PROJECT_DOC_MAX_BYTES - 20, config);
    expect(refusedBy(report)).toEqual([]);
    expect(report.edits.map((e) => [e.op, e.file])).toEqual([['add', 'AGENTS.md']]);
  });

  it('a lowered one refuses what the default would take, naming the configured size', async () => {
    const { report, before } = await run(CODEX_PROJECT_DOC_MAX_BYTES - 400, "'project_doc_max_bytes' = 16384\n");
    expect(refusedBy(report)).toEqual([expect.stringMatching(/^AGENTS\.md would reach \d+ bytes, past the 16384 bytes Codex reads/)]);
    expect(readFileSync(path.join(repo, 'AGENTS.md'), 'utf8')).toBe(before);
  });

  it.each([
    ['a file that is not TOML', 'model = "gpt-5"\nproject_doc_max_bytes = [65536\n', /^\.codex\/config\.toml:\d+: not valid TOML \(/],
    [
      'a value that is no size',
      'model = "gpt-5"\nproject_doc_max_bytes = "64k"\n',
      /^\.codex\/config\.toml:2: project_doc_max_bytes must be a whole number of bytes/,
    ],
    ['a negative size', 'project_doc_max_bytes = -1\n', /^\.codex\/config\.toml:1: project_doc_max_bytes must be/],
  ])('%s is named by file and line, and the default applies', async (_, config, said) => {
    const { report, warnings } = await run(CODEX_PROJECT_DOC_MAX_BYTES - 20, config);
    expect(warnings.filter((w) => w.startsWith('.codex/'))).toEqual([expect.stringMatching(said)]);
    expect(warnings.find((w) => w.startsWith('.codex/'))).toContain("Codex's default of 32768 bytes applies");
    expect(refusedBy(report)).toEqual([expect.stringContaining('past the 32768 bytes Codex reads')]);
  });
});
