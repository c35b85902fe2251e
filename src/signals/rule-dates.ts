/**
 * When each memory line that states a rule was committed, so a session that started before the rule
 * existed is not said to have broken it (mine-broken-rules.ts). The date comes from structure, the
 * repository's history, never from what a transcript says: one `git blame` per memory file that
 * holds a rule, whatever the number of sessions.
 *
 * The committer date, not the author date: a line is in the checkout agents run in once it is
 * committed there, and a later date only leaves out sessions (a missed lesson, never a wrong one).
 * Where git cannot tell (no repository, a file or line not committed) the line stays undated, with
 * the reason, and counts as it did before lines were dated.
 */
import { diffArrays } from 'diff';
import { simpleGit } from 'simple-git';
import type { MemoryFile, RuleInForce, Session } from '../model/index.js';
import type { MemoryTimeline } from '../memory/timeline.js';
import { sessionTime } from '../model/index.js';
import { prohibitionRules, type ProhibitionRule } from './rule-prohibitions.js';

/** A committed line: its commit and the commit's committer date (ms). */
interface LineCommit {
  at: number;
  sha: string;
}

/** A line's commit, or why git gives none. */
type LineDate = LineCommit | { unknown: string };
/** Per memory file (repo-relative path): each 1-based line's date (index line - 1), or why the file has none. */
export type RuleDates = Record<string, { lines: (LineDate | null)[] } | { unknown: string }>;

/** How a rule stands against one session: in force (how we know, or that we do not), or not there yet. */
export type RuleAge = Exclude<RuleInForce, { loaded: true }> | 'later';

const UNCOMMITTED = /^0{40}$/;

/**
 * Reads `git blame --porcelain`: each line's commit, and null where the blamed text is not the file's.
 * In a shallow clone the oldest commit present takes the blame for every older line (git marks it
 * `boundary`): its date says nothing, so those lines stay undated. `time`: the commit's committer time (when
 * the line reached the branch) or author time (when it was written, repo-history.ts writtenAt).
 */
export function parseBlame(
  out: string,
  fileLines: readonly string[],
  shallow: boolean,
  time: 'committer-time' | 'author-time' = 'committer-time',
): (LineDate | null)[] {
  const stamp = new RegExp(`^${time} (\\d+)$`);
  const times = new Map<string, number>();
  const cut = new Set<string>();
  const lines: (LineDate | null)[] = fileLines.map(() => null);
  let sha = '';
  let final = 0;
  for (const row of out.split('\n')) {
    const head = /^([0-9a-f]{40}) \d+ (\d+)/.exec(row);
    if (head) {
      sha = head[1] ?? '';
      final = Number(head[2]);
      continue;
    }
    const t = stamp.exec(row);
    if (t) times.set(sha, Number(t[1]) * 1000);
    else if (row === 'boundary' && shallow) cut.add(sha);
    else if (row.startsWith('\t')) {
      const at = times.get(sha);
      // A line blamed with other text (a symlink, a file changed since it was read) is not dated.
      const same = fileLines[final - 1]?.replace(/\r$/, '') === row.slice(1).replace(/\r$/, '');
      if (final < 1 || final > lines.length || !same || at === undefined) continue;
      lines[final - 1] = UNCOMMITTED.test(sha)
        ? { unknown: 'the line is not committed' }
        : cut.has(sha)
          ? { unknown: 'the clone is shallow, and the line is older than its history' }
          : { at, sha };
    }
  }
  return lines;
}

/** One blame per memory file that states a rule; the files without one are not asked about. */
export async function memoryRuleDates(repoDir: string, memory: readonly MemoryFile[]): Promise<RuleDates> {
  const files = memory.filter((f) => prohibitionRules(f.entries).length > 0);
  const out: RuleDates = {};
  if (files.length === 0) return out;
  const git = simpleGit(repoDir);
  // Both answers from one git process, a line each.
  const answers = await git
    .raw(['rev-parse', '--is-inside-work-tree', '--is-shallow-repository'])
    .then((r) => r.split('\n').map((a) => a.trim()))
    .catch(() => []);
  const inRepo = answers[0] === 'true';
  const shallow = inRepo && answers[1] === 'true';
  for (const f of files) {
    if (!inRepo) {
      out[f.path] = { unknown: 'the repository has no git history' };
      continue;
    }
    // -w: re-indenting a rule does not make it new; -M: nor does moving it within the file.
    const blame = await git.raw(['blame', '--porcelain', '-w', '-M', '--', f.path]).catch(() => undefined);
    out[f.path] =
      blame === undefined ? { unknown: 'the memory file is not committed' } : { lines: parseBlame(blame, f.text.split('\n'), shallow) };
  }
  return out;
}

/** Lines equal but for whitespace, as `git blame -w` takes them. */
const sameBarWhitespace = (a: string, b: string): boolean => a.replace(/\s+/g, '') === b.replace(/\s+/g, '');

/**
 * The dates memoryRuleDates would give, for a memory rebuilt from its history rather than checked out
 * (`dream eval --split-at` dreams in a scratch folder with no git): each line of a file as it stood
 * at `t` is dated by the version that brought it in, replaying the file's versions oldest first and
 * carrying dates across the lines each version kept. A line moved within the file counts as new (blame
 * -M would keep its date): later dates only leave sessions out, a missed lesson and never a wrong one.
 */
export function timelineRuleDates(timeline: MemoryTimeline, t: number, memory: readonly MemoryFile[]): RuleDates {
  const out: RuleDates = {};
  for (const f of memory) {
    if (prohibitionRules(f.entries).length === 0) continue;
    let lines: string[] = [];
    let dates: LineDate[] = [];
    for (const v of timeline.versions.get(f.path) ?? []) {
      // Skipped, not stopped at: at(t) takes the last version dated at or before t, in commit order.
      if (v.at > t) continue;
      const next = v.text === null ? [] : v.text.split('\n');
      const carried: LineDate[] = [];
      let old = 0;
      for (const part of diffArrays(lines, next, { comparator: sameBarWhitespace })) {
        const n = part.count ?? part.value.length;
        if (part.removed) old += n;
        else if (part.added) for (let i = 0; i < n; i++) carried.push({ at: v.at, sha: v.sha });
        else for (let i = 0; i < n; i++) carried.push(dates[old++] ?? { at: v.at, sha: v.sha });
      }
      lines = next;
      dates = carried;
    }
    const text = f.text.split('\n');
    // The memory handed in must be the timeline's own text at t; anything else is not dated.
    out[f.path] =
      text.length === lines.length && text.every((l, i) => l.replace(/\r$/, '') === lines[i]?.replace(/\r$/, ''))
        ? { lines: dates }
        : { unknown: 'the memory file is not the one its history rebuilds' };
  }
  return out;
}

/**
 * Whether the rule was in the memory a session started with. Undated rules and sessions count (as
 * before lines were dated); the reason says so in the evidence.
 */
export function ruleAge(rule: ProhibitionRule, session: Pick<Session, 'startedAt' | 'events'>, dates: RuleDates | undefined): RuleAge {
  const file = dates?.[rule.entry.file];
  if (!file) return { unknown: dates ? 'the memory file was not dated' : 'the line was not dated' };
  if ('unknown' in file) return file;
  const line = file.lines[rule.entry.startLine - 1 + rule.lineIndex];
  if (!line) return { unknown: 'git blame does not match the line' };
  if ('unknown' in line) return line;
  const started = sessionTime(session);
  if (started === undefined) return { unknown: 'the session has no timestamps' };
  return started < line.at ? 'later' : { since: new Date(line.at).toISOString() };
}
