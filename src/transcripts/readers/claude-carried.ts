/**
 * Records a Claude Code session file carries over from another session. Claude Code names a session's file after
 * its id (`<sessionId>.jsonl`), and a session started from another one's end copies that session's last records in
 * first, under their own sessionId: when a plan is accepted with "clear context", the new file opens with the old
 * session's "[Request interrupted by user for tool use]" and only then its own first prompt, the plan hand-off (seen
 * in 2.1.62). Those records are the other session's, read in its own file: read here, the first id seen named the
 * whole file after the old session (two files, one id: support counted them once) and the old session's interrupt
 * opened the new one.
 *
 * So, in a file named after a session id, records of another id that come before the first record of the file's
 * own id are held; when the own id comes, the held records of the other id are dropped (those with no id, snapshots,
 * are read in order). A file whose own id never comes (a copy under another name) is read as before, the held
 * records first; so is one that holds more than a few records before it (a carried tail is a record or two), which
 * bounds what is held.
 */

/** What a dropped record is counted as among the record types the reader skipped on purpose. */
export const CARRIED = 'carried from another session';

/** A record as the reader sees it: the parsed line and its number. */
export interface HeldRecord {
  o: Record<string, unknown>;
  line: number;
}

const SESSION_FILE = /(?:^|[\\/])([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.jsonl$/i;
/** More than this many records before the file's own id: not a carried tail; read the file as it comes. */
const MAX_HELD = 64;

export class CarriedRecords {
  private readonly ownId: string | undefined;
  private held: HeldRecord[] = [];
  /** open: nothing of another id seen yet; holding: some held; settled: every record is read as it comes. */
  private state: 'open' | 'holding' | 'settled';
  /** How many records were dropped as another session's. */
  dropped = 0;

  /** `file`: the session file's path; `subagent`: whether it is a subagent's (named after the agent, not the session). */
  constructor(file: string, subagent: boolean) {
    this.ownId = subagent ? undefined : SESSION_FILE.exec(file)?.[1]?.toLowerCase();
    this.state = this.ownId ? 'open' : 'settled';
  }

  /** The records to read now, in order, given the next one. */
  take(rec: HeldRecord): HeldRecord[] {
    if (this.state === 'settled') return [rec];
    const id = typeof rec.o.sessionId === 'string' ? rec.o.sessionId.toLowerCase() : undefined;
    if (id === this.ownId) {
      this.state = 'settled';
      const kept = this.held.filter((h) => typeof h.o.sessionId !== 'string');
      this.dropped = this.held.length - kept.length;
      this.held = [];
      return [...kept, rec];
    }
    if (this.state === 'open' && id === undefined) return [rec];
    this.state = 'holding';
    this.held.push(rec);
    return this.held.length > MAX_HELD ? this.release() : [];
  }

  /** At the end of the file: what is still held, read as it came (the file's own id never came). */
  end(): HeldRecord[] {
    return this.state === 'holding' ? this.release() : [];
  }

  private release(): HeldRecord[] {
    this.state = 'settled';
    const out = this.held;
    this.held = [];
    return out;
  }
}
