/**
 * A digest line leaves out what the reduce infers (src/pipeline/digest-wire.ts): decoding a line gives back the
 * FileDigest the map had, value for value and key for key (the pass writes some objects out again as they came),
 * on real map output and on hand-made digests where nothing can be inferred.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { TempRepo, LEDGER } from './helpers.js';
import { mapShard } from '../../src/pipeline/map.js';
import { decodeFile, encodeFile } from '../../src/pipeline/digest-wire.js';
import type { FileDigest, SessionDigest } from '../../src/pipeline/mine-file.js';
import type { Signal } from '../../src/model/index.js';
import { silentLogger } from '../../src/log.js';

const refuse = (what: string): never => {
  throw new Error(what);
};
/** Through the line and back: JSON both ways, as the map writes it and the reduce reads it. */
const roundTrip = (d: FileDigest): unknown => decodeFile(JSON.parse(JSON.stringify(encodeFile(d))), refuse);

const signal = (over: Partial<Signal> = {}): Signal => ({
  kind: 'error_then_fix',
  sessionId: 's1',
  agent: 'claude-code',
  signature: 'fix|make|-sub:bild|+sub:build',
  summary: '`make bild` failed (make: *** No rule to make target `bild`. Stop.); `make build` worked',
  lesson: 'Run `make build`, not `make bild`: it fails.',
  failed: 'make bild',
  fixed: 'make build',
  evidence: [
    {
      session: 's1',
      file: 'a.jsonl',
      line: 3,
      quote: 'make: *** No rule to make target `bild`. Stop.',
      agent: 'claude-code',
      role: 'failure',
    },
    { session: 's1', file: 'a.jsonl', line: 4, quote: 'make build', agent: 'claude-code', role: 'fix' },
  ],
  occurrences: ['claude:0123456789abcdef.fedcba9876543210.17935236'],
  ...over,
});
const session = (signals: Signal[], over: Partial<SessionDigest> = {}): SessionDigest => ({
  signals,
  trust: 'developer',
  outline: {
    id: 's1',
    agent: 'claude-code',
    format: 'claude-code-jsonl',
    sourceFile: 'a.jsonl',
    contentHash: 'ab'.repeat(32),
    counts: { events: 4, toolCalls: 2, toolErrors: 1, userPrompts: 1 },
    outline: 'prompt: build it\n✗ Bash(make bild): make: *** No rule\nBash(make build)',
  },
  short: 'prompt: build it\n…',
  ...over,
});
const file = (sessions: SessionDigest[]): FileDigest => ({
  index: 0,
  display: 'a.jsonl',
  source: 'files',
  sessions,
  issues: [],
  alreadyDreamed: 0,
  health: { format: 'claude-code-jsonl', unknownTypes: [], sessions: sessions.map(() => ({ events: 4, toolCalls: 2, toolErrors: 1 })) },
  memoryUse: { touched: [], missing: [], ran: [] },
  efficacy: [],
});

describe('digest lines', () => {
  it('give back the digest key for key, and leave out the restated ids, paths, agents and commands', () => {
    const d = file([session([signal()])]);
    expect(JSON.stringify(roundTrip(d))).toBe(JSON.stringify(d));
    const line = JSON.stringify(encodeFile(d));
    const count = (text: string, what: string) => text.split(what).length - 1;
    // The session id, the path and the agent each once (the outline's); the summary and lesson restate no command.
    expect(count(line, '"s1"')).toBe(1);
    expect(count(line, 'a.jsonl')).toBe(1);
    expect(count(line, '"claude-code"')).toBe(1);
    expect(count(line, 'make build')).toBe(count(JSON.stringify(d), 'make build') - 2);
  });

  it('write out what differs from what would be inferred, and read it back as written', () => {
    const odd = signal({
      sessionId: 'other',
      agent: 'codex',
      summary: 'no command in it',
      evidence: [
        { session: 'repo', file: 'CLAUDE.md', line: 2, quote: 'Always run make build.' },
        { session: 's1', file: 'b.jsonl', line: 9, quote: 'make', agent: 'gemini-cli' },
      ],
    });
    const { lesson: _, ...noLesson } = signal();
    const cases: FileDigest[] = [
      file([session([odd])]),
      file([session([noLesson as Signal])]),
      // Full and short outline the same text; a short one that is no clip of the full one; another file's session.
      file([session([], { short: 'prompt: build it\n✗ Bash(make bild): make: *** No rule\nBash(make build)' })]),
      file([session([], { short: 'something else\n…' })]),
      file([session([signal()], { outline: { ...session([]).outline, sourceFile: 'elsewhere.jsonl', id: 's2' } })]),
      // A summary holding a reference twice, and text that looks like a reference's index.
      file([session([signal({ summary: 'make build, then make build again (0, 1)', failed: 'make build' })])]),
    ];
    for (const d of cases) expect(JSON.stringify(roundTrip(d))).toBe(JSON.stringify(d));
  });

  it('decode the object JSON.parse made of the line in place, not into copies of its sessions, signals and evidence', () => {
    const d = file([session([signal(), { ...signal(), kind: 'instruction' } as Signal])]);
    const parsed = JSON.parse(JSON.stringify(encodeFile(d))) as { sessions: { signals: { evidence: object[] }[] }[] };
    const objects = (f: typeof parsed) => [f, ...f.sessions.flatMap((s) => [s, ...s.signals.flatMap((g) => [g, ...g.evidence])])];
    const before = objects(parsed);
    const decoded = decodeFile(parsed, refuse) as typeof parsed;
    expect(objects(decoded)).toHaveLength(before.length);
    objects(decoded).forEach((o, i) => expect(o).toBe(before[i]));
    expect(JSON.stringify(decoded)).toBe(JSON.stringify(d));
  });

  it('give back every line of a real map, key for key', async () => {
    const repo = new TempRepo();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'digest-wire-'));
    try {
      for (let n = 0; n < 6; n++) repo.session(n);
      const out = path.join(dir, 'shard.json.gz');
      await mapShard({
        repoDir: repo.dir,
        sessions: ['.dreaming/sessions/*.jsonl'],
        ledgerPath: LEDGER,
        shard: { index: 0, count: 1 },
        threads: 1,
        efficacy: false,
        logger: silentLogger,
        out,
      });
      const lines = gunzipSync(readFileSync(out)).toString('utf8').trimEnd().split('\n').slice(1, -1);
      expect(lines.length).toBe(6);
      let signals = 0;
      for (const l of lines) {
        const decoded = decodeFile(JSON.parse(l), refuse) as FileDigest;
        signals += decoded.sessions.reduce((n, s) => n + s.signals.length, 0);
        expect(JSON.stringify(encodeFile(decoded))).toBe(l);
      }
      expect(signals).toBeGreaterThan(0);
    } finally {
      repo.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
