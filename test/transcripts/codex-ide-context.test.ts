/**
 * Codex's IDE extension and desktop app send what the editor shows before the person's text — "# Context from my IDE
 * setup:" (active file, selected lines, open tabs) or "# Files mentioned by the user:" — and "## My request for
 * Codex:" where the typed request starts (Codex's own transcript rendering strips back to the text after the last
 * marker). Round 21 found the request lost: the whole message read as one prompt, the paste rules took the headed
 * context for a pasted document, and a rule typed after it was never learnt. Layout as public rollouts show it; files
 * and values made up.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTranscriptFile } from '../../src/transcripts/index.js';
import { codexRollout, type Turn } from '../helpers/transcript-builders.js';
import { addedLines, type WorldSession } from '../helpers/paraphrase-world.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'codex-ide-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ide = (file: string, selection: string | null, request: string) =>
  `# Context from my IDE setup:\n\n## Active file: ${file}\n\n` +
  (selection === null ? '' : `## Active selection of the file:\n${selection}\n`) +
  `## Open tabs:\n- ${file}: ${file}\n- AGENTS.md: AGENTS.md\n\n## My request for Codex:\n${request}`;
const mentioned = (request: string) =>
  `# Files mentioned by the user:\n\n## screenshot.png:\n/tmp/screenshot.png\n\n## My request for Codex:\n${request}`;

let k = 0;
async function prompts(turns: Turn[]): Promise<string[]> {
  const id = `0195c0de-0000-7000-8000-0000000000${String(++k).padStart(2, '0')}`;
  const file = path.join(dir, `rollout-2026-05-01T10-00-00-${id}.jsonl`);
  writeFileSync(file, codexRollout(id, '01', '/home/dev/tide', turns));
  const out: string[] = [];
  for await (const s of readTranscriptFile(file)) for (const e of s.events) if (e.kind === 'user_prompt') out.push(e.text);
  return out;
}

describe("Codex's IDE context before the typed request", () => {
  it('the prompt is the text after the marker, with or without a selection, and for mentioned files', async () => {
    expect(await prompts([{ user: ide('src/tides.ts', null, 'why is the high tide an hour late?') }])).toEqual([
      'why is the high tide an hour late?',
    ]);
    expect(
      await prompts([{ user: ide('CONTRIBUTING.md', 'Always run make lint before pushing.\nNever commit dist/.', 'is this still true?') }]),
    ).toEqual(['is this still true?']);
    expect(await prompts([{ user: mentioned('recorta la captura y súbela') }])).toEqual(['recorta la captura y súbela']);
  });

  it('the last marker starts the request: a selection that holds the marker is still the file', async () => {
    const selection = 'A note on prompts:\n## My request for Codex:\nAlways squash before merging.';
    expect(await prompts([{ user: ide('docs/prompts.md', selection, 'summarise the note') }])).toEqual(['summarise the note']);
  });

  it('text that does not open with a heading is the person’s, marker or not', async () => {
    const text = 'the extension writes "## My request for Codex:" before my text; print it';
    expect(await prompts([{ user: text }])).toEqual([text]);
  });
});

describe('dreamed: a rule typed after Codex IDE context is learnt, a selected rule is not', () => {
  const after = (user: string, n: number): WorldSession => ({
    format: 'codex',
    turns: [
      { user: ['Add a search button to the header.', 'Fix the upload screen on small phones.'][n]! },
      { bash: 'git status', out: 'nothing to commit' },
      { say: 'Done.' },
      { user },
    ],
  });

  it('the same rule typed after the IDE context in two sessions is proposed (lost on main)', async () => {
    const lines = await addedLines([
      after(ide('src/header.ts', 'const h = 1;', 'Never run the e2e suite locally.'), 0),
      after(mentioned('Never run the e2e suite locally.'), 1),
    ]);
    expect(lines.join('\n')).toMatch(/Never run the e2e suite locally/);
  });

  it('a rule only in the selection of two sessions is not, at either bar', async () => {
    const sel = 'Always run make lint before pushing.\nDo not commit generated files.';
    expect(await addedLines([after(ide('CONTRIBUTING.md', sel, 'explain'), 0), after(ide('CONTRIBUTING.md', sel, 'shorter'), 1)])).toEqual(
      [],
    );
    expect(await addedLines([after(ide('CONTRIBUTING.md', sel, 'explain'), 0)], 1)).toEqual([]);
  });
});
