/**
 * Read-only questions to git for adoption tracking and `dream why`: who last changed each line
 * (blame), what a commit says and changed, and which commits are on the base's first-parent line.
 * Every answer is cached per commit, so a file of N lines costs one blame and one log per commit.
 */
import { simpleGit, type SimpleGit } from 'simple-git';

export interface BlamedLine {
  /** 1-based line number at the ref. */
  line: number;
  text: string;
  sha: string;
}

export interface CommitInfo {
  sha: string;
  parents: string[];
  author: string;
  authorEmail: string;
  committerEmail: string;
  /** ISO committer date. */
  committedAt: string;
  message: string;
}

/** One hunk of a commit's change to a file, without context: the lines it removed and the new lines it added. */
export interface Hunk {
  removed: string[];
  /** 1-based line numbers at the commit, with their text. */
  added: { line: number; text: string }[];
}

export class GitHistory {
  private readonly git: SimpleGit;
  private readonly infos = new Map<string, CommitInfo>();
  private readonly hunkCache = new Map<string, Hunk[]>();
  private firstParents?: { ref: string; order: Map<string, number> };
  private readonly arrivals = new Map<string, { sha: string; direct: boolean }>();

  constructor(readonly repoDir: string) {
    this.git = simpleGit(repoDir);
  }

  async resolve(ref: string): Promise<string> {
    return (await this.git.revparse([ref])).trim();
  }

  /** The file's text at `ref`, or null when it does not exist there. */
  async show(ref: string, file: string): Promise<string | null> {
    return this.git.show([`${ref}:${file}`]).catch(() => null);
  }

  /** Every line of the file at `ref` with the commit that last changed it. */
  async blame(ref: string, file: string): Promise<BlamedLine[]> {
    const out = await this.git.raw(['blame', '--porcelain', ref, '--', file]);
    const lines: BlamedLine[] = [];
    let sha = '';
    let line = 0;
    for (const row of out.split('\n')) {
      const head = /^\^?([0-9a-f]{40}) \d+ (\d+)/.exec(row);
      if (head) {
        sha = head[1]!;
        line = Number(head[2]);
      } else if (row.startsWith('\t')) {
        lines.push({ line, text: row.slice(1), sha });
      }
    }
    return lines;
  }

  async info(sha: string): Promise<CommitInfo> {
    const cached = this.infos.get(sha);
    if (cached) return cached;
    const out = await this.git.raw(['log', '-1', '--format=%H%x00%P%x00%an%x00%ae%x00%ce%x00%cI%x00%B', sha]);
    const [full, parents, author, authorEmail, committerEmail, committedAt, message] = out.split('\x00');
    const info: CommitInfo = {
      sha: full!.trim(),
      parents: (parents ?? '').split(' ').filter(Boolean),
      author: author ?? '',
      authorEmail: authorEmail ?? '',
      committerEmail: committerEmail ?? '',
      committedAt: new Date(Date.parse(committedAt ?? '')).toISOString(),
      message: (message ?? '').trimEnd(),
    };
    this.infos.set(sha, info);
    return info;
  }

  /** The commit's change to the file, as zero-context hunks (empty for a merge commit). */
  async hunks(sha: string, file: string): Promise<Hunk[]> {
    const key = `${sha}\0${file}`;
    const cached = this.hunkCache.get(key);
    if (cached) return cached;
    const out = await this.git.raw(['show', '--format=', '-U0', '--no-color', '--no-ext-diff', '--first-parent', sha, '--', file]);
    const hunks: Hunk[] = [];
    let cur: Hunk | undefined;
    let next = 0;
    for (const row of out.split('\n')) {
      const h = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(row);
      if (h) {
        cur = { removed: [], added: [] };
        hunks.push(cur);
        next = Number(h[1]);
      } else if (cur && row.startsWith('-') && !row.startsWith('---')) cur.removed.push(row.slice(1));
      else if (cur && row.startsWith('+') && !row.startsWith('+++')) cur.added.push({ line: next++, text: row.slice(1) });
    }
    this.hunkCache.set(key, hunks);
    return hunks;
  }

  /** Position of each commit on `ref`'s first-parent line, newest 0. */
  private async firstParentOrder(ref: string): Promise<Map<string, number>> {
    if (this.firstParents?.ref === ref) return this.firstParents.order;
    const out = await this.git.raw(['rev-list', '--first-parent', ref]);
    const order = new Map(
      out
        .split('\n')
        .filter(Boolean)
        .map((sha, i) => [sha, i]),
    );
    this.firstParents = { ref, order };
    return order;
  }

  /**
   * The commit of `ref`'s first-parent line that brought `sha` in: `sha` itself when it is on that
   * line (squash, rebase, a direct commit), else the oldest first-parent descendant (the merge).
   */
  async arrival(ref: string, sha: string): Promise<{ sha: string; direct: boolean }> {
    const key = `${ref}\0${sha}`;
    const cached = this.arrivals.get(key);
    if (cached) return cached;
    const found = await this.findArrival(ref, sha);
    this.arrivals.set(key, found);
    return found;
  }

  private async findArrival(ref: string, sha: string): Promise<{ sha: string; direct: boolean }> {
    const order = await this.firstParentOrder(ref);
    if (order.has(sha)) return { sha, direct: true };
    const out = await this.git.raw(['rev-list', '--ancestry-path', `${sha}..${ref}`]);
    let best: string | undefined;
    for (const c of out.split('\n')) {
      const i = c ? order.get(c) : undefined;
      if (i !== undefined && (best === undefined || i > order.get(best)!)) best = c;
    }
    return { sha: best ?? sha, direct: best === undefined };
  }
}
