/**
 * A harness that starts the agent through a shell without a terminal (Harbor's `agent/command-N/stdout.txt`,
 * `docker exec`, a CI step) captures the launcher's own lines into the agent's stdout file, before its first
 * JSONL record: bash's "cannot set terminal process group" / "no job control in this shell", a container
 * runtime's platform warning, npx's install notice. Such a file is the agent's transcript with a few text lines
 * on top: it is read as its format, the text lines skipped with their line numbers. A file whose text is more
 * than a launcher's (a page quoting a record, text among the records, a long log) stays unknown. Lines and
 * transcripts written for this test.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/transcripts/read.js';
import { summarizeFile } from '../../src/transcripts/summary.js';
import { claudeCodeSession, codexRollout, copilotSession, type Turn } from '../helpers/transcript-builders.js';
import { readAll } from './helpers.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'launcher-lines-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, text: string): string => {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
};

const turns: Turn[] = [
  { user: 'Make the nightly export script write CSV.' },
  { bash: 'python export.py --csv', out: '/bin/sh: 1: python: not found', error: true, exit: 127 },
  { bash: 'python3 export.py --csv', out: 'wrote 41 rows', exit: 0 },
  { say: 'Done.' },
];

/** `claude -p --output-format stream-json`: no prompt record, calls and results only (written for this test). */
function streamJson(id: string): string {
  const rec = (o: Record<string, unknown>) => JSON.stringify({ ...o, session_id: id });
  const call = (tid: string, command: string) =>
    rec({ type: 'assistant', message: { role: 'assistant', content: [{ type: 'tool_use', id: tid, name: 'Bash', input: { command } }] } });
  const result = (tid: string, content: string, isError: boolean) =>
    rec({ type: 'user', message: { role: 'user', content: [{ type: 'tool_result', tool_use_id: tid, content, is_error: isError }] } });
  return (
    [
      rec({ type: 'system', subtype: 'init', cwd: '/srv/task', tools: ['Bash'], model: 'm', claude_code_version: '2.1.19' }),
      call('t1', 'python export.py --csv'),
      result('t1', 'Exit code 127\n/bin/sh: 1: python: not found', true),
      call('t2', 'python3 export.py --csv'),
      result('t2', 'wrote 41 rows', false),
      rec({ type: 'result', subtype: 'success', is_error: false, num_turns: 2, result: 'Done.' }),
    ].join('\n') + '\n'
  );
}

const bashNoTty = ['bash: cannot set terminal process group (-1): Inappropriate ioctl for device', 'bash: no job control in this shell'];
const dockerPlatform = [
  "WARNING: The requested image's platform (linux/arm64) does not match the detected host platform (linux/amd64/v4) and no specific platform was requested",
];
const npxNotice = ['npm warn exec The following package was not found and will be installed: @github/copilot@0.0.354', ''];
const zshNoTty = [
  'zsh: no job control in this shell',
  'sh: 0: cannot set terminal process group (2931): Inappropriate ioctl for device',
  '',
];

const transcripts = {
  'stream-json': { text: () => streamJson('3f1e2d4c-0000-4000-8000-000000000001'), format: 'claude-stream-json' },
  'Claude Code JSONL': {
    text: () => claudeCodeSession('3f1e2d4c-0000-4000-8000-000000000002', '03', '/srv/task', turns),
    format: 'claude-code-jsonl',
  },
  'Codex rollout': {
    text: () => codexRollout('3f1e2d4c-0000-4000-8000-000000000003', '04', '/srv/task', turns),
    format: 'codex-rollout',
  },
  'Copilot CLI events': {
    text: () => copilotSession('3f1e2d4c-0000-4000-8000-000000000004', '05', '/srv/task', turns),
    format: 'copilot-cli',
  },
} as const;

const launchers = {
  'bash without a terminal': bashNoTty,
  'a container platform warning': dockerPlatform,
  'an npx notice': npxNotice,
  'zsh and sh': zshNoTty,
};

describe('a transcript behind its launcher lines', () => {
  for (const [kind, t] of Object.entries(transcripts)) {
    for (const [launcher, lines] of Object.entries(launchers)) {
      it(`reads ${kind} after ${launcher} as it reads the bare file, the launcher lines skipped by number`, async () => {
        const bare = write('bare.txt', t.text());
        const wrapped = write('stdout.txt', lines.join('\n') + '\n' + t.text());
        expect(detectFormat(wrapped)).toBe(t.format);
        const a = await readAll(bare);
        const b = await readAll(wrapped);
        expect(b.sessions).toHaveLength(1);
        const shape = (r: typeof a) =>
          r.sessions[0]!.events.map((e) => [e.kind, 'command' in e ? e.command : undefined, 'ok' in e ? e.ok : undefined]);
        expect(shape(b)).toEqual(shape(a));
        expect(b.sessions[0]!.id).toBe(a.sessions[0]!.id);
        // Every event still points at its own line: the text lines moved the records down by their count.
        const shift = lines.length;
        expect(b.sessions[0]!.events.map((e) => e.origin.line)).toEqual(a.sessions[0]!.events.map((e) => e.origin.line + shift));
        // The non-empty launcher lines are reported, each by its line, and nothing else is.
        const textLines = lines.flatMap((l, i) => (l.trim() ? [i + 1] : []));
        expect(b.issues.map((i) => i.line)).toEqual(textLines);
        expect(a.issues).toEqual([]);
      });
    }
  }

  it('counts the same in `dream sessions` as in a whole read', async () => {
    const file = write('stdout.txt', bashNoTty.join('\n') + '\n' + transcripts['stream-json'].text());
    const { summary: s } = await summarizeFile(file);
    expect(s.format).toBe('claude-stream-json');
    expect(s.sessions).toBe(1);
    expect(s.toolCalls).toBe(2);
    expect(s.toolErrors).toBe(1);
    expect(s.skippedLines).toBe(2);
  });
});

describe('text that is more than a launcher stays unknown', () => {
  const record = transcripts['stream-json'].text();

  it('a Markdown page that quotes a transcript after a few lines', () => {
    expect(detectFormat(write('notes.md', '# Sample run\n\nThe output:\n' + record))).toBeNull();
  });

  it('text among the records', () => {
    const [first, ...rest] = record.trimEnd().split('\n');
    expect(detectFormat(write('mixed.txt', `${bashNoTty[1]}\n${first}\nthen the build printed this\n${rest.join('\n')}\n`))).toBeNull();
  });

  it('a log longer than a launcher prints', () => {
    const log = Array.from({ length: 6 }, (_, i) => `step ${i + 1}: preparing the runner`).join('\n');
    expect(detectFormat(write('ci.log', `${log}\n${record}`))).toBeNull();
  });

  it('a line too long for a launcher', () => {
    expect(detectFormat(write('long.txt', `${'setup '.repeat(80)}\n${record}`))).toBeNull();
  });

  it('JSON records of no known format after the lines', () => {
    const objects = ['{"level":"info","msg":"listening on :8080"}', '{"level":"warn","msg":"slow query"}'].join('\n');
    expect(detectFormat(write('server.txt', `${bashNoTty.join('\n')}\n${objects}\n`))).toBeNull();
  });

  it('plain text alone', () => {
    expect(detectFormat(write('readme.txt', bashNoTty.join('\n') + '\n'))).toBeNull();
  });
});
