/**
 * `dream sync`: what `mode: sync` does in the Action, from a terminal or any CI.
 *
 *   dream sync --store <memstore id> [--repo DIR] [--memory <glob>...] (--before SHA [--after SHA] | --all)
 *
 * Uploads the memory files changed between two commits (or, with --all, every memory file: missing
 * memories are created, differing ones reported) to a Managed Agents memory store. A memory changed
 * in the store since the last sync is never overwritten: it is reported and the exit code is 1.
 */
import path from 'node:path';
import { Command } from 'commander';
import type { Logger } from '../model/index.js';

interface SyncFlags {
  store?: string;
  repo: string;
  before?: string;
  after?: string;
  all?: boolean;
  memory?: string[];
  config?: string;
}

export interface SyncCommandDeps {
  logger: Logger;
  env: NodeJS.ProcessEnv;
  /** Where the result table goes (stdout by default). */
  write?: (text: string) => void;
}

export function registerSyncCommand(program: Command, deps: SyncCommandDeps): void {
  const write = deps.write ?? ((t: string) => void process.stdout.write(t));
  program
    .command('sync')
    .description('Upload merged memory files to a Managed Agents memory store, never overwriting changes made there')
    .option('--store <id>', 'the memory store (memstore_...); default: memory-store-id from --config')
    .option('--repo <dir>', 'repository checkout holding the memory files', '.')
    .option('--before <sha>', 'the commit before the merge: sync the memory files changed since it')
    .option('--after <sha>', 'the merged commit (default HEAD)')
    .option('--all', 'sync every memory file: create the missing ones, report the differing ones')
    .option(
      '--memory <globs...>',
      'extra memory file globs (CLAUDE.md, AGENTS.md, AGENTS.override.md, GEMINI.md, Copilot instructions, rules and skills are always synced)',
    )
    .option('--config <file>', 'YAML config file (memory-store-id, memory)')
    .action(async (flags: SyncFlags) => {
      // Imported when the command runs: the Managed Agents client brings the Anthropic SDK.
      const [{ loadConfigFile }, { managedAgentsPorts }, { syncFailure, syncPush }] = await Promise.all([
        import('../config/load.js'),
        import('../managed-agents/api.js'),
        import('../sync/index.js'),
      ]);
      const fromFile = flags.config ? await loadConfigFile(flags.config) : {};
      const storeId = flags.store ?? fromFile.memoryStoreId;
      if (!storeId) throw new Error('dream sync needs --store <memory store id> (or memory-store-id in --config)');
      if (!/^[A-Za-z0-9_-]+$/.test(storeId)) throw new Error(`--store: "${storeId}" is not a memory store id`);
      if (Boolean(flags.all) === Boolean(flags.before))
        throw new Error('dream sync needs either --before <sha> (with an optional --after) or --all');
      if (flags.all && flags.after) throw new Error('--after goes with --before; --all syncs HEAD');
      const apiKey = deps.env.ANTHROPIC_API_KEY;
      if (!apiKey) throw new Error('dream sync needs ANTHROPIC_API_KEY in the environment to write to the memory store');
      const { stores } = managedAgentsPorts({ apiKey, baseURL: deps.env.ANTHROPIC_BASE_URL });
      const result = await syncPush({
        stores,
        storeId,
        repoDir: path.resolve(flags.repo),
        ...(flags.before ? { before: flags.before } : {}),
        after: flags.after ?? 'HEAD',
        memoryGlobs: flags.memory ?? fromFile.memory ?? [],
        logger: deps.logger,
      });
      const line = (label: string, paths: string[]) => (paths.length ? `${label}: ${paths.join(', ')}\n` : '');
      write(
        `memory store ${storeId}: ${result.created.length} created, ${result.updated.length} updated, ` +
          `${result.deleted.length} deleted, ${result.unchanged.length} unchanged, ${result.conflicts.length + result.refused.length} not synced\n` +
          line('created', result.created) +
          line('updated', result.updated) +
          line('deleted', result.deleted),
      );
      const failure = syncFailure(result);
      if (failure) throw new Error(failure);
    });
}
