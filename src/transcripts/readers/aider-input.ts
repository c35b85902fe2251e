/**
 * Aider's prompt history (`.aider.input.history`, beside `.aider.chat.history.md` unless moved): prompt_toolkit
 * appends each message the person submits at aider's prompt, as "# <time>" and then the message's lines, each
 * after "+". The model's reply and command output are never written there: they go to the chat history only. So
 * a "####" turn of the chat history that a reply could have printed (UserPromptEvent.unverified) is the person's
 * when the prompt history holds the same message, typed after the chat began and not already matched by an
 * earlier turn: messages are matched in order, each once (but for the last one matched: prompt_toolkit stores a
 * message submitted again straight after once). A reply that reprints what was typed before something else finds
 * that message taken; one that prints anything else finds none. What it could still do is print, early, a message the
 * person types later in the same file, or again the message just typed: the words are the person's all the same.
 */
import { openSync, readSync, closeSync, fstatSync } from 'node:fs';
import path from 'node:path';

/** A larger prompt history is not read: later turns then stay unverified, as without one. */
const MAX_HISTORY_BYTES = 8 * 1024 * 1024;
const STAMP = /^# (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)/;

interface Typed {
  /** "YYYY-MM-DD HH:MM:SS", local time as aider writes both files' times. */
  at: string;
  /** Whitespace-folded. */
  text: string;
}

/** The messages typed at aider's prompt, in order, matched against a chat history's turns as they are read. */
export class TypedMessages {
  private readonly byText = new Map<string, number[]>();
  /** The first message not yet matched or passed. */
  private cursor = 0;

  constructor(private readonly typed: readonly Typed[]) {
    typed.forEach((t, i) => {
      const list = this.byText.get(t.text) ?? [];
      list.push(i);
      this.byText.set(t.text, list);
    });
  }

  /**
   * Whether `text` is the next unmatched message typed at or after `since` (the chat's start) with these words;
   * the match is taken, so no later turn can claim it.
   */
  take(text: string, since: string | undefined): boolean {
    const folded = foldSpace(text);
    // prompt_toolkit stores a message once when it is submitted again straight after (the up arrow, then enter).
    if (this.cursor > 0 && this.typed[this.cursor - 1]!.text === folded && this.typed[this.cursor - 1]!.at >= (since ?? '')) return true;
    const list = this.byText.get(folded);
    const i = list?.find((j) => j >= this.cursor && (since === undefined || this.typed[j]!.at >= since));
    if (i === undefined) return false;
    this.cursor = i + 1;
    return true;
  }
}

/** The prompt history beside a chat history, or undefined when there is none (or it is too large to read). */
export function typedMessagesBeside(chatFile: string): TypedMessages | undefined {
  const name = path.basename(chatFile);
  if (!name.endsWith('chat.history.md')) return undefined;
  const text = readSmall(path.join(path.dirname(chatFile), `${name.slice(0, -'chat.history.md'.length)}input.history`));
  return text === undefined ? undefined : new TypedMessages(parseInputHistory(text));
}

function parseInputHistory(text: string): Typed[] {
  const out: Typed[] = [];
  let at: string | undefined;
  let lines: string[] = [];
  const flush = () => {
    if (at !== undefined && lines.length > 0) out.push({ at, text: foldSpace(lines.join('\n')) });
    lines = [];
  };
  for (const line of text.split(/\r?\n/)) {
    const stamp = STAMP.exec(line);
    if (stamp) {
      flush();
      at = stamp[1]!;
    } else if (line.startsWith('+')) lines.push(line.slice(1));
  }
  flush();
  return out;
}

/** "2025-10-23 17:04:56" from a chat's "# aider chat started at" line, comparable with the prompt history's times. */
export const chatStart = (started: string | undefined): string | undefined => /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d/.exec(started ?? '')?.[0];

function readSmall(file: string): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const stat = fstatSync(fd);
    const size = stat.size;
    if (!stat.isFile() || size > MAX_HISTORY_BYTES) return undefined;
    const buf = Buffer.alloc(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, buf, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return buf.subarray(0, read).toString('utf8');
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function foldSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
