import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_BODY_CHARS, parseStateMarker, renderPull, stateMarker } from '../../src/publish/body.js';
import { escapeText } from '../../src/publish/inert.js';
import { jobSummary } from '../../src/publish/summary.js';
import { edit, passResult } from './helpers.js';
import { HealthCollector, summarizeTranscripts } from '../../src/transcripts/index.js';
import { fixture } from '../transcripts/helpers.js';

const ctx = {
  owner: 'acme',
  repo: 'notes',
  serverUrl: 'https://github.com',
  baseSha: 'a'.repeat(40),
  branch: 'dreaming/memory',
  date: new Date('2026-11-21T00:00:00Z'),
};

describe('the state marker', () => {
  it('round-trips any ids, even ones that try to close the HTML comment', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), fc.array(fc.string()), (editIds, sessionIds) => {
        const body = `text --> more\n\n${stateMarker({ version: 1, editIds, sessionIds })}\n`;
        const marker = body.slice(body.indexOf('<!-- agent-dreaming:state'));
        // The comment closes exactly once, at its end.
        expect(marker.indexOf('-->')).toBe(marker.length - 4);
        expect(parseStateMarker(body)).toEqual({ version: 1, editIds, sessionIds });
      }),
      { numRuns: 200 },
    );
  });

  it("records each edit's pattern sessions, not just the ones its evidence cites, and counts what it leaves out", () => {
    const many = Array.from({ length: 300 }, (_, i) => `sess-${String(i).padStart(3, '0')}`);
    const input = passResult([edit('e-1', '- a', { patternId: 'p-7' }), edit('e-2', '- b', { patternId: 'p-300' }), edit('e-3', '- c')]);
    const row = (id: string, sessions: string[]) => ({
      id,
      kind: 'error_then_fix' as const,
      summary: 's',
      signature: id,
      support: sessions.length,
      agents: ['claude-code'],
      sessions,
      oneOff: false,
    });
    input.report.patterns.push(row('p-7', many.slice(0, 7)), row('p-300', many));
    const state = parseStateMarker(renderPull(input.report, ctx).body)!;
    expect(state.edits).toEqual([
      { id: 'e-1', patternId: 'p-7', sessions: many.slice(0, 7) },
      { id: 'e-2', patternId: 'p-300', sessions: many.slice(0, 200), sessionCount: 300 },
      // No pattern in the report: the evidence's sessions are all there is.
      { id: 'e-3', sessions: ['s-1', 's-2'] },
    ]);
  });

  it('shares the marker budget between edits, so twenty edits with huge patterns still fit the body', () => {
    const many = Array.from({ length: 5_000 }, (_, i) => `0b9c6d2e-1111-4aaa-8aaa-${String(i).padStart(12, '0')}`);
    const edits = Array.from({ length: 20 }, (_, i) => edit(`e-${i}`, `- line ${i}`, { patternId: `p-${i}` }));
    const input = passResult(edits);
    for (let i = 0; i < 20; i++)
      input.report.patterns.push({
        id: `p-${i}`,
        kind: 'error_then_fix',
        summary: 's',
        signature: `p-${i}`,
        support: 5_000,
        agents: ['claude-code'],
        sessions: many,
        oneOff: false,
      });
    const { body } = renderPull(input.report, ctx);
    expect(body.length).toBeLessThanOrEqual(MAX_BODY_CHARS);
    const state = parseStateMarker(body)!;
    expect(state.edits).toHaveLength(20);
    for (const e of state.edits!) {
      expect(e.sessionCount).toBe(5_000);
      expect(e.sessions.length).toBeGreaterThanOrEqual(20);
      expect(e.sessions.length).toBeLessThan(200);
    }
  });

  it('ignores bodies without a marker or with a mangled one', () => {
    expect(parseStateMarker('a human wrote this')).toBeUndefined();
    expect(parseStateMarker('<!-- agent-dreaming:state {"version":1,"editIds":"x"} -->')).toBeUndefined();
    expect(parseStateMarker('<!-- agent-dreaming:state {nope -->')).toBeUndefined();
  });
});

