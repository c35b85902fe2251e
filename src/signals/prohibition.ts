/**
 * Rules of prohibition ("never edit X", "do not run Y", "X is off-limits"). Such a rule costs nothing
 * when its subject is gone and is exactly what an agent needs when the subject is only out of sight
 * (generated code, ignored folders), so staleness never deletes one: a human decides.
 *
 * The class is recognised by its markers, not by one phrasing: negated modals and imperatives, words
 * of forbidding, and idioms of keeping away.
 */

import { EN_FORBIDDING } from './lingua/negation.js';

const MARKERS = [
  // Negated imperatives and modals: never, do not, don't, must not, should not, may not, cannot... (lingua/negation.ts)
  EN_FORBIDDING,
  String.raw`no\s+(?:one|body)\b`,
  String.raw`nobody`,
  // Forbidding words.
  String.raw`forbid(?:s|den)?`,
  String.raw`prohibit(?:s|ed)?`,
  String.raw`not\s+(?:allowed|permitted|to\s+be)`,
  String.raw`off[-\s]limits`,
  String.raw`hands\s+off`,
  String.raw`refrain`,
  String.raw`avoid(?:s|ing)?`,
  String.raw`under\s+no\s+circumstances?`,
  String.raw`read[-\s]only`,
  String.raw`untouched`,
  String.raw`leave\s+[^.;:]{0,80}?\b(?:alone|as\s+(?:it\s+)?is|unchanged|untouched)`,
  String.raw`(?:keep|stay)\s+(?:out|away|clear|off)`,
  // Keeping a thing out of an action: "leave `dist/` out of commits", "keep secrets out of the logs".
  String.raw`(?:leave|keep)\s+[^.;:]{1,80}?\bout\s+of`,
].join('|');
const PROHIBITION = new RegExp(`(?:^|[^\\w])(?:${MARKERS})(?=$|[^\\w])`, 'i');

/** Text outside code spans: a command such as `git push --no-verify` is no prohibition by itself. */
const prose = (text: string) => text.replace(/`[^`\n]*`/g, ' ');

export function isProhibition(text: string): boolean {
  return PROHIBITION.test(prose(text));
}
