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
 * signature) and the session ids, which the pattern holds anyway; forget() drops a pattern's. A
 * pattern of many sessions keeps its keys packed in arrival order (KeyLog, 28 bytes a key) and is
 * joined only when its groups are asked for, by replaying them into Groups: the join is then the one
 * made key by key, by construction. Joined eagerly, the maps cost about 750 bytes per session of a
 * recurring pattern, the largest thing a pass kept that grew with the corpus (53 MB of the main
 * thread's heap at 30,000 generated sessions, against 28 MB for every pattern's running tally).
 */
import type { Signal } from '../model/index.js';
import type { Occurrence } from './occurrence.js';
import { KeyLog } from './key-log.js';

/** Timed sessions one untimed place joins: past it the first ones stand for the rest. */
const MAX_TIMED_PER_PLACE = 16;

/**
 * One pattern's sessions. Flat maps keyed `<family>|<slot>` (a map per slot cost more in garbage
 * than the joining itself); a family's slots are looked up under each family it may share events with.
 */
class Groups {
  private readonly parent = new Map<string, string>();
  /** `<family>|<text>.<bucket>` -> the first session holding it timed (the rest joined it). */
  private readonly timed = new Map<string, string>();
  /** `<family>|<place>` -> the sessions holding it timed: they need not be one event, so several. */
  private readonly placeTimed = new Map<string, string[]>();
  /** `<family>|<place>` -> the first session holding it untimed (the rest joined it). */
  private readonly placeUntimed = new Map<string, string>();
  /** The families seen, for a `generic` record, which may share an event with any of them. */
  private readonly families = new Set<string>();
  /** Whether any two sessions joined: when none did, nothing downstream changes. */
  joined = false;

  find(s: string): string {
    let root = this.parent.get(s) ?? s;
    if (root === s) return s;
    root = this.find(root);
    this.parent.set(s, root);
    return root;
  }

  private union(a: string | undefined, b: string): void {
    if (a === undefined) return;
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    this.joined = true;
    // The least id names the group, whatever order the sessions came in.
    if (ra < rb) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
  }

  /** The families whose records may hold the same event as one of `family`'s. */
  private peers(family: string): Iterable<string> {
    if (family === GENERIC) return this.families;
    return this.families.has(GENERIC) ? [family, GENERIC] : [family];
  }

  add(session: string, o: Occurrence): void {
    this.families.add(o.family);
    // Untimed on either side: the position decides.
    for (const f of this.peers(o.family)) this.union(this.placeUntimed.get(`${f}|${o.place}`), session);
    const own = `${o.family}|${o.place}`;
    if (o.bucket === undefined) {
      for (const f of this.peers(o.family)) for (const t of this.placeTimed.get(`${f}|${o.place}`) ?? []) this.union(t, session);
      if (!this.placeUntimed.has(own)) this.placeUntimed.set(own, session);
      return;
    }
    // Both timed: the text and the time decide.
    for (const f of this.peers(o.family))
      for (let b = o.bucket - 1; b <= o.bucket + 1; b++) this.union(this.timed.get(`${f}|${o.text}.${b}`), session);
    const at = `${o.family}|${o.text}.${o.bucket}`;
    if (!this.timed.has(at)) this.timed.set(at, session);
    const sessions = this.placeTimed.get(own);
    if (!sessions) this.placeTimed.set(own, [session]);
    else if (sessions.length < MAX_TIMED_PER_PLACE && !sessions.includes(session)) sessions.push(session);
  }
}

const GENERIC = 'generic';

/**
 * A pattern's resolver, made outside rootOf on purpose: V8 gives the closures of one scope one shared
 * context, so an arrow made inside rootOf held `groups` (captured by the eachSession callback beside
 * it) for as long as the resolver lived. At 100,000 generated sessions that kept every recurring
 * pattern's maps to the end of the pass: the main thread's live heap went from 126 MB after the read
 * to 322 MB (heap snapshots), and the pass's peak RSS from about 320 MB to 461 MB in its last seconds.
 */
const lookup =
  (roots: ReadonlyMap<string, string>) =>
  (session: string): string =>
    roots.get(session) ?? session;

/** A pattern seen in one session so far: its keys, kept as they came until another session joins in. */
interface Single {
  session: string;
  keys: string[];
}

/** A pattern of two sessions or more: its keys, and its groups once asked for (until another key comes). */
interface Many {
  log: KeyLog;
  /** The group of each session, or null when no two sessions joined; undefined until asked for. */
  resolved?: ((session: string) => string) | null;
}

export class SameEvents {
  /** Most patterns are one-offs: they keep their keys, unparsed, and are logged once a second session comes. */
  private readonly byPattern = new Map<string, Many | Single>();

  /** Records a signal's occurrences under its pattern and root session. */
  add(patternId: string, session: string, s: Pick<Signal, 'occurrences'>): void {
    if (!s.occurrences?.length) return;
    const g = this.byPattern.get(patternId);
    if (g === undefined) {
      this.byPattern.set(patternId, { session, keys: [...s.occurrences] });
      return;
    }
    if ('keys' in g) {
      if (g.session === session) {
        g.keys.push(...s.occurrences);
        return;
      }
      const many: Many = { log: new KeyLog() };
      for (const key of g.keys) many.log.add(g.session, key);
      this.byPattern.set(patternId, many);
      for (const key of s.occurrences) many.log.add(session, key);
      return;
    }
    delete g.resolved;
    for (const key of s.occurrences) g.log.add(session, key);
  }

  /** The session a pattern's session counts as: its group's least id. Undefined when no two sessions joined. */
  rootOf(patternId: string): ((session: string) => string) | undefined {
    const g = this.byPattern.get(patternId);
    if (g === undefined || 'keys' in g) return undefined;
    if (g.resolved === undefined) {
      // The keys in the order they came, as an eager join would have taken them. Only the sessions
      // that joined another are kept, not the maps: a pattern of 5,000 sessions whose copies joined
      // held about 6 MB of them until the pass ended (100,000 generated sessions: 475 MB peak RSS).
      const groups = new Groups();
      g.log.replay((session, key) => groups.add(session, key));
      const roots = new Map<string, string>();
      if (groups.joined)
        g.log.eachSession((s) => {
          const root = groups.find(s);
          if (root !== s) roots.set(s, root);
        });
      g.resolved = roots.size > 0 ? lookup(roots) : null;
    }
    return g.resolved ?? undefined;
  }

  forget(patternId: string): void {
    this.byPattern.delete(patternId);
  }
}
