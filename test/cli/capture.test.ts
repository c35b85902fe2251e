import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile, appendFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { redactTranscriptLine, registerCaptureCommand } from '../../src/cli/capture.js';
import type { Logger } from '../../src/model/index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = path.resolve(repoRoot, '../shared/corpus');
const run = promisify(execFile);

// Shaped like real tokens, built at runtime so this file holds no literal secret.
const GH_TOKEN = 'ghp_' + 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8'.repeat(1);
const ANTHROPIC_KEY = 'sk-ant-api03-' + 'x9Y8z7W6v5U4t3S2r1Q0p9O8n7M6l5K4j3I2h1G0'.repeat(2);
const SESSION = '4f1c2a9e-0b7d-4c55-9a61-2d3e4f5a6b7c';

interface Recorded extends Logger {
  lines: string[];
}
function recordingLogger(): Recorded {
  const lines: string[] = [];
  return {
    lines,
    debug: () => {},
    info: (m) => lines.push(`info: ${m}`),
    warning: (m) => lines.push(`warning: ${m}`),
    error: (m) => lines.push(`error: ${m}`),
  };
}

const sha256 = async (file: string) =>
  createHash('sha256')
    .update(await readFile(file))
    .digest('hex');

let sandbox: string;
let repo: string;
let projectDir: string;
let transcript: string;
let transcriptLines: string[];

beforeEach(async () => {
  sandbox = await mkdtemp(path.join(os.tmpdir(), 'dream-capture-'));
  repo = path.join(sandbox, 'repo');
  await mkdir(path.join(repo, 'packages', 'web'), { recursive: true });
  await run('git', ['init', '-q', repo]);
  projectDir = path.join(sandbox, 'home', '.claude', 'projects', '-repo');
  await mkdir(path.join(projectDir, SESSION, 'subagents'), { recursive: true });
  transcript = path.join(projectDir, `${SESSION}.jsonl`);
  transcriptLines = [
    JSON.stringify({ type: 'user', sessionId: SESSION, message: { role: 'user', content: 'run the tests please' } }),
    JSON.stringify({
      type: 'user',
      message: { role: 'user', content: [{ type: 'text', text: `use this token: ${GH_TOKEN} for the push` }] },
    }),
    JSON.stringify({
      type: 'user',
      message: {
        role: 'user',
        content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: `ANTHROPIC_API_KEY=${ANTHROPIC_KEY}\nok` }],
      },
    }),
    JSON.stringify({
      type: 'assistant',
      message: { content: [{ type: 'tool_use', input: { env: { DB_PASSWORD: 'hunter2-correct-horse' } } }] },
    }),
    `not json at all, but it leaks ${GH_TOKEN}`,
    '{"type":"summary","summary":"  spacing and \\u00e9scapes kept byte for byte  "}',
    '',
  ];
  await writeFile(transcript, transcriptLines.join('\n') + '\n');
  await writeFile(
    path.join(projectDir, SESSION, 'subagents', 'agent-a1b2c3.jsonl'),
    JSON.stringify({ type: 'user', isSidechain: true, message: { content: `token ${GH_TOKEN}` } }) + '\n',
  );
  // Not a transcript: must not be copied.
  await writeFile(path.join(projectDir, SESSION, 'subagents', 'notes.txt'), 'x');
  process.exitCode = undefined;
});
afterEach(async () => {
  process.exitCode = undefined;
  await rm(sandbox, { recursive: true, force: true });
});

async function capture(args: string[], stdin?: string): Promise<Recorded> {
  const logger = recordingLogger();
  const program = new Command().exitOverride();
  registerCaptureCommand(program, { logger, ...(stdin !== undefined ? { stdin: Readable.from([stdin]) } : {}) });
  await program.parseAsync(['capture', ...args], { from: 'user' });
  return logger;
}

const hookJson = (over: Record<string, unknown> = {}) =>
  JSON.stringify({
    session_id: SESSION,
    transcript_path: transcript,
    cwd: path.join(repo, 'packages', 'web'),
    hook_event_name: 'SessionEnd',
    reason: 'prompt_input_exit',
    ...over,
  });

