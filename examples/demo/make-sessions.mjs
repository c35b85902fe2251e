// Writes the demo's transcripts: three Claude Code sessions and two Codex CLI rollouts from a team
// working on this small repository. Kept as a script so the fixtures stay reproducible and readable;
// the generated .jsonl files are committed beside it. Run: node examples/demo/make-sessions.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const cwd = '/home/dev/acme-notes';

function claudeSession(id, day, turns) {
  const lines = [];
  let t = Date.parse(`2026-11-${day}T09:00:00Z`);
  let parent = null;
  let n = 0;
  const base = () => ({
    parentUuid: parent, isSidechain: false, userType: 'external', cwd, sessionId: id,
    version: '2.1.30', gitBranch: 'main',
  });
  const push = (obj) => {
    const uuid = `${id.slice(0, 8)}-0000-4000-8000-${String(++n).padStart(12, '0')}`;
    t += 7000;
    lines.push(JSON.stringify({ ...base(), ...obj, uuid, timestamp: new Date(t).toISOString() }));
    parent = uuid;
  };
  let msg = 0;
  for (const turn of turns) {
    if (turn.user) push({ type: 'user', message: { role: 'user', content: turn.user } });
    if (turn.say) {
      push({ type: 'assistant', message: { model: 'claude-sonnet-4-5', id: `msg_${id.slice(0, 6)}${++msg}`, type: 'message', role: 'assistant', content: [{ type: 'text', text: turn.say }], stop_reason: 'end_turn', usage: { input_tokens: 10, output_tokens: 20 } } });
    }
    if (turn.bash || turn.tool) {
      const toolId = `toolu_${id.slice(0, 6)}${String(++msg).padStart(4, '0')}`;
      const name = turn.tool ?? 'Bash';
      const input = turn.input ?? { command: turn.bash, description: 'Run command' };
      push({ type: 'assistant', message: { model: 'claude-sonnet-4-5', id: `msg_${id.slice(0, 6)}${msg}`, type: 'message', role: 'assistant', content: [{ type: 'tool_use', id: toolId, name, input }], stop_reason: 'tool_use', usage: { input_tokens: 10, output_tokens: 20 } } });
      const result = { type: 'tool_result', tool_use_id: toolId, content: turn.out };
      if (turn.error) result.is_error = true;
      push({ type: 'user', message: { role: 'user', content: [result] }, toolUseResult: turn.error ? `Error: ${turn.out}` : { stdout: turn.out, stderr: '', interrupted: false } });
    }
  }
  return lines.join('\n') + '\n';
}

function codexSession(id, day, turns) {
  const lines = [];
  let t = Date.parse(`2026-11-${day}T14:00:00Z`);
  const push = (type, payload) => {
    t += 5000;
    lines.push(JSON.stringify({ timestamp: new Date(t).toISOString(), type, payload }));
  };
  push('session_meta', { id, timestamp: new Date(t).toISOString(), cwd, originator: 'codex_cli_rs', cli_version: '0.77.0', model_provider: 'openai' });
  push('response_item', { type: 'message', role: 'user', content: [{ type: 'input_text', text: '# AGENTS.md instructions for /home/dev/acme-notes\n\n<INSTRUCTIONS>\n# AGENTS.md\n\n- Python sources live in src/acme_notes.\n</INSTRUCTIONS>' }] });
  push('turn_context', { cwd, approval_policy: 'on-request', model: 'gpt-5.2-codex' });
  let call = 0;
  for (const turn of turns) {
    if (turn.user) {
      push('response_item', { type: 'message', role: 'user', content: [{ type: 'input_text', text: turn.user }] });
      push('event_msg', { type: 'user_message', message: turn.user, images: [] });
    }
    if (turn.say) push('response_item', { type: 'message', role: 'assistant', content: [{ type: 'output_text', text: turn.say }] });
    if (turn.bash) {
      const callId = `call_${id.slice(-6)}${++call}`;
      push('response_item', { type: 'function_call', name: 'shell', arguments: JSON.stringify({ command: ['bash', '-lc', turn.bash], workdir: cwd }), call_id: callId });
      push('response_item', { type: 'function_call_output', call_id: callId, output: JSON.stringify({ output: turn.out, metadata: { exit_code: turn.exit ?? 0, duration_seconds: 0.8 } }) });
    }
  }
  return lines.join('\n') + '\n';
}

