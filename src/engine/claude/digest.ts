/**
 * The analysts' input: a digest of a batch of sessions, never raw transcripts. It holds the
 * cross-session patterns (strongest first, with evidence excerpts) and compact outlines of the batch's
 * sessions, all scrubbed and fenced, and it stops growing at its token budget whatever the corpus
 * size: the number of batches is capped too, so more sessions mean shorter outlines, not more calls.
 */
import type { DreamInput, SessionOutline, Pattern } from '../../model/index.js';
import { clip, clipLines, fence, scrub } from './fence.js';
import { inForceText } from '../offline/broken-rules.js';
import type { TokenCounter } from './tokens.js';

export interface DigestOptions {
  /** Token budget of one digest (the fenced data, not counting the cached instructions). */
  budgetTokens: number;
  sessionsPerBatch: number;
  maxBatches: number;
}

export interface Digest {
  index: number;
  sessionIds: string[];
  text: string;
  tokens: number;
  patterns: number;
  outlines: number;
  /** The sessions whose outlines the digest shows. */
  shownIds: string[];
  /** Items left out to stay within budget. */
  omitted: { patterns: number; outlines: number };
}

const QUOTE_CHARS = 240;
const SUMMARY_CHARS = 300;
const EVIDENCE_PER_PATTERN = 3;
const MIN_OUTLINE_CHARS = 160;
const MAX_OUTLINE_CHARS = 2400;

export function renderPattern(p: Pattern): string {
  const lines = [
    `- pattern ${p.id} kind=${p.kind} support=${p.support.sessions} sessions/${p.support.agents} agents (${p.agents.join(', ')})`,
  ];
  lines.push(`  summary: ${clip(scrub(p.summary), SUMMARY_CHARS)}`);
  if (p.lesson) lines.push(`  suggested lesson: ${clip(scrub(p.lesson), SUMMARY_CHARS)}`);
  // Where the sessions ran, when every one ran below the repository's root: a lesson of that folder's.
  if (p.folders) lines.push(`  folders: every session ran inside ${p.folders.map((f) => `${clip(scrub(f), 120)}/`).join(', ')}`);
  // The user's own scope is the support of a standing correction; the verifier accepts it from one session.
  if (p.signals.some((s) => s.standing))
    lines.push('  standing: the user scoped this correction beyond the task right after the agent went wrong; one session suffices');
  // A broken rule: whether it was in force when the sessions started, as far as structure tells.
  const inForce = p.signature.startsWith('broken|') ? inForceText(p.signals).trim() : '';
  if (inForce) lines.push(`  in force: ${inForce}`);
  // A correction said in other words in each session: show each episode (what the agent did, what the
  // user said), so the model writes one rule from all of them rather than from the commonest fragment.
  if (p.kind === 'instruction' || p.signature.includes('|prefer|') || /^(?:mem\|[^|]+\|)?(?:neg|pos)\|/.test(p.signature)) {
    const episodes = [...new Set(p.signals.map((s) => s.summary))].filter((x) => x !== p.summary).slice(0, EVIDENCE_PER_PATTERN);
    for (const ep of episodes) lines.push(`  episode: ${clip(scrub(ep), SUMMARY_CHARS)}`);
  }
  const seen = new Set<string>();
  for (const s of p.signals) {
    for (const e of s.evidence) {
      if (seen.size >= EVIDENCE_PER_PATTERN) break;
      const key = `${e.session}\0${e.file}\0${e.line}`;
      if (seen.has(key)) continue;
      seen.add(key);
      lines.push(`  evidence: session=${e.session} file=${e.file} line=${e.line} quote="${clip(scrub(e.quote), QUOTE_CHARS)}"`);
    }
  }
  return lines.join('\n');
}

function renderOutline(s: SessionOutline, maxChars: number): string {
  const head = `### session ${s.id} agent=${s.agent} file=${s.sourceFile} events=${s.counts.events} tool_errors=${s.counts.toolErrors}`;
  return `${head}\n${clipLines(scrub(s.outline), maxChars)}`;
}

/**
 * Splits sessions into at most maxBatches batches, ranked by what they show: first one best episode of
 * every pattern (strongest pattern first), then a second and a third, then the other sessions in
 * patterns, then the rest. The ranks are dealt round-robin, so each batch opens with its share of the
 * best episodes and the budget, which drops a batch's tail, drops the least telling outlines.
 * The best episode of a pattern is its session that also supports the most other supported patterns.
 */
function planBatches(input: DreamInput, opts: DigestOptions): SessionOutline[][] {
  const ordered = rankSessions(input);
  if (ordered.length === 0) return input.patterns.length > 0 ? [[]] : [];
  const count = Math.max(1, Math.min(opts.maxBatches, Math.ceil(ordered.length / Math.max(1, opts.sessionsPerBatch))));
  const batches: SessionOutline[][] = Array.from({ length: count }, () => []);
  ordered.forEach((s, i) => batches[i % count]!.push(s));
  return batches;
}

