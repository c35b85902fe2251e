/**
 * What a reduce checks in a file's efficacy tallies (FileDigest.efficacy: the adopted lessons' counts over the file's
 * sessions, FileEfficacy) before it adds them up. They decide a lesson's verdict ("helped", "worse") in the PR's
 * efficacy table and whether a lesson is strengthened, so a forged tally would speak for the team's memory. The
 * reduce cannot re-read the sessions to count again (that is the work the shards saved), but a map's tally follows
 * from the sessions its line lists, and what follows is checked:
 * - shapes and ranges: every count a non-negative integer, a lesson the header says the shard counted, once;
 * - bounds: a window counts at most the line's sessions (its sessions count only those that are no subagent), its
 *   conversations hit at most those exposed and at most the sessions with a signal, its episodes at most the line's
 *   signals (an episode is one signal);
 * - identities: clean conversations are the exposed ones never hit (FAMILY_EXPOSED alone), exactly; the week buckets
 *   add up to the windows (a negative week is before the adoption); every conversation named is a listed session's,
 *   met as exposed or exposed and hit, and, unless the map had to forget some (a file of more than MAX_OPEN_FAMILIES
 *   entries), there are as many as the windows count; evidence cites this file and its sessions, at most the cap.
 * Which listed sessions really met the lesson's situation (exposure reads their commands) is not checkable here:
 * a digest may still claim every listed session after an adoption met the lesson and none hit it (SECURITY.md).
 */
import type { Evidence } from '../model/index.js';
import {
  bearing,
  MAX_EFFICACY_EVIDENCE,
  MAX_EFFICACY_WEEKS,
  type LessonTally,
  type TrackedLesson,
  type WindowTally,
} from '../ledger/efficacy.js';
import { FAMILY_EXPOSED, FAMILY_HIT, MAX_OPEN_FAMILIES } from '../ledger/efficacy-families.js';
import type { FileDigest } from './mine-file.js';

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const isCount = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;
const WINDOW_KEYS = ['sessions', 'episodes', 'hitSessions', 'exposed'] as const;

export interface TallyCheck {
  /** Edit ids of the lessons the shard counted (its header's). */
  lessons: readonly string[];
  /** Throws, naming the digest file and line. */
  refuse: (what: string) => never;
  /** Checks one evidence item as the line's signals' are (file, session, quote length, mark). */
  cites: (e: unknown, session: string | undefined) => void;
  /** The reduce's own adopted lessons, by edit id: their episodes among the line's signals are counted again. */
  tracked?: ReadonlyMap<string, TrackedLesson>;
}

/** Checks every tally of a file's line; throws through `refuse` at the first that no map writes. */
export function checkEfficacyTallies(f: FileDigest, check: TallyCheck): void {
  const { refuse } = check;
  if (!Array.isArray(f.efficacy)) refuse('malformed efficacy tallies');
  const sessions = f.sessions.map((s) => s.outline);
  const facts = {
    sessions: sessions.length,
    counted: sessions.filter((o) => o.parentId === undefined).length,
    signals: f.sessions.reduce((n, s) => n + s.signals.length, 0),
    withSignals: f.sessions.filter((s) => s.signals.length > 0).length,
    ids: new Set(sessions.map((o) => o.id)),
    roots: new Set(sessions.map((o) => o.parentId ?? o.id)),
  };
  const known = new Set(check.lessons);
  const seen = new Set<string>();
  const entries = f.efficacy.reduce((n, e) => n + (isObject(e?.[1]?.families) ? Object.keys(e[1].families).length : 0), 0);
  // Past the bound the map forgot whole conversations (their entries, up to two a lesson), keeping their counts.
  const mayHaveForgotten = entries > MAX_OPEN_FAMILIES - 2 * f.efficacy.length;
  for (const entry of f.efficacy as unknown[]) {
    if (!Array.isArray(entry) || entry.length !== 2 || typeof entry[0] !== 'string' || !isObject(entry[1]))
      refuse('a malformed efficacy tally');
    const [editId, tally] = entry as [string, Record<string, unknown>];
    const label = `the efficacy tally of ${JSON.stringify(editId).slice(0, 60)}`;
    const bad = (what: string): never => refuse(`${label}: ${what}`);
    if (!known.has(editId)) bad('a lesson the digest header does not list');
    if (seen.has(editId)) bad('given twice');
    seen.add(editId);
    checkTally(tally, { ...check, refuse: bad }, { ...facts, mayHaveForgotten });
    const lesson = check.tracked?.get(editId);
    if (lesson) checkEpisodes(f, tally as unknown as LessonTally, lesson, bad);
  }
}

