/**
 * `dream sessions <paths or globs...> [--json]`: what the readers make of transcript files, per file
 * (format, sessions, events, tool calls, tool errors, skipped lines) and every issue at file:line.
 */
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Command } from 'commander';
import { glob } from 'tinyglobby';
import type { Logger } from '../model/index.js';
import { isTranscriptPath } from '../config/transcript-files.js';
import { expandHome } from '../config/home.js';
import type { FileSummary } from '../transcripts/index.js';
import { threadsFlag } from './run.js';

/** Directory walks stop here; a transcripts folder deeper than this is a mistake. */
const MAX_DEPTH = 12;

/** A folder a walk could not list, and why (its code: EACCES, ELOOP...). */
export interface Unlisted {
  dir: string;
  reason: string;
}

/**
 * The transcript files under `dir`. A folder that cannot be listed is noted in `unlisted` and passed
 * over, so one locked folder does not hide the rest. A symlink named like a transcript is kept for the
 * reader, which reads its target or names what is wrong with it (dangling, a loop); a symlinked
 * folder is not entered, so no link can make the walk go round.
 */
async function walk(dir: string, depth: number, out: { files: string[]; unlisted: Unlisted[] }): Promise<void> {
  if (depth > MAX_DEPTH) return;
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    out.unlisted.push({ dir, reason: (err as NodeJS.ErrnoException).code ?? (err as Error).message });
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name === 'node_modules' || e.name === '.git') continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) await walk(p, depth + 1, out);
    else if ((e.isFile() || e.isSymbolicLink()) && isTranscriptPath(p.split(sep).join('/'))) out.files.push(p);
  }
}

/** Files named by paths, directories (walked) and globs, deduplicated, in a stable order. */
export async function expandTranscriptPaths(args: string[], cwd = process.cwd()): Promise<string[]> {
  return (await expandTranscriptPathsDetailed(args, cwd)).files;
}

/**
 * expandTranscriptPaths, also naming each argument that is no file, directory or matching glob, and
 * the folders a walk could not list.
 */
async function expandTranscriptPathsDetailed(
  args: string[],
  cwd = process.cwd(),
): Promise<{ files: string[]; missing: string[]; unlisted: Unlisted[] }> {
  const seen = new Set<string>();
  const out: string[] = [];
  const missing: string[] = [];
  const unlisted: Unlisted[] = [];
  const add = (f: string) => {
    if (!seen.has(f)) {
      seen.add(f);
      out.push(f);
    }
  };
  for (const typed of args) {
    // Quoted to keep its `*` from the shell, a glob keeps its `~` too: expanded here as `dream run` does.
    const arg = expandHome(typed);
    const st = await stat(arg).catch(() => undefined);
    if (st?.isFile()) add(arg);
    else if (st?.isDirectory()) {
      const found = { files: [] as string[], unlisted };
      await walk(arg, 0, found);
      found.files.forEach(add);
    } else {
      const matches = await glob(arg, { cwd, onlyFiles: true, dot: true });
      if (matches.length === 0) missing.push(typed);
      // Paths relative to the process, so they open from here whatever cwd the globs used.
      matches.sort().forEach((m) => add(relative(process.cwd(), join(cwd, m)) || m));
    }
  }
  return { files: out, missing, unlisted };
}

export function registerSessionsCommand(program: Command, deps: { logger: Logger; write?: (text: string) => void }): void {
  const write = deps.write ?? ((t: string) => void process.stdout.write(t));
  program
    .command('sessions')
    .description('Show what the readers make of transcript files: format, sessions, events, tool calls and errors, skipped lines')
    .argument('<paths...>', 'transcript files, directories (walked) or globs')
    .option('--json', 'print {files: per-file summaries, health: the ingestion health report} as JSON')
    .option(
      '--threads <n>',
      'threads that read: this one and N-1 workers (default: 2 where there are 2 cores and 48 MB or more to read)',
      threadsFlag,
    )
    .action(async (paths: string[], opts: { json?: boolean; threads?: number }) => {
      const { files, missing, unlisted } = await expandTranscriptPathsDetailed(paths);
      if (files.length === 0 && unlisted.length > 0) {
        throw new Error(`cannot list ${unlisted.map((u) => `${u.dir} (${u.reason})`).join(', ')}: no transcript files read`);
      }
      if (files.length === 0) throw new Error(`no transcript files match ${paths.join(' ')}`);
      // A mistyped path must not vanish from a table that then looks complete.
      if (missing.length > 0) {
        throw new Error(`no such transcript file, directory or matching glob: ${missing.join(', ')}`);
      }
      deps.logger.debug(`reading ${files.length} transcript files`);
      // The readers are imported when the command runs, so that declaring it costs the other commands nothing.
      const [{ HealthCollector, formatHealth }, { defaultThreads }, { summarizeOnThreads }, { formatSummaryTable, unlistedRow }] =
        await Promise.all([
          import('../transcripts/index.js'),
          import('../pipeline/mine-files.js'),
          import('./sessions-threads.js'),
          import('./sessions-table.js'),
        ]);
      const health = new HealthCollector();
      const threads = opts.threads ?? defaultThreads(files.map((abs) => ({ abs })));
      const rows: FileSummary[] = [];
      for await (const row of summarizeOnThreads(files, { threads, logger: deps.logger, health })) rows.push(row);
      rows.push(...unlisted.map(unlistedRow));
      const report = health.report();
      write(
        opts.json
          ? `${JSON.stringify({ files: rows, health: report }, null, 2)}\n`
          : `${formatSummaryTable(rows)}\n\n${formatHealth(report)}\n`,
      );
    });
}
