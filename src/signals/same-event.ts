/**
 * Support by event, not by file: the sessions of a pattern that hold the same occurrence (occurrence.ts)
 * are records of one conversation, and count once.
 *
 * Per pattern, a union-find over its root sessions: two sessions join when one of the pattern's
 * signals in each was seen in the same event. Two timed occurrences are one event when their text
 * matches and their times fall in the same or neighbouring buckets; where either side has no time, when
 * their text and position match. A session's group is named by its least session id, so the result
 * is the same whatever order the sessions arrive in (threads, shards: the reduce replays every shard's
 * signals, keys included, so two copies in two shards still meet).
 *
 * Why per pattern and not per conversation: only the event a lesson was seen in is compared, so a
 * common line ("continue", "yes") two conversations share joins them for no lesson but its own; and a
 * user who says the same thing again in another conversation, or another day, makes an event of its
 * own, with its own time, and counts again. Joining errs towards counting less, as a wrong edit costs
 * more than a missed lesson: an untimed copy joins every timed session whose event it matches, and a
 * `generic` record (an export that does not name its agent) joins any family's.
 *
 * Memory: the keys of the pattern's signals (at most MAX_KEYS each, one signal per session and
 * signature) and the session ids, which the pattern holds anyway; forget() drops a pattern's.
 */
import type { Signal } from '../model/index.js';
import { parseOccurrence, sameFamily } from './occurrence.js';

/** Sessions of one family kept per slot: past it the first ones stand for the rest. */
const MAX_PER_SLOT = 16;

/** The sessions holding an occurrence, by family: each family's first, or its first few. */
type Slot = Map<string, string[]>;

class Groups {
  private readonly parent = new Map<string, string>();
  /** `<text>.<bucket>` -> the sessions holding it timed (one per family: the rest joined it). */
  private readonly timed = new Map<string, Slot>();
  /** `<place>` -> the sessions holding it timed (several: they need not be one event), and untimed (one per family). */
  private readonly places = new Map<string, { timed: Slot; untimed: Slot }>();
  /** Whether any two sessions joined: when none did, nothing downstream changes. */
  joined = false;

  find(s: string): string {
    let root = this.parent.get(s) ?? s;
    if (root === s) return s;
    root = this.find(root);
    this.parent.set(s, root);
    return root;
  }

  private union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    this.joined = true;
    // The least id names the group, whatever order the sessions came in.
    if (ra < rb) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
  }

  /** Joins the session to every session of a family that may have recorded the same event. */
  private joinAll(slot: Slot | undefined, family: string, session: string): void {
    if (slot) for (const [f, sessions] of slot) if (sameFamily(f, family)) for (const other of sessions) this.union(other, session);
  }

  add(session: string, key: string): void {
    const o = parseOccurrence(key);
    let at = this.places.get(o.place);
    if (!at) this.places.set(o.place, (at = { timed: new Map(), untimed: new Map() }));
    // Untimed on either side: the position decides.
    this.joinAll(at.untimed, o.family, session);
    if (o.bucket === undefined) {
      this.joinAll(at.timed, o.family, session);
      keep(at.untimed, o.family, session, 1);
      return;
    }
    // Both timed: the text and the time decide.
    for (const b of [o.bucket - 1, o.bucket, o.bucket + 1]) this.joinAll(this.timed.get(`${o.text}.${b}`), o.family, session);
    const k = `${o.text}.${o.bucket}`;
    let slot = this.timed.get(k);
    if (!slot) this.timed.set(k, (slot = new Map()));
    keep(slot, o.family, session, 1);
    keep(at.timed, o.family, session, MAX_PER_SLOT);
  }
}

/** Keeps up to `max` sessions of a family in a slot (one suffices where all of them are already joined). */
function keep(slot: Slot, family: string, session: string, max: number): void {
  const sessions = slot.get(family);
  if (!sessions) slot.set(family, [session]);
  else if (sessions.length < max && !sessions.includes(session)) sessions.push(session);
}

export class SameEvents {
  private readonly byPattern = new Map<string, Groups>();

  /** Records a signal's occurrences under its pattern and root session. */
  add(patternId: string, session: string, s: Pick<Signal, 'occurrences'>): void {
    if (!s.occurrences?.length) return;
    let g = this.byPattern.get(patternId);
    if (!g) this.byPattern.set(patternId, (g = new Groups()));
    for (const key of s.occurrences) g.add(session, key);
  }

  /** The session a pattern's session counts as: its group's least id. Undefined when no two sessions joined. */
  rootOf(patternId: string): ((session: string) => string) | undefined {
    const g = this.byPattern.get(patternId);
    return g?.joined ? (s) => g.find(s) : undefined;
  }

  forget(patternId: string): void {
    this.byPattern.delete(patternId);
  }
}
