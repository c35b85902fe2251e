/**
 * The pull request a reviewer reads: what changes, why, and the evidence to check it, plus a hidden
 * state marker the bot reads back on later runs (the reviewer's loop). Transcript quotes are
 * untrusted text: they are escaped so they can neither render HTML nor mention anyone.
 */
import type { Edit, RejectedEdit, Usage, DreamReport } from '../model/index.js';
import { formatHealthMarkdown } from '../transcripts/health-text.js';
import { encodePath, evidenceLines } from './evidence.js';
import { efficacySection } from './efficacy.js';
import { shorten } from './shorten.js';
import { cell, codeCell, escapeText, prose, UNFOUND_TEXT, WITHHELD } from './inert.js';
import { safetyWeakening } from '../guards/danger.js';
import { citesUnverifiedTurn } from '../guards/trust.js';
import { citesOnlyUnfound, MAX_PATTERN_SESSIONS, oneOffCount, skippedInputs, TRUST_LEVELS, type TrustLevel } from '../model/index.js';

/** GitHub rejects bodies over 65,536 characters; keep a margin for the marker and the link. */
export const MAX_BODY_CHARS = 60_000;
const MARKER_PREFIX = '<!-- agent-dreaming:state ';
export const STATE_VERSION = 1;

export interface DreamState {
  version: number;
  editIds: string[];
  sessionIds: string[];
  /**
   * Per edit: its pattern and the sessions that supported it when proposed, so a rejection can be
   * lifted when the pattern gains sessions beyond these (new evidence).
   */
  edits?: ProposedEdit[];
}

export interface ProposedEdit {
  id: string;
  patternId?: string;
  /** The pattern's sessions when proposed (its evidence's when the pattern is unknown), sorted, at most MAX_PATTERN_SESSIONS. */
  sessions: string[];
  /** Present when `sessions` was capped: how many the pattern had, so unlisted ones are not mistaken for new. */
  sessionCount?: number;
}

/** Characters of session ids across all edits in the marker, so twenty edits still leave room for the body. */
const MARKER_SESSION_CHARS = 24_000;
/** The cap per edit never drops below this, whatever the number of edits. */
const MIN_MARKER_SESSIONS = 20;

export interface BodyContext {
  owner: string;
  repo: string;
  serverUrl: string;
  /** The commit the transcripts are read at: evidence links are permanent. */
  baseSha: string;
  branch: string;
  /** Used to name the overflow report. */
  date: Date;
  /** Where workflow artifacts were extracted: evidence there is named relative to it, not linked. */
  artifactRoot?: string;
  /** The workflow run of each extracted artifact, by its folder under artifactRoot: evidence links to it. */
  artifactRuns?: Record<string, number>;
  /** Where Managed Agents sessions were fetched: evidence there is named by session, not linked. */
  managedSessionsRoot?: string;
  /** agent-dreaming's version, shown so a reviewer knows which rules made the PR. */
  toolVersion?: string;
  /** The workflow run that made this PR. */
  runUrl?: string;
}

export interface RenderedPull {
  title: string;
  body: string;
  /** Present when the full report does not fit in the body: commit it on the branch. */
  overflow?: { path: string; content: string };
}

/** How to take some edits and not others; the next pass reads what was merged (src/pipeline/partial-adoption.ts). */
export const FOOTER =
  '<sub>Take only some edits: on this branch, delete the lines of an edit you do not want, or reword them, then merge. ' +
  'The next dream pass records a deleted edit as rejected (not proposed again without new evidence) and a reworded one as adopted in your words. ' +
  '`git blame` then `dream why FILE:LINE` traces any memory line back to its edit and evidence.</sub>';