describe('the PR body', () => {
  it('escapes untrusted quotes: no HTML, no mentions, no issue links, no table breakage', () => {
    const hostile = edit('e-1', '- Use npm | not yarn', {
      rationale: 'see <img src=x onerror=alert(1)> and ping @octocat about #12',
      evidence: [{ session: 's-1', file: '.dreaming/sessions/s-1.jsonl', line: 4, quote: '<script>alert(1)</script> @admin fixes #3' }],
    });
    const { body } = renderPull(passResult([hostile]).report, ctx);
    expect(body).not.toMatch(/<img|<script/);
    expect(body).toContain('&lt;script&gt;');
    expect(body).not.toMatch(/@octocat|@admin|#12|#3\b/);
    expect(body).toContain('| 1 | add | `CLAUDE.md` | - Use npm \\| not yarn |');
    expect(body).toContain(`https://github.com/acme/notes/blob/${'a'.repeat(40)}/.dreaming/sessions/s-1.jsonl#L4`);
  });

  it('renders hosted-dream evidence as text naming the dream and how many sessions it read, never as a blob link', () => {
    const hosted = (session: string) => ({
      session,
      file: 'anthropic-dreams:dream_01abc',
      line: 0,
      quote: '',
      agent: 'managed-agents' as const,
    });
    const e = edit('e-1', '- a', { evidence: [hosted('sesn_own'), hosted('sesn_1'), hosted('sesn_2')] });
    const input = passResult([e]);
    input.report.engine = 'anthropic-dreams';
    input.report.notes.push('anthropic-dreams: dream dream_01abc (1) read 57 sessions from store memstore_a, wrote store memstore_b');
    const { body } = renderPull(input.report, ctx);
    expect(body).toContain('- hosted dream `dream_01abc` (its session `sesn_own`), read 57 sessions: `sesn_1`, `sesn_2` and 55 more');
    expect(body).not.toContain('anthropic-dreams:dream_01abc');
    expect(body).not.toMatch(/blob\/[^)]*anthropic-dreams/);
    // Without the engine's note, the cited sessions are what is known; a dream without a session is cited by its id.
    const bare = passResult([
      edit('e-2', '- b', {
        evidence: [hosted('sesn_own'), hosted('sesn_1'), { ...hosted('dream_02'), file: 'anthropic-dreams:dream_02' }],
      }),
    ]);
    const text = renderPull(bare.report, ctx).body;
    expect(text).toContain('- hosted dream `dream_01abc` (its session `sesn_own`), read 1 session: `sesn_1`\n');
    expect(text).toContain('- hosted dream `dream_02`, read 0 sessions\n');
  });

  it('names transcripts from outside the repository (artifacts, fetched Managed Agents sessions) without linking them', () => {
    const ev = (session: string, file: string, line = 3) => ({ session, file, line, quote: 'q', agent: 'claude-code' as const });
    const e = edit('e-1', '- a', {
      evidence: [
        ev('s-a', '/runner/tmp/dream-artifacts-x1/123-claude-execution/execution.jsonl'),
        ev('sesn_9', '/runner/tmp/dream-managed-sessions-y2/sesn_9.jsonl', 7),
        ev('s-o', '/somewhere/else/private/session-o.jsonl', 2),
        ev('s-r', '.dreaming/sessions/s-r.jsonl', 4),
      ],
    });
    const { body } = renderPull(passResult([e]).report, {
      ...ctx,
      artifactRoot: '/runner/tmp/dream-artifacts-x1/',
      managedSessionsRoot: '/runner/tmp/dream-managed-sessions-y2',
    });
    expect(body).toContain('- session `s-a` (claude-code): `123-claude-execution/execution.jsonl:3` (from an artifact of a workflow run)');
    expect(body).toContain('- session `sesn_9` (claude-code): Managed Agents session `sesn_9`, line 7 (fetched from the API)');
    expect(body).toContain('- session `s-o` (claude-code): `session-o.jsonl:2` (outside the repository)');
    expect(body).toContain(
      `[\`.dreaming/sessions/s-r.jsonl:4\`](https://github.com/acme/notes/blob/${'a'.repeat(40)}/.dreaming/sessions/s-r.jsonl#L4)`,
    );
    expect(body).not.toContain('/runner/tmp');
    expect(body).not.toContain('/somewhere/else');
    expect(body.match(/\/blob\//g)).toHaveLength(1);
  });

  it('keeps memory text that contains backticks inside its diff fence', () => {
    const e = edit('e-1', '- Run ```npm test``` before pushing.');
    const { body } = renderPull(passResult([e]).report, ctx);
    expect(body).toContain('````diff\n+ - Run ```npm test``` before pushing.\n````');
  });

  it('shows support, rejected edits collapsed, and cost', () => {
    const input = passResult([edit('e-1', '- a')]);
    input.report.rejected.push({ edit: edit('e-2', '- b'), reason: 'evidence quote not found', by: 'evidence-guard' });
    input.report.usage = {
      ...input.report.usage,
      requests: 3,
      inputTokens: 1200,
      outputTokens: 300,
      costUsdByModel: { 'claude-sonnet-4-5': 0.0123 },
    };
    const { body } = renderPull(input.report, ctx);
    expect(body).toContain('**Support:** 2 sessions, 1 agent');
    expect(body).toMatch(
      /<details><summary>1 edit rejected by the guards or the reviewer<\/summary>[\s\S]*evidence quote not found[\s\S]*<\/details>/,
    );
    expect(body).toContain('~$0.0123 (claude-sonnet-4-5 $0.0123)');
  });

  it('always stays under the limit and always keeps the marker, whatever the size', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 4000 }), (n, len) => {
        const edits = Array.from({ length: n }, (_, i) =>
          edit(`e-${i}`, `- lesson ${i} ${'x'.repeat(len % 200)}`, { rationale: 'r'.repeat(len) }),
        );
        const out = renderPull(passResult(edits).report, ctx);
        expect(out.body.length).toBeLessThanOrEqual(MAX_BODY_CHARS);
        expect(parseStateMarker(out.body)?.editIds).toHaveLength(n);
        if (out.overflow) expect(out.overflow.content).toContain('r'.repeat(len));
      }),
      { numRuns: 40 },
    );
  });
});

