/**
 * How many bytes of AGENTS.md Codex reads in this repository: `project_doc_max_bytes` in the project's
 * `.codex/config.toml` (Codex reads a trusted project's own config over the user's), else its default (limits.ts).
 * The user's `~/.codex/config.toml` is personal and outside the repository: never read. A file that does not parse,
 * or a value that is not a whole number of bytes, is reported naming the file and line, and the default applies: the
 * limit guard then refuses at the smaller size, which loses nothing (the reviewer prunes or fixes the file).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../model/index.js';
import { CODEX_PROJECT_DOC_MAX_BYTES } from './limits.js';

const CODEX_CONFIG = '.codex/config.toml';
const KEY = 'project_doc_max_bytes';

/** The 1-based line that sets the key at the top level, for the message (the parser says where only on a syntax error). */
function lineOfKey(text: string): number | undefined {
  const i = text.split('\n').findIndex((l) => new RegExp(`^\\s*["']?${KEY}["']?\\s*=`).test(l));
  return i < 0 ? undefined : i + 1;
}

/** Codex's `project_doc_max_bytes` for the repository at `repoDir`. */
export async function codexDocMaxBytes(repoDir: string, logger: Logger): Promise<number> {
  let text: string;
  try {
    text = await readFile(path.join(repoDir, CODEX_CONFIG), 'utf8');
  } catch {
    return CODEX_PROJECT_DOC_MAX_BYTES;
  }
  const fallBack = (line: number | undefined, why: string): number => {
    logger.warning(`${CODEX_CONFIG}${line ? `:${line}` : ''}: ${why}; Codex's default of ${CODEX_PROJECT_DOC_MAX_BYTES} bytes applies`, {
      file: CODEX_CONFIG,
      ...(line ? { line } : {}),
    });
    return CODEX_PROJECT_DOC_MAX_BYTES;
  };
  // Loaded only for a repository that has the file: most have none.
  const { parse, TomlError } = await import('smol-toml');
  let config: Record<string, unknown>;
  try {
    config = parse(text);
  } catch (err) {
    // The parser's message quotes the file's lines after its first: only the first is the reason.
    const why = (err as Error).message.split('\n')[0]?.replace(/^Invalid TOML document: /, '') ?? 'not TOML';
    return fallBack(err instanceof TomlError ? err.line : undefined, `not valid TOML (${why})`);
  }
  const value = config[KEY];
  if (value === undefined) return CODEX_PROJECT_DOC_MAX_BYTES;
  // smol-toml reads integers as numbers (bigint only past 2^53, far past any memory file).
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0)
    return fallBack(lineOfKey(text), `${KEY} must be a whole number of bytes`);
  return value;
}
