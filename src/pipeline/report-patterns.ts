import { MAX_PATTERN_SESSIONS, MAX_REPORT_SESSION_IDS, type Pattern, type ReportPattern } from '../model/index.js';

/**
 * Patterns for the report: supported ones first, then one-offs, which are reported but never become memory.
 *
 * Each lists a sample of its sessions and counts the rest (`sessionsOmitted`). A pattern an edit of this
 * pass cites (`cited`) lists its first MAX_PATTERN_SESSIONS: the PR's state marker records those, and a
 * rejection is lifted only by sessions beyond them. Every other pattern lists the same number of ids at
 * most, the largest for which they all list no more than MAX_REPORT_SESSION_IDS together (and one at
 * least): a 100,000-session corpus has hundreds of patterns each supported by thousands of sessions, and
 * 200 ids of each made the report megabytes of ids that nothing reads.
 */
export function toReportPatterns(patterns: Pattern[], oneOffs: Pattern[], cited: ReadonlySet<string> = new Set()): ReportPattern[] {
  // Sorted and distinct, as the PR's state marker records them: its sample is then the same first ids.
  const rows = [...patterns.map((p) => ({ p, oneOff: false })), ...oneOffs.map((p) => ({ p, oneOff: true }))].map(({ p, oneOff }) => ({
    p,
    oneOff,
    sessions: [...new Set(p.sessions)].sort(),
  }));
  const share = sampleShare(rows.filter((r) => !cited.has(r.p.id)).map((r) => r.sessions.length));
  return rows.map(({ p, oneOff, sessions }): ReportPattern => {
    const listed = cited.has(p.id) ? MAX_PATTERN_SESSIONS : share;
    return {
      id: p.id,
      kind: p.kind,
      summary: p.summary,
      signature: p.signature,
      support: p.support.sessions,
      agents: [...p.agents],
      sessions: sessions.slice(0, listed),
      ...(sessions.length > listed ? { sessionsOmitted: sessions.length - listed } : {}),
      oneOff,
      ...(onlyUnverified(p) ? { unverified: true as const } : {}),
    };
  });
}

/**
 * The most ids each pattern may list (1 to MAX_PATTERN_SESSIONS) so that patterns of these many sessions
 * list MAX_REPORT_SESSION_IDS or fewer in all: a pattern with fewer lists all of its own, and what it
 * leaves goes to the larger ones. Depends on the counts alone, not their order.
 */
function sampleShare(counts: number[]): number {
  const sorted = counts.map((n) => Math.min(n, MAX_PATTERN_SESSIONS)).sort((a, b) => a - b);
  let left = MAX_REPORT_SESSION_IDS;
  for (let i = 0; i < sorted.length; i++) {
    const rest = sorted.length - i;
    // Every pattern from i on lists as many ids as the smallest of them, or all share what is left evenly.
    if (sorted[i]! * rest > left) return Math.max(1, Math.floor(left / rest));
    left -= sorted[i]!;
  }
  return MAX_PATTERN_SESSIONS;
}

/**
 * Whether the pattern's words are those of turns no one can attribute to the person: its summary was taken from them
 * (Pattern.unverified: no signal of it speaks the person's words), or every quote it holds is one (Evidence.unverified).
 */
function onlyUnverified(p: Pattern): boolean {
  if (p.unverified) return true;
  const quotes = p.signals.flatMap((s) => s.evidence);
  return quotes.length > 0 && quotes.every((e) => e.unverified === true);
}
