/**
 * A rule is marked IMPORTANT when the user had to say it again although memory said it (strengthen.ts). That holds
 * only for sessions that began once the line was written: a user who says a rule and then adds it to memory (the
 * usual way a rule gets there) wrote the line from those very words, and no session shows an agent missing it. So
 * the sessions that count are those that started at or after the line's commit was authored (git blame, the
 * repository's history, never what a transcript says); too few of them, and the entry is left as it is, said.
 * Where git cannot date the line (no repository, not committed, an older line in a shallow clone) or a session has
 * no start, they count, as they did before lines were dated: a date only ever leaves an edit out.
 */
import type { Edit, MemoryFile, Pattern } from '../../model/index.js';
import { supportSession, type RepoHistory } from '../../signals/index.js';
import { named, supportText } from './build.js';

/** A strengthen edit's pattern and the line it marks (MemoryEntry.startLine). */
export interface Strengthened {
  pattern: Pattern;
  file: MemoryFile;
  line: number;
}

export interface DatedStrengthens {
  /** The pass's edits so far, strengthen edits among them (read, never changed). */
  edits: readonly Edit[];
  /** Strengthen edits by id (LessonContext.strengthened). */
  strengthened: ReadonlyMap<string, Strengthened>;
  history: RepoHistory | undefined;
  minSupport: number;
}

/** A strengthen edit the sessions do not earn: its line was written after too many of the sessions that said it. */
export interface UnwrittenStrengthen {
  editId: string;
  /** Its pattern, whose lesson memory already states (the report counts it so). */
  patternId: string;
  /** Why it was left out, for the engine's notes. */
  note: string;
}

/**
 * The strengthen edits whose line was written after too many of the sessions that said it, last edit first (the
 * order their notes are printed in). The caller leaves them out; nothing passed in is changed.
 */
export async function unwrittenStrengthens(o: DatedStrengthens): Promise<UnwrittenStrengthen[]> {
  const out: UnwrittenStrengthen[] = [];
  if (!o.history || o.strengthened.size === 0) return out;
  const written = new Map<string, (number | undefined)[]>();
  for (let i = o.edits.length - 1; i >= 0; i--) {
    const id = o.edits[i]!.id;
    const s = o.strengthened.get(id);
    if (!s) continue;
    let lines = written.get(s.file.path);
    if (!lines) written.set(s.file.path, (lines = await o.history.writtenAt(s.file.path, s.file.text)));
    const at = lines[s.line - 1];
    if (at === undefined) continue;
    const p = s.pattern;
    // Each session's start, from its signals (Signal.started); a session the ledger counted from an earlier pass
    // has none here, and counts.
    const started = new Map(p.signals.flatMap((g) => (g.started ? [[supportSession(g), Date.parse(g.started)] as const] : [])));
    const inForce = p.sessions.filter((sid) => {
      const t = started.get(sid);
      return t === undefined || Number.isNaN(t) || t >= at;
    }).length;
    if (inForce >= Math.min(p.support.sessions, o.minSupport)) continue;
    out.push({
      editId: id,
      patternId: p.id,
      note: `pattern ${p.id} (${named(p)}; ${supportText(p)}): not marked IMPORTANT: ${s.file.path}:${s.line} was written on ${new Date(at).toISOString().slice(0, 10)}, after ${inForce === 0 ? 'every session' : 'all but ' + inForce + ' of the sessions'} that said it, so they show no agent missing it`,
    });
  }
  return out;
}
