/**
 * `dream capture`: Claude Code's SessionEnd hook copies the session's transcript, redacted, into
 * the repository so a later dream pass (and a reviewer) can read it from git.
 *
 * A hook must never get in the user's way: success is silent, failure is one clear line on
 * stderr and exit code 1. The source transcript is only ever opened for reading.
 */
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { Command } from 'commander';
import type { Logger } from '../model/index.js';
import { findSecrets } from '../secrets/index.js';
import { copyTranscriptRedacted, parsesAsJson, type CapturedFile } from './capture-copy.js';
import { findLatestTranscript } from './claude-projects.js';
import { expandHome } from '../config/home.js';

export { copyTranscriptRedacted, redactTranscriptLine } from './capture-copy.js';

const DEFAULT_CAPTURE_DEST = '.dreaming/sessions/claude-code';

/** The fields of Claude Code's hook input that capture uses. */
interface HookInput {
  session_id: string;
  transcript_path: string;
  cwd?: string;
  hook_event_name?: string;
  reason?: string;
}

interface CaptureOptions {
  transcript: string;
  sessionId: string;
  /** Repository root; the sessions folder is resolved against it. */
  repoDir: string;
  /** Sessions folder, relative to repoDir unless absolute. */
  dest?: string;
}

class CaptureError extends Error {
  override name = 'CaptureError';
}

const MAX_HOOK_INPUT_BYTES = 1024 * 1024;
const HOOK_INPUT_TIMEOUT_MS = 10_000;
const MAX_SUBAGENT_FILES = 10_000;
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;

/** The nearest ancestor holding .git (a directory, or a file in worktrees), if there is one. */
async function findRepoRoot(from: string): Promise<string | undefined> {
  let dir = path.resolve(from);
  for (let i = 0; i < 256; i++) {
    if (await lstat(path.join(dir, '.git')).catch(() => undefined)) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}

/**
 * The repository to capture into. Outside a git repository there is nowhere the copy would be
 * reviewed and committed from, so capture refuses rather than leaving `.dreaming/` in whatever
 * directory the hook happened to run in.
 */
async function repositoryFor(cwd: string, repoFlag: string | undefined): Promise<string> {
  const start = repoFlag !== undefined ? path.resolve(repoFlag) : cwd;
  const root = await findRepoRoot(start);
  if (!root || (repoFlag !== undefined && root !== start)) {
    throw new CaptureError(
      `${start} is not inside a git repository: run capture from a repository (the SessionEnd hook's cwd), or pass --repo DIR`,
    );
  }
  return root;
}

/** Copies the transcript and its subagents (<id>/subagents/*.jsonl) into the sessions folder. */
async function captureSession(opts: CaptureOptions, logger: Logger): Promise<CapturedFile[]> {
  if (!SAFE_ID.test(opts.sessionId)) {
    throw new CaptureError(`session id ${JSON.stringify(opts.sessionId)} is not a safe file name`);
  }
  // The id becomes the copy's file name, which is committed: it must be as clean as its content.
  if (findSecrets(opts.sessionId).length > 0) throw new CaptureError('session id looks like a secret; not copied');
  const source = path.resolve(expandHome(opts.transcript));
  const info = await stat(source).catch(() => undefined);
  if (!info) throw new CaptureError(`transcript not found: ${source}`);
  if (!info.isFile()) throw new CaptureError(`transcript is not a regular file: ${source}`);

  const destDir = path.resolve(opts.repoDir, opts.dest ?? DEFAULT_CAPTURE_DEST);
  const target = path.join(destDir, `${opts.sessionId}.jsonl`);
  const realSource = await realpath(source);
  if ((await realpath(target).catch(() => path.resolve(target))) === realSource) {
    throw new CaptureError(`refusing to capture ${source} onto itself`);
  }
  const results = [await copyTranscriptRedacted(source, target)];

  const subagentsDir = path.join(path.dirname(source), path.basename(source, '.jsonl'), 'subagents');
  const dirInfo = await lstat(subagentsDir).catch(() => undefined);
  if (dirInfo?.isDirectory()) {
    const names = (await readdir(subagentsDir, { withFileTypes: true }))
      .filter((d) => d.isFile() && d.name.endsWith('.jsonl') && SAFE_ID.test(d.name))
      .map((d) => d.name)
      .sort()
      .slice(0, MAX_SUBAGENT_FILES);
    for (const name of names) {
      const sub = path.join(destDir, opts.sessionId, 'subagents', name);
      results.push(await copyTranscriptRedacted(path.join(subagentsDir, name), sub));
    }
  }
  const changed = results.filter((r) => r.changed).length;
  logger.debug(`captured ${results.length} file(s) into ${destDir}, ${changed} changed`);
  return results;
}

/**
 * The hook's JSON, or undefined when no input arrives at all: a terminal, stdin closed with nothing
 * on it, or nothing within the timeout. Capture run by hand then looks in Claude Code's project folder.
 */
async function readHookInput(stdin: Readable & { isTTY?: boolean }): Promise<string | undefined> {
  if (stdin.isTTY) return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string | undefined>((resolve, reject) => {
    timer = setTimeout(() => {
      if (size === 0) resolve(undefined);
      else reject(new CaptureError(`hook input on stdin incomplete after ${HOOK_INPUT_TIMEOUT_MS / 1000}s`));
    }, HOOK_INPUT_TIMEOUT_MS);
    timer.unref();
  });
  // Claude Code may never close the hook's stdin, so reading to EOF would hang until the hook is
  // cancelled: stop as soon as the bytes so far form a whole JSON document.
  const read = (async () => {
    for await (const chunk of stdin) {
      const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
      size += buf.length;
      if (size > MAX_HOOK_INPUT_BYTES) throw new CaptureError(`hook input exceeds ${MAX_HOOK_INPUT_BYTES} bytes`);
      chunks.push(buf);
      const text = Buffer.concat(chunks).toString('utf8');
      if (text.trim() !== '' && parsesAsJson(text)) return text;
    }
    const text = Buffer.concat(chunks).toString('utf8');
    return text.trim() === '' ? undefined : text;
  })();
  try {
    return await Promise.race([read, timeout]);
  } finally {
    clearTimeout(timer);
    // Stop waiting on a stdin that never closes, so the process can exit as soon as capture is done.
    stdin.destroy();
  }
}

function parseHookInput(text: string): HookInput {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new CaptureError('hook input on stdin is not JSON');
  }
  const v = value as Record<string, unknown> | null;
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new CaptureError('hook input is not a JSON object');
  const field = (name: string, required: boolean): string | undefined => {
    const f = v[name];
    if (f === undefined || f === null) {
      if (required) throw new CaptureError(`hook input has no "${name}"`);
      return undefined;
    }
    if (typeof f !== 'string' || (required && f === '')) throw new CaptureError(`hook input "${name}" is not a string`);
    return f;
  };
  const out: HookInput = { session_id: field('session_id', true)!, transcript_path: field('transcript_path', true)! };
  for (const name of ['cwd', 'hook_event_name', 'reason'] as const) {
    const f = field(name, false);
    if (f !== undefined) out[name] = f;
  }
  return out;
}

