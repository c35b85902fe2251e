/**
 * mini-swe-agent trajectories, SpecStory markdown (v2.1 and the older layout), Gemini CLI chats and
 * Claude Code console text, on small fixtures written for these tests (shapes paraphrased from real
 * files; the wording of every error and feedback is our own, so the rules are tested on text they
 * were not written from).
 */
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/transcripts/index.js';
import { expectWellFormed, fixture, kinds, lineCountOf, ofKind, readAll, sha256Of } from './helpers.js';

const MINI = fixture('mini-swe-agent/acme__slug-12.traj.json');
const SPEC_V2 = fixture('specstory/.specstory/history/2026-03-01_09-15-00Z-fix-the-build.md');
const SPEC_OLD = fixture('specstory/2025-05-02_14-20-11Z-set-up-the-venv.md');
const SPEC_CURSOR = fixture('specstory/2025-06-01_11-05Z-install-deps.md');
const GEMINI_JSON = fixture('gemini/session-2026-02-02T08-00-3c2b1a09.json');
const GEMINI_JSONL = fixture('gemini/session-2026-04-01T10-00-5e4d3c2b.jsonl');
const CONSOLE = fixture('console/2026-05-04-daily.txt');

/** The 1-based line of the first line of `file` containing `needle` (after line `after`). */
function lineOf(file: string, needle: string, after = 0): number {
  const i = readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((l, n) => n + 1 > after && l.includes(needle));
  if (i < 0) throw new Error(`${needle} not in ${file}`);
  return i + 1;
}

