import type { Pattern, ReportPattern } from '../model/index.js';

/** Patterns for the report: supported ones first, then one-offs, which are reported but never become memory. */
export function toReportPatterns(patterns: Pattern[], oneOffs: Pattern[]): ReportPattern[] {
  const row = (p: Pattern, oneOff: boolean): ReportPattern => ({
    id: p.id,
    kind: p.kind,
    summary: p.summary,
    signature: p.signature,
    support: p.support.sessions,
    agents: [...p.agents],
    sessions: [...p.sessions],
    oneOff,
  });
  return [...patterns.map((p) => row(p, false)), ...oneOffs.map((p) => row(p, true))];
}
