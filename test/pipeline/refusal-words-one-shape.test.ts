/**
 * One representation of a refusal's words, whichever reader read them: a permission_denial carrying the words, marked
 * unverified where the reader knew the refusal by its wording alone. opencode's export recorded them as an unverified
 * prompt of their own and a console capture as an unverified denial, so the same conversation gave different events,
 * and the console's words were cited as if the person's (quoted in the PR, and enough alone for a lesson). The same
 * conversation in both formats now gives the same events, the same signals and the same run. Wording our own, several
 * phrasings and languages.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { defaultDreamOptions } from '../../src/engine/options.js';
import type { Session, Signal } from '../../src/model/index.js';
import { mineSession } from '../../src/signals/mine.js';
import { unknownRepoFacts } from '../../src/signals/repo-facts.js';
import { outlineSession, readTranscriptFile } from '../../src/transcripts/index.js';
import { TempRepo } from './helpers.js';

const FENCE = '```';
const dir = mkdtempSync(path.join(os.tmpdir(), 'refusal-one-shape-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let repo: TempRepo | undefined;
afterEach(() => repo?.dispose());

/** The person asks, the agent runs `command`, the person refuses it with `words` (or none), the agent answers. */
function consoleCapture(command: string, words: string): string {
  const refusal = words ? `Tool use rejected with user message: ${words}` : 'Tool use rejected';
  return [
    ' ▐▛███▜▌   Claude Code v2.1.70',
    '',
    '❯ set the project up',
    '',
    `⏺ Bash(${command})`,
    `  ⎿  ${refusal}`,
    '',
    '⏺ Understood.',
    '',
  ].join('\n');
}

function opencodeExport(command: string, words: string): string {
  const error = `The user rejected permission to use this specific tool call${words ? ` with the following feedback: ${words}` : '. You may try again with different parameters.'}`;
  return (
    '# Setup\n\n**Session ID:** ses_3c9d0c1bffeXk2LmQ9wRt7ZpN\n**Created:** 11/10/2025, 9:00:00 AM\n**Updated:** 11/10/2025, 9:30:00 AM\n\n---\n\n' +
    '## User\n\nset the project up\n\n---\n\n' +
    `## Assistant (Build · claude-sonnet-4-5 · 2.1s)\n\n**Tool: bash**\n\n**Input:**\n${FENCE}json\n${JSON.stringify({ command, description: 'Set up' }, null, 2)}\n${FENCE}\n\n**Error:**\n${FENCE}\n${error}\n${FENCE}\n\n---\n\n` +
    '## Assistant (Build · claude-sonnet-4-5 · 1.0s)\n\nUnderstood.\n\n---\n\n'
  );
}

/** Cline's "Export task" Markdown (XML era): the refusal is the call's result, its words in Cline's own wrapper. */
function clineExport(command: string, words: string): string {
  const refusal = words
    ? `The user denied this operation and provided the following feedback:\n<feedback>\n${words}\n</feedback>`
    : 'The user denied this operation.';
  return [
    '**User:**\n\n<task>\nset the project up\n</task>\n<environment_details>\n# VSCode Visible Files\n(No visible files)\n</environment_details>',
    `**Assistant:**\n\n<execute_command>\n<command>${command}</command>\n</execute_command>`,
    `**User:**\n\n[execute_command for '${command}'] Result:\n${refusal}\n<environment_details>\n# VSCode Open Tabs\n(No open tabs)\n</environment_details>`,
    '**Assistant:**\n\nUnderstood.',
  ].join('\n\n---\n\n');
}

let n = 0;
async function read(name: string, text: string): Promise<Session> {
  const file = path.join(dir, `${++n}-${name}`);
  writeFileSync(file, text);
  const sessions: Session[] = [];
  for await (const s of readTranscriptFile(file)) sessions.push(s);
  expect(sessions).toHaveLength(1);
  return sessions[0]!;
}