export function renderPull(report: DreamReport, ctx: BodyContext): RenderedPull {
  const n = report.edits.length;
  const title = `Dreaming: ${n} memory edit${n === 1 ? '' : 's'} from ${sessionCount(report.sessions)}`;
  const marker = stateMarker({
    version: STATE_VERSION,
    editIds: report.edits.map((e) => e.id),
    // Bounded: ten thousand session ids would not fit in a PR body; edit ids are what the loop needs.
    sessionIds: report.sessions.ids.slice(0, 200),
    edits: proposedEdits(report),
  });
  const head = headline(report);
  const table = summaryTable(report.edits);
  const efficacy = efficacySection(report.efficacy ?? []);
  const worse = report.efficacy?.some((l) => l.verdict === 'worse') ?? false;
  // Words that unverified turns alone carried are no one's to decide on: they are counted with the other refusals.
  const needHuman = report.rejected.filter((r) => !r.unverified && safetyWeakening(r.edit.after ?? '') !== undefined);
  const others = report.rejected.filter((r) => !needHuman.includes(r));
  const full = [
    head,
    // A lesson that made things worse is news before any new proposal: the section then comes first.
    worse ? efficacy : '',
    table,
    ...report.edits.map((e, i) => editSection(e, i + 1, ctx, report.notes)),
    worse ? '' : efficacy,
    humanDecisionSection(report, needHuman, ctx),
    patternsSection(report),
    rejectedSection(others),
    usageSection(report.usage),
    skippedLine(report),
    report.sessions.health ? formatHealthMarkdown(report.sessions.health) : '',
    footer(ctx),
  ]
    .filter(Boolean)
    .join('\n\n');
  const body = `${full}\n\n${FOOTER}\n\n${marker}\n`;
  if (body.length <= MAX_BODY_CHARS) return { title, body };

  const reportPath = `.dreaming/reports/${ctx.date.toISOString().slice(0, 10)}.md`;
  const link = `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/blob/${encodePath(ctx.branch)}/${encodePath(reportPath)}`;
  const note = `The full report, with every edit's rationale and evidence, did not fit here: **[${reportPath}](${link})** (committed on this branch).`;
  let short = [head, note, table].join('\n\n');
  const foot = footer(ctx);
  const room = MAX_BODY_CHARS - marker.length - 400;
  if (short.length > room) short = `${short.slice(0, short.lastIndexOf('\n', room))}\n\n_(table truncated)_`;
  return {
    title,
    body: `${short}${foot ? `\n\n${foot}` : ''}\n\n${FOOTER}\n\n${marker}\n`,
    overflow: { path: reportPath, content: `# ${title}\n\n${full}\n` },
  };
}

/**
 * A rejection is lifted by sessions beyond those recorded here, so record the pattern's sessions, not
 * the few its evidence cites: otherwise re-reading the same sessions would count as new evidence.
 */
function proposedEdits(report: DreamReport): ProposedEdit[] {
  const patterns = new Map(report.patterns.map((p) => [p.id, p]));
  const lists = report.edits.map((e) => {
    const pattern = e.patternId ? patterns.get(e.patternId) : undefined;
    const all = [...new Set(pattern ? pattern.sessions : e.evidence.map((ev) => ev.session))].sort();
    // The report lists a pattern's first MAX_PATTERN_SESSIONS sessions in this order and counts the rest.
    return { ids: all.slice(0, MAX_PATTERN_SESSIONS), count: all.length + (pattern?.sessionsOmitted ?? 0) };
  });
  // Only the ids the marker can hold size the budget, so a report that lists no more than those gives the same cap.
  const longest = Math.max(1, ...lists.flatMap((l) => l.ids.map((id) => id.length)));
  const perEdit = Math.floor(MARKER_SESSION_CHARS / Math.max(1, lists.length) / (longest + 3));
  const cap = Math.min(MAX_PATTERN_SESSIONS, Math.max(MIN_MARKER_SESSIONS, perEdit));
  return report.edits.map((e, i) => {
    const { ids, count } = lists[i]!;
    return {
      id: e.id,
      ...(e.patternId ? { patternId: e.patternId } : {}),
      sessions: ids.slice(0, cap),
      ...(count > cap ? { sessionCount: count } : {}),
    };
  });
}

