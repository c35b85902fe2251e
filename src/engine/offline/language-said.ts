/**
 * Whether a memory entry already asks for the language an output-language lesson teaches: "Answer in Japanese."
 * against "- Respond in Japanese.", "- 日本語で回答してください" or "- Always answer in Japanese, even when asked in
 * English". The lesson is the engine's fixed English sentence, so an entry saying the same thing in other words or
 * another language never shares its words; what they share is the request itself. The reader that found the ask
 * (signals' outputLanguageAsk) reads each clause of the entry, and the same language for the same thing written
 * (replies, code comments, commit messages) is the same rule.
 */
import { boundedMemo, type MemoryEntry } from '../../model/index.js';
import { outputLanguageAsk } from '../../signals/index.js';

/** Sentences and clauses: an entry may say the language beside a condition ("…, even when asked in English"). */
const CLAUSES = /[。．.!！?？;；\n]+|,\s+|、|，/u;

/** The output-language asks an entry's clauses make, by entry text: every such lesson is compared with every entry. */
const asksOf = boundedMemo(
  4096,
  (text: string): ReadonlySet<string> => new Set(text.split(CLAUSES).flatMap((clause) => outputLanguageAsk(clause)?.signature ?? [])),
);

/** The signatures of output-language asks ("ask|style|<language>" for replies, "ask|lang|<artifact>|<language>"). */
export const isLanguageAskSignature = (signature: string): boolean => /^ask\|(?:style|lang)\|/.test(signature);

export function entryAsksLanguage(entry: MemoryEntry, signature: string): boolean {
  return entry.kind !== 'heading' && asksOf(entry.text).has(signature);
}
