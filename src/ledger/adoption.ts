/**
 * Adoption tracking: which memory entries that dream edits wrote are on the base branch now, and how
 * they got there. The one entry point for other stages is findAdoptions (efficacy, `dream why`, the
 * pass that records partial adoption); its result shape is AdoptedEntry in src/model/adoption.ts:
 *
 *   findAdoptions({ repoDir, ledger, ref? = 'HEAD' }): Promise<AdoptedEntry[]>
 *   AdoptedEntry = { file, line, entryText, entryHash, patternId?, editId, adoptedAt, adoptedIn,
 *                    how: 'merge' | 'squash' | 'rebase' | 'reworded', prNumber? }
 *
 * Shas do not survive a squash or a rebase, so an entry is matched by its normalised text's hash
 * (entryTextHash, recorded per edit in the ledger) and then confirmed by structure, never by text
 * alone: the commit that last changed the line must carry the dream's trailers, or be a merged
 * rewording of a dream line (its diff removes a line whose hash the ledger knows), or be the squash
 * of a dream PR whose `Dreamed-Edit` trailers name the edit. A person who typed the same words in a
 * commit of their own did not adopt a dream: that line stays a person's.
 */
import type { AdoptedEntry, AdoptionHow, MemoryEntry } from '../model/index.js';
import { dreamedEdits, hasDreamTrailers } from '../model/index.js';
import { parseEntries } from '../memory/parse.js';
import { normaliseEntryText } from '../memory/normalise.js';
import { GitHistory, type BlamedLine, type CommitInfo } from './history.js';
import type { Ledger, LedgerEdit } from './ledger.js';
import { entryTextHash } from './record-edits.js';

export type { AdoptedEntry };
export { GitHistory };

export interface EntryOrigin {
  entry: MemoryEntry;
  /** The commit that last changed the entry's first line. */
  commit: CommitInfo;
  kind: 'dream' | 'reworded' | 'human';
  /** For dream and reworded entries: the ledger's edit and the adoption found. */
  editId?: string;
  adoption?: AdoptedEntry;
}

export interface FileOrigins {
  file: string;
  lines: BlamedLine[];
  entries: EntryOrigin[];
}

/**
 * Word overlap (shared words over the shorter text's words) at which a reviewer's line counts as a
 * rewording of an added dream entry the same squash dropped, when the squash dropped several: an
 * update is paired by the text it replaced, and elsewhere the rewording commit's own diff pairs the
 * lines. The best match wins.
 */
const REWORD_SIMILARITY = 0.5;

/** Where each edit's text lands, and its hashes (as proposed, and as a reviewer reworded it). */
class LedgerIndex {
  readonly byHash = new Map<string, string[]>();
  constructor(readonly ledger: Ledger) {
    for (const [id, e] of Object.entries(ledger.edits)) {
      for (const h of [e.entryHash, e.adopted?.hash])
        if (h) this.byHash.set(`${entryFile(e)}\0${h}`, [...(this.byHash.get(`${entryFile(e)}\0${h}`) ?? []), id]);
    }
  }
  find(file: string, hash: string): string[] {
    return this.byHash.get(`${file}\0${hash}`) ?? [];
  }
  files(): string[] {
    return [
      ...new Set(
        Object.values(this.ledger.edits)
          .filter((e) => e.entryHash)
          .map(entryFile),
      ),
    ].sort();
  }
}

const entryFile = (e: LedgerEdit): string => e.toFile ?? e.file;

const words = (t: string): Set<string> =>
  new Set(
    normaliseEntryText(t)
      .split(/[^\p{L}\p{N}_-]+/u)
      .filter(Boolean),
  );

function similarity(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  if (x.size === 0 || y.size === 0) return 0;
  let both = 0;
  for (const w of x) if (y.has(w)) both++;
  return both / Math.min(x.size, y.size);
}

/** Prefers the edit the commit names, then a proposed one over a rejected one, then the latest. */
function pickEdit(ids: string[], ledger: Ledger, named: Set<string>): string | undefined {
  return [...ids].sort((a, b) => {
    const x = ledger.edits[a]!;
    const y = ledger.edits[b]!;
    return (
      Number(named.has(b)) - Number(named.has(a)) ||
      Number(y.status === 'proposed') - Number(x.status === 'proposed') ||
      (y.proposedAt > x.proposedAt ? 1 : -1)
    );
  })[0];
}

