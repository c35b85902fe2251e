/**
 * What a signal was seen in: the identity of its evidence events, so that one utterance or one failing
 * command recorded by two transcripts of the same conversation counts once (same-event.ts).
 *
 * The same conversation often reaches a pass twice under two session ids: Gemini CLI's prompt log
 * (numeric ids in older versions) beside its chat file, a SpecStory export beside the Claude Code JSONL
 * or the Cursor export of one chat, a resumed or forked Claude Code session that replays the old turns,
 * a transcript copied into two folders. Session ids cannot tell; the recorded events can.
 *
 * An event's identity is structural, never a phrasing rule:
 * - what it says: its text (eventText: the prompt, the command line, the output), lowercased, reduced
 *   to its letters and digits (formats escape, fence and wrap the same words differently) and cut to
 *   its first TEXT_CHARS (formats clip long messages at different lengths);
 * - who it was said to: the agent family (a Claude Code JSONL, its SpecStory export and
 *   claude-code-action's file are one family), so a user pasting one prompt into two different
 *   agents at once is two occasions; an export that does not say which agent wrote it (`generic`:
 *   an older SpecStory file, a Cursor export) may be a record of any;
 * - when: its timestamp, in TIME_BUCKET_MS buckets, where the format records one with its zone. Two
 *   records of one event carry the same time, to within a second or so (a resumed session replays the
 *   old timestamps; the prompt log and the chat file are written as the prompt is sent). A tool
 *   event is also told by the user prompt it follows, timed or not: parallel sessions run the same
 *   failing command in the same seconds, each for a request of its own;
 * - else where: the user prompts either side of a prompt; for other events the prompt before, their
 *   rank among events of their kind since it and the previous such event's text. Two records of one
 *   conversation agree on these; two different conversations rarely do on all of them at once. An
 *   untimed event no prompt precedes has no key: two runs of a harness with no one typing, recorded
 *   alike, cannot be told from a copy, and counting both is the status quo.
 * A tool result's text includes its call's (the latest call before it): one error follows many commands.
 *
 * Each key is `<family>:<text hash>.<place hash>`, with `.<time bucket>` when timed: a word, plain hex
 * and digits, so the secret scan of a map digest passes it (secrets/entropy.ts vetoes hex), and no
 * text of the transcript travels.
 */
import type { AgentKind, Session, SessionEvent, Signal } from '../model/index.js';
import { isClaudeAgent } from '../memory/kinds.js';
import { eventText } from './evidence.js';
import { shortHash } from './normalize.js';

/** Leading letters-and-digits compared: long enough to tell prompts apart, short enough for any clip. */
const TEXT_CHARS = 160;
/** Timestamps within one bucket, or the next, are one event: matched within 10 s, never past 20 s. */
export const TIME_BUCKET_MS = 10_000;
/** Evidence events a signal's identity is taken from: its first few cover what the miners cite. */
const MAX_KEYS = 4;

/** An ISO time with its zone: a zoneless one parses in the machine's zone, so its bucket would move. */
const ZONED = /(?:Z|[+-]\d\d:?\d\d)$/i;

const family = (agent: AgentKind): string => (isClaudeAgent(agent) ? 'claude' : agent);

/** Raw characters read for the leading words: a tool's output can run to megabytes. */
const RAW_CHARS = 4 * 1024;

function textOf(e: SessionEvent): string {
  const words = eventText(e)
    .slice(0, RAW_CHARS).normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.join(' ').slice(0, TEXT_CHARS);
}

function bucketOf(e: SessionEvent): number | undefined {
  if (!e.timestamp || !ZONED.test(e.timestamp)) return undefined;
  const ms = Date.parse(e.timestamp);
  return Number.isNaN(ms) ? undefined : Math.floor(ms / TIME_BUCKET_MS);
}

/** A parsed key (same-event.ts matches them). */
export interface Occurrence {
  /** The agent family; `generic` (an export that does not say which agent) matches any. */
  family: string;
  /** The event's text: timed occurrences match on it and the time. */
  text: string;
  /** The text and position: untimed occurrences match on it. */
  place: string;
  bucket?: number;
}

export function parseOccurrence(key: string): Occurrence {
  const colon = key.lastIndexOf(':');
  const [text = '', place = '', bucket] = key.slice(colon + 1).split('.');
  return { family: key.slice(0, colon), text, place, ...(bucket ? { bucket: Number(bucket) } : {}) };
}