export function stateMarker(state: DreamState): string {
  // JSON inside an HTML comment: escape what could close the comment early, and the '@' and '#' of
  // untrusted session ids, so no mention or issue reference sits in the body's source either.
  const json = JSON.stringify(state)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/--/g, '-\\u002d')
    .replace(/@/g, '\\u0040')
    .replace(/#/g, '\\u0023');
  return `${MARKER_PREFIX}${json} -->`;
}

/** Reads the marker back; undefined for PR bodies we did not write or that a human mangled. */
export function parseStateMarker(body: string): DreamState | undefined {
  const start = body.lastIndexOf(MARKER_PREFIX);
  if (start < 0) return undefined;
  const end = body.indexOf(' -->', start);
  if (end < 0) return undefined;
  try {
    const v = JSON.parse(body.slice(start + MARKER_PREFIX.length, end)) as Partial<DreamState>;
    const strings = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');
    if (typeof v.version !== 'number' || !strings(v.editIds) || !strings(v.sessionIds)) return undefined;
    const edits = Array.isArray(v.edits)
      ? v.edits.filter(
          (e): e is ProposedEdit =>
            !!e &&
            typeof e.id === 'string' &&
            strings(e.sessions) &&
            (e.patternId === undefined || typeof e.patternId === 'string') &&
            (e.sessionCount === undefined || (Number.isInteger(e.sessionCount) && e.sessionCount >= e.sessions.length)),
        )
      : undefined;
    return { version: v.version, editIds: v.editIds, sessionIds: v.sessionIds, ...(edits ? { edits } : {}) };
  } catch {
    return undefined;
  }
}

/** "5 sessions (+12 subagents)": a subagent is part of its parent's work, so it is counted apart. */
export function sessionCount(s: Pick<DreamReport['sessions'], 'read' | 'subagents'>, bold = false): string {
  const sub = Math.min(s.subagents ?? 0, s.read);
  const main = s.read - sub;
  const b = (x: number) => (bold ? `**${x}**` : String(x));
  return `${b(main)} session${main === 1 ? '' : 's'}${sub ? ` (+${sub} subagent${sub === 1 ? '' : 's'})` : ''}`;
}

/** Which version made the PR, and the run to open for its logs. */
function footer(ctx: BodyContext): string {
  const parts = [
    ctx.toolVersion ? `agent-dreaming ${escapeText(ctx.toolVersion)}` : '',
    ctx.runUrl ? `[workflow run](${ctx.runUrl})` : '',
  ].filter(Boolean);
  return parts.length ? `<sub>Made by ${parts.join(' in this ')}.</sub>` : '';
}

/** Who could have written the sessions' prompts (see TrustLevel), so the reviewer weighs them. */
const TRUST_WORDS: Record<TrustLevel, string> = {
  developer: 'from developers (local or committed transcripts)',
  'app-user': "from the Managed Agents app's users",
  public: 'from CI (claude-code-action and other workflow transcripts: prompts anyone who can comment may have written)',
};

function trustLine(r: DreamReport): string {
  const by = r.sessions.byTrust ?? {};
  // Counts of sessions, subagents among them: said so, or "17" reads against the headline's "5 (+12 subagents)".
  const parts = TRUST_LEVELS.filter((t) => (by[t] ?? 0) > 0).map((t) => `${by[t]} session${by[t] === 1 ? '' : 's'} ${TRUST_WORDS[t]}`);
  const sub = r.sessions.subagents ? ' (subagents counted)' : '';
  return parts.length ? `**Sources${sub}:** ${parts.join('; ')}. Lessons only CI sessions support are not proposed.` : '';
}