/**
 * The lesson's episodes are signals the line lists (bearing() says so by their pattern and memory entry, as the map's
 * counter did), so they are counted again: the windows hold at most all of them, and at least those of the sessions
 * whose start time places them on one side of the adoption (a session without one was placed by its events' times),
 * with each such conversation hit. A digest that drops the episodes after an adoption to have a lesson "help" is refused.
 */
function checkEpisodes(f: FileDigest, t: LessonTally, lesson: TrackedLesson, bad: (what: string) => never): void {
  const adopted = Date.parse(lesson.adoptedAt);
  let all = 0;
  const placed = { before: { episodes: 0, hit: new Set<string>() }, after: { episodes: 0, hit: new Set<string>() } };
  for (const { outline, signals } of f.sessions) {
    if (lesson.agents.size > 0 && !lesson.agents.has(outline.agent)) continue;
    const n = signals.filter((s) => bearing(s, lesson) === 'episode').length;
    all += n;
    const at = outline.startedAt ? Date.parse(outline.startedAt) : NaN;
    if (n === 0 || Number.isNaN(at)) continue;
    const side = at >= adopted ? placed.after : placed.before;
    side.episodes += n;
    side.hit.add(outline.parentId ?? outline.id);
  }
  if (t.before.episodes + t.after.episodes > all) bad(`${t.before.episodes + t.after.episodes} episodes of the ${all} its signals show`);
  for (const name of ['before', 'after'] as const)
    if (t[name].episodes < placed[name].episodes || t[name].hitSessions < placed[name].hit.size)
      bad(
        `${name} the adoption: ${t[name].episodes} episodes in ${t[name].hitSessions} conversations, where its signals show ${placed[name].episodes} in ${placed[name].hit.size}`,
      );
}

interface LineFacts {
  sessions: number;
  counted: number;
  signals: number;
  withSignals: number;
  ids: ReadonlySet<string>;
  roots: ReadonlySet<string>;
  mayHaveForgotten: boolean;
}

function checkTally(t: Record<string, unknown>, check: TallyCheck, line: LineFacts): void {
  const { refuse: bad } = check;
  const window = (name: 'before' | 'after'): WindowTally => {
    const w = t[name];
    if (!isObject(w) || !WINDOW_KEYS.every((k) => isCount(w[k]))) bad(`${name}: counts that are not non-negative integers`);
    return w as unknown as WindowTally;
  };
  const before = window('before');
  const after = window('after');
  const sum = (k: (typeof WINDOW_KEYS)[number]): number => before[k] + after[k];
  if (sum('sessions') > line.counted) bad(`${sum('sessions')} sessions counted of the ${line.counted} the line lists (subagents aside)`);
  if (sum('exposed') > line.sessions) bad(`${sum('exposed')} conversations exposed of the ${line.sessions} sessions the line lists`);
  for (const [name, w] of [['before', before] as const, ['after', after] as const])
    if (w.hitSessions > w.exposed) bad(`${name}: ${w.hitSessions} conversations hit of ${w.exposed} exposed`);
  if (sum('hitSessions') > line.withSignals)
    bad(`${sum('hitSessions')} conversations hit of the ${line.withSignals} sessions with a signal`);
  if (sum('episodes') > line.signals) bad(`${sum('episodes')} episodes of the ${line.signals} signals the line lists`);
  if (!Number.isInteger(t.clean) || t.clean !== after.exposed - after.hitSessions)
    bad(`clean ${JSON.stringify(t.clean)}: not the ${after.exposed - after.hitSessions} conversations exposed and never hit`);
  checkWeeks(t.weeks, before, after, bad);
  if (t.lastObserved !== undefined && (typeof t.lastObserved !== 'string' || t.lastObserved.length > 40 || !Date.parse(t.lastObserved)))
    bad('lastObserved is not a time');
  for (const key of ['evidence', 'worse'] as const) {
    const list = t[key];
    if (!Array.isArray(list) || list.length > MAX_EFFICACY_EVIDENCE) bad(`${key}: not a list of at most ${MAX_EFFICACY_EVIDENCE}`);
    for (const e of list as unknown[]) {
      check.cites(e, undefined);
      if (!line.ids.has((e as Evidence).session)) bad(`${key} citing a session the line does not list`);
    }
  }
  if (!isCount(t.tiedWorse) || t.tiedWorse > (t.worse as unknown[]).length)
    bad(`tiedWorse ${JSON.stringify(t.tiedWorse)} of ${(t.worse as unknown[]).length} failures`);
  checkFamilies(t.families, { before, after }, line, bad);
}

