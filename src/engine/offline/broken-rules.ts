/**
 * A rule memory states that agents broke with no one objecting (signals/mine-broken-rules.ts): their
 * own tool calls did what the rule forbids, in several sessions. The rule is there and was not
 * enough, so it is marked IMPORTANT on its own line, like a rule the user keeps correcting agents
 * against (strengthen.ts), and the hook that would enforce it is named when one target makes it plain.
 */
import type { Edit, Evidence, MemoryFile, Pattern } from '../../model/index.js';
import { clip, parseProhibition } from '../../signals/index.js';
import { MAX_EVIDENCE, makeEdit, pickEvidence, supportText } from './build.js';
import { markedImportant } from './strengthen.js';

const DOING = { delete: 'deleting', modify: 'modifying', read: 'reading', run: 'running' } as const;

/** The entry and line a `broken|ENTRY|LINE` pattern names. */
function ruleOf(p: Pattern): { entryId: string; at: number } | undefined {
  const [kind, entryId, index] = p.signature.split('|');
  return kind === 'broken' && entryId && /^\d+$/.test(index ?? '') ? { entryId, at: Number(index) } : undefined;
}

function hookFor(line: string): string {
  const rule = parseProhibition(line);
  const [only] = rule?.targets.length === 1 ? rule.targets : [];
  if (!rule || !only) return '';
  if (only.kind === 'command') return ` A PreToolUse hook that blocks \`${only.text}\` would enforce it rather than remind.`;
  const doing = [...rule.actions].map((a) => DOING[a]).join(' or ');
  const what = only.glob || /\.\w+$/.test(only.path) ? `\`${only.path}\`` : `anything under \`${only.path}/\``;
  return ` A PreToolUse hook that blocks ${doing} ${what} would enforce it rather than remind.`;
}

/**
 * What the reviewer needs to trust that the rule was there when it was broken: the sessions showed it
 * loaded, or git dates the line before they started, or (said plainly) neither could be told.
 */
function inForceText(p: Pattern): string {
  const ages = p.signals.flatMap((s) => (s.ruleAge ? [s.ruleAge] : []));
  const unknown = ages.flatMap((a) => ('unknown' in a ? [a.unknown] : []));
  if (unknown.length)
    return ` Whether the line existed yet when ${unknown.length === ages.length ? 'these sessions' : 'some of these sessions'} started is unknown (${[...new Set(unknown)].sort().join('; ')}), so they count regardless.`;
  const since = ages.flatMap((a) => ('since' in a ? [a.since] : [])).sort();
  const last = since[since.length - 1];
  if (last) return ` Git dates the line to ${last.slice(0, 10)}: only sessions that started after it count.`;
  return ages.length ? ' Each session shows the rule in the memory it loaded.' : '';
}

/** Each line's violations in turn, so two lines broken in one session are both quoted. */
function evidenceOf(patterns: readonly Pattern[]): Evidence[] {
  const lists = patterns.map((p) => pickEvidence(p.signals));
  const out: Evidence[] = [];
  const seen = new Set<string>();
  for (let round = 0; out.length < MAX_EVIDENCE && lists.some((l) => l.length > round); round++)
    for (const ev of lists.map((l) => l[round])) {
      const key = ev && `${ev.session}|${ev.line}`;
      if (!ev || !key || seen.has(key) || out.length >= MAX_EVIDENCE) continue;
      seen.add(key);
      out.push(ev);
    }
  return out;
}

/**
 * One edit per entry for the `broken|` patterns given: each broken line of it marked IMPORTANT (two
 * rules of one list are one entry, and an entry takes one edit a pass). Lines already marked, or that
 * no longer read as the rule, are left alone.
 */
export function brokenRuleEdits(patterns: readonly Pattern[], memory: readonly MemoryFile[]): Edit[] {
  const byEntry = new Map<string, { p: Pattern; at: number }[]>();
  for (const p of patterns) {
    const r = ruleOf(p);
    if (!r) continue;
    byEntry.set(r.entryId, [...(byEntry.get(r.entryId) ?? []), { p, at: r.at }]);
  }
  const edits: Edit[] = [];
  for (const [entryId, found] of byEntry) {
    const file = memory.find((f) => f.entries.some((e) => e.id === entryId));
    const entry = file?.entries.find((e) => e.id === entryId);
    if (!file || !entry) continue;
    const lines = entry.text.split('\n');
    const marked = found
      .map(({ p, at }) => ({ p, at, line: lines[at] ?? '' }))
      .filter((x) => parseProhibition(x.line) && markedImportant(x.line) !== undefined)
      .sort((a, b) => a.at - b.at);
    if (marked.length === 0) continue;
    const after = lines.map((l, i) => (marked.some((m) => m.at === i) ? (markedImportant(l) ?? l) : l)).join('\n');
    const why = marked.map(({ p, at }) => {
      const quote = p.signals.find((s) => s.evidence[0])?.evidence[0]?.quote ?? '';
      return `${file.path}:${entry.startLine + at} was broken in ${supportText(p)} and no one objected (\`${clip(quote, 100)}\`).${inForceText(p)}${hookFor(lines[at] ?? '')}`;
    });
    const lead = marked.reduce((a, b) => (b.p.support.sessions > a.p.support.sessions ? b : a)).p;
    edits.push(
      makeEdit({
        op: 'update',
        file: file.path,
        entryId: entry.id,
        before: entry.text,
        after,
        rationale: `Memory already says this, yet agents did what it forbids: marked IMPORTANT. ${why.join(' ')}`,
        evidence: evidenceOf(marked.map((m) => m.p)),
        patternId: lead.id,
        support: { ...lead.support },
      }),
    );
  }
  return edits;
}
