import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Command } from 'commander';
import { afterAll, describe, expect, it } from 'vitest';
import { registerSessionsCommand, expandTranscriptPaths } from '../../src/cli/sessions.js';
import { silentLogger } from '../../src/log.js';
import { outlineSession, summarizeTranscripts, type FileSummary } from '../../src/transcripts/index.js';
import type { Session } from '../../src/model/index.js';
import { fixture, fixtures, readAll, repoRoot } from './helpers.js';

const MAIN = fixture('claude-code/5f0c9a7e-1111-4a2b-9c3d-0123456789ab.jsonl');

describe('outlineSession', () => {
  it('starts with the first prompt and lists tool calls, errors, denials, hooks and interrupts', async () => {
    const s = (await readAll(MAIN)).sessions[0]!;
    const o = outlineSession(s);
    expect(o).toMatchObject({
      id: s.id,
      agent: 'claude-code',
      format: 'claude-code-jsonl',
      contentHash: s.contentHash,
      model: 'claude-opus-4-5',
      counts: { events: 25, toolCalls: 7, toolErrors: 2, userPrompts: 2 },
    });
    const lines = o.outline.split('\n');
    expect(lines[0]).toBe('prompt: Fix the failing cart test. The CI token is [REDACTED:github-pat] if you need it.');
    expect(lines).toContain('✗ Bash(npx jest test/cart.test.ts) [exit 1]: Exit code 1');
    expect(lines).toContain('Read (cancelled)');
    expect(lines).toContain("⛔ denied Edit: don't touch qty, the bug is in the price rounding");
    expect(lines.some((l) => l.startsWith('⛔ hook PreToolUse:Bash: '))).toBe(true);
    expect(lines).toContain('⏸ interrupted');
    expect(lines).toContain('— compacted —');
  });

  it('stays within maxChars and marks the cut', async () => {
    const s = (await readAll(MAIN)).sessions[0]!;
    const o = outlineSession(s, 200);
    expect(o.outline.length).toBeLessThanOrEqual(200);
    expect(o.outline.endsWith('…')).toBe(true);
  });

  it('redacts secrets even in sessions built elsewhere', () => {
    const s: Session = {
      id: 'x',
      agent: 'generic',
      format: 'generic-chat',
      trust: 'developer',
      sourceFile: 'x.json',
      contentHash: '0',
      events: [
        { seq: 0, kind: 'user_prompt', text: `use ${'ghp_' + 'a'.repeat(18) + 'B1'.repeat(9)}`, origin: { file: 'x.json', line: 1 } },
      ],
    };
    expect(outlineSession(s).outline).toBe('prompt: use [REDACTED:github-pat]');
  });
});

describe('summarizeTranscripts', () => {
  it('counts per file, with display paths', async () => {
    const rows = await summarizeTranscripts([MAIN, fixture('bad/empty.jsonl')], { displayPath: (f) => relative(fixtures, f) });
    expect(rows).toEqual<FileSummary[]>([
      {
        file: 'claude-code/5f0c9a7e-1111-4a2b-9c3d-0123456789ab.jsonl',
        format: 'claude-code-jsonl',
        sessions: 1,
        events: 25,
        toolCalls: 7,
        toolErrors: 2,
        // "summary" is skipped on purpose; a type no reader knows is reported.
        unknownTypes: { 'some-future-type': 1 },
        skippedLines: 0,
        issues: [],
      },
      {
        file: 'bad/empty.jsonl',
        format: null,
        sessions: 0,
        events: 0,
        toolCalls: 0,
        toolErrors: 0,
        skippedLines: 0,
        issues: [{ file: 'bad/empty.jsonl', reason: 'unknown format: empty file' }],
      },
    ]);
  });
});