/** Week offset -> [sessions, episodes]: within the kept range, adding up to the windows on each side of the adoption. */
function checkWeeks(weeks: unknown, before: WindowTally, after: WindowTally, bad: (what: string) => never): void {
  if (!isObject(weeks)) bad('weeks: not an object');
  const sums = { before: { sessions: 0, episodes: 0 }, after: { sessions: 0, episodes: 0 } };
  for (const [week, v] of Object.entries(weeks as Record<string, unknown>)) {
    const n = /^-?\d{1,3}$/.test(week) ? Number(week) : NaN;
    if (!(Math.abs(n) <= MAX_EFFICACY_WEEKS)) bad(`week ${JSON.stringify(week).slice(0, 20)} out of range`);
    if (!Array.isArray(v) || v.length !== 2 || !isCount(v[0]) || !isCount(v[1])) bad(`week ${week}: not two counts`);
    const side = n < 0 ? sums.before : sums.after;
    side.sessions += (v as number[])[0]!;
    side.episodes += (v as number[])[1]!;
  }
  for (const [name, w] of [['before', before] as const, ['after', after] as const])
    if (sums[name].sessions !== w.sessions || sums[name].episodes !== w.episodes)
      bad(
        `weeks ${name} the adoption add up to ${sums[name].sessions}/${sums[name].episodes} sessions/episodes, the window counts ${w.sessions}/${w.episodes}`,
      );
}

/** The conversations met (`b|root`, `a|root`): listed sessions' roots, exposed or exposed and hit, as many as counted. */
function checkFamilies(
  families: unknown,
  windows: Record<'before' | 'after', WindowTally>,
  line: LineFacts,
  bad: (what: string) => never,
): void {
  if (!isObject(families)) bad('families: not an object');
  const met = { before: { exposed: 0, hit: 0 }, after: { exposed: 0, hit: 0 } };
  for (const [key, bits] of Object.entries(families as LessonTally['families'])) {
    const side = key.startsWith('b|') ? met.before : key.startsWith('a|') ? met.after : undefined;
    if (!side || !line.roots.has(key.slice(2))) bad(`a conversation the line does not list (${JSON.stringify(key).slice(0, 80)})`);
    if (bits !== FAMILY_EXPOSED && bits !== (FAMILY_EXPOSED | FAMILY_HIT)) bad(`conversation bits ${JSON.stringify(bits)}`);
    side!.exposed++;
    if (bits & FAMILY_HIT) side!.hit++;
  }
  for (const name of ['before', 'after'] as const) {
    const w = windows[name];
    const m = met[name];
    const off = line.mayHaveForgotten ? m.exposed > w.exposed || m.hit > w.hitSessions : m.exposed !== w.exposed || m.hit !== w.hitSessions;
    if (off) bad(`${name}: ${m.exposed} conversations named (${m.hit} hit) for ${w.exposed} exposed (${w.hitSessions} hit)`);
  }
}