const subjectOf = (m: string): string => m.split('\n')[0] ?? '';

/** How a commit carrying the dream's own words reached `ref`, and when. */
async function reached(
  h: GitHistory,
  ref: string,
  c: CommitInfo,
  reworded: boolean,
): Promise<{ how: AdoptionHow; sha: string; at: string; pr?: number }> {
  const arrival = await h.arrival(ref, c.sha);
  if (arrival.sha !== c.sha) {
    const merge = await h.info(arrival.sha);
    const pr = /Merge pull request #(\d+)/.exec(merge.message)?.[1];
    return { how: reworded ? 'reworded' : 'merge', sha: merge.sha, at: merge.committedAt, ...(pr ? { pr: Number(pr) } : {}) };
  }
  const pr = /\(#(\d+)\)\s*$/.exec(subjectOf(c.message))?.[1];
  // GitHub titles a squash "<PR title> (#N)"; a rebase replays the bot's own "dream: ..." subject.
  const how: AdoptionHow = reworded ? 'reworded' : !pr && /^dream: /.test(subjectOf(c.message)) ? 'rebase' : 'squash';
  return { how, sha: c.sha, at: c.committedAt, ...(pr ? { pr: Number(pr) } : {}) };
}

/** Every entry of `file` at `ref` with its origin: a dream edit, a reviewer's rewording of one, or a person. */
export async function fileOrigins(
  h: GitHistory,
  ledger: Ledger,
  file: string,
  ref = 'HEAD',
  index = new LedgerIndex(ledger),
): Promise<FileOrigins | undefined> {
  // Blame prints every line of the file at `ref`, so it is the text too: one git process a file, not a
  // `git show` beside it. It fails where the file is not at `ref` (or there is no repository), as show did.
  const lines = await h.blame(ref, file).catch(() => null);
  if (lines === null) return undefined;
  // Each line with its newline: a CR before it stays in the line's text, as in the file, and the entries
  // are the same whether or not the file ended in a newline (memory/lines.ts splits either alike).
  const text = lines.map((l) => `${l.text}\n`).join('');
  const byLine = new Map(lines.map((l) => [l.line, l]));
  const entries = parseEntries(file, text);
  const present = new Set(entries.map((e) => entryTextHash(e.text)));
  const claimed = new Set<string>();
  const out: EntryOrigin[] = [];
  for (const entry of entries) {
    const sha = byLine.get(entry.startLine)?.sha;
    if (!sha) continue;
    const commit = await h.info(sha);
    const found = await originOf(h, index, { file, ref, entry, commit, present, claimed });
    if (found) claimed.add(found.editId);
    out.push(
      found
        ? { entry, commit, kind: found.how === 'reworded' ? 'reworded' : 'dream', editId: found.editId, adoption: found }
        : { entry, commit, kind: 'human' },
    );
  }
  return { file, lines, entries: out };
}

interface Ctx {
  file: string;
  ref: string;
  entry: MemoryEntry;
  commit: CommitInfo;
  /** Hashes of every entry in the file at ref: an edit whose text is still there was not reworded. */
  present: Set<string>;
  claimed: Set<string>;
}

async function originOf(h: GitHistory, index: LedgerIndex, c: Ctx): Promise<AdoptedEntry | undefined> {
  const { ledger } = index;
  const hash = entryTextHash(c.entry.text);
  const named = new Set(dreamedEdits(c.commit.message).map((d) => d.id));
  const adopt = async (editId: string, reworded: boolean): Promise<AdoptedEntry> => {
    const e = ledger.edits[editId]!;
    const r = await reached(h, c.ref, c.commit, reworded);
    const pr = r.pr ?? e.pr?.number;
    return {
      file: c.file,
      line: c.entry.startLine,
      entryText: c.entry.text,
      entryHash: hash,
      ...(e.patternId ? { patternId: e.patternId } : {}),
      editId,
      adoptedAt: r.at,
      adoptedIn: r.sha,
      how: r.how,
      ...(pr !== undefined ? { prNumber: pr } : {}),
    };
  };

  const exact = pickEdit(index.find(c.file, hash), ledger, named);
  if (exact) {
    const e = ledger.edits[exact]!;
    // The ledger's rewording: the base holds the reviewer's words, recorded by the pass that saw the merge.
    if (e.adopted?.hash === hash && e.entryHash !== hash) return adopt(exact, true);
    if (hasDreamTrailers(c.commit.message)) return adopt(exact, false);
    // A squash whose message lost the trailers still names its PR; the ledger knows which PR proposed the edit.
    const pr = /\(#(\d+)\)\s*$/.exec(subjectOf(c.commit.message))?.[1];
    if (pr && e.pr?.number === Number(pr)) return adopt(exact, false);
  }

  // A squash of a PR that a reviewer reworded: its trailers name the edits, and the squash's own
  // diff says where each went. An update's reworded line replaces the text the update replaced; an
  // added entry's rewording is a pure addition. Words decide only between several added entries.
  const listed = dreamedEdits(c.commit.message).filter((d) => d.file === c.file || entryFileOf(ledger, d.id) === c.file);
  const missing = listed.filter((d) => {
    const e = ledger.edits[d.id];
    return e?.entryHash && e.entryText && !c.present.has(e.entryHash) && !c.claimed.has(d.id);
  });
  // A rewording squashed with the dream has at least two commits, which GitHub lists as `* ` bullets;
  // the bot's own commit (merged or rebased) holds no one's words but the dream's.
  const squashed = c.entry.kind !== 'heading' && /^\* /m.test(c.commit.message);
  const hunk =
    squashed && missing.length
      ? (await h.hunks(c.commit.sha, c.file)).find((x) => x.added.some((a) => a.line === c.entry.startLine))
      : undefined;
  if (hunk) {
    const removed = new Set([...hunk.removed.map((r) => entryTextHash(r)), entryTextHash(hunk.removed.join('\n'))]);
    const replacing = missing.filter((d) => ledger.edits[d.id]!.beforeHash && removed.has(ledger.edits[d.id]!.beforeHash!));
    if (replacing.length === 1) return adopt(replacing[0]!.id, true);
    // Git joins an addition to an update on the line above into one hunk: lines the PR's own updates
    // replaced do not make the added lines a replacement of anything.
    const byUpdates = new Set(listed.flatMap((d) => ledger.edits[d.id]?.beforeHash ?? []));
    const pure = hunk.removed.every((r) => byUpdates.has(entryTextHash(r)));
    const adds = pure ? missing.filter((d) => !ledger.edits[d.id]!.beforeHash) : [];
    if (adds.length === 1) return adopt(adds[0]!.id, true);
    let best: { id: string; score: number } | undefined;
    for (const d of adds) {
      const score = similarity(ledger.edits[d.id]!.entryText!, c.entry.text);
      if (score >= REWORD_SIMILARITY && (!best || score > best.score)) best = { id: d.id, score };
    }
    if (best) return adopt(best.id, true);
  }

  // A rewording commit (on the PR branch, or on the base after): its diff removed a dream line.
  for (const hunk of await h.hunks(c.commit.sha, c.file)) {
    if (!hunk.added.some((a) => a.line === c.entry.startLine) || hunk.removed.length === 0) continue;
    const candidates = [...hunk.removed.map((r) => entryTextHash(r)), entryTextHash(hunk.removed.join('\n'))];
    for (const cand of candidates) {
      const id = pickEdit(index.find(c.file, cand), ledger, named);
      if (id && !c.claimed.has(id)) return adopt(id, true);
    }
  }
  return undefined;
}

const entryFileOf = (l: Ledger, id: string): string | undefined => (l.edits[id] ? entryFile(l.edits[id]) : undefined);

/**
 * Every entry on `ref` (the base; default HEAD) that a dream edit in the ledger added or updated,
 * whether merged, squashed, rebased or reworded by a reviewer. Reads only the files the ledger's
 * edits wrote to; one blame per file.
 */
export async function findAdoptions(opts: {
  repoDir: string;
  ledger: Ledger;
  ref?: string;
  history?: GitHistory;
}): Promise<AdoptedEntry[]> {
  const h = opts.history ?? new GitHistory(opts.repoDir);
  const index = new LedgerIndex(opts.ledger);
  const out: AdoptedEntry[] = [];
  for (const file of index.files()) {
    const origins = await fileOrigins(h, opts.ledger, file, opts.ref ?? 'HEAD', index);
    for (const o of origins?.entries ?? []) if (o.adoption) out.push(o.adoption);
  }
  return out;
}
