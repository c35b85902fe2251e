/**
 * Conversations a pass reads twice: from a prompt log (Claude Code's `history.jsonl`, Codex's, Gemini CLI's
 * `logs.json`: every session's prompts in one file) and from the session's own transcript, under the same session
 * id. Support already counts such a conversation once (signals/same-event.ts); this counts it once in "sessions: N
 * read" (on main a prompt log beside one of its raw sessions read "10 read" for 9 conversations).
 *
 * Either may be read first. A prompt log's ids are kept whole (the logs are read whole anyway, one entry per
 * prompt); a transcript's only as a 32-bit hash in a flat table, 8 bytes a session at most, since every session of a
 * pass has one and the pass must stay bounded. So a log session read after its transcript is told by its hash: a
 * different transcript id with the same hash counts it once too, about once in 430,000 log sessions at 10,000
 * transcripts. A transcript read after the log is told by its id, exactly.
 */
import type { FormatId } from '../model/index.js';

/** The formats that log every session's prompts in one file (transcripts/readers/prompt-logs.ts, gemini-logs.ts). */
const PROMPT_LOGS: ReadonlySet<FormatId> = new Set(['claude-code-history', 'codex-history', 'gemini-cli-logs']);

export class PromptLogCopies {
  private readonly logIds = new Set<string>();
  /** Log ids already counted as a copy: one conversation counts once however many transcripts share its id. */
  private readonly counted = new Set<string>();
  private readonly transcripts = new HashSet32();
  /** Sessions read from prompt logs whose conversation the pass also read from a transcript. */
  copies = 0;

  session(id: string, format: FormatId | null): void {
    if (format !== null && PROMPT_LOGS.has(format)) {
      if (this.logIds.has(id)) return;
      this.logIds.add(id);
      if (this.transcripts.has(hash32(id))) this.count(id);
      return;
    }
    this.transcripts.add(hash32(id));
    if (this.logIds.has(id)) this.count(id);
  }

  private count(id: string): void {
    if (this.counted.has(id)) return;
    this.counted.add(id);
    this.copies++;
  }
}

/** FNV-1a over the id's UTF-16 code units, never 0 (the table's empty slot). */
function hash32(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0 || 1;
}

/** An open-addressing set of non-zero 32-bit values, grown at half full. */
class HashSet32 {
  private table = new Uint32Array(1024);
  private size = 0;

  has(v: number): boolean {
    const mask = this.table.length - 1;
    for (let i = v & mask; ; i = (i + 1) & mask) {
      const at = this.table[i]!;
      if (at === v) return true;
      if (at === 0) return false;
    }
  }

  add(v: number): void {
    if (this.has(v)) return;
    if (2 * (this.size + 1) > this.table.length) this.grow();
    this.put(this.table, v);
    this.size++;
  }

  private grow(): void {
    const old = this.table;
    this.table = new Uint32Array(old.length * 2);
    for (const v of old) if (v !== 0) this.put(this.table, v);
  }

  private put(table: Uint32Array, v: number): void {
    const mask = table.length - 1;
    let i = v & mask;
    while (table[i] !== 0) i = (i + 1) & mask;
    table[i] = v;
  }
}