describe('mini-swe-agent trajectories', () => {
  it('reads bash blocks as calls, <returncode> as exit codes, and harness complaints as environment feedback', async () => {
    expect(await detectFormat(MINI)).toBe('mini-swe-agent-traj');
    const { sessions, issues } = await readAll(MINI);
    expect(issues).toEqual([]);
    const s = sessions[0]!;
    expectWellFormed(s, lineCountOf(MINI));
    expect(s).toMatchObject({
      // The task it ran, placed by the trajectory's folder: another run of the task is another session.
      id: expect.stringMatching(/^acme__slug-12@[0-9a-f]{8}$/),
      agent: 'swe-agent',
      format: 'mini-swe-agent-traj',
      model: 'acme/coder-1',
      exitStatus: 'Submitted',
      contentHash: sha256Of(MINI),
    });
    const [task, ...others] = ofKind(s, 'user_prompt');
    expect(task).toMatchObject({ task: true });
    expect(task!.text).toContain('keep them');
    // Nobody but the harness speaks after the task.
    expect(others).toEqual([]);
    expect(ofKind(s, 'tool_call').map((c) => c.command)).toEqual([
      'grep -rn "def slugify" src',
      'sed -n 1,20p src/text/slug.py',
      'pytest tests/test_slug.py',
      'pytest tests/test_slug.py -q',
      'make all',
      'echo TASK_DONE && git diff',
    ]);
    const results = ofKind(s, 'tool_result');
    expect(results.map((r) => [r.ok, r.exitCode])).toEqual([
      [true, 0],
      [false, 1],
      [false, undefined],
    ]);
    // Each result answers the one call that ran before it.
    const calls = ofKind(s, 'tool_call');
    expect(results.map((r) => calls.find((c) => c.callId === r.callId)?.command)).toEqual([
      'grep -rn "def slugify" src',
      'pytest tests/test_slug.py -q',
      'make all',
    ]);
    expect(results[1]!.text).toContain('1 failed');
    expect(results[1]!.text).not.toContain('<returncode>');
    const feedback = ofKind(s, 'environment_feedback');
    expect(feedback.map((f) => f.origin.line)).toEqual(
      [lineOf(MINI, 'Your reply held 2'), lineOf(MINI, 'No command block found')].map((l) => l - 2),
    );
    expect(feedback.map((f) => f.text)).toEqual([expect.stringContaining('2 command blocks'), expect.stringContaining('No command block')]);
  });

  const dir = mkdtempSync(join(tmpdir(), 'mini-swe-detect-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is detected when a long submission pushes messages past the first 64 KiB', async () => {
    const doc = JSON.parse(readFileSync(MINI, 'utf8')) as { info: { submission: string } };
    doc.info.submission = `diff --git a/x b/x\n${'+y = 2\n'.repeat(20_000)}`;
    const big = join(dir, 'big.traj.json');
    writeFileSync(big, JSON.stringify(doc, null, 2));
    expect(await detectFormat(big)).toBe('mini-swe-agent-traj');
    const { sessions } = await readAll(big);
    expect(ofKind(sessions[0]!, 'tool_call')).toHaveLength(6);
  });

  it('names the keys it saw in a JSON document it does not know', async () => {
    const odd = join(dir, 'odd.json');
    writeFileSync(odd, JSON.stringify({ run: { padding: 'z'.repeat(80_000) }, steps: [1, 2], harness_version: '3' }, null, 2));
    const { issues } = await readAll(odd);
    expect(issues).toEqual([{ file: odd, reason: expect.stringContaining('JSON object with keys run, steps, harness_version') }]);
  });
});

describe('SpecStory markdown, v2.1 layout', () => {
  it('takes agent and id from the header, infers errors from result text, keeps line numbers', async () => {
    expect(await detectFormat(SPEC_V2)).toBe('specstory-md');
    const { sessions, issues } = await readAll(SPEC_V2);
    expect(issues).toEqual([]);
    const s = sessions[0]!;
    expectWellFormed(s, lineCountOf(SPEC_V2));
    expect(s).toMatchObject({
      id: '0f1e2d3c-4b5a-4697-8877-66554433aa01',
      agent: 'claude-code',
      model: 'claude-sonnet-4-6',
      startedAt: '2026-03-01T09:15:00Z',
      endedAt: '2026-03-01T09:16:00Z',
    });
    const calls = ofKind(s, 'tool_call');
    expect(calls.map((c) => c.name)).toEqual(['Bash', 'Read', 'Read', 'Grep', 'Bash', 'exec', 'exec_command']);
    expect(calls[0]).toMatchObject({ command: 'npm run build', input: { command: 'npm run build', description: 'Build the package' } });
    expect(calls[0]!.origin.line).toBe(lineOf(SPEC_V2, '<tool-use data-tool-type="shell"'));
    expect(calls[6]!.command).toBe('npm run clean && npm run build');
    const results = ofKind(s, 'tool_result');
    expect(results.map((r) => [r.toolName, r.ok, r.exitCode])).toEqual([
      ['Bash', false, 2],
      ['Read', false, undefined],
      ['Read', true, undefined],
      ['Grep', true, undefined],
      ['exec_command', true, 0],
    ]);
    // The result is cited at its fence, so a reviewer lands on the output.
    expect(results[0]!.origin.line).toBe(lineOf(SPEC_V2, 'Exit code 2') - 1);
  });

  it('reads markup quoted inside a result as text, not as turns or tools', async () => {
    const s = (await readAll(SPEC_V2)).sessions[0]!;
    const quoted = ofKind(s, 'tool_result')[2]!;
    expect(quoted.text).toContain('<tool-use data-tool-type="shell"');
    expect(ofKind(s, 'user_prompt').some((p) => p.text.includes('2025-01-01'))).toBe(false);
  });

  it('marks sidechain turns, and reads a rejection, an interrupt and the correction after them', async () => {
    const s = (await readAll(SPEC_V2)).sessions[0]!;
    const side = s.events.filter((e) => e.sidechain);
    expect(side.map((e) => e.kind)).toEqual(['user_prompt', 'tool_call', 'tool_result']);
    expect(kinds(s).slice(kinds(s).indexOf('permission_denial'))).toEqual([
      'permission_denial',
      'interrupt',
      'user_prompt',
      'tool_call',
      'tool_call',
      'tool_result',
      'assistant_text',
    ]);
    expect(ofKind(s, 'permission_denial')[0]).toMatchObject({ toolName: 'Bash' });
    expect(
      ofKind(s, 'user_prompt')
        .filter((p) => !p.sidechain)
        .map((p) => p.text),
    ).toEqual(['the build is red, please fix it', 'never delete dist by hand, use npm run clean']);
  });
});

describe('SpecStory markdown, older layout', () => {
  it('reads "Tool use: **Name**" calls with multi-line inline input, "Result:" fences and fenced inputs', async () => {
    expect(await detectFormat(SPEC_OLD)).toBe('specstory-md');
    const { sessions, issues } = await readAll(SPEC_OLD);
    expect(issues).toEqual([]);
    const s = sessions[0]!;
    expectWellFormed(s, lineCountOf(SPEC_OLD));
    expect(s).toMatchObject({
      agent: 'claude-code',
      id: '7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d',
      startedAt: '2025-05-02T14:20:11Z',
      model: 'claude-opus-4-20250514',
    });
    const calls = ofKind(s, 'tool_call');
    expect(calls.map((c) => [c.name, c.command])).toEqual([
      ['Bash', 'python3 -m venv .venv'],
      ['Bash', 'source .venv/bin/activate && pip install -r requirements.txt\necho done'],
      ['Write', undefined],
      ['Edit', undefined],
    ]);
    expect(calls[2]!.input).toEqual({ input: 'print("hello")' });
    expect(ofKind(s, 'tool_result').map((r) => [r.toolName, r.ok])).toEqual([
      ['Bash', false],
      ['Edit', false],
    ]);
  });
});

describe('SpecStory markdown, older Cursor layout', () => {
  it('reads a shell fence followed by a bare fence as a terminal call and its echo; a suggested command stays prose', async () => {
    expect(await detectFormat(SPEC_CURSOR)).toBe('specstory-md');
    const { sessions, issues } = await readAll(SPEC_CURSOR);
    expect(issues).toEqual([]);
    const s = sessions[0]!;
    expectWellFormed(s, lineCountOf(SPEC_CURSOR));
    expect(s.agent).toBe('generic');
    expect(ofKind(s, 'tool_call').map((c) => [c.command, c.origin.line])).toEqual([
      ['pnpm install', lineOf(SPEC_CURSOR, '```bash')],
      ['npm install', lineOf(SPEC_CURSOR, '```bash', lineOf(SPEC_CURSOR, 'npm i -g pnpm'))],
    ]);
    expect(ofKind(s, 'tool_result').map((r) => r.ok)).toEqual([false, true]);
    expect(ofKind(s, 'assistant_text').some((t) => t.text.includes('npm i -g pnpm'))).toBe(true);
  });
});

describe('Gemini CLI chats', () => {
  it('reads the one-object layout: tool calls inside messages, errors from status and exit codes', async () => {
    expect(await detectFormat(GEMINI_JSON)).toBe('gemini-cli-chat');
    const { sessions, issues } = await readAll(GEMINI_JSON);
    expect(issues).toEqual([]);
    const s = sessions[0]!;
    expectWellFormed(s, lineCountOf(GEMINI_JSON));
    expect(s).toMatchObject({ id: '3c2b1a09-8877-4665-a544-332211009988', agent: 'gemini-cli', model: 'gemini-2.5-pro' });
    expect(kinds(s)).toEqual([
      'user_prompt',
      'assistant_text',
      'tool_call',
      'tool_result',
      'tool_call',
      'tool_result',
      'tool_call',
      'tool_result',
      'assistant_text',
      'interrupt',
    ]);
    expect(ofKind(s, 'tool_call')[0]!.command).toBe('cargo clippy -- -D warnings');
    expect(ofKind(s, 'tool_result').map((r) => [r.callId, r.ok, r.exitCode])).toEqual([
      ['t1', false, 101],
      ['t2', false, undefined],
      ['t3', true, undefined],
    ]);
  });

  it('reads the one-object layout written on one line (minified): the same turns, all on line 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gemini-min-'));
    try {
      const file = join(dir, 'session-min.json');
      writeFileSync(file, JSON.stringify(JSON.parse(readFileSync(GEMINI_JSON, 'utf8'))));
      expect(await detectFormat(file)).toBe('gemini-cli-chat');
      const [pretty, min] = [(await readAll(GEMINI_JSON)).sessions[0]!, (await readAll(file)).sessions[0]!];
      expect(kinds(min)).toEqual(kinds(pretty));
      expect(min.id).toBe(pretty.id);
      expect(min.events.every((e) => e.origin?.line === 1)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads the JSONL layout: the last record of a message id wins, $set lines patch the header', async () => {
    expect(await detectFormat(GEMINI_JSONL)).toBe('gemini-cli-chat');
    const { sessions, issues } = await readAll(GEMINI_JSONL);
    expect(issues).toEqual([]);
    const s = sessions[0]!;
    expect(s).toMatchObject({ id: '5e4d3c2b-1a09-4877-8665-544332211000', endedAt: '2026-04-01T10:00:31.000Z' });
    // "/init" as typed (not its expansion); the CLI's own "continue" turn is no user prompt.
    expect(ofKind(s, 'user_prompt').map((p) => p.text)).toEqual(['/init']);
    const [call] = ofKind(s, 'tool_call');
    expect(call).toMatchObject({ command: 'uv run pytest -q', origin: { line: lineOf(GEMINI_JSONL, '"toolCalls"') } });
    expect(ofKind(s, 'tool_result')).toHaveLength(1);
  });
});

describe('Claude Code console text', () => {
  it('reads prompts, calls and results from the TUI glyphs, every event marked lower fidelity', async () => {
    expect(await detectFormat(CONSOLE)).toBe('claude-code-console');
    const { sessions, issues } = await readAll(CONSOLE);
    expect(issues).toEqual([]);
    const s = sessions[0]!;
    expectWellFormed(s, lineCountOf(CONSOLE));
    expect(s.events.every((e) => e.lowFidelity === true)).toBe(true);
    expect(ofKind(s, 'user_prompt').map((p) => p.text)).toEqual([
      'run the unit tests and fix what breaks',
      'also, always run the tests with --run here; watch mode hangs',
    ]);
    expect(ofKind(s, 'tool_call').map((c) => [c.name, c.command])).toEqual([
      ['Bash', 'npm test'],
      ['Read', undefined],
      ['Update', undefined],
      ['Bash', 'npm test -- --run src/cart.test.ts'],
    ]);
    expect(ofKind(s, 'tool_result').map((r) => r.ok)).toEqual([false, true, true, true]);
    expect(ofKind(s, 'tool_result')[0]!.origin.line).toBe(lineOf(CONSOLE, '⎿  Error'));
  });
});
