/**
 * Pattern signatures as the miner wrote them before it read command groups. Since then a command
 * group's verb is part of the command's family (`docker compose up`, `go mod tidy`: command-groups.ts),
 * and so of every signature that names a family; a lesson adopted from a pattern learned before is
 * stored under the shorter family, and its later episodes come under the longer one. Projecting a
 * signature onto the old shape lets efficacy match both, so an old ledger keeps tracking its lessons.
 * Only the families change: a fix's structural diff is between two commands of one family, whose verbs
 * (the same) cancel, and the other fields (a lesson's command line, an error's words) never held them.
 */
import { isBareGroup, preGroupFamily } from './command-groups.js';

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