function headline(r: DreamReport): string {
  const supported = r.patterns.filter((p) => !p.oneOff).length;
  return [
    `Dreaming read ${sessionCount(r.sessions, true).replace(/ session/, ' new session')} (${r.sessions.alreadyDreamed} already dreamed), ` +
      `found **${supported}** recurring pattern${supported === 1 ? '' : 's'} and proposes **${r.edits.length}** memory edit${r.edits.length === 1 ? '' : 's'} ` +
      `(engine: \`${r.engine}\`).`,
    'Review each edit and its evidence. Merging adopts them; closing this PR unmerged rejects them, and they are not proposed again without new evidence.',
    trustLine(r),
  ]
    .filter(Boolean)
    .join('\n\n');
}

function summaryTable(edits: Edit[]): string {
  const rows = edits.map((e, i) => `| ${i + 1} | ${e.op} | \`${cell(e.file)}\` | ${codeCell(shorten(firstLine(e), 120))} |`);
  return ['| # | op | file | edit |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

function editSection(e: Edit, n: number, ctx: BodyContext, notes: readonly string[]): string {
  const lines = [`### ${n}. ${e.op} \`${cell(e.file)}\`${e.toFile ? ` → \`${cell(e.toFile)}\`` : ''}`];
  if (e.section?.length) lines.push(`Section: ${e.section.map(escapeText).join(' › ')}`);
  lines.push('', `**Why:** ${prose(e.rationale)}`);
  if (e.support)
    lines.push(
      '',
      `**Support:** ${e.support.sessions} session${e.support.sessions === 1 ? '' : 's'}, ${e.support.agents} agent${e.support.agents === 1 ? '' : 's'}`,
    );
  if (e.before || e.after) {
    const removed = e.before ? e.before.split('\n').map((l) => `- ${l}`) : [];
    const added = e.after ? e.after.split('\n').map((l) => `+ ${l}`) : [];
    const fence = fenceFor([...removed, ...added].join('\n'));
    lines.push('', `${fence}diff`, ...removed, ...added, fence);
  }
  if (e.evidence.length) lines.push('', '**Evidence:**', ...evidenceLines(e.evidence, ctx, { notes, escape: escapeText, cell }));
  lines.push('', `<sub>edit id \`${e.id}\`</sub>`);
  return lines.join('\n');
}

/** Entries the pass would not change on its own: prohibitions that look stale, staleness without proof. */
function patternsSection(r: DreamReport): string {
  const supported = r.patterns.filter((p) => !p.oneOff);
  const oneOffs = oneOffCount(r);
  if (supported.length === 0 && oneOffs === 0) return '';
  const rows = supported
    .slice(0, 30)
    .map((p) => `| ${p.kind} | ${p.unverified ? WITHHELD : cell(p.summary)} | ${p.support} | ${cell(p.agents.join(', '))} |`);
  return [
    `<details><summary>Patterns: ${supported.length} supported, ${oneOffs} one-off (reported, never memory)</summary>`,
    '',
    '| kind | pattern | sessions | agents |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    '</details>',
  ].join('\n');
}

function humanDecisionSection(r: DreamReport, weakening: RejectedEdit[], ctx: BodyContext): string {
  // One place for everything the bot will not decide alone: entries it may not delete without a
  // person (prohibitions, unproven staleness) and lessons that would weaken a safeguard.
  const ds = r.decisions ?? [];
  if (ds.length === 0 && weakening.length === 0) return '';
  const kept = ds
    .slice(0, 30)
    .flatMap((d) => [
      `- \`${cell(d.file)}:${d.line}\` ${d.kind === 'prohibition' ? '(a prohibition)' : '(no proof)'}: ${prose(d.entry)}`,
      `  ${prose(d.reason)}`,
      ...evidenceLines(d.evidence, ctx, { notes: r.notes, escape: escapeText, cell, max: 5 }).map((l) => `  ${l}`),
    ]);
  if (ds.length > 30) kept.push(`- ... and ${ds.length - 30} more`);
  const refused = weakening.slice(0, 20).flatMap((x) => {
    const text = x.edit.after ?? '';
    const fence = fenceFor(text);
    // Beside a turn no one can attribute to the person the lesson may be that turn's words (an engine copies them):
    // the reviewer decides from the evidence it can attribute, linked and quoted below, and the guard's finding.
    // Where no quote it cites was found in any session, the model wrote the lesson and its evidence alike: not shown.
    const shown = citesUnverifiedTurn(x.edit)
      ? [`  ${WITHHELD}`]
      : citesOnlyUnfound(x.edit.evidence)
        ? [`  ${UNFOUND_TEXT}`]
        : [`  ${fence}text`, ...text.split('\n').map((l) => `  ${l}`), `  ${fence}`];
    return [
      `- **${x.edit.op}** \`${cell(x.edit.file)}\`: it ${escapeText(safetyWeakening(text) ?? 'weakens a safeguard')}, so it was not proposed`,
      '',
      ...shown,
      '',
      ...evidenceLines(x.edit.evidence, ctx, { notes: r.notes, escape: escapeText, cell, max: 5 }).map((l) => `  ${l}`),
    ];
  });
  if (weakening.length > 20) refused.push(`- ... and ${weakening.length - 20} more`);
  const n = ds.length + weakening.length;
  return [
    `<details><summary>${n} item${n === 1 ? '' : 's'} need${n === 1 ? 's' : ''} a human decision (left unchanged)</summary>`,
    '',
    ...(kept.length ? ['Memory entries kept although they may be stale:', '', ...kept, ''] : []),
    ...(refused.length ? ['Lessons that would weaken a safeguard:', '', ...refused, ''] : []),
    '</details>',
  ].join('\n');
}

function rejectedSection(rejected: RejectedEdit[]): string {
  if (rejected.length === 0) return '';
  const items = rejected.slice(0, 50).map((r) => {
    const head = `- **${r.edit.op}** \`${cell(r.edit.file)}\` (${escapeText(r.by)})`;
    // A reason may quote the edit (a reviewer's, a guard naming the words it refused): withheld with them. An edit that
    // cites such a turn beside others may be its words too (an engine copies them): withheld as well.
    if (r.unverified || citesUnverifiedTurn(r.edit)) return `${head}: ${WITHHELD}`;
    // An edit none of whose quotes any session holds is the model's words through and through: its reason only.
    return `${head}: ${prose(r.reason)} — ${citesOnlyUnfound(r.edit.evidence) ? UNFOUND_TEXT : prose(oneLine(r.edit))}`;
  });
  if (rejected.length > 50) items.push(`- ... and ${rejected.length - 50} more`);
  return [
    `<details><summary>${rejected.length} edit${rejected.length === 1 ? '' : 's'} rejected by the guards or the reviewer</summary>`,
    '',
    ...items,
    '',
    '</details>',
  ].join('\n');
}

function usageSection(u: Usage): string {
  const cost = Object.values(u.costUsdByModel).reduce((a, b) => a + b, 0);
  if (u.requests === 0) return '**Cost:** no model calls (offline engine).';
  const byModel = Object.entries(u.costUsdByModel)
    .map(([m, c]) => `${m} $${c.toFixed(4)}`)
    .join(', ');
  return (
    `**Usage:** ${u.requests} requests, ${u.inputTokens} input tokens, ${u.outputTokens} output tokens, ` +
    `${u.cacheReadInputTokens} cache reads, ${u.cacheCreationInputTokens} cache writes. **Cost:** ~$${cost.toFixed(4)}${byModel ? ` (${byModel})` : ''}.`
  );
}

function skippedLine(r: DreamReport): string {
  const n = skippedInputs(r.sessions);
  return n ? `${n} transcript file${n === 1 ? '' : 's'} or line${n === 1 ? '' : 's'} skipped; see the workflow run's annotations.` : '';
}

/** A fence longer than any backtick run inside, so memory text cannot close it early. */
function fenceFor(text: string): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((m) => m.length));
  return '`'.repeat(longest + 1);
}

function firstLine(e: Edit): string {
  return ((e.after ?? e.before ?? '').split('\n').find((l) => l.trim()) ?? '').trim();
}

function oneLine(e: Edit): string {
  return shorten(firstLine(e), 120);
}
