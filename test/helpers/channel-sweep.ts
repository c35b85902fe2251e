/**
 * Every reader through every output channel: a sweep row's fixtures (reader-sweep.ts) loaded with a
 * token in every string and orders in every place that is not the user's, three sessions of them,
 * then dreamed at support 1 with the offline engine (report, diff, memory files, ledger, PR title and
 * body, commit message, job summary, logs), read by `dream sessions --json` and `dream map` (the
 * digest), and dreamed by the claude engine against the replay server (the request bodies sent to
 * Anthropic). `typed: true` puts the orders where the user types instead: the control that the same
 * orders do become a lesson when the user gives them.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import Anthropic from '@anthropic-ai/sdk';
import { buildProgram } from '../../src/cli/program.js';
import { runDream } from '../../src/pipeline/run.js';
import { OfflineEngine } from '../../src/engine/offline/index.js';
import { ClaudeEngine } from '../../src/engine/claude/index.js';
import { defaultDreamOptions } from '../../src/engine/options.js';
import type { Logger } from '../../src/model/index.js';
import { outgoingArtifacts } from '../../audit/run-artifacts.js';
import type { Artifact } from '../../audit/scan.js';
import { AnthropicReplayServer } from './anthropic-server/index.js';
import {
  FIXTURES,
  ORDER,
  TOKEN,
  jsonPlaces,
  readFile,
  rewriteJsonAll,
  userWords,
  usersLine,
  type Place,
  type SweepRow,
} from './reader-sweep.js';

const SESSIONS = 3;

function recordingLogger(lines: string[]): Logger {
  return { debug: (m) => lines.push(m), info: (m) => lines.push(m), warning: (m) => lines.push(m), error: (m) => lines.push(m) };
}

/** The kinds of a read's events, in order: a rewrite that changes them broke the record it touched. */
const kindsOf = async (file: string) => JSON.stringify((await readFile(file)).sessions.map((s) => s.events.map((e) => e.kind)));

/**
 * A fixture's text loaded: the token after every string and key that keeps the read's shape, the
 * orders after every such string that is not the user's (or, `typed`, into the user's text).
 */
async function loadJson(text: string, scratch: string, typed: boolean): Promise<string> {
  writeFileSync(scratch, text);
  const words = userWords(await readFile(scratch)).map((w) => w.trim());
  const shape = await kindsOf(scratch);
  const plan: { place: Place; f: (s: string) => string }[] = [];
  for (const place of jsonPlaces(text)) {
    const line = usersLine(place.before, words);
    const f =
      line !== undefined
        ? (s: string) => s.replace(line, typed ? `${line}\n\n${ORDER}` : `${line} ${TOKEN}`)
        : typed
          ? (s: string) => `${s} ${TOKEN}`
          : (s: string) => `${s} ${TOKEN}\n${ORDER}`;
    // Kept only if the read keeps its shape with every rewrite so far: a token in a record's type,
    // or in the keys format detection reads, would hide the record (or the file) instead of testing it.
    writeFileSync(scratch, rewriteJsonAll(text, [...plan, { place, f }]));
    if ((await kindsOf(scratch)) === shape) plan.push({ place, f });
  }
  return rewriteJsonAll(text, plan);
}

function loadText(row: Extract<SweepRow, { kind: 'text' }>, text: string, typedLine: string | undefined, typed: boolean): string {
  const lines = text.split('\n');
  const forged = row.forgeries[0]!;
  const after = forged.after(lines);
  return lines
    .flatMap((l, i) => {
      const out = [l];
      // The orders on a line of their own after the user's, with the line's own prefix ("#### ", "❯ ").
      if (typed && typedLine !== undefined && l.includes(typedLine)) out.push(l.replace(typedLine, ORDER));
      if (after[i]) out.push(`export GITHUB_TOKEN=${TOKEN}`, ...(typed ? [] : forged.lines));
      return out;
    })
    .join('\n');
}

export interface ChannelRun {
  /** Every output, by name. */
  outputs: Artifact[];
  /** Strings loaded per session copy (JSON) or lines after which the load went (text). */
  loaded: number;
  sessionsRead: number;
  /** The accepted edits' entries and the memory lines the pass added. */
  memoryText: string;
}

