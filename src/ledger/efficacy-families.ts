/**
 * What a pass holds of the conversations its lessons met (LessonTally.families), bounded. Each entry is
 * one conversation and one lesson, so the entries grow with sessions x lessons met: at 100,000 generated
 * sessions, 200,000 entries (13 MB) with forty lessons, 2,000,000 (81 MB) with four hundred, and 1,150,000
 * (71 MB) with forty when ten of them are about no command (exposed in every session).
 *
 * An entry is needed only while another file of its conversation may still come: a subagent's file, which
 * a pass lists next to its parent's (`<root>.jsonl`, then `<root>/subagents/…`). So past MAX_OPEN_FAMILIES
 * entries the conversations met longest ago (in file order, so every thread count and shard split forgets
 * the same ones) are forgotten for every lesson: a later file of one of them counts its conversation again,
 * as a subagent arriving after its parent left the ledger's listed sessions does. Below the bound (a 10,000
 * session pass with up to fifty lessons met in every session) nothing is forgotten and the counts are exact.
 */

import type { LessonTally } from './efficacy.js';

/** The bits of a conversation's entry: it met the lesson's situation, it hit the lesson's episode. */
export const FAMILY_EXPOSED = 1;
export const FAMILY_HIT = 2;

/**
 * Moves a conversation's counts from what it had counted (`was`) to what it counts now: exposed once,
 * hit once, clean (after adoption) when exposed and never hit, however many of its sessions met it.
 */
export function recount(tally: LessonTally, after: boolean, was: number, now: number): void {
  if (was === now) return;
  const window = after ? tally.after : tally.before;
  const bit = (x: number, b: number): number => (x & b ? 1 : 0);
  window.exposed += bit(now, FAMILY_EXPOSED) - bit(was, FAMILY_EXPOSED);
  window.hitSessions += bit(now, FAMILY_HIT) - bit(was, FAMILY_HIT);
  const clean = (x: number): number => (x === FAMILY_EXPOSED ? 1 : 0);
  if (after) tally.clean += clean(now) - clean(was);
}

/** Conversation-and-lesson entries held before the oldest conversations are forgotten: about 40 MB at 40 bytes an entry. */
export const MAX_OPEN_FAMILIES = 1_000_000;

/**
 * The conversations that hold entries, oldest first, and how many entries they hold together. A
 * conversation is listed by the key of its entry (`b|root`, `a|root`: a string the entries hold anyway, where
 * its root alone would be one more string kept per conversation), once for each run of entries added under
 * that key (a session's lessons come one after another), not looked up in a set: a set of every root cost
 * more than the entries it bounds at forty lessons. One listed twice is forgotten at its first listing; the
 * second then finds nothing to delete.
 */
class OpenConversations {
  private order: string[] = [];
  private head = 0;
  private entries = 0;

  constructor(private readonly max: number) {}

  /** A new entry, under `key` (window and root). */
  add(key: string): void {
    this.entries++;
    if (this.order.at(-1) !== key || this.order.length === this.head) this.order.push(key);
  }

  /** Past the bound, with a conversation to forget. */
  get full(): boolean {
    return this.entries > this.max && this.head < this.order.length;
  }

  /** The conversation met longest ago, no longer held: `deleted` deletes its entries and says how many. */
  forgetOldest(deleted: (root: string) => number): void {
    const root = this.order[this.head++]!.slice(2);
    this.entries -= deleted(root);
    // The forgotten head is dropped now and then, so the list holds only what may still be held.
    if (this.head >= 1024 && this.head * 2 >= this.order.length) {
      this.order = this.order.slice(this.head);
      this.head = 0;
    }
  }

  get size(): number {
    return this.entries;
  }
}

/** Every lesson's families of one counter, and the conversations they hold, bounded. */
export class Families {
  private readonly open: OpenConversations;

  constructor(max: number) {
    this.open = new OpenConversations(max);
  }

  /** Sets what a conversation (`key`: window and root) met of a lesson. */
  set(tally: LessonTally, key: string, bits: number): void {
    if (tally.families[key] === undefined) this.open.add(key);
    tally.families[key] = bits;
  }

  /**
   * Adds what a later file's sessions met per conversation (`from`) to a lesson's tally: a conversation
   * whose parent and subagents were counted in different files is one exposure, so what both sides
   * counted for it is taken back and what they met together is counted once.
   */
  merge(into: LessonTally, from: Readonly<Record<string, number>>): void {
    for (const [key, met] of Object.entries(from)) {
      const had = into.families[key];
      if (had === undefined) {
        this.set(into, key, met);
        continue;
      }
      const after = key.startsWith('a|');
      recount(into, after, met, 0);
      recount(into, after, had, had | met);
      into.families[key] = had | met;
    }
  }

  /** Past the bound, the conversations met longest ago are forgotten for every lesson. */
  bound(slots: readonly { tally: LessonTally }[]): void {
    while (this.open.full)
      this.open.forgetOldest((root) => {
        const keys = [`b|${root}`, `a|${root}`];
        let deleted = 0;
        for (const { tally } of slots)
          for (const key of keys)
            if (tally.families[key] !== undefined) {
              delete tally.families[key];
              deleted++;
            }
        return deleted;
      });
  }

  /** Entries held, over every lesson. */
  get size(): number {
    return this.open.size;
  }
}
