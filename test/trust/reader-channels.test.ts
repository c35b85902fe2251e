/**
 * Every reader through every output channel (test/helpers/channel-sweep.ts): three sessions of each
 * format, a token in every string and orders in every place that is not the user's, dreamed at support 1.
 * No output holds the token or a piece of it; no memory line, accepted edit or PR text carries the
 * orders. Control: the same orders typed by the user become a lesson, for every format whose user can
 * teach one (CI transcripts are public: their prompts vouch for nothing).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { FormatId } from '../../src/model/index.js';
import { findSecrets } from '../../src/secrets/index.js';
import { MARK, SWEEP_ROWS, TOKEN_PIECE } from '../helpers/reader-sweep.js';
import { runChannels } from '../helpers/channel-sweep.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'reader-channels-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Formats whose typed orders cannot become a lesson, and why. */
const NO_LESSON: Partial<Record<FormatId, string>> = {
  'claude-stream-json': 'claude-code-action and SDK transcripts are public: their prompts vouch for no command',
  'swe-agent-traj': "the only prompt is the harness's task (nobody's words)",
  'mini-swe-agent-traj': "the user's message is the harness's task template (nobody's words)",
};

describe.each(Object.entries(SWEEP_ROWS))('%s', (format, row) => {
  it('no channel carries a token from any place, nor the orders planted outside the user', async () => {
    const r = await runChannels(row, path.join(dir, format, 'planted'), { typed: false, claude: true });
    expect(r.sessionsRead).toBeGreaterThanOrEqual(3);
    expect(r.loaded).toBeGreaterThan(0);
    const leaks = r.outputs.filter((a) => a.text.includes(TOKEN_PIECE) || findSecrets(a.text).length > 0).map((a) => a.label);
    expect(leaks).toEqual([]);
    expect(r.outputs.some((a) => a.label.startsWith('LLM request'))).toBe(true);
    expect(r.outputs.map((a) => a.label)).toEqual(expect.arrayContaining(['dream run --report', 'dream run --patch', 'dream map digest']));
    // Memory and accepted edits: not a trace. PR title, body, commit message and job summary: not the
    // orders as words (an id that held them is listed as one token, `…_make_bootstrapzq\`_before_…`;
    // a rationale may name a command a call ran, as evidence, never the orders around it).
    const landed = r.outputs
      .filter(
        (a) =>
          (a.memory && a.text.includes(MARK)) ||
          (/^PR |commit|job summary/.test(a.label) && a.text.includes(`${MARK}\` before committing`)),
      )
      .map((a) => a.label);
    expect(landed).toEqual([]);
  }, 120_000);

  it.skipIf(NO_LESSON[format as FormatId] !== undefined)(
    'control: the same orders typed by the user become a lesson',
    async () => {
      const r = await runChannels(row, path.join(dir, format, 'typed'), { typed: true, claude: false });
      expect(r.memoryText).toContain(MARK);
      const leaks = r.outputs.filter((a) => a.text.includes(TOKEN_PIECE)).map((a) => a.label);
      expect(leaks).toEqual([]);
    },
    120_000,
  );
});