/** Whether two families may have recorded one event: the same, or one that does not say. */
export const sameFamily = (a: string, b: string): boolean => a === b || a === GENERIC || b === GENERIC;
const GENERIC: AgentKind = 'generic';

/**
 * The keys of one session's signals. Built per session where it is mined (the events are dropped
 * after): one linear walk for each event's position, then a lookup per cited line.
 */
export class SessionOccurrences {
  private byLine: Map<string, number[]> | undefined;
  private place: Place[] | undefined;

  constructor(private readonly session: Session) {}

  /** The signal's keys: one per distinct evidence event of this session, the first MAX_KEYS of them. */
  keysOf(s: Pick<Signal, 'evidence'>): string[] {
    const keys: string[] = [];
    for (const ev of s.evidence) {
      if (keys.length >= MAX_KEYS) break;
      const i = this.eventAt(ev.file, ev.line, ev.quote);
      if (i === undefined) continue;
      const key = this.keyOf(i);
      if (key && !keys.includes(key)) keys.push(key);
    }
    return keys;
  }

  /** Undefined for an untimed event no user prompt places: nothing tells a copy from another run then. */
  private keyOf(i: number): string | undefined {
    const e = this.session.events[i]!;
    const p = this.places()[i]!;
    const bucket = bucketOf(e);
    if (bucket === undefined && e.kind !== 'user_prompt' && p.prompt < 0) return undefined;
    const textAt = (j: number) => (j < 0 ? '' : textOf(this.session.events[j]!));
    // A result is told by its call too: the same error follows many commands. And any event but a
    // prompt by the prompt it answers, even when timed: agents run the same failing command at the
    // same moment in parallel sessions, each answering its own request.
    const anchor = e.kind === 'user_prompt' ? '' : textAt(p.prompt);
    const text = shortHash(`${e.kind}\u0000${textOf(e)}\u0000${textAt(p.call)}\u0000${anchor}`, 16);
    const place = shortHash(`${text}\u0000${textAt(p.prompt)}\u0000${p.rank}\u0000${textAt(p.before)}\u0000${textAt(p.next)}`, 16);
    return `${family(this.session.agent)}:${text}.${place}${bucket === undefined ? '' : `.${bucket}`}`;
  }

  /** The cited event: the one at that line whose text holds the quote (a line can hold several). */
  private eventAt(file: string, line: number, quote: string): number | undefined {
    if (!this.byLine) {
      this.byLine = new Map();
      this.session.events.forEach((e, i) => {
        const k = `${e.origin.file}\u0000${e.origin.line}`;
        const at = this.byLine!.get(k);
        if (at) at.push(i);
        else this.byLine!.set(k, [i]);
      });
    }
    const at = this.byLine.get(`${file}\u0000${line}`);
    if (!at) return undefined;
    return at.find((i) => eventText(this.session.events[i]!).includes(quote)) ?? at[0];
  }

  /**
   * Each event's position, in one walk: the previous user prompt; for a prompt, the next one too (so
   * two chats that open with the same words differ by what the user said next); for any other event
   * its rank among its kind since that prompt and the one of its kind before it. Prompts are placed
   * by prompts alone, which every format records alike; the tool events' places add what they can,
   * since a harness re-running one task repeats the prompt but rarely the whole path.
   */
  private places(): Place[] {
    if (this.place) return this.place;
    const place: Place[] = [];
    let prompt = -1;
    let call = -1;
    let rank = new Map<string, number>();
    let last = new Map<string, number>();
    this.session.events.forEach((e, i) => {
      if (e.kind === 'user_prompt') {
        if (prompt >= 0) place[prompt]!.next = i;
        place.push({ prompt, rank: 0, before: -1, next: -1, call: -1 });
        prompt = i;
        rank = new Map();
        last = new Map();
        return;
      }
      const n = (rank.get(e.kind) ?? 0) + 1;
      rank.set(e.kind, n);
      place.push({ prompt, rank: n, before: last.get(e.kind) ?? -1, next: -1, call: e.kind === 'tool_result' ? call : -1 });
      last.set(e.kind, i);
      if (e.kind === 'tool_call') call = i;
    });
    return (this.place = place);
  }
}

/** Indices into the session's events (-1: none). */
interface Place {
  /** The user prompt before. */
  prompt: number;
  /** Rank among its kind since that prompt (0 for a prompt). */
  rank: number;
  /** The event of its kind before it, since that prompt. */
  before: number;
  /** For a prompt: the prompt after it. */
  next: number;
  /** For a tool result: the latest call before it. */
  call: number;
}
