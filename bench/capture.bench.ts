/**
 * Capture benchmark: `node --import tsx bench/capture.bench.ts [--mb N] [--keep]` (default 10).
 *
 * `dream capture` runs in Claude Code's SessionEnd hook, whose budget is short, so what counts is
 * the wall time of the installed command: a fresh `node <bundle> capture` process given the hook
 * JSON on stdin, redacting a Claude Code-like transcript of N MB into a git repository. The CLI is
 * the bundle scripts/build.mjs builds (what npm installs), built into a temporary directory.
 * Baselines measured in the same run, on the same file:
 *   node:  a `node -e ''` process (the floor any hook in Node pays);
 *   copy:  a node process that streams the file to the destination unchanged.
 * Each is run three times, alternating, and the best run is kept (the machine may be shared).
 * Budget: capture under 0.5 s on 10 MB; the bench exits 1 when it is over.
 */
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleDir } from './bundle.js';

const args = process.argv.slice(2);
const mbArg = args.indexOf('--mb');
const targetMb = mbArg >= 0 ? Number(args[mbArg + 1]) : 10;
const BUDGET_MS = 500;
/** Keeps the temp dir (repo, transcript) and the bundle for profiling: `node --cpu-prof <bundle>/cli.js capture`. */
const keep = args.includes('--keep');

let seed = 0x2545f491;
function rand(): number {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 4294967296;
}
const WORDS =
  'the a to of and in is for that with on file test run build error fix use config session value return import export const await type string path line output failed passed'.split(
    ' ',
  );
const prose = (n: number) => Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(' ');
const token = (n: number) =>
  Array.from({ length: n }, () => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(rand() * 62)]).join('');

/** A Claude Code-like session: prompts, assistant text and tool calls, large tool results, a few secrets. */
function writeTranscript(file: string, bytes: number, sessionId: string): number {
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const uuid = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    const r = rand();
    const line =
      r < 0.15
        ? { type: 'user', uuid, sessionId, message: { role: 'user', content: prose(20) } }
        : r < 0.45
          ? {
              type: 'assistant',
              uuid,
              sessionId,
              message: {
                role: 'assistant',
                content: [
                  { type: 'text', text: prose(60) },
                  { type: 'tool_use', id: `toolu_${token(24)}`, name: 'Bash', input: { command: `npm test -- ${prose(3)}` } },
                ],
              },
            }
          : {
              type: 'user',
              uuid,
              sessionId,
              message: {
                role: 'user',
                content: [
                  {
                    type: 'tool_result',
                    tool_use_id: `toolu_${token(24)}`,
                    content: Array.from({ length: 40 }, () =>
                      rand() < 0.01 ? `export API_TOKEN=ghp_${token(36)}` : `src/${prose(1)}.ts:${Math.floor(rand() * 900)}: ${prose(10)}`,
                    ).join('\n'),
                  },
                ],
              },
            };
    const text = JSON.stringify(line);
    lines.push(text);
    size += text.length + 1;
  }
  writeFileSync(file, lines.join('\n') + '\n');
  return lines.length;
}

function timeProcess(argv: string[], stdin: string, cwd: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, argv, { cwd, stdio: ['pipe', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(Number(process.hrtime.bigint() - start) / 1e6) : reject(new Error(`${argv.join(' ')} exited ${code}`)),
    );
    child.stdin.end(stdin);
  });
}

const dir = mkdtempSync(join(tmpdir(), 'dream-bench-capture-'));
try {
  const bundle = join(bundleDir({ keep }), 'cli.js');
  const repo = join(dir, 'repo');
  execFileSync('git', ['init', '-q', repo]);
  const sessionId = 'b0b0b0b0-1111-4222-8333-444444444444';
  const transcript = join(dir, `${sessionId}.jsonl`);
  const lineCount = writeTranscript(transcript, targetMb * 1024 * 1024, sessionId);
  const mb = statSync(transcript).size / 1024 / 1024;
  const hook = JSON.stringify({
    session_id: sessionId,
    transcript_path: transcript,
    cwd: repo,
    hook_event_name: 'SessionEnd',
    reason: 'prompt_input_exit',
  });
  const copyScript = `import { pipeline } from 'node:stream/promises'; import { createReadStream, createWriteStream } from 'node:fs'; await pipeline(createReadStream(${JSON.stringify(transcript)}), createWriteStream(${JSON.stringify(join(dir, 'copy.jsonl'))}));`;

  const best = { node: Infinity, copy: Infinity, capture: Infinity };
  for (let round = 0; round < 3; round++) {
    best.node = Math.min(best.node, await timeProcess(['-e', ''], '', dir));
    best.copy = Math.min(best.copy, await timeProcess(['--input-type=module', '-e', copyScript], '', dir));
    // A fresh destination each round, so every run redacts and writes the whole file.
    rmSync(join(repo, '.dreaming'), { recursive: true, force: true });
    best.capture = Math.min(best.capture, await timeProcess([bundle, 'capture'], hook, dir));
  }
  const within = best.capture < BUDGET_MS;
  console.log(
    `transcript: ${mb.toFixed(1)} MB, ${lineCount} lines; load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on ${availableParallelism()} CPUs`,
  );
  console.log(`baseline node -e '':            ${best.node.toFixed(0)} ms`);
  console.log(`baseline node stream copy:      ${best.copy.toFixed(0)} ms`);
  console.log(
    `dream capture (hook JSON in):   ${best.capture.toFixed(0)} ms  (${(best.capture / best.copy).toFixed(1)}x the copy, ${(mb / ((best.capture - best.node) / 1000)).toFixed(0)} MB/s after startup)`,
  );
  console.log(`budget ${BUDGET_MS} ms for 10 MB: ${within || targetMb !== 10 ? (within ? 'within' : 'n/a for this size') : 'OVER'}`);
  if (!within && targetMb === 10) process.exitCode = 1;
} finally {
  if (keep) console.log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
