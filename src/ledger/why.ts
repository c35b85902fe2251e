/**
 * `dream why`'s question to git and the ledger: for each line of a memory file, the commit that last
 * changed it and whether that was a dream edit, a reviewer's rewording of one, or a person's line,
 * with what the ledger kept about the edit. Evidence is resolved against transcripts by the caller
 * (src/cli/why.ts), which may read them; this module reads only git and the ledger.
 */
import type { AdoptionHow } from '../model/index.js';
import { hasDreamTrailers } from '../model/index.js';
import { fileOrigins, GitHistory, type EntryOrigin } from './adoption.js';
import type { Ledger, LedgerEvidence } from './ledger.js';

interface WhyEdit {
  id: string;
  op: string;
  patternId?: string;
  /** The text the dream proposed (for a rewording, what the reviewer changed). */
  proposedText?: string;
  rationale?: string;
  support?: { sessions: number; agents: number };
  evidence: LedgerEvidence[];
  pr?: { number: number; url?: string };
  how: AdoptionHow;
  adoptedIn: string;
  adoptedAt: string;
  status: 'proposed' | 'rejected';
  /** Filled by efficacy tracking once it lands: whether the lesson held since its adoption. */
  efficacy?: { verdict: string };
}

export interface WhyLine {
  file: string;
  line: number;
  text: string;
  commit: { sha: string; author: string; date: string; subject: string };
  /**
   * dream: written by a dream edit; reworded: a reviewer's rewording of one; dream-layout: a blank
   * line or heading a dream commit wrote, no edit of its own; human: a person's line.
   */
  origin: 'dream' | 'reworded' | 'dream-layout' | 'human';
  edit?: WhyEdit;
}

/**
 * Every line of `file` at `ref` (or only `only`, 1-based), explained. Throws naming the file when
 * it does not exist at `ref`.
 */
export async function explainFile(opts: {
  repoDir: string;
  ledger: Ledger;
  file: string;
  ref?: string;
  only?: number;
  history?: GitHistory;
}): Promise<WhyLine[]> {
  const h = opts.history ?? new GitHistory(opts.repoDir);
  const ref = opts.ref ?? 'HEAD';
  const origins = await fileOrigins(h, opts.ledger, opts.file, ref);
  if (!origins) throw new Error(`${opts.file}: not in ${ref} (dream why reads committed lines; commit the file first)`);
  if (opts.only !== undefined && (opts.only < 1 || opts.only > origins.lines.length)) {
    throw new Error(`${opts.file}:${opts.only}: the file has ${origins.lines.length} line(s) at ${ref}`);
  }
  const byLine = new Map<number, EntryOrigin>();
  for (const o of origins.entries) for (let l = o.entry.startLine; l <= o.entry.endLine; l++) byLine.set(l, o);
  const out: WhyLine[] = [];
  for (const bl of origins.lines) {
    if (opts.only !== undefined && bl.line !== opts.only) continue;
    const c = await h.info(bl.sha);
    const commit = { sha: c.sha, author: c.author, date: c.committedAt, subject: c.message.split('\n')[0] ?? '' };
    const o = byLine.get(bl.line);
    // A line of a dream entry that someone changed since is theirs, whatever the entry's first line says.
    if (o?.adoption && o.editId && o.commit.sha === bl.sha) {
      const e = opts.ledger.edits[o.editId]!;
      const a = o.adoption;
      out.push({
        file: opts.file,
        line: bl.line,
        text: bl.text,
        commit,
        origin: o.kind === 'reworded' ? 'reworded' : 'dream',
        edit: {
          id: o.editId,
          op: e.op,
          ...(e.patternId ? { patternId: e.patternId } : {}),
          ...(e.entryText ? { proposedText: e.entryText } : {}),
          ...(e.rationale ? { rationale: e.rationale } : {}),
          ...(e.support ? { support: e.support } : {}),
          evidence: e.evidence ?? [],
          ...(a.prNumber !== undefined
            ? { pr: { number: a.prNumber, ...(e.pr?.number === a.prNumber && e.pr.url ? { url: e.pr.url } : {}) } }
            : {}),
          how: a.how,
          adoptedIn: a.adoptedIn,
          adoptedAt: a.adoptedAt,
          status: e.status,
        },
      });
      continue;
    }
    out.push({
      file: opts.file,
      line: bl.line,
      text: bl.text,
      commit,
      origin: (!o || o.entry.kind === 'heading') && hasDreamTrailers(c.message) ? 'dream-layout' : 'human',
    });
  }
  return out;
}
