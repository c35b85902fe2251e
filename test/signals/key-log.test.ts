/**
 * A pattern's occurrence keys are kept packed (src/signals/key-log.ts) and replayed when its groups
 * are asked for: each key must come back exactly as parseOccurrence reads it, with its session and
 * in the order it came, whatever its shape, since the join built from the replay must be the one
 * built key by key.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { queryObjects } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { KeyLog } from '../../src/signals/key-log.js';
import { parseOccurrence, type Occurrence } from '../../src/signals/occurrence.js';
import { SameEvents } from '../../src/signals/same-event.js';

const replayed = (log: KeyLog): [string, Occurrence][] => {
  const out: [string, Occurrence][] = [];
  log.replay((session, key) => out.push([session, key]));
  return out;
};

describe('KeyLog', () => {
  it('gives back every key as parseOccurrence reads it, with its session, in order: usual and odd shapes alike', () => {
    const keys: [string, string][] = [
      ['s1', 'claude:0123456789abcdef.fedcba9876543210.176400000'],
      ['s1', 'claude:0123456789abcdef.fedcba9876543210'],
      ['s2', 'codex:ffffffffffffffff.0000000000000000.0'],
      ['s2', 'generic:00000000ffffffff.ffffffff00000000.4294967294'],
      // Odd shapes: kept as strings, read as parseOccurrence reads them.
      ['s1', 'claude:0123456789ABCDEF.fedcba9876543210.5'],
      ['s3', 'claude:0123456789abcdef.fedcba9876543210.NaN'],
      ['s3', 'claude:0123456789abcdef.fedcba9876543210.1.5'],
      ['s3', 'claude:0123456789abcdef.fedcba9876543210.-3'],
      ['s3', 'claude:0123456789abcdef.fedcba9876543210.4294967295'],
      ['s4', 'a:b:0123456789abcdef.fedcba9876543210.7'],
      ['s4', 'claude:abc'],
      ['s4', 'no colon at all'],
      ['s1', 'claude:0123456789abcdef.fedcba9876543210.12.extra'],
    ];
    const log = new KeyLog();
    for (const [s, k] of keys) log.add(s, k);
    expect(replayed(log)).toEqual(keys.map(([s, k]) => [s, parseOccurrence(k)]));
  });

  it('keeps every key across many blocks, odd shapes among them, with their sessions, in order', () => {
    const log = new KeyLog();
    const keys = Array.from({ length: 5000 }, (_, i) => [
      `s${Math.floor(i / 3)}`,
      i % 997 === 0 ? `claude:odd-${i}` : `codex:${i.toString(16).padStart(16, '0')}.${'b'.repeat(16)}${i % 5 ? `.${i}` : ''}`,
    ]);
    for (const [s, k] of keys) log.add(s!, k!);
    expect(replayed(log)).toEqual(keys.map(([s, k]) => [s, parseOccurrence(k!)]));
    const sessions: string[] = [];
    log.eachSession((s) => sessions.push(s));
    expect(sessions).toHaveLength(1667);
  });

  // A recurring pattern of a large corpus logs a key or more per session: what its log holds beyond
  // its keys (28 bytes each) is paid per pattern, at every size. Measured in a Node process of its own
  // (`--expose-gc`, so only live buffers count) just past a power of two, where an array that doubles
  // holds as much unused as used.
  it('holds its keys and at most one block more, however many keys', () => {
    const keyLog = pathToFileURL(path.resolve(import.meta.dirname, '../../src/signals/key-log.ts')).href;
    const script = [
      `const { KeyLog } = await import(${JSON.stringify(keyLog)});`,
      `const keys = Array.from({ length: process.argv[1] * 1 }, (_, i) => 'claude:' + i.toString(16).padStart(16, '0') + '.' + 'a'.repeat(16) + '.' + i);`,
      `globalThis.gc(); const before = process.memoryUsage().arrayBuffers;`,
      `const log = new KeyLog(); keys.forEach((k, i) => log.add('s' + (i >> 2), k));`,
      `globalThis.gc(); console.log((process.memoryUsage().arrayBuffers - before) / keys.length);`,
    ].join('\n');
    const perKey = (n: number) => {
      const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', '--input-type=module', '-e', script, String(n)], {
        encoding: 'utf8',
        env: { ...process.env, NODE_OPTIONS: '' },
      });
      if (r.status !== 0) throw new Error(r.stderr);
      return Number(r.stdout.trim());
    };
    for (const n of [8 * 2 ** 13 + 1, 100_000]) {
      const bytes = perKey(n);
      expect(bytes).toBeGreaterThanOrEqual(28);
      expect(bytes).toBeLessThan(28 + (1024 * 28) / n + 1);
    }
  }, 60_000);

  it('grows past its first block without losing a key', () => {
    const log = new KeyLog();
    const keys = Array.from({ length: 1000 }, (_, i) => [`s${i % 7}`, `claude:${i.toString(16).padStart(16, '0')}.${'a'.repeat(16)}.${i}`]);
    for (const [s, k] of keys) log.add(s!, k!);
    expect(replayed(log)).toEqual(keys.map(([s, k]) => [s, parseOccurrence(k!)]));
  });
});

describe('SameEvents joins from the packed keys', () => {
  const key = (text: string, bucket?: number) =>
    `claude:${text.repeat(16).slice(0, 16)}.${'b'.repeat(16)}${bucket === undefined ? '' : `.${bucket}`}`;
  it('two timed records of one event a bucket apart join; a key added after the groups were asked for counts', () => {
    const same = new SameEvents();
    same.add('p', 'sB', { occurrences: [key('a', 100)] });
    same.add('p', 'sC', { occurrences: [key('c', 100)] });
    expect(same.rootOf('p')).toBeUndefined();
    same.add('p', 'sA', { occurrences: [key('a', 101)] });
    expect(same.rootOf('p')?.('sB')).toBe('sA');
    expect(same.rootOf('p')?.('sC')).toBe('sC');
  });
  it('odd keys still join with each other', () => {
    const same = new SameEvents();
    same.add('p', 's2', { occurrences: ['claude:XYZ.place.9'] });
    same.add('p', 's1', { occurrences: ['claude:XYZ.place.10'] });
    expect(same.rootOf('p')?.('s2')).toBe('s1');
  });
});

describe('SameEvents keeps only the joined sessions once a pattern is resolved', () => {
  it("a resolver does not hold its pattern's join maps: the Maps left alive are the roots, one per pattern", () => {
    // queryObjects collects garbage first, then counts the live instances: what the resolvers retain.
    const same = new SameEvents();
    const patterns = 200;
    const before = queryObjects(Map, { format: 'count' });
    for (let p = 0; p < patterns; p++) {
      const key = (session: number) => `claude:${p.toString(16).padStart(16, '0')}.${session.toString(16).padStart(16, '0')}.${p}`;
      // Three sessions saw the same event (they join); the third also a place the others did not.
      for (let s = 0; s < 3; s++) same.add(`p${p}`, `s${p}-${s}`, { occurrences: [key(0), key(s + 1)] });
    }
    const resolvers = Array.from({ length: patterns }, (_, p) => same.rootOf(`p${p}`));
    expect(resolvers.every((r, p) => r?.(`s${p}-2`) === `s${p}-0`)).toBe(true);
    // Joined groups kept four Maps and a Set each (5 x 200); the roots alone are one Map each.
    expect(queryObjects(Map, { format: 'count' }) - before).toBeLessThan(patterns * 1.5);
  });
});