interface CaptureFlags {
  transcript?: string;
  sessionId?: string;
  repo?: string;
  dest?: string;
}

export function registerCaptureCommand(
  program: Command,
  deps: { logger: Logger; stdin?: Readable & { isTTY?: boolean }; env?: NodeJS.ProcessEnv; cwd?: string },
): void {
  program
    .command('capture')
    .description("Copy a Claude Code session's transcript, redacted, into the repository (for the SessionEnd hook)")
    .option(
      '--transcript <file>',
      "the transcript to capture (default: the hook JSON on stdin, else the newest session in Claude Code's project folder)",
    )
    .option('--session-id <id>', 'with --transcript: the session id (default: the file name)')
    .option('--repo <dir>', "the git repository (default: the git root above the hook's cwd)")
    .option('--dest <dir>', `the sessions folder, relative to the repository (default: ${DEFAULT_CAPTURE_DEST})`)
    .action(async (flags: CaptureFlags) => {
      try {
        const env = deps.env ?? process.env;
        let transcript: string;
        let sessionId: string | undefined = flags.sessionId;
        let cwd = path.resolve(deps.cwd ?? process.cwd());
        const hookText = flags.transcript === undefined ? await readHookInput(deps.stdin ?? process.stdin) : undefined;
        if (flags.transcript !== undefined) {
          transcript = path.resolve(cwd, expandHome(flags.transcript));
        } else if (hookText !== undefined) {
          const hook = parseHookInput(hookText);
          if (hook.cwd) cwd = path.resolve(expandHome(hook.cwd));
          transcript = path.resolve(cwd, expandHome(hook.transcript_path));
          sessionId ??= hook.session_id;
          deps.logger.debug(`capture: ${hook.hook_event_name ?? 'hook'} (${hook.reason ?? 'no reason'}) for ${sessionId}`);
        } else {
          const repo = await repositoryFor(cwd, flags.repo);
          const found = await findLatestTranscript(cwd, repo, env);
          if (!found.transcript) {
            throw new CaptureError(`no hook input on stdin and no transcript in ${found.searched.join(', ')}: pass --transcript FILE`);
          }
          transcript = found.transcript;
        }
        sessionId ??= path.basename(transcript).replace(/\.jsonl?$/, '');
        // Checked before anything is read or written: outside a repository nothing is written.
        const repoDir = await repositoryFor(cwd, flags.repo);
        await captureSession({ transcript, sessionId, repoDir, ...(flags.dest !== undefined ? { dest: flags.dest } : {}) }, deps.logger);
      } catch (err) {
        deps.logger.error(`dream capture: ${(err as Error).message}`);
        process.exitCode = 1;
      }
    });
}
