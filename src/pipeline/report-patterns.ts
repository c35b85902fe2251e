import { MAX_PATTERN_SESSIONS, type Pattern, type ReportPattern } from '../model/index.js';

/** Patterns for the report: supported ones first, then one-offs, which are reported but never become memory. */
export function toReportPatterns(patterns: Pattern[], oneOffs: Pattern[]): ReportPattern[] {
  const row = (p: Pattern, oneOff: boolean): ReportPattern => {
    // Sorted and distinct, as the PR's state marker records them: its sample is then the same first ids.
    const sessions = [...new Set(p.sessions)].sort();
    return {
      id: p.id,
      kind: p.kind,
      summary: p.summary,
      signature: p.signature,
      support: p.support.sessions,
      agents: [...p.agents],
      sessions: sessions.slice(0, MAX_PATTERN_SESSIONS),
      ...(sessions.length > MAX_PATTERN_SESSIONS ? { sessionsOmitted: sessions.length - MAX_PATTERN_SESSIONS } : {}),
      oneOff,
      ...(onlyUnverified(p) ? { unverified: true as const } : {}),
    };
  };
  return [...patterns.map((p) => row(p, false)), ...oneOffs.map((p) => row(p, true))];
}

/** Whether every quote the pattern holds came from a turn no one can attribute to the person (Evidence.unverified). */
function onlyUnverified(p: Pattern): boolean {
  const quotes = p.signals.flatMap((s) => s.evidence);
  return quotes.length > 0 && quotes.every((e) => e.unverified === true);
}
