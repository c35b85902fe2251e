/**
 * `dream map` and `dream reduce`: one pass split over several runners (an Actions matrix).
 *
 *   dream map --shard I/N --out DIGEST.json [--sessions <glob>...] [--memory <glob>...] [--repo DIR]
 *   dream reduce --digests DIGEST.json... [--dry-run | --write] [--report FILE] [--patch FILE]
 *
 * Every map reads the files whose path hashes to its shard and writes a signal digest; the reduce
 * checks it has every shard of one split, merges them, runs the engine and the guards, and writes
 * what `dream run` writes. The result equals `dream run` over the same input.
 *
 * The commands are declared here; what they do is src/cli/shards-pass.ts, imported when one of them runs.
 */
import { Command, Option } from 'commander';
import type { Logger } from '../model/index.js';
import { addPassOutputFlags, passFlagHelp, THREADS_HELP, threadsFlag, type RunFlags } from './run.js';

export type MapFlags = RunFlags & { shard: string; out: string };
export type ReduceFlags = RunFlags & { digests: string[] };
type Deps = { logger: Logger; env: NodeJS.ProcessEnv };

export function registerShardCommands(program: Command, deps: Deps): void {
  const help = passFlagHelp();
  program
    .command('map')
    .description('Read one shard of the transcripts and write its signal digest (for dream reduce)')
    .requiredOption('--shard <I/N>', 'this shard, 1-based, of N (for example 2/10)')
    .requiredOption('--out <file>', 'where to write the digest (gzipped JSON lines)')
    .option('--repo <dir>', 'repository checkout holding the memory files', '.')
    .option('--sessions <globs...>', 'transcript globs, relative to --repo, or absolute')
    .option('--memory <globs...>', 'extra memory file globs')
    .option('--config <file>', 'YAML config file')
    .option('--include-dreamed', 'read sessions again even if the ledger has them')
    .option('--threads <n>', THREADS_HELP, threadsFlag)
    .action(async (flags: MapFlags) => (await import('./shards-pass.js')).mapCommand(flags, deps));

  const reduce = program
    .command('reduce')
    .description("Merge the shards' signal digests, dream over them and propose memory edits (as dream run)")
    .requiredOption('--digests <files...>', "every shard's digest, from dream map: files or globs (as the Action's digests input)")
    .option('--repo <dir>', 'repository checkout holding the memory files and the transcripts the digests cite', '.')
    .option('--memory <globs...>', 'extra memory file globs')
    .addOption(new Option('--engine <name>', help.engine).choices(['offline', 'claude']))
    .option('--model <id>', 'model for the claude engine')
    .option('--config <file>', 'YAML config file');
  addPassOutputFlags(reduce, help)
    .option('--include-dreamed', 'the maps read sessions again even if the ledger has them (as dream map --include-dreamed)')
    .action(async (flags: ReduceFlags) => (await import('./shards-pass.js')).reduceCommand(flags, deps));
}