describe('dream capture', () => {
  it('copies the transcript and its subagents, redacted, quietly, leaving the source untouched', async () => {
    const before = await sha256(transcript);
    const logger = await capture([], hookJson());

    expect(logger.lines).toEqual([]);
    expect(process.exitCode ?? 0).toBe(0);
    expect(await sha256(transcript)).toBe(before);

    const out = path.join(repo, '.dreaming/sessions/claude-code', `${SESSION}.jsonl`);
    const text = await readFile(out, 'utf8');
    expect(text).not.toContain(GH_TOKEN);
    expect(text).not.toContain(ANTHROPIC_KEY);
    expect(text).not.toContain('hunter2-correct-horse');
    expect(text).toContain('[REDACTED:');
    const lines = text.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(transcriptLines.length);
    // Every JSON line stays JSON; the non-JSON line is redacted as text.
    for (const [i, line] of lines.entries()) {
      if (i === 4) {
        expect(line).toMatch(/^not json at all, but it leaks \[REDACTED:[a-z-]+\]$/);
      } else if (line !== '') {
        expect(() => JSON.parse(line)).not.toThrow();
      }
    }
    // Lines without secrets keep their exact bytes.
    expect(lines[0]).toBe(transcriptLines[0]);
    expect(lines[5]).toBe(transcriptLines[5]);
    expect(JSON.parse(lines[1]!).message.content[0].text).toMatch(/^use this token: \[REDACTED:[a-z-]+\] for the push$/);

    const sub = path.join(repo, '.dreaming/sessions/claude-code', SESSION, 'subagents');
    expect(await readdir(sub)).toEqual(['agent-a1b2c3.jsonl']);
    expect(await readFile(path.join(sub, 'agent-a1b2c3.jsonl'), 'utf8')).not.toContain(GH_TOKEN);
    // No temp file left behind.
    expect((await readdir(path.dirname(out))).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('is idempotent: the same content leaves the file alone, new content replaces it', async () => {
    await capture([], hookJson());
    const out = path.join(repo, '.dreaming/sessions/claude-code', `${SESSION}.jsonl`);
    const first = await stat(out);
    await new Promise((r) => setTimeout(r, 20));
    await capture([], hookJson());
    const second = await stat(out);
    expect(second.ino).toBe(first.ino);
    expect(second.mtimeMs).toBe(first.mtimeMs);

    await appendFile(transcript, JSON.stringify({ type: 'assistant', message: { content: 'done' } }) + '\n');
    await capture([], hookJson());
    const third = await stat(out);
    expect(third.ino).not.toBe(first.ino);
    expect((await readFile(out, 'utf8')).trimEnd().split('\n')).toHaveLength(transcriptLines.length + 1);
  });

  it('replaces a copy of the same size that differs in one byte, and one that is a prefix of the new copy', async () => {
    await capture([], hookJson());
    const out = path.join(repo, '.dreaming/sessions/claude-code', `${SESSION}.jsonl`);
    const first = await readFile(out, 'utf8');
    // Same length, one letter changed: only a comparison of every byte can tell the copies apart.
    const source = await readFile(transcript, 'utf8');
    await writeFile(transcript, source.replace('run the tests please', 'run the tests Please'));
    await capture([], hookJson());
    const second = await readFile(out, 'utf8');
    expect(second).toHaveLength(first.length);
    expect(second).toContain('run the tests Please');
    // The previous copy is a prefix of the next one: equal up to its end is not equal.
    await appendFile(transcript, JSON.stringify({ type: 'user', message: { content: 'more' } }) + '\n');
    await capture([], hookJson());
    const third = await readFile(out, 'utf8');
    expect(third.startsWith(second)).toBe(true);
    expect(third.length).toBeGreaterThan(second.length);
    expect((await readdir(path.dirname(out))).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('takes --transcript, --repo and --dest instead of hook input', async () => {
    const other = path.join(sandbox, 'other-repo');
    await run('git', ['init', '-q', other]);
    const logger = await capture(['--transcript', transcript, '--repo', other, '--dest', 'transcripts/cc']);
    expect(logger.lines).toEqual([]);
    const out = path.join(other, 'transcripts/cc', `${SESSION}.jsonl`);
    expect((await readFile(out, 'utf8')).split('\n')[0]).toBe(transcriptLines[0]);
    expect(existsSync(path.join(other, 'transcripts/cc', SESSION, 'subagents', 'agent-a1b2c3.jsonl'))).toBe(true);
  });

  it.each([
    ['a missing transcript', () => hookJson({ transcript_path: path.join(sandbox, 'nowhere', 'x.jsonl') }), /transcript not found/],
    ['input that is not JSON', () => 'SessionEnd', /hook input on stdin is not JSON/],
    ['input without a transcript_path', () => JSON.stringify({ session_id: SESSION }), /hook input has no "transcript_path"/],
    ['a session id that escapes', () => hookJson({ session_id: '../../evil' }), /session id "..\/..\/evil" is not a safe file name/],
  ])('fails with exit code 1 and one clear error on %s', async (_what, stdin, message) => {
    const logger = await capture([], stdin());
    expect(process.exitCode).toBe(1);
    expect(logger.lines).toHaveLength(1);
    expect(logger.lines[0]).toMatch(/^error: dream capture: /);
    expect(logger.lines[0]).toMatch(message);
    expect(existsSync(path.join(repo, '.dreaming'))).toBe(false);
    expect(existsSync(path.join(sandbox, 'evil.jsonl'))).toBe(false);
  });

  it('runs as a real hook process: stdin in, silent exit 0; failure is exit 1 with stderr', async () => {
    const script = [
      "import { Command } from 'commander';",
      `import { registerCaptureCommand } from ${JSON.stringify(path.join(repoRoot, 'src/cli/capture.ts'))};`,
      `import { consoleLogger } from ${JSON.stringify(path.join(repoRoot, 'src/log.ts'))};`,
      'const program = new Command();',
      'registerCaptureCommand(program, { logger: consoleLogger() });',
      "await program.parseAsync(process.argv.slice(1), { from: 'user' });",
    ].join('\n');
    const hook = async (input: string, closeStdin = true) =>
      new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
        const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, 'capture'], {
          cwd: repoRoot,
          stdio: ['pipe', 'pipe', 'pipe'],
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
        child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, stdout, stderr }));
        // Claude Code may leave the hook's stdin open: capture must not wait for EOF.
        if (closeStdin) child.stdin.end(input);
        else child.stdin.write(input);
      });

    const ok = await hook(hookJson());
    expect(ok).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(existsSync(path.join(repo, '.dreaming/sessions/claude-code', `${SESSION}.jsonl`))).toBe(true);

    await rm(path.join(repo, '.dreaming'), { recursive: true });
    const open = await hook(hookJson(), false);
    expect(open).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(existsSync(path.join(repo, '.dreaming/sessions/claude-code', `${SESSION}.jsonl`))).toBe(true);

    const bad = await hook('{"session_id": 42}');
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toBe('error: dream capture: hook input "session_id" is not a string\n');
  });
});

describe('redactTranscriptLine', () => {
  it('keeps clean lines byte-identical and redacts secrets under secret-named keys', () => {
    const clean = '{"b":1,  "a":"x\\u00e9"}';
    expect(redactTranscriptLine(clean)).toBe(clean);
    const dirty = JSON.stringify({ config: { password: 'Tr0ub4dor-and-more', user: 'ann' }, list: [GH_TOKEN, 'fine'] });
    const out = redactTranscriptLine(dirty);
    const parsed = JSON.parse(out);
    expect(parsed.config.user).toBe('ann');
    expect(parsed.config.password).not.toContain('Tr0ub4dor');
    expect(parsed.list[0]).not.toContain(GH_TOKEN);
    expect(parsed.list[1]).toBe('fine');
  });

  it('keeps the transcript identifiers readers pair by, unless a specific secret rule matches', () => {
    const ids = JSON.stringify({
      uuid: '7c3b16d7-e104-4b45-abc2-56cf29834863',
      toolUseID: 'agent_msg_017ZFg7YmDRgmbzPFYKtBd8h',
      message: { content: [{ type: 'tool_result', tool_use_id: 'toolu_019CpL49DWBenUxVVCWEXz3L', content: 'ok' }] },
    });
    expect(redactTranscriptLine(ids)).toBe(ids);
    const planted = JSON.parse(redactTranscriptLine(JSON.stringify({ id: GH_TOKEN, toolUseID: 'bash-progress-1' })));
    expect(planted.id).toMatch(/^\[REDACTED:github-pat\]$/);
    expect(planted.toolUseID).toBe('bash-progress-1');
  });
});

const spotter = path.join(corpus, 'spotter_claude_code');
describe.skipIf(!existsSync(spotter))('dream capture on a real Claude Code session', () => {
  it('captures every line as JSON with both subagents, and leaves the corpus untouched', async () => {
    const id = 'ae4a77f8-aedd-4bc1-888f-c94edc91af04';
    const source = path.join(spotter, `${id}.jsonl`);
    const before = await sha256(source);
    const logger = await capture(['--transcript', source, '--repo', repo]);
    expect(logger.lines).toEqual([]);
    expect(await sha256(source)).toBe(before);
    const sourceLines = (await readFile(source, 'utf8')).split('\n').filter((l) => l !== '');
    const outLines = (await readFile(path.join(repo, '.dreaming/sessions/claude-code', `${id}.jsonl`), 'utf8'))
      .split('\n')
      .filter((l) => l !== '');
    expect(outLines).toHaveLength(sourceLines.length);
    const ids = (line: string) => {
      const v = JSON.parse(line) as Record<string, unknown>;
      return [v.uuid, v.parentUuid, v.sessionId, v.toolUseID, v.parentToolUseID];
    };
    for (const [i, line] of outLines.entries()) expect(ids(line)).toEqual(ids(sourceLines[i]!));
    expect((await readdir(path.join(repo, '.dreaming/sessions/claude-code', id, 'subagents'))).sort()).toEqual(
      (await readdir(path.join(spotter, id, 'subagents'))).filter((f) => f.endsWith('.jsonl')).sort(),
    );
  });
});