const EPISODES_PER_PATTERN = 3;

function rankSessions(input: DreamInput): SessionOutline[] {
  const byId = new Map(input.sessions.map((s) => [s.id, s]));
  const weight = new Map<string, number>();
  for (const p of input.patterns) for (const id of p.sessions) weight.set(id, (weight.get(id) ?? 0) + p.support.sessions);
  const strongest = [...input.patterns].sort((a, b) => b.support.sessions - a.support.sessions || a.id.localeCompare(b.id));
  // Each pattern's sessions, best first (stable on ties: outline order).
  const episodes = strongest.map((p) =>
    p.sessions.filter((id) => byId.has(id)).sort((a, b) => (weight.get(b) ?? 0) - (weight.get(a) ?? 0)),
  );
  const taken = new Set<string>();
  const ranked: SessionOutline[] = [];
  const take = (id: string): void => {
    if (taken.has(id)) return;
    taken.add(id);
    ranked.push(byId.get(id)!);
  };
  for (let round = 0; round < EPISODES_PER_PATTERN; round++)
    for (const ids of episodes) {
      const next = ids.find((id) => !taken.has(id));
      // A pattern already shown by a session taken for another keeps its round: its next episode waits.
      if (next !== undefined && ids.filter((id) => taken.has(id)).length <= round) take(next);
    }
  for (const s of input.sessions) if (weight.has(s.id)) take(s.id);
  for (const s of input.sessions) take(s.id);
  return ranked;
}

/** Supported patterns that at least one shown outline represents, out of all supported patterns. */
export function patternCoverage(input: DreamInput, digests: readonly Digest[]): { represented: number; supported: number } {
  const shown = new Set(digests.flatMap((d) => d.shownIds));
  const supported = input.patterns.filter((p) => p.support.sessions >= input.options.minSupport);
  return { represented: supported.filter((p) => p.sessions.some((id) => shown.has(id))).length, supported: supported.length };
}

export function buildDigests(input: DreamInput, opts: DigestOptions, counter: TokenCounter): Digest[] {
  const batches = planBatches(input, opts);
  if (batches.length === 0) return [];
  // Each pattern is shown once, in the batch holding its first session, so batches do not pay for it twice.
  const batchOf = new Map<string, number>();
  batches.forEach((b, i) => b.forEach((s) => batchOf.set(s.id, i)));
  const patternsByBatch = batches.map((): Pattern[] => []);
  const sorted = [...input.patterns].sort((a, b) => b.support.sessions - a.support.sessions || a.id.localeCompare(b.id));
  for (const p of sorted) {
    const home = p.sessions.map((id) => batchOf.get(id)).find((i) => i !== undefined) ?? 0;
    patternsByBatch[home]!.push(p);
  }

  return batches.map((sessions, index) => {
    const budget = opts.budgetTokens;
    // The fence wrapper and section headings are paid for up front.
    let used = counter.count(fence('x', '')) + 40;
    const patternLines: string[] = [];
    let omittedPatterns = 0;
    // Patterns may take up to 60% of the budget; outlines get the rest and whatever patterns left.
    const patternCap = Math.floor(budget * 0.6);
    for (const p of patternsByBatch[index]!) {
      const text = renderPattern(p);
      const t = counter.count(text) + 1;
      if (used + t > patternCap) {
        omittedPatterns++;
        continue;
      }
      used += t;
      patternLines.push(text);
    }
    const outlineLines: string[] = [];
    const shownIds: string[] = [];
    let omittedOutlines = 0;
    const perSession = Math.min(
      MAX_OUTLINE_CHARS,
      Math.max(MIN_OUTLINE_CHARS, Math.floor(counter.charsFor(budget - used) / Math.max(1, sessions.length)) - 120),
    );
    for (const s of sessions) {
      const text = renderOutline(s, perSession);
      const t = counter.count(text) + 1;
      if (used + t > budget) {
        omittedOutlines++;
        continue;
      }
      used += t;
      outlineLines.push(text);
      shownIds.push(s.id);
    }
    const body = [
      `## Patterns (support counted in distinct sessions)`,
      patternLines.length ? patternLines.join('\n') : '(none in this batch)',
      omittedPatterns ? `(${omittedPatterns} weaker patterns omitted for budget)` : '',
      `## Session outlines (${outlineLines.length} of ${sessions.length})`,
      outlineLines.join('\n'),
      omittedOutlines ? `(${omittedOutlines} outlines omitted for budget)` : '',
    ]
      .filter((l) => l !== '')
      .join('\n');
    const text = fence(`digest batch ${index + 1}/${batches.length}`, body);
    return {
      index,
      sessionIds: sessions.map((s) => s.id),
      text,
      tokens: counter.count(text),
      patterns: patternLines.length,
      outlines: outlineLines.length,
      shownIds,
      omitted: { patterns: omittedPatterns, outlines: omittedOutlines },
    };
  });
}
