/**
 * Secret guard: transcripts are redacted at ingest, and this is the second look. Anything an edit
 * would write or show (entry text, section names, rationale, evidence quotes) is scanned again, and
 * outgoing artifacts are checked by assertNoSecrets so their callers fail closed.
 */
import { findSecrets } from '../secrets/index.js';
import type { Edit } from '../model/index.js';
import type { EditCheck } from './types.js';

function fields(edit: Edit): [string, string][] {
  const out: [string, string][] = [];
  if (typeof edit.after === 'string') out.push(['after', edit.after]);
  if (typeof edit.rationale === 'string') out.push(['rationale', edit.rationale]);
  (edit.section ?? []).forEach((s, i) => typeof s === 'string' && out.push([`section[${i}]`, s]));
  (edit.evidence ?? []).forEach((e, i) => typeof e?.quote === 'string' && out.push([`evidence[${i}].quote`, e.quote]));
  return out;
}

/** A redaction marker left by ingest (ours, or another sanitiser's). */
const REDACTION_MARKER = /\[REDACTED\b/;

export const secretsGuard: EditCheck = (edit) => {
  // An entry with a hole where a secret was teaches a command that cannot work, and tells every later
  // session that a credential belongs there: it is refused, while quotes may keep their markers.
  for (const [name, text] of fields(edit)) {
    if ((name === 'after' || name.startsWith('section')) && REDACTION_MARKER.test(text))
      return `${name} carries a redacted value: memory must not hold a hole where a secret was`;
  }
  for (const [name, text] of fields(edit)) {
    const found = findSecrets(text);
    if (found.length > 0) return `${name} holds what looks like a secret (${[...new Set(found.map((f) => f.rule))].join(', ')})`;
  }
  return undefined;
};

/** Throws when an outgoing artifact (PR body, commit message, report) still holds a secret. Never echoes it. */
export function assertNoSecrets(label: string, text: string): void {
  const found = findSecrets(text);
  if (found.length > 0) {
    const rules = [...new Set(found.map((f) => f.rule))].join(', ');
    throw new Error(`${label} holds ${found.length} secret-like value(s) (${rules}); refusing to publish it`);
  }
}

/** assertNoSecrets over the lines a change adds to a file: what a file already held is not ours to judge. */
export function assertNoNewSecrets(label: string, before: string, after: string): void {
  const had = new Set(before.split('\n'));
  assertNoSecrets(
    label,
    after
      .split('\n')
      .filter((l) => !had.has(l))
      .join('\n'),
  );
}
