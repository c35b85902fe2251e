/**
 * Words typed while Claude Code works are queued. Newer versions record what the model was given as a
 * `queued_command` attachment; older ones (2.1.38 to at least 2.1.63, seen in real sessions) record only the queue's
 * bookkeeping: `enqueue` with the text, then `remove` when the harness hands the queue to the model mid-turn (the
 * agent answers the words right after), `dequeue` when the text becomes the next turn (a user line follows) and
 * `popAll` when the person pulls it back into the input to edit (what they send then is a user line). So the text of
 * an `enqueue` the harness `remove`d is the person speaking, and, in those versions, its only record.
 */
import { str } from '../builder.js';

interface Queued {
  text: string;
  /** False for a text that is not words to the model (kept so the queue's order and names still match). */
  words: boolean;
  where: { line: number; timestamp?: string };
}

/**
 * Not words to the model: a slash command runs in the harness; a tag-led text (a task's notice, a command's output)
 * is the harness's own.
 */
const NOT_WORDS = /^\s*(?:\/[\w:-]+(?:\s|$)|<[a-z][\w-]*>)/i;

const MAX_WAITING = 64;

export class QueuedWords {
  /** Enqueued, not yet taken: oldest first. */
  private waiting: Queued[] = [];
  /** Handed to the model mid-turn; said once the next reply shows no attachment carried them. */
  private handed: Queued[] = [];

  constructor(private readonly say: (text: string, where: Queued['where']) => void) {}

  /** A `queue-operation` line. */
  operation(o: Record<string, unknown>, where: Queued['where']): void {
    const op = str(o.operation);
    const content = str(o.content);
    if (op === 'enqueue') {
      const text = content ?? '';
      this.waiting.push({ text, words: text.trim().length > 0 && !NOT_WORDS.test(text), where });
      // Entries no operation takes (a notice the harness ran as a turn) must not pile up over a long session.
      if (this.waiting.length > MAX_WAITING) this.waiting.shift();
    } else if (op === 'remove') {
      const taken = this.take(content, true);
      if (taken?.words) this.handed.push(taken);
    } else if (op === 'dequeue') this.take(content, false);
    else if (op === 'popAll') this.waiting = [];
  }

  /** A `queued_command` attachment: the newer record of the same words, read by the caller; never say them twice. */
  attached(prompt: string): void {
    const norm = prompt.trim();
    this.handed = this.handed.filter((q) => q.text.trim() !== norm);
  }

  /** The model is answering: whatever it was handed without an attachment was the person's words. */
  flush(): void {
    // Called before every reply: most have nothing to say, and should cost nothing.
    if (this.handed.length === 0) return;
    for (const q of this.handed) this.say(q.text, q.where);
    this.handed = [];
  }

  /**
   * The entry an operation takes: the one with its text when the line names it; otherwise `remove` takes the newest
   * (what was typed last is what the model was just given) and `dequeue` the oldest (the queue's own order).
   */
  private take(content: string | undefined, newest: boolean): Queued | undefined {
    let i = content ? this.waiting.findIndex((q) => q.text === content) : -1;
    if (i < 0) i = newest ? this.waiting.length - 1 : 0;
    if (i < 0 || i >= this.waiting.length) return undefined;
    return this.waiting.splice(i, 1)[0];
  }
}
