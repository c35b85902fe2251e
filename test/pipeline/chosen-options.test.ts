/**
 * An answer that picks among the options the agent just offered in its question ("TUI, browser or native?" then
 * "Browser, not native.") decides the product of this task; it is no tool swap for memory. Round 9's shell-ws prompt
 * log had the question and the answer; main wrote "Use browser, not native." End to end through the real readers,
 * miners and offline engine (paraphrase-world.ts), in agents' formats that carry the agent's question; the fixtures are
 * written for this test in other words, never copied from the data.
 */
import { describe, expect, it } from 'vitest';
import { addedLines, type Format, type WorldSession } from '../helpers/paraphrase-world.js';
import type { Turn } from '../helpers/transcript-builders.js';

const session = (format: Format, turns: Turn[]): WorldSession => ({ format, turns });
const picked = (format: Format, question: string, user: string): WorldSession =>
  session(format, [{ user: 'Plan the tide viewer.' }, { say: `I have a first sketch. ${question}` }, { user }]);

describe('an answer among the options the agent offered is no rule', () => {
  it.each<[Format, string, string, string]>([
    ['claude', 'Should the viewer be a TUI, a browser app or a native window?', 'Browser, not native.', 'Use browser, not native.'],
    ['codex', 'Do you want it as a desktop app or a web page?', 'Web page, not desktop app.', 'Web page rather than desktop app.'],
    ['gemini', 'Which would you prefer for the charts: canvas, svg, or webgl?', 'SVG instead of canvas.', 'svg, not canvas!'],
    ['claude', 'Shall I store the tides in sqlite or in flat json files?', 'Use sqlite, not json.', 'sqlite rather than json please.'],
    ['codex', 'Which layout do you want - tabs or a sidebar?', 'Sidebar, not tabs.', 'Go with a sidebar. Not tabs.'],
  ])('%s: "%s" answered "%s" / "%s"', async (format, question, a, b) => {
    for (const bar of [1, 2]) expect(await addedLines([picked(format, question, a), picked(format, question, b)], bar)).toEqual([]);
  });
});

describe('a real swap stays a swap', () => {
  it('"pnpm, not npm" after the agent ran npm, even when the agent asked npm or pnpm', async () => {
    const ran = (format: Format, user: string) =>
      session(format, [
        { user: 'Add the date library.' },
        { bash: 'npm install dayjs', out: 'added 1 package' },
        { say: 'Installed with npm. Or would you rather I use pnpm?' },
        { user },
      ]);
    for (const bar of [1, 2]) {
      const lines = await addedLines([ran('claude', 'pnpm, not npm.'), ran('codex', 'Use pnpm, not npm.')], bar);
      expect(lines.filter((l) => /pnpm/.test(l))).toEqual([expect.stringMatching(/^Use pnpm, not npm\b/)]);
    }
  });

  it('a side the user writes as code ("Use `uv`, not pip") is a tool, asked about or not', async () => {
    const asked = (format: Format, user: string) =>
      session(format, [{ user: 'Set up the env.' }, { say: 'Should I install the deps with pip or with uv?' }, { user }]);
    const lines = await addedLines([asked('claude', 'Use `uv`, not pip.'), asked('codex', 'Use `uv`, not `pip`.')], 1);
    expect(lines.filter((l) => /uv/.test(l))).toEqual([expect.stringMatching(/^Use `?uv`?, not `?pip`?/)]);
  });

  it('"Use `uv`, not pip" with no question before it is a rule', async () => {
    const told = (format: Format) =>
      session(format, [{ user: 'Set up the env.' }, { say: 'I will set up the environment now.' }, { user: 'Use `uv`, not pip.' }]);
    const lines = await addedLines([told('claude'), told('gemini')], 2);
    expect(lines.filter((l) => /uv/.test(l))).toEqual([expect.stringMatching(/^Use `?uv`?, not `?pip`?/)]);
  });

  it('a question that offered other things leaves the answer a swap ("yarn or bun?" then "pnpm, not npm")', async () => {
    const other = (format: Format) =>
      session(format, [
        { user: 'Add the date library.' },
        { say: 'Which installer do you want me to use, yarn or bun?' },
        { user: 'pnpm, not npm.' },
      ]);
    const lines = await addedLines([other('claude'), other('codex')], 2);
    expect(lines.filter((l) => /pnpm/.test(l))).toEqual([expect.stringMatching(/^Use pnpm, not npm\b/)]);
  });
});
