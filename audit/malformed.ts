/**
 * Malformed transcripts: every reader's fixture mutated (truncated, invalid UTF-8 spliced in,
 * wrong-shaped JSON), random bytes, huge and deeply nested lines. Each file goes through
 * readTranscriptFile and through `dream sessions`; any exception that escapes is a crash.
 * Mutations come from a seeded generator, so a failure reproduces.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { readTranscriptFile } from '../src/transcripts/index.js';
import { registerSessionsCommand } from '../src/cli/sessions.js';
import { silentLogger } from '../src/log.js';
import { changedFiles, hashFiles } from './run-artifacts.js';

export interface MalformedAudit {
  /** Malformed files written. */
  files: number;
  /** Readings attempted (each file through the reader and through `dream sessions`). */
  tried: number;
  crashes: { file: string; via: string; error: string }[];
  transcriptsChanged: string[];
}

/** mulberry32: small, seedable, good enough to pick mutation points. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const repoRoot = path.resolve(import.meta.dirname, '..');
const FIXTURES = path.join(repoRoot, 'test/fixtures/transcripts');

/** Seeds for the readers without a fixture file, written to the detector's shapes. */
const EXTRA_SEEDS: Record<string, string> = {
  'openhands.json': JSON.stringify([
    { id: 0, source: 'user', action: 'message', args: { content: 'fix the tests' } },
    { id: 1, source: 'agent', action: 'run', args: { command: 'pytest' } },
    { id: 2, source: 'agent', observation: 'run', content: '1 failed', extras: { exit_code: 1, command: 'pytest' } },
  ]),
  'swe-agent.traj': JSON.stringify({
    trajectory: [{ action: 'pytest', observation: 'E ImportError', thought: 'run the tests' }],
    history: [{ role: 'user', content: 'fix the bug' }],
  }),
  'aider.md': '# aider chat started at 2026-11-01 10:00:00\n\n#### fix the failing test\n\n> Running pytest\n> 1 failed\n\nDone.\n',
};

function seeds(): { name: string; bytes: Buffer }[] {
  const out: { name: string; bytes: Buffer }[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir)) {
      const p = path.join(dir, e);
      if (statSync(p).isDirectory()) walk(p);
      else out.push({ name: path.relative(FIXTURES, p).replaceAll(path.sep, '_'), bytes: readFileSync(p) });
    }
  };
  walk(FIXTURES);
  for (const [name, text] of Object.entries(EXTRA_SEEDS)) out.push({ name, bytes: Buffer.from(text) });
  return out;
}

const WRONG: unknown[] = [null, 42, -1, '', 'x', true, [], {}, [1, 'a', null], { type: 42 }, '\u0000', 1e308];

/** Replaces values at random depths with values of the wrong type (keys kept, so readers still engage). */
function reshape(v: unknown, r: () => number, depth = 0): unknown {
  if (depth > 12) return v;
  if (Array.isArray(v)) return v.map((x) => reshape(x, r, depth + 1));
  if (v && typeof v === 'object') {
    const o: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) o[k] = r() < 0.3 ? WRONG[Math.floor(r() * WRONG.length)] : reshape(x, r, depth + 1);
    return o;
  }
  return r() < 0.2 ? WRONG[Math.floor(r() * WRONG.length)] : v;
}

function reshapeText(text: string, r: () => number): string {
  const reshapeOne = (s: string) => {
    try {
      return JSON.stringify(reshape(JSON.parse(s), r));
    } catch {
      return s;
    }
  };
  const whole = text.trim();
  if (whole.startsWith('[') || (whole.startsWith('{') && !whole.includes('\n{'))) {
    const doc = reshapeOne(whole);
    if (doc !== whole) return doc;
  }
  return text.split('\n').map(reshapeOne).join('\n');
}

function mutations(seed: { name: string; bytes: Buffer }, r: () => number): [string, Buffer][] {
  const b = seed.bytes;
  const text = b.toString('utf8');
  const ext = path.extname(seed.name) || '.jsonl';
  const stem = seed.name.slice(0, seed.name.length - ext.length);
  const out: [string, Buffer][] = [];
  for (let i = 0; i < 4; i++) out.push([`${stem}.trunc${i}${ext}`, b.subarray(0, Math.floor(r() * b.length))]);
  for (let i = 0; i < 3; i++) {
    const at = Math.floor(r() * b.length);
    out.push([
      `${stem}.badutf8-${i}${ext}`,
      Buffer.concat([b.subarray(0, at), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80]), b.subarray(at)]),
    ]);
  }
  for (let i = 0; i < 4; i++) out.push([`${stem}.shape${i}${ext}`, Buffer.from(reshapeText(text, r))]);
  out.push([`${stem}.crlf${ext}`, Buffer.from(text.replaceAll('\n', '\r\n'))]);
  out.push([`${stem}.bom${ext}`, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b])]);
  out.push([`${stem}.nul${ext}`, Buffer.from(text.replaceAll('"', '"\u0000'))]);
  return out;
}

