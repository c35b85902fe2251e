/**
 * What git knows about paths the checkout lacks: whether .gitignore covers them (absent because
 * ignored, not because gone), and which commit of the checked-out branch removed them (the proof a
 * staleness deletion cites). Outside a git repository nothing is known and nothing is proven.
 */
import { simpleGit, type SimpleGit } from 'simple-git';
import { parseBlame } from './rule-dates.js';

/** Commits of removal read at most: the history window a pass searches, newest first. */
export const HISTORY_WINDOW = 2_000;
/** Paths asked about in one git call, so a long memory file never overflows a command line. */
const CHUNK = 200;

export interface Removal {
  /** The path memory names (as asked). */
  path: string;
  /** The file the commit deleted: the path itself, or a file under it. */
  file: string;
  sha: string;
  subject: string;
  date: string;
}

export interface RepoHistory {
  /** A shallow clone (actions/checkout's default depth 1) holds no removal older than its depth. */
  shallow: boolean;
  /** The subset of `paths` that .gitignore (or info/exclude) matches. */
  ignored(paths: readonly string[]): Promise<Set<string>>;
  /** The newest commit in the window that deleted each path (or a file under it), when one did. */
  removals(paths: readonly string[]): Promise<Map<string, Removal>>;
  /**
   * When each line of the file (as `text` holds it) was written: its commit's author time (ms), at index line - 1;
   * undefined where git cannot tell (not committed, older than a shallow clone, other text). One `git blame`.
   */
  writtenAt(path: string, text: string): Promise<(number | undefined)[]>;
}

const trimSlash = (p: string) => p.replace(/\/+$/, '');
const chunks = <T>(xs: readonly T[]): T[][] =>
  Array.from({ length: Math.ceil(xs.length / CHUNK) }, (_, i) => xs.slice(i * CHUNK, (i + 1) * CHUNK));

/** The history of the repository at `repoDir`, or undefined when it is not inside a git work tree. */
export async function openRepoHistory(repoDir: string): Promise<RepoHistory | undefined> {
  let git: SimpleGit;
  let answers: string[];
  try {
    git = simpleGit(repoDir);
    // One git process for the three questions every pass asks (each process costs a few ms of CPU):
    // inside a work tree, shallow, and HEAD readable. Each option prints its answer on a line; a repository
    // with no commit yet prints the first two and quietly nothing for HEAD, as the lone --verify did.
    answers = (await git.raw(['rev-parse', '--is-inside-work-tree', '--is-shallow-repository', '--verify', '--quiet', 'HEAD'])).split('\n');
  } catch {
    return undefined;
  }
  if (answers[0]?.trim() !== 'true') return undefined;
  const shallow = answers[1]?.trim() === 'true';
  return {
    shallow,
    async ignored(paths) {
      const out = new Set<string>();
      for (const chunk of chunks(paths)) {
        // A dir-only pattern (`gen/`) matches an absent path only when it is asked as a folder.
        const asked = chunk.flatMap((p) => [trimSlash(p), `${trimSlash(p)}/`]);
        const hits = new Set((await git.checkIgnore(asked)).map(trimSlash));
        for (const p of chunk) if (hits.has(trimSlash(p))) out.add(p);
      }
      return out;
    },
    async writtenAt(path, text) {
      // -w: re-indenting a line does not make it new; -M: nor does moving it within the file (as rule-dates.ts).
      const blame = await git.raw(['blame', '--porcelain', '-w', '-M', '--', path]).catch(() => undefined);
      if (blame === undefined) return [];
      return parseBlame(blame, text.split('\n'), shallow, 'author-time').map((d) => (d && 'at' in d ? d.at : undefined));
    },
    async removals(paths) {
      const out = new Map<string, Removal>();
      for (const chunk of chunks(paths)) {
        // --relative: names relative to repoDir, like the pathspecs, when repoDir is a subfolder.
        const log = await git.raw([
          'log',
          '-M',
          '--diff-filter=D',
          '--relative',
          '--name-only',
          `--max-count=${HISTORY_WINDOW}`,
          '--format=%x00%H%x00%cI%x00%s',
          'HEAD',
          '--',
          ...chunk.map(trimSlash),
        ]);
        parseRemovals(log, chunk, out);
      }
      // A pathspec hides a rename's other half, so each candidate commit is read whole: a file it
      // renamed was moved, not removed.
      const deletedBy = new Map<string, Set<string>>();
      for (const [p, r] of out) {
        let deleted = deletedBy.get(r.sha);
        if (!deleted) deletedBy.set(r.sha, (deleted = await deletedFiles(git, r.sha)));
        if (!deleted.has(r.file)) out.delete(p);
      }
      return out;
    },
  };
}

/** The files a commit deletes (renames excluded), relative to the repository folder. */
async function deletedFiles(git: SimpleGit, sha: string): Promise<Set<string>> {
  const names = await git.raw(['diff-tree', '-r', '-M', '--root', '--no-commit-id', '--relative', '--diff-filter=D', '--name-only', sha]);
  return new Set(
    names
      .split('\n')
      .map((f) => f.trim())
      .filter(Boolean),
  );
}

/** Reads `git log --name-only --format=%x00%H%x00%cI%x00%s` output, newest commit first. */
function parseRemovals(log: string, paths: readonly string[], out: Map<string, Removal>): void {
  const records = log.split('\0').slice(1);
  for (let i = 0; i + 2 < records.length; i += 3) {
    const sha = records[i] ?? '';
    const date = records[i + 1] ?? '';
    const [subject = '', ...files] = (records[i + 2] ?? '').split('\n');
    for (const file of files.map((f) => f.trim()).filter(Boolean)) {
      for (const p of paths) {
        const want = trimSlash(p);
        if (out.has(p) || (file !== want && !file.startsWith(`${want}/`))) continue;
        out.set(p, { path: p, file, sha, subject: subject.trim(), date });
      }
    }
  }
}
