/**
 * A rule's key as this version writes it, from the words a ledger kept of it. An older version keyed some rules in
 * other words than this one does: a rule in another language with code in it as the user's words (`pos|said|…`),
 * where the gloss now reads it ("Recuerda ejecutar `make lint` antes de hacer commit." is "Always run `make lint`
 * before committing.", lingua/gloss.ts); German "niemals" and "nie wieder" apart from "nie" (lingua/standing.ts); and
 * "adding" stemmed apart from "add" (similar.ts). A ledger's pattern under such a key would lose its decisions (a
 * rejection, an adoption) to a pattern under the new one, so ledger/legacy-patterns.ts moves it, by reading its
 * samples' quotes again, each as a prompt of its own. A quote that reads as no rule, or as more than one, leaves the
 * pattern where it is: it is moved only where the reading is sure.
 */
import { boundedMemo, type SessionEvent } from '../model/index.js';
import { RanPrograms } from './chosen-option.js';
import { extractInstructions } from './turn-instructions.js';

/**
 * A key an older version may have written otherwise: one of code in the user's words, a German "never", a stem "ad",
 * a rule in the user's words keyed as an ask with a negation in it ("A partir de ahora, no hagas commit sin tests":
 * before lingua/forbids.ts a "from now on" labelled every rule it framed `pos`), or one in a spaced script, keyed by
 * its words as typed before lingua/key-stems.ts keyed them by stems in any order.
 */
const MAY_READ_ANEW =
  /^(?:mem\|[^|]+\|)?(?:(?:pos|neg)\|said\|.*(?:`|[\p{Script=Latin}\p{Script=Cyrillic}])|pos\|said\|.*(?:不|别|別|禁止|勿|しない|ないで|するな|지마|말아|말것)|(?:pos|neg)\|(?![^|]*\|)(?:[^|]* )?ad(?: |$))/iu;

/** Whether `signature` may key otherwise now: the cheap test before its quotes are read. */
export const mayReadAnew = (signature: string): boolean => MAY_READ_ANEW.test(signature);

/**
 * The one signature `quote` keys to now, read as a prompt of its own, or ''. Remembered: a pass loads its
 * ledger several times, and the file keeps a moved pattern's old key until a pass writes it (ledger/legacy-patterns.ts).
 */
const quoteSignature = boundedMemo(4_096, readQuote);
function readQuote(quote: string): string {
  const event = { kind: 'user_prompt', text: quote, seq: 0, origin: { file: '', line: 0 } } satisfies Extract<
    SessionEvent,
    { kind: 'user_prompt' }
  >;
  const found = extractInstructions(quote, event, {
    afterRejection: false,
    correction: false,
    recent: { calls: [] },
    own: () => quote,
    agentWrote: () => false,
    offered: new Set(),
    options: new Set(),
    ran: new RanPrograms(),
  });
  const signatures = new Set(found.map((f) => f.signature));
  // '' for none, which the memo keeps as it would not keep undefined.
  return signatures.size === 1 ? [...signatures][0]! : '';
}

/**
 * The signature `signature`'s quotes key to now (see the module comment), or `signature` where they do not all agree
 * on one. A memory entry's prefix (`mem|<entry>|`) stays.
 */
export function rereadSignature(signature: string, quotes: readonly string[]): string {
  if (quotes.length === 0 || !mayReadAnew(signature)) return signature;
  const prefix = /^mem\|[^|]+\|/.exec(signature)?.[0] ?? '';
  const read = new Set(quotes.map(quoteSignature));
  const [now] = [...read];
  return read.size === 1 && now ? `${prefix}${now}` : signature;
}
