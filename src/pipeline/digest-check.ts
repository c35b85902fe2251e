/**
 * What a reduce re-checks in each file's line of a digest (digest-read.ts) before the pass consumes it.
 * A digest is an artifact another job wrote: the reduce cannot re-mine the transcripts (that is the work
 * the shards saved), but it can refuse a line that no map job writes, and redact it again:
 * - every session is the file's own (its outline names the file), and every signal belongs to one of them
 *   and cites that file and session, so support counts only sessions of files the digests list, each once
 *   (a file listed twice, or missing from the checkout or of another size than the map read, stops the
 *   reduce: digest-read.ts);
 * - the file's health counts one entry a session, and every quote is at most the miners' length, its mark of a turn no
 *   one can attribute to the person (Evidence.unverified) `true` or absent;
 * - kinds and trust levels are ones the pass knows, and a signal's folder one inside the repository (model/folders.ts);
 * - the adopted lessons' efficacy tallies follow from the sessions and signals the line lists (digest-efficacy.ts);
 * - every string is redacted again, as the map did before writing it (idempotent on a map's own line).
 * What it cannot check is listed in SECURITY.md: a map job of the same run is trusted as that job.
 */
import { boundedMemo, GIT_SESSION, isRepoFolder, REPO_FOLDER_RULE, REPO_SESSION, TRUST_LEVELS, type Evidence } from '../model/index.js';
import { keySeesValue, redactJsonValue, redactKeyedString, redactSecrets } from '../secrets/index.js';
import type { FileDigest } from './mine-file.js';
import { checkEfficacyTallies, type TallyCheck } from './digest-efficacy.js';

/** The miners' longest quote (signals/evidence.ts MAX_QUOTE). */
const MAX_QUOTE = 200;
const SIGNAL_KINDS = new Set(['error_then_fix', 'repeated_failure', 'instruction', 'memory_failure', 'hook_block', 'environment_feedback']);

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * Strings a reduce meets again and again (a session's id and file in each of its signals, agents, kinds, roles,
 * trust levels; a recurring pattern's summary), each redacted once: at 100,000 generated sessions redaction was a
 * seventh of the reduce. Redaction is a function of the text alone where the key says nothing (keySeesValue), so
 * the result is the same; long texts (outlines) rarely repeat and are not kept.
 */
const MEMO_CHARS = 256;
const redactRepeated = boundedMemo(16_384, redactSecrets);
const redactLine = (text: string, key: string | undefined): string =>
  keySeesValue(text, key) ? redactKeyedString(text, key) : text.length <= MEMO_CHARS ? redactRepeated(text) : redactSecrets(text);

/**
 * The line's digest redacted again, or an error naming `where` and what no map job writes. `efficacy`: the edit ids of
 * the adopted lessons the shard counted (its header's), the only ones its tallies may count, and the reduce's own
 * lessons, whose episodes are counted again from the line's signals (digest-efficacy.ts).
 */
export function checkFileDigest(
  f: FileDigest,
  where: string,
  efficacy: Pick<TallyCheck, 'lessons' | 'tracked'> = { lessons: [] },
): FileDigest {
  const refuse = (what: string): never => {
    throw new Error(`${where}: ${what} in the digest of ${JSON.stringify(f.display)}: not what a map job writes`);
  };
  if (f.unchanged === undefined && f.health.sessions.length !== f.sessions.length)
    refuse(`${f.health.sessions.length} sessions counted for ${f.sessions.length} listed`);
  const cites = (e: unknown, session: string | undefined): void => {
    if (
      !isObject(e) ||
      typeof e.session !== 'string' ||
      typeof e.file !== 'string' ||
      !Number.isInteger(e.line) ||
      typeof e.quote !== 'string'
    )
      return refuse('malformed evidence');
    if (e.quote.length > MAX_QUOTE) refuse(`a quote of ${e.quote.length} characters`);
    // The miner writes the mark as `true` or not at all (signals/evidence.ts): anything else is no map's, and a
    // falsy stand-in would let the words of a turn no one can attribute to the person be shown (Evidence.unverified).
    if (e.unverified !== undefined && e.unverified !== true)
      refuse(`evidence marked unverified: ${JSON.stringify(e.unverified).slice(0, 40)}`);
    // Memory's own lines (a rule the session broke) and commits are cited as the repository's.
    if (e.session === REPO_SESSION || e.session === GIT_SESSION) return;
    if (e.file !== f.display) refuse(`evidence citing another file (${JSON.stringify(e.file).slice(0, 80)})`);
    if (session !== undefined && e.session !== session) refuse('evidence citing another session');
  };
  f.sessions.forEach((s, i) => {
    if (!isObject(s) || !isObject(s.outline) || typeof s.outline.id !== 'string' || !Array.isArray(s.signals))
      refuse('a malformed session');
    if (s.outline.sourceFile !== f.display) refuse('a session of another file');
    if (!TRUST_LEVELS.includes(s.trust)) refuse(`trust ${JSON.stringify(s.trust)}`);
    s.signals.forEach((g, j) => {
      if (!isObject(g) || !SIGNAL_KINDS.has(g.kind as string) || !Array.isArray(g.evidence)) refuse('a malformed signal');
      if (g.sessionId !== s.outline.id) refuse('a signal of a session the file does not hold');
      // Its folder picks the memory file its lesson is added to: only a folder of this repository, as a reader gives it.
      if (g.folder !== undefined && !isRepoFolder(g.folder))
        refuse(
          `sessions[${i}].signals[${j}].folder ${JSON.stringify(g.folder).slice(0, 80)} (not a folder inside the repository: ${REPO_FOLDER_RULE})`,
        );
      for (const e of g.evidence) cites(e, g.sessionId);
    });
  });
  if (!Array.isArray(f.memoryUse.touched) || !Array.isArray(f.memoryUse.missing)) refuse('malformed memory use');
  for (const [, e] of f.memoryUse.touched) cites(e, undefined);
  for (const [, list] of f.memoryUse.missing) for (const e of Array.isArray(list) ? (list as Evidence[]) : []) cites(e, undefined);
  // The adopted lessons' counts decide their verdicts in the PR: they must follow from the sessions the line lists.
  checkEfficacyTallies(f, { ...efficacy, refuse, cites });
  return redactJsonValue(f, undefined, { redact: redactLine }) as FileDigest;
}
