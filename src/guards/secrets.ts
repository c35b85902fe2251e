/**
 * Secret guard: transcripts are redacted at ingest, and this is the second look. Anything an edit
 * would write or show (entry text, section names, rationale, evidence quotes) is scanned again, and
 * outgoing artifacts are checked by assertNoSecrets so their callers fail closed.
 */
import { findSecrets } from '../secrets/index.js';
import type { Edit } from '../model/index.js';
import type { EditCheck } from './types.js';

function fields(edit: Edit): [string, string][] {
  const out: [string, string][] = [];
  if (typeof edit.after === 'string') out.push(['after', edit.after]);
  if (typeof edit.rationale === 'string') out.push(['rationale', edit.rationale]);
  (edit.section ?? []).forEach((s, i) => typeof s === 'string' && out.push([`section[${i}]`, s]));
  (edit.evidence ?? []).forEach((e, i) => typeof e?.quote === 'string' && out.push([`evidence[${i}].quote`, e.quote]));
  return out;
}

/** A redaction marker left by ingest (ours, or another sanitiser's), in any case: lesson text may lower-case it. */
const REDACTION_MARKER = /\[REDACTED\b/i;

export const secretsGuard: EditCheck = (edit) => {
  // An entry with a hole where a secret was teaches a command that cannot work, and tells every later
  // session that a credential belongs there: it is refused, while quotes may keep their markers.
  for (const [name, text] of fields(edit)) {
    if ((name === 'after' || name.startsWith('section')) && REDACTION_MARKER.test(text))
      return `${name} carries a redacted value: memory must not hold a hole where a secret was`;
  }
  for (const [name, text] of fields(edit)) {
    const found = findSecrets(text);
    if (found.length > 0) return `${name} holds what looks like a secret (${[...new Set(found.map((f) => f.rule))].join(', ')})`;
  }
  return undefined;
};

/**
 * Texts longer than this are scanned in chunks of whole lines, so an artifact's scan costs memory that
 * does not grow with it. A ledger at 30,000 sessions is 11 MB of text: scanned whole (after splitting it
 * into lines, dropping the old ones and joining the rest), the scan alone added 25-40 MB to the peak
 * RSS of a cold `dream reduce --write` (bench/parallel.bench.ts corpus).
 */
const SCAN_CHUNK_CHARS = 1 << 20;
/**
 * What a chunk repeats of the previous chunk's last lines. A secret cut by a chunk boundary is still
 * seen whole in the next chunk: a token wrapped over lines (findWrapped), a private key block (its
 * BEGIN line alone is a finding too) or an assignment. Findings that start in the repeated part are
 * not counted twice.
 */
const SCAN_OVERLAP_CHARS = 16 * 1024;

/**
 * The findings of a text given line by line, scanned a bounded chunk at a time. Decides as a scan of
 * the whole text would for any secret shorter than the overlap; `found` counts what it saw.
 */
class LineScan {
  found = 0;
  readonly rules = new Set<string>();
  private lines: string[] = [];
  private chars = 0;
  /** Characters at the start of the chunk repeated from the previous one. */
  private repeated = 0;

  constructor(private readonly chunkChars: number) {}

  add(line: string): void {
    this.lines.push(line);
    this.chars += line.length + 1;
    if (this.chars >= this.chunkChars) this.scan(true);
  }

  end(): void {
    this.scan(false);
  }

  private scan(more: boolean): void {
    if (this.chars <= this.repeated) return;
    const found = findSecrets(this.lines.join('\n'));
    for (const f of found) this.rules.add(f.rule);
    const fresh = found.filter((f) => f.start >= this.repeated).length;
    // A finding only in the repeated part was counted with the previous chunk, unless the boundary cut it there.
    this.found += found.length > 0 ? Math.max(fresh, this.found === 0 ? 1 : 0) : 0;
    if (!more) return;
    let keep = this.lines.length;
    let chars = 0;
    while (keep > 0 && chars + this.lines[keep - 1]!.length + 1 <= SCAN_OVERLAP_CHARS) chars += this.lines[--keep]!.length + 1;
    this.lines = this.lines.slice(keep);
    this.chars = chars;
    this.repeated = chars;
  }
}

/** Calls `fn` with each line of `text` (split at \n, as String.split would), without an array of them all. */
function eachLine(text: string, fn: (line: string) => void): void {
  for (let at = 0; ;) {
    const nl = text.indexOf('\n', at);
    fn(text.slice(at, nl < 0 ? text.length : nl));
    if (nl < 0) return;
    at = nl + 1;
  }
}

function refuse(label: string, found: number, rules: Iterable<string>): void {
  if (found > 0)
    throw new Error(`${label} holds ${found} secret-like value(s) (${[...new Set(rules)].join(', ')}); refusing to publish it`);
}

/** Options of the artifact scans. */
export interface ScanOptions {
  /** What is scanned of each line (the ledger's filter bits are left out: ledgerLineToScan). */
  view?: (line: string) => string;
  /** Chunk size; tests use small ones. */
  chunkChars?: number;
  /**
   * The text's lines each stand alone: no value spans two of them, as in the ledger (two-space JSON,
   * where a string, its escapes included, is written on one line). assertNoNewSecrets then scans each
   * distinct line once, since a line seen before holds what it held then. A 1,000-session ledger is
   * 75,000 lines and 26,000 distinct ones (session ids, paths and times repeat in every section), and its
   * scan, the largest serial step of a cold pass after mining, took 2.3 times as long line by line. Not
   * for memory files: a secret split over lines (findWrapped, a key block) would be seen only where
   * none of its lines came before.
   */
  linesStandAlone?: boolean;
}

/** Throws when an outgoing artifact (PR body, commit message, report) still holds a secret. Never echoes it. */
export function assertNoSecrets(label: string, text: string, o: ScanOptions = {}): void {
  const chunk = o.chunkChars ?? SCAN_CHUNK_CHARS;
  if (!o.view && text.length <= chunk) {
    const found = findSecrets(text);
    return refuse(
      label,
      found.length,
      found.map((f) => f.rule),
    );
  }
  const scan = new LineScan(chunk);
  const view = o.view ?? ((l: string) => l);
  eachLine(text, (line) => scan.add(view(line)));
  scan.end();
  refuse(label, scan.found, scan.rules);
}

/**
 * assertNoSecrets over the lines a change adds to a file: what a file already held is not ours to judge.
 * With linesStandAlone, a line added twice is scanned once (see ScanOptions).
 */
export function assertNoNewSecrets(label: string, before: string, after: string, o: ScanOptions = {}): void {
  const view = o.view ?? ((l: string) => l);
  const had = new Set<string>();
  eachLine(before, (line) => had.add(view(line)));
  const scan = new LineScan(o.chunkChars ?? SCAN_CHUNK_CHARS);
  eachLine(after, (line) => {
    const v = view(line);
    if (had.has(v)) return;
    if (o.linesStandAlone) had.add(v);
    scan.add(v);
  });
  scan.end();
  refuse(label, scan.found, scan.rules);
}