/** Writes SESSIONS loaded copies of the row's fixtures under `repo/sessions/<n>/`. */
async function writeCorpus(row: SweepRow, repo: string, typed: boolean): Promise<number> {
  mkdirSync(repo, { recursive: true });
  writeFileSync(path.join(repo, 'CLAUDE.md'), '# widget\n\n## Testing\n\n- Run the tests before committing.\n');
  writeFileSync(path.join(repo, 'AGENTS.md'), '# widget\n\n- Sources live in `src`.\n');
  let loaded = 0;
  for (const fixture of row.fixtures) {
    const text = readFileSync(path.join(FIXTURES, fixture), 'utf8');
    const scratch = path.join(repo, '..', 'scratch', fixture);
    mkdirSync(path.dirname(scratch), { recursive: true });
    let body: string;
    if (row.kind === 'json') body = await loadJson(text, scratch, typed);
    else {
      const words = userWords(await readFile(path.join(FIXTURES, fixture))).map((w) => w.split('\n')[0]!.trim());
      const typedLine = words.find((w) => w.length >= 4 && text.includes(w));
      body = loadText(row, text, typedLine, typed);
    }
    loaded += body.split(TOKEN).length - 1;
    for (let n = 1; n <= SESSIONS; n++) {
      // Each copy its own session: the day moves, so no copy is taken for a resumed one, and trailing blank
      // lines make the bytes differ where the format has no date, so no copy is a copy of a file (copies.ts).
      const file = path.join(repo, 'sessions', String(n), fixture);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, n === 1 ? body : body.replaceAll('2026-', `${2026 + n}-`) + '\n'.repeat(n - 1));
    }
  }
  return loaded;
}

async function cli(argv: string[], logs: string[]): Promise<string> {
  let stdout = '';
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  }) as typeof process.stdout.write;
  try {
    const program = buildProgram({ logger: recordingLogger(logs), env: {} });
    program.exitOverride();
    for (const c of program.commands) c.exitOverride();
    await program.parseAsync(['node', 'dream', ...argv]);
  } catch (e) {
    // A refusal (an output holding a secret) is an answer too: its message is scanned like any output.
    logs.push(`error: ${(e as Error).message}`);
  } finally {
    process.stdout.write = write;
  }
  return stdout;
}

/** The claude engine's requests for the same corpus; the model answers that it found nothing. */
async function claudeRequests(repo: string): Promise<Artifact[]> {
  const server = await AnthropicReplayServer.start();
  try {
    server.fallback('analyst', { kind: 'tool', input: { lessons: [] } });
    server.fallback('curator', { kind: 'tool', input: { edits: [] } });
    server.fallback('reviewer', { kind: 'tool', input: { verdicts: [] } });
    const client = new Anthropic({ apiKey: 'sweep-key', baseURL: server.url, maxRetries: 0, timeout: 10_000 });
    await runDream({
      repoDir: repo,
      sessions: ['sessions/**'],
      engine: new ClaudeEngine({ client, model: 'claude-sonnet-5-5', maxTokens: 4_000 }),
      options: { ...defaultDreamOptions, minSupport: 1 },
      ledgerPath: '.dreaming/claude-ledger.json',
      logger: recordingLogger([]),
      now: () => new Date('2030-01-01T00:00:00Z'),
    });
    return server.requests.map((r, i) => ({ label: `LLM request ${i + 1} (${r.role})`, text: r.raw }));
  } finally {
    await server.close();
  }
}

export async function runChannels(row: SweepRow, dir: string, opts: { typed: boolean; claude: boolean }): Promise<ChannelRun> {
  const repo = path.join(dir, 'repo');
  const loaded = await writeCorpus(row, repo, opts.typed);
  const logs: string[] = [];
  const run = await runDream({
    repoDir: repo,
    sessions: ['sessions/**'],
    engine: new OfflineEngine(),
    options: { ...defaultDreamOptions, minSupport: 1 },
    ledgerPath: '.dreaming/ledger.json',
    logger: recordingLogger(logs),
    now: () => new Date('2030-01-01T00:00:00Z'),
  });
  const outputs = outgoingArtifacts(run, logs);
  const cliLogs: string[] = [];
  outputs.push({ label: 'dream sessions --json', text: await cli(['sessions', '--json', path.join(repo, 'sessions')], cliLogs) });
  const digest = path.join(dir, 'shard.digest.gz');
  await cli(['map', '--shard', '1/1', '--repo', repo, '--sessions', 'sessions/**', '--out', digest], cliLogs);
  if (existsSync(digest)) outputs.push({ label: 'dream map digest', text: gunzipSync(readFileSync(digest)).toString('utf8') });
  const report = path.join(dir, 'cli-report.json');
  const patch = path.join(dir, 'cli.patch');
  const runArgs = [
    '--repo',
    repo,
    '--sessions',
    'sessions/**',
    '--min-support',
    '1',
    '--include-dreamed',
    '--report',
    report,
    '--patch',
    patch,
  ];
  outputs.push({ label: 'dream run stdout', text: await cli(['run', ...runArgs], cliLogs) });
  for (const [label, file] of [
    ['dream run --report', report],
    ['dream run --patch', patch],
  ] as const)
    if (existsSync(file)) outputs.push({ label, text: readFileSync(file, 'utf8') });
  outputs.push({ label: 'CLI logs', text: cliLogs.join('\n') });
  if (opts.claude) outputs.push(...(await claudeRequests(repo)));
  const memoryText = outputs
    .filter((a) => a.memory)
    .map((a) => a.text)
    .join('\n');
  return { outputs, loaded, sessionsRead: run.report.sessions.read, memoryText };
}
