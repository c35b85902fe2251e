/**
 * Readers benchmark: `node --import tsx bench/readers.bench.ts [--mb N] [--keep]`.
 *
 * Generates a Claude Code-like JSONL corpus (line mix and sizes modelled on real sessions: tool
 * results with their toolUseResult copies, hook/bash progress ticks, split assistant messages,
 * snapshots; a few secrets and high-entropy blobs) in a temp dir, then measures in the same run:
 *   baseline: split the same bytes into lines and JSON.parse each line (streamed the same way);
 *   readers:  readTranscriptFile (detection, parsing, normalisation, redaction, hashing).
 * Each is run three times, alternating, and the better run is kept (the machine may be shared).
 */
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { readTranscriptFile } from '../src/transcripts/index.js';

const args = process.argv.slice(2);
const mbArg = args.indexOf('--mb');
const targetMb = mbArg >= 0 ? Number(args[mbArg + 1]) : 200;
const keep = args.includes('--keep');
const FILE_MB = 4;

// Deterministic PRNG so runs are comparable.
let seed = 0x9e3779b9;
function rand(): number {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 4294967296;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

const WORDS =
  'the a to of and in is for that with on this file test run build error fix use should function module config session value return import export const let await async type interface string number array object update check path line output failed passed warning compile mix elixir phoenix liveview ecto query repo schema migration assert expect describe'.split(
    ' ',
  );
const PATHS = [
  'lib/spotter/transcripts/session.ex',
  'test/spotter_web/live/session_live_test.exs',
  'src/index.ts',
  'assets/js/app.js',
  'config/runtime.exs',
];

function prose(n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(pick(WORDS));
  return out.join(' ');
}

function hex(n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'[Math.floor(rand() * 16)];
  return s;
}

function b64(n: number): string {
  const a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let s = '';
  for (let i = 0; i < n; i++) s += a[Math.floor(rand() * 64)];
  return s;
}

function toolOutput(bytes: number): string {
  const lines: string[] = [];
  let size = 0;
  while (size < bytes) {
    const r = rand();
    const l =
      r < 0.5
        ? `${pick(PATHS)}:${Math.floor(rand() * 900)}: ${prose(8)}`
        : r < 0.8
          ? `     ${Math.floor(rand() * 400)}→  def ${pick(WORDS)}_${pick(WORDS)}(${pick(WORDS)}) do ${prose(4)} end`
          : r < 0.95
            ? `commit ${hex(40)} ${prose(5)}`
            : r < 0.99
              ? `  "integrity": "sha512-${b64(86)}=="`
              : `export API_TOKEN=${b64(40)}`;
    lines.push(l);
    size += l.length + 1;
  }
  return lines.join('\n');
}

interface Gen {
  sessionId: string;
  uuid: number;
  t: number;
}

function base(g: Gen, type: string): Record<string, unknown> {
  g.t += 1000 + Math.floor(rand() * 5000);
  return {
    parentUuid: `u-${g.uuid}`,
    isSidechain: false,
    userType: 'external',
    cwd: '/home/dev/projects/app',
    sessionId: g.sessionId,
    version: '2.1.39',
    gitBranch: 'main',
    type,
    uuid: `u-${++g.uuid}`,
    timestamp: new Date(1_760_000_000_000 + g.t).toISOString(),
  };
}

/** One agent turn: the lines Claude Code writes for a tool call and its result, with progress ticks. */
function turn(g: Gen, n: number): string[] {
  const lines: string[] = [];
  const msgId = `msg_${g.sessionId.slice(0, 8)}_${n}`;
  const toolId = `toolu_${g.sessionId.slice(0, 8)}_${n}`;
  if (n % 25 === 0) lines.push(JSON.stringify({ ...base(g, 'user'), message: { role: 'user', content: prose(60) } }));
  lines.push(
    JSON.stringify({
      ...base(g, 'assistant'),
      requestId: `req_${n}`,
      message: {
        id: msgId,
        model: 'claude-opus-4-5',
        role: 'assistant',
        type: 'message',
        content: [{ type: 'text', text: prose(150) }],
        usage: { input_tokens: 3, output_tokens: 400 },
      },
    }),
  );
  const command = `mix test ${pick(PATHS)} --trace`;
  lines.push(
    JSON.stringify({
      ...base(g, 'assistant'),
      requestId: `req_${n}`,
      message: {
        id: msgId,
        model: 'claude-opus-4-5',
        role: 'assistant',
        type: 'message',
        content: [{ type: 'tool_use', id: toolId, name: 'Bash', input: { command, description: prose(12) } }],
        usage: { input_tokens: 3, output_tokens: 400 },
      },
    }),
  );
  for (let i = 0; i < 5; i++) {
    lines.push(
      JSON.stringify({
        ...base(g, 'progress'),
        data: { type: 'hook_progress', hookEvent: 'PreToolUse', hookName: 'PreToolUse:Bash', command: '/home/dev/.claude/hooks/check.sh' },
        parentToolUseID: toolId,
        toolUseID: toolId,
      }),
    );
  }
  const out = toolOutput(900 + Math.floor(rand() * 5000));
  lines.push(
    JSON.stringify({
      ...base(g, 'progress'),
      data: { type: 'bash_progress', output: out.slice(0, 600), fullOutput: out.slice(0, 1000) },
      parentToolUseID: toolId,
      toolUseID: `bash-progress-${n}`,
    }),
  );
  const failed = rand() < 0.06;
  const text = failed ? `Exit code 1\n${out}` : out;
  lines.push(
    JSON.stringify({
      ...base(g, 'user'),
      message: { role: 'user', content: [{ tool_use_id: toolId, type: 'tool_result', content: text, is_error: failed }] },
      toolUseResult: { stdout: out, stderr: '', interrupted: false, isImage: false },
      sourceToolAssistantUUID: `u-${g.uuid - 7}`,
    }),
  );
  if (n % 10 === 0)
    lines.push(
      JSON.stringify({
        type: 'file-history-snapshot',
        messageId: `m-${n}`,
        snapshot: { messageId: `m-${n}`, trackedFileBackups: {}, timestamp: new Date().toISOString() },
        isSnapshotUpdate: false,
      }),
    );
  return lines;
}

async function writeSession(file: string, index: number): Promise<number> {
  const g: Gen = { sessionId: `${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`, uuid: index * 1_000_000, t: 0 };
  const ws = createWriteStream(file);
  let bytes = 0;
  for (let n = 0; bytes < FILE_MB * 1024 * 1024; n++) {
    const chunk = turn(g, n).join('\n') + '\n';
    bytes += Buffer.byteLength(chunk);
    if (!ws.write(chunk)) await once(ws, 'drain');
  }
  ws.end();
  await once(ws, 'finish');
  return bytes;
}

async function baseline(files: string[]): Promise<number> {
  let lines = 0;
  for (const f of files) {
    let rest: Buffer | undefined;
    for await (const chunk of createReadStream(f, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
      const buf: Buffer = rest ? Buffer.concat([rest, chunk]) : chunk;
      let pos = 0;
      for (let nl = buf.indexOf(10, pos); nl >= 0; nl = buf.indexOf(10, pos)) {
        if (nl > pos) {
          JSON.parse(buf.toString('utf8', pos, nl));
          lines++;
        }
        pos = nl + 1;
      }
      rest = pos < buf.length ? Buffer.from(buf.subarray(pos)) : undefined;
    }
    if (rest && rest.length > 0) {
      JSON.parse(rest.toString('utf8'));
      lines++;
    }
  }
  return lines;
}

async function readers(files: string[]): Promise<number> {
  let events = 0;
  for (const f of files) for await (const s of readTranscriptFile(f)) events += s.events.length;
  return events;
}

/** Wall time and CPU time (user + system): on a shared machine CPU time is the steadier measure. */
async function timed(fn: () => Promise<number>): Promise<{ ms: number; cpuMs: number; n: number }> {
  const t = performance.now();
  const c = process.cpuUsage();
  const n = await fn();
  const d = process.cpuUsage(c);
  return { ms: performance.now() - t, cpuMs: (d.user + d.system) / 1000, n };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dream-bench-'));
  try {
    const files: string[] = [];
    let total = 0;
    for (let i = 0; total < targetMb * 1024 * 1024; i++) {
      const f = join(dir, `session-${String(i).padStart(4, '0')}.jsonl`);
      total += await writeSession(f, i);
      files.push(f);
    }
    const mb = files.reduce((a, f) => a + statSync(f).size, 0) / (1024 * 1024);
    const runs = { baseline: [] as number[], readers: [] as number[], baselineCpu: [] as number[], readersCpu: [] as number[] };
    let lines = 0;
    let events = 0;
    for (let r = 0; r < 3; r++) {
      const b = await timed(() => baseline(files));
      lines = b.n;
      runs.baseline.push(mb / (b.ms / 1000));
      runs.baselineCpu.push(mb / (b.cpuMs / 1000));
      const rd = await timed(() => readers(files));
      events = rd.n;
      runs.readers.push(mb / (rd.ms / 1000));
      runs.readersCpu.push(mb / (rd.cpuMs / 1000));
    }
    const best = (xs: number[]) => Math.max(...xs);
    const baseMbs = best(runs.baseline);
    const readMbs = best(runs.readers);
    const baseCpu = best(runs.baselineCpu);
    const readCpu = best(runs.readersCpu);
    const fmt = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
    const rssMb = process.resourceUsage().maxRSS / 1024;
    const rows: [string, string][] = [
      ['corpus', `${mb.toFixed(0)} MB in ${files.length} files, ${lines} lines, ${events} events`],
      [
        'baseline (split + JSON.parse)',
        `${baseMbs.toFixed(1)} MB/s wall (runs ${fmt(runs.baseline)}); ${baseCpu.toFixed(1)} MB/s per CPU-second (runs ${fmt(runs.baselineCpu)})`,
      ],
      [
        'readers (incl. redaction)',
        `${readMbs.toFixed(1)} MB/s wall (runs ${fmt(runs.readers)}); ${readCpu.toFixed(1)} MB/s per CPU-second (runs ${fmt(runs.readersCpu)})`,
      ],
      [
        'ratio readers/baseline',
        `${((readMbs / baseMbs) * 100).toFixed(0)}% wall, ${((readCpu / baseCpu) * 100).toFixed(0)}% CPU  (target >= 50%)`,
      ],
      ['peak RSS', `${rssMb.toFixed(0)} MB  (target < 300 MB on 1 GB)`],
    ];
    const w = Math.max(...rows.map((r) => r[0].length));
    for (const [k, v] of rows) console.log(`${k.padEnd(w)}  ${v}`);
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
    else console.log(`corpus kept in ${dir}`);
  }
}

await main();
