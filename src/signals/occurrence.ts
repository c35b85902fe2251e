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
 *   untimed event with too little around it has no key (placed): a one-prompt chat, or a prompt and
 *   its first command, recorded alike twice cannot be told from two requests, and counting both is
 *   the status quo.
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
import { copiedRulesBlock } from './copied-block.js';

/** Leading letters-and-digits compared: long enough to tell prompts apart, short enough for any clip. */
const TEXT_CHARS = 160;
/** Timestamps within one bucket, or the next, are one event: matched within 10 s, never past 20 s. */
const TIME_BUCKET_MS = 10_000;
/** Evidence events a signal's identity is taken from: its first few cover what the miners cite. */
const MAX_KEYS = 4;

/** An ISO time with its zone: a zoneless one parses in the machine's zone, so its bucket would move. */
const ZONED = /(?:Z|[+-]\d\d:?\d\d)$/i;

const family = (agent: AgentKind): string => (isClaudeAgent(agent) ? 'claude' : agent);
/** The family of a copied block's key: it joins only other copies of a block, whatever agent they were typed to. */
const BLOCK_FAMILY = 'block';

/** Raw characters read for the leading words: a tool's output can run to megabytes. */
const RAW_CHARS = 1024;
const WORD = /[\p{L}\p{N}]+/gu;

/** The event's leading letters and digits, lowercased, space-separated, at most TEXT_CHARS. */
function textOf(e: SessionEvent): string {
  const head = eventText(e).slice(0, RAW_CHARS);
  // ASCII (most text) needs neither NFKC nor the Unicode classes, which cost several times more.
  const ascii = !NON_ASCII.test(head);
  const raw = (ascii ? head : head.normalize('NFKC')).toLowerCase();
  const word = ascii ? ASCII_WORD : WORD;
  let out = '';
  word.lastIndex = 0;
  for (let m = word.exec(raw); m && out.length < TEXT_CHARS; m = word.exec(raw)) out += out ? ` ${m[0]}` : m[0];
  return out.slice(0, TEXT_CHARS);
}
const NON_ASCII = /[^ -~\t\n\r]/;
const ASCII_WORD = /[a-z0-9]+/g;

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

/**
 * The keys of one session's signals. Built per session where it is mined (the events are dropped
 * after): one linear walk for each event's position, then a lookup per cited line.
 */
export class SessionOccurrences {
  private byLine: Map<number, number[]> | undefined;
  private place: Place[] | undefined;
  private readonly texts = new Map<number, string>();
  /** Each cited event's key, worked out once: a failing command or a prompt is the evidence of several signals. */
  private readonly keys = new Map<number, string | undefined>();
  /** Each prompt's copied-block key, read once: a long prompt is cited by many of its session's signals. */
  private readonly blocks = new Map<number, string | undefined>();

  constructor(private readonly session: Session) {}

  /**
   * The signal's keys: one per distinct evidence event of this session, the first MAX_KEYS of them; and for
   * a prompt holding a copied rules block (copied-block.ts), the block's own key, which every copy shares.
   */
  keysOf(s: Pick<Signal, 'evidence'>): string[] {
    const keys: string[] = [];
    const blocks: string[] = [];
    for (const ev of s.evidence) {
      if (keys.length >= MAX_KEYS) break;
      const i = this.eventAt(ev.file, ev.line, ev.quote);
      if (i === undefined) continue;
      const key = this.keyOf(i);
      if (key && !keys.includes(key)) keys.push(key);
      const block = this.blockKeyOf(i);
      if (block && !blocks.includes(block)) blocks.push(block);
    }
    return [...keys, ...blocks];
  }

  /**
   * Untimed, placed by the block alone: sessions whose prompts carry the same block join as one source. Its
   * family is the block's own, not the agent's: one template typed into Claude Code and into Codex is one source.
   */
  private blockKeyOf(i: number): string | undefined {
    if (this.blocks.has(i)) return this.blocks.get(i);
    const e = this.session.events[i]!;
    const block = e.kind === 'user_prompt' ? copiedRulesBlock(e.text) : undefined;
    const key = block && `${BLOCK_FAMILY}:${block}.${block}`;
    this.blocks.set(i, key);
    return key;
  }

  /** Undefined for an untimed event its place does not tell apart (placed): a copy then looks like another run. */
  private keyOf(i: number): string | undefined {
    if (this.keys.has(i)) return this.keys.get(i);
    const key = this.keyFrom(i);
    this.keys.set(i, key);
    return key;
  }

  private keyFrom(i: number): string | undefined {
    const e = this.session.events[i]!;
    const p = this.places()[i]!;
    const bucket = bucketOf(e);
    if (bucket === undefined && !placed(e, p)) return undefined;
    const textAt = (j: number) => (j < 0 ? '' : this.textAt(j));
    // A result is told by its call too: the same error follows many commands. And any event but a
    // prompt by the prompt it answers, even when timed: agents run the same failing command at the
    // same moment in parallel sessions, each answering its own request.
    const anchor = e.kind === 'user_prompt' ? '' : textAt(p.prompt);
    const text = shortHash(`${e.kind}\u0000${textAt(i)}\u0000${textAt(p.call)}\u0000${anchor}`, 16);
    const place = shortHash(`${text}\u0000${textAt(p.prompt)}\u0000${p.rank}\u0000${textAt(p.before)}\u0000${textAt(p.next)}`, 16);
    return `${family(this.session.agent)}:${text}.${place}${bucket === undefined ? '' : `.${bucket}`}`;
  }

  /** An event's text as keys compare it, worked out once: a prompt is the place of several keys. */
  private textAt(i: number): string {
    let t = this.texts.get(i);
    if (t === undefined) this.texts.set(i, (t = textOf(this.session.events[i]!)));
    return t;
  }

  /** The cited event: the one at that line whose text holds the quote (a line can hold several). */
  private eventAt(file: string, line: number, quote: string): number | undefined {
    if (!this.byLine) {
      // By line alone (the file is checked below): no key string made per event.
      const byLine = new Map<number, number[]>();
      this.session.events.forEach((e, i) => {
        const at = byLine.get(e.origin.line);
        if (at) at.push(i);
        else byLine.set(e.origin.line, [i]);
      });
      this.byLine = byLine;
    }
    const events = this.session.events;
    const at = this.byLine.get(line)?.filter((i) => events[i]!.origin.file === file);
    if (!at?.length) return undefined;
    return at.length === 1 ? at[0] : (at.find((i) => eventText(events[i]!).includes(quote)) ?? at[0]);
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

/**
 * Whether an untimed event's place says enough to tell a copy from another conversation: a prompt
 * with a prompt either side, another event after a prompt and an event of its kind before it. Two
 * chats that are one identical prompt, or a prompt and the same first command, are as likely two
 * requests as two records of one; they count twice, as before.
 */
function placed(e: SessionEvent, p: Place): boolean {
  return e.kind === 'user_prompt' ? p.prompt >= 0 || p.next >= 0 : p.prompt >= 0 && p.before >= 0;
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
