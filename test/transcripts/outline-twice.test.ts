/**
 * A pass outlines each session at two sizes from one walk over its events (outlineSessionTwice):
 * both must be exactly what outlineSession gives at each size, on every fixture format and on
 * sessions made to cut a line, a secret or the "…" marker at either size.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outlineSession, outlineSessionTwice } from '../../src/transcripts/index.js';
import type { Session, SessionEvent } from '../../src/model/index.js';
import { fixtures, readAll } from './helpers.js';

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((e) => {
    const p = join(dir, e);
    return statSync(p).isDirectory() ? files(p) : [p];
  });

const same = (s: Session, full: number, short: number) => {
  const twice = outlineSessionTwice(s, full, short);
  expect(twice.outline).toEqual(outlineSession(s, full));
  expect(twice.short).toBe(outlineSession(s, short).outline);
};

const TOKEN = 'ghp_' + 'a'.repeat(18) + 'B1'.repeat(9);

function built(prompts: string[], results: { text: string; ok: boolean }[]): Session {
  const events: SessionEvent[] = [];
  const origin = (line: number) => ({ file: 'x.jsonl', line });
  prompts.forEach((text, i) => events.push({ seq: events.length, kind: 'user_prompt', text, origin: origin(i + 1) }));
  results.forEach((r, i) => {
    events.push({
      seq: events.length,
      kind: 'tool_call',
      name: 'Bash',
      input: {},
      command: `run ${i}`,
      callId: `c${i}`,
      origin: origin(100 + i),
    });
    events.push({ seq: events.length, kind: 'tool_result', ok: r.ok, text: r.text, callId: `c${i}`, origin: origin(200 + i) });
  });
  return { id: 'x', agent: 'generic', format: 'generic-chat', trust: 'developer', sourceFile: 'x.jsonl', contentHash: '0', events };
}

describe('outlineSessionTwice', () => {
  it('gives both sizes exactly as outlineSession does, on every fixture transcript', async () => {
    let sessions = 0;
    for (const file of files(fixtures)) {
      for (const s of (await readAll(file)).sessions) {
        sessions++;
        same(s, 2000, 300);
        same(s, 120, 40);
      }
    }
    expect(sessions).toBeGreaterThan(20);
  });

  it('cuts, marks and redacts each size on its own', () => {
    // Failures whose first lines end near each cut, one holding a token the short cut would split.
    const s = built(
      [`Fix the build, token ${TOKEN}`, 'and the docs'],
      Array.from({ length: 12 }, (_, i) => ({
        text: i === 3 ? `error near ${TOKEN} here` : `error ${'x'.repeat(i * 7)}`,
        ok: i % 3 === 0,
      })),
    );
    for (const [full, short] of [
      [2000, 300],
      [300, 60],
      [90, 70],
      [71, 69],
    ] as const)
      same(s, full, short);
    const twice = outlineSessionTwice(s, 2000, 60);
    expect(twice.short.length).toBeLessThanOrEqual(60);
    expect(twice.outline.outline).not.toContain(TOKEN.slice(4));
    expect(twice.outline.outline).toContain('[REDACTED:github-pat]');
  });
});