describe('dream sessions', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dream-sessions-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function run(args: string[]): Promise<string> {
    let out = '';
    const program = new Command().exitOverride();
    registerSessionsCommand(program, { logger: silentLogger, write: (t) => (out += t) });
    await program.parseAsync(['node', 'dream', 'sessions', ...args]);
    return out;
  }

  it('walks directories for transcript files (and only aider histories among .md files)', async () => {
    writeFileSync(join(dir, 'notes.md'), '# not a transcript\n');
    writeFileSync(join(dir, 'x.aider.chat.history.md'), '# aider chat started at 2026-01-01 10:00:00\n\n#### hi\n\nhello\n');
    writeFileSync(join(dir, 'data.csv'), 'a,b\n');
    const files = await expandTranscriptPaths([dir]);
    expect(files.map((f) => relative(dir, f))).toEqual(['x.aider.chat.history.md']);
  });

  it('expands a leading ~ in a quoted glob or path to the home folder, as dream run does', async () => {
    // A user quotes the glob so the shell leaves its `*` alone, and the quotes keep its `~` too.
    const home = mkdtempSync(join(tmpdir(), 'dream-sessions-home-'));
    const saved = process.env.HOME;
    try {
      mkdirSync(join(home, 'proj'));
      copyFileSync(fixture('generic/openai-chat.jsonl'), join(home, 'proj', 'chat.jsonl'));
      process.env.HOME = home;
      for (const arg of ['~/proj/*.jsonl', '~/proj', '~/proj/chat.jsonl']) {
        const out = await run(['--json', arg]);
        const parsed = JSON.parse(out) as { files: FileSummary[] };
        expect(parsed.files.map((f) => f.format)).toEqual(['generic-chat']);
      }
      // A `~` inside a path, or `~user`, is no home folder: left as typed, and named when it matches nothing.
      await expect(run(['proj/~/*.jsonl'])).rejects.toThrow('no transcript files match proj/~/*.jsonl');
    } finally {
      process.env.HOME = saved;
      rmSync(home, { recursive: true, force: true });
    }
  });

  it('expands globs relative to the working directory', async () => {
    const files = await expandTranscriptPaths(['test/fixtures/transcripts/generic/*.json*'], repoRoot);
    expect(files).toEqual([
      'test/fixtures/transcripts/generic/anthropic-messages.json',
      'test/fixtures/transcripts/generic/openai-chat.jsonl',
    ]);
  });

  it('prints a table with totals and issues at file:line', async () => {
    const out = await run([fixture('codex'), fixture('bad/truncated-and-malformed.jsonl')]);
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^file\s+format\s+sessions\s+events\s+tool calls\s+tool errors\s+skipped lines$/);
    expect(lines[1]).toMatch(/rollout-.*\.jsonl\s+codex-rollout\s+1\s+14\s+4\s+2\s+0$/);
    expect(lines[2]).toMatch(/truncated-and-malformed\.jsonl\s+codex-rollout\s+1\s+1\s+0\s+0\s+3$/);
    expect(lines[3]).toMatch(/^total \(2 files\)\s+2\s+15\s+4\s+2\s+3$/);
    expect(lines).toContain('issues (3):');
    expect(
      lines.some((l) =>
        // The parser's quote of the line is dropped (it could hold a piece of a secret); the line number stays.
        l.endsWith("truncated-and-malformed.jsonl:4: malformed JSON: Unexpected token 'o' is not valid JSON"),
      ),
    ).toBe(true);
  });

  it('prints the FileSummary[] and the health report as JSON with --json', async () => {
    const out = await run(['--json', fixture('generic/openai-chat.jsonl')]);
    const parsed = JSON.parse(out) as { files: unknown; health: { formats: unknown[]; warnings: string[] } };
    expect(parsed.files).toEqual([
      {
        file: fixture('generic/openai-chat.jsonl'),
        format: 'generic-chat',
        sessions: 1,
        events: 4,
        toolCalls: 1,
        toolErrors: 1,
        skippedLines: 0,
        issues: [],
      },
    ]);
    expect(parsed.health.formats).toEqual([
      {
        source: 'files',
        format: 'generic-chat',
        filesFound: 1,
        filesRead: 1,
        skipped: {},
        sessions: 1,
        events: 4,
        toolCalls: 1,
        toolErrors: 1,
        unknownTypes: {},
      },
    ]);
    expect(parsed.health.warnings).toEqual([]);
  });

  it('fails clearly when nothing matches', async () => {
    await expect(run([join(dir, 'nothing-*.jsonl')])).rejects.toThrow(/no transcript files match/);
  });
});
