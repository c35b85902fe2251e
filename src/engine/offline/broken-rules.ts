/**
 * A rule memory states that agents broke with no one objecting (signals/mine-broken-rules.ts): their
 * own tool calls did what the rule forbids, in several sessions. The rule is there and was not
 * enough, so it is marked IMPORTANT on its own line, like a rule the user keeps correcting agents
 * against (strengthen.ts), and what would enforce it is named when one target makes it plain and the agents that
 * broke it have one (enforce.ts).
 */
import type { AgentKind, Edit, Evidence, MemoryFile, Pattern, Signal } from '../../model/index.js';
import { clip, parseProhibition, prohibitionRules, ruleKey, supportSession } from '../../signals/index.js';
import { MAX_EVIDENCE, entryUpdate, makeEdit, pickEvidence, supportText } from './build.js';
import { markedImportant } from './strengthen.js';
import { enforcement } from './enforce.js';

const DOING = { delete: 'deleting', modify: 'modifying', read: 'reading', run: 'running' } as const;

/** The rule a `broken|KEY` pattern names (signals/rule-prohibitions.ts ruleKey). */
const keyOf = (p: Pattern): string | undefined => (p.signature.startsWith('broken|') ? p.signature.slice('broken|'.length) : undefined);

/** The pattern's signals that broke the rule as this entry states it: the agents that read it there. */
const own = (p: Pattern, entryId: string): Signal[] => p.signals.filter((s) => s.memoryEntryId === entryId);

/**
 * "2 sessions (codex)", or, where other files state the same rule and their readers broke it too,
 * "1 session (claude-code); the same rule in AGENTS.md was broken in 2 more sessions (codex)": each
 * file is marked for its own readers, on the support of the rule as a whole.
 */
function brokenIn(p: Pattern, entryId: string, fileOf: (entryId: string) => string | undefined): string {
  const mine = own(p, entryId);
  const sessions = new Set(mine.map(supportSession)).size;
  const rest = p.support.sessions - sessions;
  if (rest <= 0) return supportText(p);
  const others = p.signals.filter((s) => s.memoryEntryId !== entryId);
  const files = [...new Set(others.flatMap((s) => fileOf(s.memoryEntryId ?? '') ?? []))].sort();
  const agents = (xs: Signal[]) => [...new Set(xs.map((s) => s.agent))].sort().join(', ');
  return `${sessions} session${sessions === 1 ? '' : 's'} (${agents(mine)}); the same rule${files.length ? ` in ${files.join(' and ')}` : ''} was broken in ${rest} more session${rest === 1 ? '' : 's'} (${agents(others)})`;
}

/** What would enforce the rule on this line, for the agents that broke it (enforce.ts). */
function hookFor(line: string, agents: readonly AgentKind[]): string {
  const rule = parseProhibition(line);
  const [only] = rule?.targets.length === 1 ? rule.targets : [];
  if (!rule || !only) return '';
  if (only.kind === 'command') return enforcement(agents, { command: only.text, claude: `\`${only.text}\``, other: `\`${only.text}\`` });
  const doing = [...rule.actions].map((a) => DOING[a]).join(' or ');
  const what = only.glob || /\.\w+$/.test(only.path) ? `\`${only.path}\`` : `anything under \`${only.path}/\``;
  return enforcement(agents, { claude: `${doing} ${what}`, other: `${doing} ${what}` });
}

/**
 * What the reviewer needs to trust that the rule was there when it was broken: the sessions showed it
 * loaded, or git dates the line before they started, or (said plainly) neither could be told.
 */
export function inForceText(signals: readonly Signal[]): string {
  const ages = signals.flatMap((s) => (s.ruleAge ? [s.ruleAge] : []));
  const unknown = ages.flatMap((a) => ('unknown' in a ? [a.unknown] : []));
  if (unknown.length)
    return ` Whether the line existed yet when ${unknown.length === ages.length ? 'these sessions' : 'some of these sessions'} started is unknown (${[...new Set(unknown)].sort().join('; ')}), so they count regardless.`;
  const since = ages.flatMap((a) => ('since' in a ? [a.since] : [])).sort();
  const last = since[since.length - 1];
  if (last) return ` Git dates the line to ${last.slice(0, 10)}: only sessions that started after it count.`;
  return ages.length ? ' Each session shows the rule in the memory it loaded.' : '';
}

/** Each line's violations in turn, so two lines broken in one session are both quoted. */
function evidenceOf(signals: readonly (readonly Signal[])[]): Evidence[] {
  const lists = signals.map((l) => pickEvidence(l));
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
 * One edit per entry for the `broken|` patterns given: each line of it that states a broken rule
 * marked IMPORTANT (two rules of one list are one entry, and an entry takes one edit a pass). A rule
 * several files state is marked in each whose readers broke it, quoting them; lines already marked
 * are left alone.
 */
export function brokenRuleEdits(patterns: readonly Pattern[], memory: readonly MemoryFile[]): Edit[] {
  const entries = new Map(memory.flatMap((f) => f.entries.map((e) => [e.id, { file: f, entry: e }] as const)));
  const byEntry = new Map<string, { p: Pattern; at: number }[]>();
  for (const p of patterns) {
    const key = keyOf(p);
    if (key === undefined) continue;
    for (const entryId of new Set(p.signals.flatMap((s) => s.memoryEntryId ?? []))) {
      const found = entries.get(entryId);
      // The lines that still state the rule: an entry reworded since is read again, not trusted.
      const lines = found ? prohibitionRules([found.entry]).filter((r) => ruleKey(r) === key) : [];
      for (const r of lines) byEntry.set(entryId, [...(byEntry.get(entryId) ?? []), { p, at: r.lineIndex }]);
    }
  }
  const fileOf = (entryId: string) => entries.get(entryId)?.file.path;
  const edits: Edit[] = [];
  for (const [entryId, found] of byEntry) {
    const { file, entry } = entries.get(entryId)!;
    const lines = entry.text.split('\n');
    const marked = found
      .map(({ p, at }) => ({ p, at, line: lines[at] ?? '', signals: own(p, entryId) }))
      .filter((x) => markedImportant(x.line) !== undefined)
      .sort((a, b) => a.at - b.at);
    if (marked.length === 0) continue;
    const after = lines.map((l, i) => (marked.some((m) => m.at === i) ? (markedImportant(l) ?? l) : l)).join('\n');
    const why = marked.map(({ p, at, signals }) => {
      const quote = signals.find((s) => s.evidence[0])?.evidence[0]?.quote ?? '';
      return `${file.path}:${entry.startLine + at} was broken in ${brokenIn(p, entryId, fileOf)} and no one objected (\`${clip(quote, 100)}\`).${inForceText(signals)}${hookFor(lines[at] ?? '', [...new Set(signals.map((s) => s.agent))])}`;
    });
    const lead = marked.reduce((a, b) => (b.p.support.sessions > a.p.support.sessions ? b : a)).p;
    edits.push(
      makeEdit({
        ...entryUpdate(file, entry, after),
        rationale: `Memory already says this, yet agents did what it forbids: marked IMPORTANT. ${why.join(' ')}`,
        evidence: evidenceOf(marked.map((m) => m.signals)),
        patternId: lead.id,
        support: { ...lead.support },
      }),
    );
  }
  return edits;
}
