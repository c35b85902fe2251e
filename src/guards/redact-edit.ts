/**
 * Rejected edits are shown to reviewers (report, PR body), so a refused edit must not carry what it
 * was refused for: every text an edit holds is redacted before it is recorded as a rejection.
 */
import type { Edit, RejectedEdit } from '../model/index.js';
import { redactSecrets } from '../secrets/index.js';

const str = (v: unknown): v is string => typeof v === 'string';

/** `edit` with each text field redacted; the same object when nothing needed redacting. */
export function redactEdit(edit: Edit): Edit {
  const out: Edit = { ...edit };
  let changed = false;
  for (const key of ['file', 'toFile', 'before', 'after', 'rationale', 'entryId'] as const) {
    const v = edit[key];
    if (!str(v)) continue;
    const red = redactSecrets(v);
    if (red !== v) {
      (out as unknown as Record<string, string>)[key] = red;
      changed = true;
    }
  }
  if (Array.isArray(edit.section)) {
    const section = edit.section.map((s) => (str(s) ? redactSecrets(s) : s));
    if (section.some((s, i) => s !== edit.section![i])) {
      out.section = section;
      changed = true;
    }
  }
  if (Array.isArray(edit.evidence)) {
    const evidence = edit.evidence.map((e) => {
      if (!e || !str(e.quote)) return e;
      const quote = redactSecrets(e.quote);
      return quote === e.quote ? e : { ...e, quote };
    });
    if (evidence.some((e, i) => e !== edit.evidence[i])) {
      out.evidence = evidence;
      changed = true;
    }
  }
  return changed ? out : edit;
}

export function redactRejected(rejected: RejectedEdit): RejectedEdit {
  const edit = redactEdit(rejected.edit);
  return edit === rejected.edit ? rejected : { ...rejected, edit };
}