describe('escapeText and the job summary', () => {
  it('neutralises mentions without changing ordinary text', () => {
    expect(escapeText('plain text, a@b')).toBe('plain text, a@\u200bb');
    expect(escapeText('no specials here')).toBe('no specials here');
  });

  it('summarises sessions, patterns, edits, cost and the PR link', () => {
    const input = passResult([edit('e-1', '- a')]);
    const md = jobSummary(input.report, {
      operation: 'created',
      reason: 'created #7',
      pull: { number: 7, url: 'https://github.com/acme/notes/pull/7' },
      humanCommits: 0,
    });
    expect(md).toContain('| sessions | 2 read, 0 already dreamed, 2 file(s), 0 unreadable line(s) or file(s) skipped |');
    expect(md).toContain('| edits | 1 proposed, 0 rejected |');
    expect(md).toContain('[#7](https://github.com/acme/notes/pull/7) (created)');
    expect(md).toContain('| add | `CLAUDE.md` | - a |');
  });
});

describe('staleness in the PR body', () => {
  const sha = 'c0ffee'.padEnd(40, '1');
  it('links the commit that proves a deletion, and lists what needs a human decision, collapsed', () => {
    const proof = {
      session: 'git',
      file: 'src/legacy/handlers.ts',
      line: 1,
      quote: `removed in ${sha.slice(0, 7)}: Drop the legacy server`,
      commit: sha,
    };
    const input = passResult([edit('e-stale', '- See `src/legacy/handlers.ts`.', { op: 'delete', evidence: [proof] })]);
    input.report.decisions = [
      {
        kind: 'prohibition',
        file: 'CLAUDE.md',
        line: 7,
        entry: 'Never hand-edit `db/migrations/`.',
        reason: '`db/migrations/` was removed in c0ffee1. A prohibition is never deleted for staleness.',
        evidence: [{ ...proof, file: 'db/migrations/001.sql' }],
      },
    ];
    const { body } = renderPull(input.report, ctx);
    expect(body).toContain(
      `removed from the base branch in commit [\`c0ffee1\`](https://github.com/acme/notes/commit/${sha}): \`src/legacy/handlers.ts\``,
    );
    const section = body.slice(body.indexOf('<details><summary>1 item needs a human decision'));
    expect(section).toMatch(/^<details><summary>1 item needs a human decision \(left unchanged\)<\/summary>/);
    expect(section).toContain('`CLAUDE.md:7` (a prohibition)');
    expect(section.slice(0, section.indexOf('</details>'))).toContain(`commit/${sha}): \`db/migrations/001.sql\``);
  });
});

describe('the ingestion health report in the job summary and the PR body', () => {
  it('is a collapsed section in both, with its warnings outside the fold', async () => {
    const health = new HealthCollector();
    await summarizeTranscripts([fixture('claude-code/5f0c9a7e-1111-4a2b-9c3d-0123456789ab.jsonl'), fixture('bad/empty.jsonl')], {
      health,
      source: 'repo',
    });
    const input = passResult([edit('e-1', '- a')]);
    input.report.sessions.health = health.report();
    const summary = '<summary>Ingestion health: 1 of 2 transcript files read, 1 sessions, 7 tool calls, 2 tool errors</summary>';
    const body = renderPull(input.report, ctx).body;
    const md = jobSummary(input.report, undefined);
    for (const text of [body, md]) {
      expect(text).toContain(summary);
      expect(text).toContain('| repo | claude-code-jsonl | 1 | 1 | 0 | 1 | 25 | 7 | 2 |');
      expect(text).toContain('- repo/unknown: 1 skipped: empty file');
      expect(text).toContain('> repo: claude-code-jsonl records of types the reader does not know: some-future-type×1');
    }
  });
});
