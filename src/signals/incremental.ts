/**
 * Support across runs. clusterSignals counts only tonight's sessions; the ledger remembers every
 * session that supported a pattern before. A pattern seen once last week and once tonight has two
 * distinct sessions, so it is promoted out of the one-offs, but only when the ledger's samples for
 * the old sessions still resolve to real events (the transcripts may have been deleted since):
 * every session that lifts a pattern over the threshold can be cited.
 */
import { joinFolders, newSessions, rootFileIds, type AgentKind, type Pattern, type Signal } from '../model/index.js';
import type { Ledger } from '../ledger/index.js';
import { bySupport, recurringAsk, supportSession } from './cluster.js';

export interface CombinedPatterns {
  patterns: Pattern[];
  oneOffs: Pattern[];
  /** Human-readable notes for the report (promotions, samples that no longer resolve). */
  notes: string[];
}

/** Keeps the signals whose evidence all resolves; called once with every candidate, so each file is read once. */
export type ResolveSignals = (signals: Signal[]) => Promise<Signal[]>;

/** Signals a pattern's ledger samples stand for, in the pattern's kind and signature. */
export function samplesAsSignals(l: Ledger, patternId: string): Signal[] {
  const p = l.patterns[patternId];
  if (!p) return [];
  return (p.samples ?? []).map((x) => ({
    kind: p.kind as Signal['kind'],
    signature: p.signature,
    sessionId: x.sessionId,
    ...(x.rootSessionId ? { rootSessionId: x.rootSessionId } : {}),
    agent: x.agent as Signal['agent'],
    summary: x.summary,
    ...(x.lesson ? { lesson: x.lesson } : {}),
    ...(x.failed ? { failed: x.failed } : {}),
    ...(x.fixed ? { fixed: x.fixed } : {}),
    ...(x.memoryEntryId ? { memoryEntryId: x.memoryEntryId } : {}),
    ...(typeof x.asked === 'string' ? { asked: x.asked } : {}),
    ...(Array.isArray(x.named) ? { named: x.named.filter((n): n is string => typeof n === 'string').slice(0, 8) } : {}),
    evidence: x.evidence.map((e) => ({ ...e, agent: x.agent as Signal['agent'] })),
  }));
}

export async function withLedgerSupport(p: {
  ledger: Ledger;
  patterns: readonly Pattern[];
  oneOffs: readonly Pattern[];
  minSupport: number;
  resolve: ResolveSignals;
}): Promise<CombinedPatterns> {
  const threshold = Math.max(1, p.minSupport);
  const notes: string[] = [];
  const roots = rootFileIds(Object.values(p.ledger.sessions));
  const cumulative = (x: Pattern): Pattern => {
    const prev = p.ledger.patterns[x.id];
    if (!prev) return x;
    const known = new Set(prev.sessions);
    const { fresh, claimed } = newSessions(known, x.sessions, roots);
    const agents = [...new Set<AgentKind>([...(prev.agents as AgentKind[]), ...x.agents])].sort();
    // A bare name a session of tonight claimed is that session: listed once, by its id.
    const sessions = [...new Set([...prev.sessions.map((s) => claimed.get(s) ?? s), ...x.sessions])].sort();
    // The folders of every session so far: a pattern the ledger knows without them (a ledger written before they were
    // kept, or sessions at the root) stays the root's, as a pass over all its sessions at once would place it.
    const { folders: _tonight, ...rest } = x;
    const folders = joinFolders(prev.folders, x.folders);
    return {
      ...rest,
      support: { sessions: prev.support + fresh.length, agents: agents.length },
      sessions,
      agents,
      ...(folders ? { folders } : {}),
    };
  };

  const patterns = p.patterns.map(cumulative);
  const candidates: { tonight: Pattern; combined: Pattern; old: Signal[] }[] = [];
  const oneOffs: Pattern[] = [];
  for (const x of p.oneOffs) {
    const combined = cumulative(x);
    if (combined.support.sessions < threshold) {
      oneOffs.push(x);
      continue;
    }
    const tonight = new Set(x.sessions);
    candidates.push({ tonight: x, combined, old: samplesAsSignals(p.ledger, x.id).filter((s) => !tonight.has(supportSession(s))) });
  }

  const resolved = new Set(await p.resolve(candidates.flatMap((c) => c.old)));
  for (const c of candidates) {
    const old = c.old.filter((s) => resolved.has(s));
    const citable = new Set([...c.tonight.sessions, ...old.map(supportSession)]).size;
    // An ask (Signal.asked) must have recurred across tasks, tonight's and the ledger's together.
    if (!recurringAsk({ signals: [...c.tonight.signals, ...old] })) {
      oneOffs.push(c.tonight);
      continue;
    }
    if (citable < threshold) {
      oneOffs.push(c.tonight);
      notes.push(
        `pattern ${c.tonight.id} has ${c.combined.support.sessions} sessions with the ledger's, but only ${citable} still resolve to transcripts: kept as a one-off`,
      );
      continue;
    }
    patterns.push({
      ...c.combined,
      signals: [...c.tonight.signals, ...old].sort((a, b) => (a.sessionId < b.sessionId ? -1 : a.sessionId > b.sessionId ? 1 : 0)),
    });
    notes.push(`pattern ${c.tonight.id} reached ${c.combined.support.sessions} sessions with earlier runs recorded in the ledger`);
  }
  return { patterns: patterns.sort(bySupport), oneOffs: oneOffs.sort(bySupport), notes };
}
