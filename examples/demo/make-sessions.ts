// Writes the demo's transcripts: three Claude Code sessions and two Codex CLI rollouts from a team
// working on this small repository. Kept as a script so the fixtures stay reproducible and readable;
// the generated .jsonl files are committed beside it. Run: npx tsx examples/demo/make-sessions.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { claudeCodeSession, codexRollout } from '../../test/helpers/transcript-builders.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const cwd = '/home/dev/acme-notes';
const agentsMd = '# AGENTS.md\n\n- Python sources live in src/acme_notes.';

const pytestFail = "ImportError while loading conftest.\nE   ModuleNotFoundError: No module named 'acme_notes'\n1 error in 0.12s";
const pytestPass = '============ 14 passed in 0.41s ============';
const legacyFail = 'npm error Missing script: "legacy-build"\nnpm error\nnpm error To see a list of scripts, run:\nnpm error   npm run';
const buildOk = '> acme-notes@1.4.0 build\n> vite build\n\nbuilt in 1.2s';

const files: Record<string, string> = {
  'claude-code/6f1c2a10-1111-4aaa-8aaa-000000000001.jsonl': claudeCodeSession('6f1c2a10-1111-4aaa-8aaa-000000000001', '02', cwd, [
    { user: 'The search page crashes on empty queries. Fix it and make sure the tests pass.' },
    { bash: 'pytest tests/test_search.py', out: pytestFail, error: true },
    { bash: 'PYTHONPATH=src pytest tests/test_search.py', out: pytestPass },
    {
      tool: 'Edit',
      input: { file_path: `${cwd}/src/acme_notes/search.py`, old_string: 'if q:', new_string: 'if q and q.strip():' },
      out: '<tool_use_error>String to replace not found in file.</tool_use_error>',
      error: true,
    },
    { bash: 'npm run legacy-build', out: legacyFail, error: true },
    { bash: 'npm run build', out: buildOk },
    { say: 'Fixed: empty queries now return no results instead of crashing.' },
  ]),
  'claude-code/6f1c2a10-2222-4aaa-8aaa-000000000002.jsonl': claudeCodeSession('6f1c2a10-2222-4aaa-8aaa-000000000002', '05', cwd, [
    { user: 'Add a --json flag to the export command.' },
    { bash: 'yarn install', out: 'yarn: command not found', error: true },
    { user: "Don't use yarn in this repo, always use npm. The lockfile is package-lock.json." },
    { bash: 'npm ci', out: 'added 212 packages in 4s' },
    { bash: 'npm run legacy-build', out: legacyFail, error: true },
    { bash: 'npm run build', out: buildOk },
    { say: 'Added --json to export.' },
  ]),
  'claude-code/6f1c2a10-3333-4aaa-8aaa-000000000003.jsonl': claudeCodeSession('6f1c2a10-3333-4aaa-8aaa-000000000003', '09', cwd, [
    { user: 'Bump the markdown parser and check nothing broke.' },
    { bash: 'yarn upgrade markdown-it', out: 'yarn: command not found', error: true },
    { user: "No, don't use yarn here. Always use npm: npm install markdown-it@latest." },
    { bash: 'npm install markdown-it@latest', out: 'changed 1 package in 2s' },
    { bash: 'pytest', out: pytestFail, error: true },
    { bash: 'PYTHONPATH=src pytest', out: pytestPass },
    { say: 'Upgraded; all tests pass.' },
  ]),
  'codex/rollout-2026-11-03T14-00-00-019c0000-aaaa-7000-8000-000000000004.jsonl': codexRollout('019c0000-aaaa-7000-8000-000000000004', '03', cwd, [
    { user: 'Run the test suite and fix whatever fails in the tagging module.' },
    { bash: 'pytest -q', out: pytestFail, exit: 2 },
    { bash: 'PYTHONPATH=src pytest -q', out: pytestPass, exit: 0 },
    { say: 'All 14 tests pass once src is on the import path.' },
  ], agentsMd),
  'codex/rollout-2026-11-07T14-00-00-019c0000-bbbb-7000-8000-000000000005.jsonl': codexRollout('019c0000-bbbb-7000-8000-000000000005', '07', cwd, [
    { user: 'Check that the CSV importer handles BOMs.' },
    { bash: 'python -m pytest tests/test_import.py', out: pytestFail, exit: 1 },
    { bash: 'PYTHONPATH=src python -m pytest tests/test_import.py', out: '============ 3 passed in 0.20s ============', exit: 0 },
    { bash: 'cat data/sample.csv | head -3', out: 'title,body\nhello,world', exit: 0 },
  ], agentsMd),
};
for (const [rel, text] of Object.entries(files)) {
  const file = path.join(here, 'sessions', rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}
