/**
 * Pattern signatures as an older miner wrote them, and how they map onto today's, so a ledger written then keeps
 * its decisions (a rejection, an adoption) and its lessons' efficacy.
 *
 * Before the miner read command groups: since then a command group's verb is part of the command's family (`docker
 * compose up`, `go mod tidy`: command-groups.ts), and so of every signature that names a family; a lesson adopted
 * from a pattern learned before is stored under the shorter family, and its later episodes come under the longer
 * one. Projecting a signature onto the old shape lets efficacy match both, so an old ledger keeps tracking its
 * lessons. Only the families change: a fix's structural diff is between two commands of one family, whose verbs
 * (the same) cancel, and the other fields (a lesson's command line, an error's words) never held them.
 *
 * Before a rule's key left out its frame words (rule-frames.ts): there the new key is the old one less some stems,
 * so the ledger's patterns are re-keyed forward as it is read (ledger/legacy-patterns.ts), by reframedSignature.
 */
import { isBareGroup, preGroupFamily } from './command-groups.js';
import { mendFrameTypos } from './frame-typos.js';
import { FRAME_STEM_GROUPS, FRAME_STEMS, INTENSIFIER_STEMS, withoutFrames } from './rule-frames.js';
import { meaningStems } from './similar.js';
import { sentences } from './turn-text.js';

/** Per signature kind (its first field), the fields that hold a family. A map: a signature is any text, `toString` too. */
const FAMILY_FIELDS = new Map<string, readonly number[]>([
  ['fix', [1]],
  ['repeat', [1]],
  ['sandbox', [1]],
  ['refuse', [1]],
  ['prereq', [2]],
  ['mem', [2]],
]);

/** A fix's diff names the program swapped in or out by its family (`tool:docker compose up`). */
const TOOL_TOKEN = /(^|,|[-+])tool:([^,|]+)/g;

/** `signature` as the miner wrote it before command groups; the same string when it names no group's verb. */
export function preGroupSignature(signature: string): string {
  const fields = signature.split('|');
  const at = FAMILY_FIELDS.get(fields[0] ?? '');
  if (!at) return signature;
  for (const i of at) if (fields[i] !== undefined) fields[i] = preGroupFamily(fields[i]!);
  if (fields[0] === 'fix')
    for (let i = 2; i < fields.length; i++)
      fields[i] = fields[i]!.replace(TOOL_TOKEN, (_, lead: string, fam: string) => `${lead}tool:${preGroupFamily(fam)}`);
  return fields.join('|');
}

/**
 * Whether a signature may have been written before command groups and name a group's command: one of
 * its families is a group with no verb (`fix|docker compose|…`). Only such a lesson is matched by the
 * old shape; a signature naming no group is the same in both.
 */
export function mayPredateGroups(signature: string): boolean {
  const fields = signature.split('|');
  return (FAMILY_FIELDS.get(fields[0] ?? '') ?? []).some((i) => fields[i] !== undefined && isBareGroup(fields[i]!));
}

/** A rule's key of stems (turn-text.ts ruleKey), alone or behind a memory entry: `pos|…`, `neg|…`, `mem|<entry>|neg|…`. */
const STEM_KEY = /^((?:mem\|[^|]+\|)?(?:pos|neg)\|)(?!said\||path:|cmd:)([^|]*)$/;

/** Whether every quote holds `stem` only inside a frame ("from now on", "stop doing"), read as the miner reads its sentences. */
function onlyFramed(stem: string, quotes: readonly string[]): boolean {
  return (
    quotes.length > 0 &&
    quotes.every((q) => {
      const read = sentences(q).map(mendFrameTypos);
      return meaningStems(read.join(' ')).includes(stem) && !meaningStems(read.map(withoutFrames).join(' ')).includes(stem);
    })
  );
}

/**
 * A signature written before a rule's key left out its frame words (rule-frames.ts), as the miner writes it now,
 * from the signature and the quotes of the pattern's samples: an intensifier ("ever") is never a topic, so it goes
 * whatever was said; a frame's stem ("now", "stop") goes only where every quote holds it inside the frame ("From now
 * on, …", "…, from now on", "Stop pushing …"), as the miner reads it, so "Don't push to main now." keeps its "now" and
 * "Never stop the dev server" its "stop". Without quotes a frame's stem stays: a pattern is re-keyed only where the
 * reading is sure.
 */
export function reframedSignature(signature: string, quotes: readonly string[]): string {
  const m = STEM_KEY.exec(signature);
  if (!m) return signature;
  const stems = m[2]!.split(' ');
  const kept = stems.filter((s) => !INTENSIFIER_STEMS.has(s) && !(FRAME_STEMS.has(s) && onlyFramed(s, quotes)));
  return kept.length === stems.length ? signature : `${m[1]!}${kept.join(' ')}`;
}

/**
 * A key holding every stem of some frame, or an intensifier, as one pattern of lookaheads: every ledger read asks it
 * of every pattern, and a stem alone that a frame shares with topics ("go", "time") must not send each such pattern's
 * quotes to the stemmer on every read.
 */
const word = (stem: string) => String.raw`(?=(?:[^|]* )?${stem}(?: |$))`;
const FRAMED = new RegExp(
  `^(?:${[...[...INTENSIFIER_STEMS].map((s) => [s]), ...FRAME_STEM_GROUPS].map((group) => group.map(word).join('')).join('|')})`,
);

/** Whether a signature may hold a frame word reframedSignature takes out: the cheap test before the quotes are read. */
export function mayHoldFrameWords(signature: string): boolean {
  const m = STEM_KEY.exec(signature);
  return !!m && FRAMED.test(m[2]!);
}
