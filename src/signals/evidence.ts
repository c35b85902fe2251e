/**
 * Evidence construction. A quote is always cut from the cited event's own (already redacted) text,
 * so the guards can verify it mechanically as a substring.
 */
import type { Evidence, EvidenceRole, Session, SessionEvent } from '../model/index.js';

const MAX_QUOTE = 200;

/** The text a quote of this event is checked against. For tool calls: the command line. */
export function eventText(e: SessionEvent): string {
  switch (e.kind) {
    case 'tool_call':
      return e.command ?? (typeof e.input === 'string' ? e.input : JSON.stringify(e.input ?? ''));
    case 'compaction':
      return e.summary;
    case 'subagent_link':
      return e.description ?? '';
    default:
      return e.text;
  }
}

/** A verbatim slice of text: the preferred passage when present, else its first non-empty line. */
function quoteFrom(text: string, preferred?: string): string {
  if (preferred) {
    const p = preferred.trim();
    if (p && text.includes(p)) return p.slice(0, MAX_QUOTE).trimEnd();
  }
  const line = text.split(/\r?\n/).find((l) => l.trim().length > 0) ?? '';
  return line.trim().slice(0, MAX_QUOTE).trimEnd();
}

export function evidenceFor(session: Session, event: SessionEvent, preferred?: string, role?: EvidenceRole): Evidence {
  return {
    session: session.id,
    file: event.origin.file,
    line: event.origin.line,
    quote: quoteFrom(eventText(event), preferred),
    agent: session.agent,
    ...(role ? { role } : {}),
    // A refusal's words known by wording alone are as unverified as an export's later turn (PermissionDenialEvent).
    ...((event.kind === 'user_prompt' || event.kind === 'permission_denial') && event.unverified ? { unverified: true as const } : {}),
  };
}