function standalone(r: () => number, hugeLineBytes: number): [string, Buffer][] {
  const out: [string, Buffer][] = [];
  for (let i = 0; i < 8; i++) {
    const bytes = Buffer.alloc(1 + Math.floor(r() * 4096));
    for (let j = 0; j < bytes.length; j++) bytes[j] = Math.floor(r() * 256);
    out.push([`random-${i}${['.jsonl', '.json', '.md', '.ndjson'][i % 4]}`, bytes]);
  }
  const big = 'x'.repeat(hugeLineBytes);
  out.push(['huge-line.jsonl', Buffer.from(`{"type":"user","message":{"role":"user","content":"${big}"}}\n{"type":"user"}\n`)]);
  out.push(['huge-unterminated.jsonl', Buffer.from(`{"type":"user","message":{"content":"${big}`)]);
  out.push(['deep-array.jsonl', Buffer.from('['.repeat(200_000) + ']'.repeat(200_000) + '\n')]);
  out.push(['deep-object.json', Buffer.from('{"a":'.repeat(50_000) + '1' + '}'.repeat(50_000))]);
  out.push([
    'proto.jsonl',
    Buffer.from(
      '{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}},"type":"user","message":{"role":"user","content":"hi"}}\n',
    ),
  ]);
  out.push(['only-brace.json', Buffer.from('{\n')]);
  out.push(['empty-lines.jsonl', Buffer.from('\n\n\n')]);
  out.push(['nul-only.jsonl', Buffer.alloc(64)]);
  out.push(['lone-surrogates.jsonl', Buffer.from('{"type":"user","message":{"role":"user","content":"\\ud800\\udfff\\ud800"}}\n')]);
  out.push(['numbers.json', Buffer.from('[1,2,3,null,"a",{"role":7,"content":[{"type":9}]}]')]);
  return out;
}

/** Reads one file through the reader and through `dream sessions`; returns the exceptions that escaped. */
export async function readEveryWay(file: string): Promise<MalformedAudit['crashes']> {
  const crashes: MalformedAudit['crashes'] = [];
  try {
    for await (const session of readTranscriptFile(file, { onIssue: () => {} })) void session.events.length;
  } catch (e) {
    crashes.push({ file, via: 'readTranscriptFile', error: String(e).slice(0, 200) });
  }
  const program = new Command().exitOverride();
  let written = '';
  registerSessionsCommand(program, { logger: silentLogger, write: (t) => (written += t) });
  try {
    await program.parseAsync(['node', 'dream', 'sessions', '--json', file]);
    if (!Array.isArray((JSON.parse(written) as { files?: unknown }).files))
      throw new Error('`dream sessions --json` printed no files array');
  } catch (e) {
    crashes.push({ file, via: 'dream sessions', error: String(e).slice(0, 200) });
  }
  return crashes;
}

export async function auditMalformed(opts: { seed?: number; hugeLineBytes?: number } = {}): Promise<MalformedAudit> {
  const r = rng(opts.seed ?? 0x5eed);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'adversarial-malformed-'));
  try {
    const files: [string, Buffer][] = [
      ...seeds().flatMap((s) => mutations(s, r)),
      ...standalone(r, opts.hugeLineBytes ?? 33 * 1024 * 1024),
    ];
    for (const [name, bytes] of files) writeFileSync(path.join(dir, name), bytes);
    const names = files.map(([n]) => n);
    const before = hashFiles(dir, names);
    const crashes: MalformedAudit['crashes'] = [];
    let tried = 0;
    for (const name of names) {
      tried += 2;
      for (const crash of await readEveryWay(path.join(dir, name))) crashes.push({ ...crash, file: name });
    }
    return { files: names.length, tried, crashes, transcriptsChanged: changedFiles(before, hashFiles(dir, names)) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