const pytestFail = 'ImportError while loading conftest.\nE   ModuleNotFoundError: No module named \'acme_notes\'\n1 error in 0.12s';
const pytestPass = '============ 14 passed in 0.41s ============';
const legacyFail = 'npm error Missing script: "legacy-build"\nnpm error\nnpm error To see a list of scripts, run:\nnpm error   npm run';
const buildOk = '> acme-notes@1.4.0 build\n> vite build\n\nbuilt in 1.2s';

const sessions = {
  'claude-code/6f1c2a10-1111-4aaa-8aaa-000000000001.jsonl': claudeSession('6f1c2a10-1111-4aaa-8aaa-000000000001', '02', [
    { user: 'The search page crashes on empty queries. Fix it and make sure the tests pass.' },
    { bash: 'pytest tests/test_search.py', out: pytestFail, error: true },
    { bash: 'PYTHONPATH=src pytest tests/test_search.py', out: pytestPass },
    { tool: 'Edit', input: { file_path: `${cwd}/src/acme_notes/search.py`, old_string: 'if q:', new_string: 'if q and q.strip():' }, out: '<tool_use_error>String to replace not found in file.</tool_use_error>', error: true },
    { bash: 'npm run legacy-build', out: legacyFail, error: true },
    { bash: 'npm run build', out: buildOk },
    { say: 'Fixed: empty queries now return no results instead of crashing.' },
  ]),
  'claude-code/6f1c2a10-2222-4aaa-8aaa-000000000002.jsonl': claudeSession('6f1c2a10-2222-4aaa-8aaa-000000000002', '05', [
    { user: 'Add a --json flag to the export command.' },
    { bash: 'yarn install', out: 'yarn: command not found', error: true },
    { user: "Don't use yarn in this repo, always use npm. The lockfile is package-lock.json." },
    { bash: 'npm ci', out: 'added 212 packages in 4s' },
    { bash: 'npm run legacy-build', out: legacyFail, error: true },
    { bash: 'npm run build', out: buildOk },
    { say: 'Added --json to export.' },
  ]),
  'claude-code/6f1c2a10-3333-4aaa-8aaa-000000000003.jsonl': claudeSession('6f1c2a10-3333-4aaa-8aaa-000000000003', '09', [
    { user: 'Bump the markdown parser and check nothing broke.' },
    { bash: 'yarn upgrade markdown-it', out: 'yarn: command not found', error: true },
    { user: "No, don't use yarn here. Always use npm: npm install markdown-it@latest." },
    { bash: 'npm install markdown-it@latest', out: 'changed 1 package in 2s' },
    { bash: 'pytest', out: pytestFail, error: true },
    { bash: 'PYTHONPATH=src pytest', out: pytestPass },
    { say: 'Upgraded; all tests pass.' },
  ]),
};
const codex = {
  'codex/rollout-2026-11-03T14-00-00-019c0000-aaaa-7000-8000-000000000004.jsonl': codexSession('019c0000-aaaa-7000-8000-000000000004', '03', [
    { user: 'Run the test suite and fix whatever fails in the tagging module.' },
    { bash: 'pytest -q', out: pytestFail, exit: 2 },
    { bash: 'PYTHONPATH=src pytest -q', out: pytestPass, exit: 0 },
    { say: 'All 14 tests pass once src is on the import path.' },
  ]),
  'codex/rollout-2026-11-07T14-00-00-019c0000-bbbb-7000-8000-000000000005.jsonl': codexSession('019c0000-bbbb-7000-8000-000000000005', '07', [
    { user: 'Check that the CSV importer handles BOMs.' },
    { bash: 'python -m pytest tests/test_import.py', out: pytestFail, exit: 1 },
    { bash: 'PYTHONPATH=src python -m pytest tests/test_import.py', out: '============ 3 passed in 0.20s ============', exit: 0 },
    { bash: 'cat data/sample.csv | head -3', out: 'title,body\nhello,world', exit: 0 },
  ]),
};
for (const [rel, text] of Object.entries({ ...sessions, ...codex })) {
  const file = path.join(here, 'sessions', rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}