/** What a conversation says, apart from where each format put it (file, line, ids, tool-name spelling). */
const events = (s: Session) =>
  s.events.map((e) =>
    e.kind === 'permission_denial'
      ? [e.kind, e.text, e.unverified === true]
      : e.kind === 'user_prompt' || e.kind === 'assistant_text'
        ? [e.kind, e.text, e.kind === 'user_prompt' && e.unverified === true]
        : [e.kind],
  );
const signals = (s: Session) =>
  mineSession(s, { memory: [], repoFacts: unknownRepoFacts }).map((g: Signal) => ({
    kind: g.kind,
    lesson: g.lesson,
    standing: g.standing === true,
    evidence: g.evidence.map((e) => [e.quote, e.role, e.unverified === true]),
  }));

const variants: [string, string][] = [
  ['npm install', 'Use pnpm instead of npm'],
  ['npm install', 'no, from now on always use pnpm, never npm'],
  ['pip install httpx', 'Nein, nimm ab jetzt immer uv statt pip.'],
  ['docker compose up -d', 'please use podman here, not docker'],
  ['rm -rf dist', ''],
];

describe('the same refusal in a console capture, an opencode export and a Cline export', () => {
  it.each(variants)('`%s` refused with "%s": the same events and signals', async (command, words) => {
    const fromConsole = await read('capture.txt', consoleCapture(command, words));
    const fromExport = await read('session-ses_3c9d.md', opencodeExport(command, words));
    const fromCline = await read('cline_task_nov-10-2025.md', clineExport(command, words));
    expect(events(fromExport)).toEqual(events(fromConsole));
    // Cline's export had kept no words at all: the one correction in the session was lost.
    expect(events(fromCline)).toEqual(events(fromConsole));
    expect(signals(fromCline)).toEqual(signals(fromConsole));
    // The words are the denial's, never a prompt of their own, and vouch for nothing in either format.
    expect(events(fromExport)).toContainEqual(['permission_denial', words, true]);
    expect(fromExport.events.filter((e) => e.kind === 'user_prompt')).toHaveLength(1);
    expect(signals(fromExport)).toEqual(signals(fromConsole));
    if (words)
      expect(
        signals(fromConsole)
          .flatMap((g) => g.evidence)
          .every(([, , unverified]) => unverified),
      ).toBe(true);
    // An LLM engine reading the outline is told the words are unverified, as it is told of an unverified turn.
    for (const s of [fromConsole, fromExport, fromCline])
      expect(
        outlineSession(s)
          .outline.split('\n')
          .filter((l) => l.startsWith('⛔')),
      ).toEqual([words ? expect.stringMatching(/^⛔ denied \w+ \(its words unverified\): /) : expect.stringMatching(/^⛔ denied \w+$/)]);
  });

  it('a run on either gives the same outcome: a lesson resting on the words alone is refused, its words withheld', async () => {
    const outcomes = [];
    for (const [name, text] of [
      ['capture.txt', consoleCapture('npm install', 'no, from now on always use pnpm, never npm')],
      ['session-ses_3c9d.md', opencodeExport('npm install', 'no, from now on always use pnpm, never npm')],
      ['cline_task_nov-10-2025.md', clineExport('npm install', 'no, from now on always use pnpm, never npm')],
    ]) {
      repo = new TempRepo();
      writeFileSync(path.join(repo.dir, '.dreaming', 'sessions', name!), text!);
      const { report } = await repo.run({
        options: { ...defaultDreamOptions, minSupport: 1 },
        sessions: ['.dreaming/sessions/*.{txt,md}'],
      });
      outcomes.push({
        added: report.edits.filter((e) => /pnpm/.test(e.after ?? '')).length,
        rejected: report.rejected.map((r) => [r.unverified === true, r.by]),
      });
      repo.dispose();
      repo = undefined;
    }
    expect(outcomes[0]).toEqual(outcomes[1]);
    expect(outcomes[0]).toEqual(outcomes[2]);
    expect(outcomes[0]!.added).toBe(0);
    expect(outcomes[0]!.rejected.length).toBeGreaterThan(0);
    expect(outcomes[0]!.rejected.every(([unverified]) => unverified)).toBe(true);
  });
});
