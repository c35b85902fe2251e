/**
 * Staleness proven, not guessed. A wrong deletion costs more than a missed lesson, so an entry is
 * deleted as stale only with proof a reviewer can check, and the proof is its evidence:
 * - a path: absent from the checkout, not ignored by git, not generated or build output, touched by
 *   no session of the pass, and removed by a commit of the checked-out branch ("removed in abc1234");
 * - a script or make target: defined by no manifest from the memory file's folder up to the root or
 *   in the workspace, and failing with "missing script" in the pass's sessions.
 * Prohibitions are never deleted for staleness; they, and staleness without proof, go to a human.
 */
import path from 'node:path';
import type { Edit, Evidence, HumanDecision, MemoryEntry, MemoryFile, MemoryUse } from '../../model/index.js';
import { GIT_SESSION, REPO_SESSION } from '../../model/index.js';
import {
  HISTORY_WINDOW,
  commandMentions,
  isProhibition,
  looksGenerated,
  pathMentions,
  runnableKey,
  scriptOf,
  type CommandShape,
  type RepoFacts,
  type RepoHistory,
  type Removal,
} from '../../signals/index.js';
import { makeEdit, MAX_EVIDENCE } from './build.js';

/** Flags that run a script somewhere else (`npm --prefix web run x`, `make -C docs html`): its manifest is unknown. */
const ELSEWHERE = /^(?:-C|--directory|--prefix|--filter|-F|-w|--workspace|--workspaces|--cwd|--dir|-r|--recursive|--cd)(?:=|$)/;

export function repoQuote(entry: MemoryEntry): Evidence {
  const first = (entry.text.split('\n')[0] ?? '').replace(/^\s*([-*+]|\d+[.)])\s+/, '').trim();
  return { session: REPO_SESSION, file: entry.file, line: entry.startLine, quote: first.slice(0, 200).trimEnd() };
}

function commitEvidence(r: Removal): Evidence {
  return {
    session: GIT_SESSION,
    file: r.file,
    line: 1,
    quote: `removed in ${r.sha.slice(0, 7)}: ${r.subject}`.slice(0, 200).trimEnd(),
    commit: r.sha,
  };
}

/** What one mention tells about its entry. */
type Finding =
  | { state: 'alive' }
  | { state: 'proven'; reason: string; evidence: Evidence[] }
  | { state: 'unproven'; reason: string; evidence: Evidence[] };

export interface StalenessInput {
  memory: readonly MemoryFile[];
  facts: RepoFacts;
  use: MemoryUse;
  /** Undefined outside a git repository: no path can be proven stale there. */
  history: RepoHistory | undefined;
  /** Entries already edited this pass. */
  skip: ReadonlySet<string>;
}

export interface StalenessResult {
  edits: Edit[];
  decisions: HumanDecision[];
  notes: string[];
}

const editable = (e: MemoryEntry) => e.kind !== 'heading' && !/^\s*(```|~~~)/.test(e.text);
const trimSlash = (p: string) => p.replace(/\/+$/, '');

/** A path as memory names it, and as it reads relative to the memory file's folder. */
function pathForms(memoryFile: string, p: string): string[] {
  const dir = path.posix.dirname(memoryFile);
  const forms = [trimSlash(p)];
  if (dir !== '.' && !dir.startsWith('.claude')) forms.push(path.posix.join(dir, trimSlash(p)));
  return [...new Set(forms)];
}

/** A script or make target is stale only when no manifest defines it and sessions saw it missing. */
function runnableFinding({
  file,
  shape,
  text,
  facts,
  use,
}: {
  /** The memory file that mentions the command. */
  file: string;
  shape: CommandShape;
  text: string;
  facts: RepoFacts;
  use: MemoryUse;
}): Finding | undefined {
  const s = scriptOf(shape);
  if (!s || shape.flags.some((f) => ELSEWHERE.test(f))) return undefined;
  const def = facts.runnables?.lookup(file, s.kind, s.name) ?? { defined: null };
  if (def.defined === null) return undefined;
  if (def.defined) return { state: 'alive' };
  const key = runnableKey(s.kind, s.name);
  if (use.ran.has(key)) return { state: 'alive' };
  const what = s.kind === 'make' ? `make target "${s.name}"` : `script "${s.name}"`;
  const where = `no manifest from ${path.posix.dirname(file) === '.' ? 'the root' : `\`${path.posix.dirname(file)}/\` up to the root`} or in the workspace defines ${what} (searched ${def.searched.join(', ')})`;
  const failed = use.missing.get(key) ?? [];
  if (failed.length === 0) return { state: 'unproven', reason: `${where}, but no session of this pass ran \`${text}\``, evidence: [] };
  const n = new Set(failed.map((e) => e.session)).size;
  return {
    state: 'proven',
    reason: `${where}, and \`${text}\` failed with "missing script" in ${n} session${n === 1 ? '' : 's'}`,
    evidence: [...failed],
  };
}

/**
 * Outside git (or before the first commit) an absent path may be stale or may never have existed:
 * the note names what was left alone and how to get the proof, so a user who expected a stale
 * entry to go knows why it stayed.
 */
function noHistoryNote(mentions: string[]): string {
  const named = [...new Set(mentions)];
  const shown =
    named
      .slice(0, 3)
      .map((m) => `\`${m}\``)
      .join(', ') + (named.length > 3 ? ` and ${named.length - 3} more` : '');
  return (
    `staleness: ${named.length} path(s) named in memory are absent (${shown}), but without git history none can be proven stale: ` +
    'a deletion cites the commit that removed the path, so dream in a git checkout with its history'
  );
}

interface PathCheck {
  entry: MemoryEntry;
  mention: string;
  forms: string[];
}

export async function staleness(input: StalenessInput): Promise<StalenessResult> {
  const { memory, facts, use, history } = input;
  const mentions = commandMentions(memory);
  const findings = new Map<string, Finding[]>();
  const add = (entry: MemoryEntry, f: Finding | undefined) => {
    if (f) findings.set(entry.id, [...(findings.get(entry.id) ?? []), f]);
  };
  const pending: PathCheck[] = [];
  const entries = memory.flatMap((f) => f.entries.filter((e) => editable(e) && !input.skip.has(e.id)));
  for (const entry of entries) {
    for (const m of mentions)
      if (m.entry.id === entry.id) add(entry, runnableFinding({ file: entry.file, shape: m.shape, text: m.text, facts, use }));
    for (const p of pathMentions(entry)) {
      const forms = pathForms(entry.file, p);
      // Present, generated or build output, or used by a session: alive, or absent for a reason.
      if (forms.some((x) => facts.exists(x)) || looksGenerated(p) || use.touched.has(trimSlash(p))) add(entry, { state: 'alive' });
      else pending.push({ entry, mention: p, forms });
    }
  }
  const notes: string[] = [];
  const forms = [...new Set(pending.flatMap((c) => c.forms))];
  const ignored = history && forms.length ? await history.ignored(forms) : new Set<string>();
  const removed = history && forms.length ? await history.removals(forms.filter((x) => !ignored.has(x))) : new Map<string, Removal>();
  if (!history && pending.length) notes.push(noHistoryNote(pending.map((c) => c.mention)));
  if (history?.shallow && pending.length)
    notes.push('staleness: the checkout is shallow, so only removals within its depth can prove a path stale (use fetch-depth: 0)');
  for (const c of history ? pending : []) {
    if (c.forms.some((x) => ignored.has(x))) {
      add(c.entry, { state: 'alive' });
      continue;
    }
    const r = c.forms.map((x) => removed.get(x)).find(Boolean);
    if (r)
      add(c.entry, {
        state: 'proven',
        reason: `\`${c.mention}\` was removed in ${r.sha.slice(0, 7)} ("${r.subject}")`,
        evidence: [commitEvidence(r)],
      });
    // Reported only under a folder the checkout has: elsewhere it may be another repository's path, or no path at all.
    else if (c.forms.some((x) => x.includes('/') && facts.exists(x.split('/')[0] ?? '')))
      add(c.entry, {
        state: 'unproven',
        reason: `\`${c.mention}\` is absent from the checkout, but no commit among the last ${HISTORY_WINDOW} removals removed it`,
        evidence: [],
      });
  }

  const edits: Edit[] = [];
  const decisions: HumanDecision[] = [];
  for (const entry of entries) {
    const fs = findings.get(entry.id) ?? [];
    // One live mention keeps the entry: deleting it would lose what is still true.
    if (fs.length === 0 || fs.some((f) => f.state === 'alive')) continue;
    const proven = fs.filter((f): f is Extract<Finding, { state: 'proven' }> => f.state === 'proven');
    const reasons = fs.map((f) => (f.state === 'alive' ? '' : f.reason)).filter(Boolean);
    const evidence = [...fs.flatMap((f) => (f.state === 'alive' ? [] : f.evidence)), repoQuote(entry)].slice(0, MAX_EVIDENCE);
    const decision = (kind: HumanDecision['kind'], why: string) => ({
      kind,
      file: entry.file,
      line: entry.startLine,
      entry: repoQuote(entry).quote,
      reason: why,
      evidence,
    });
    if (isProhibition(entry.text)) {
      decisions.push(decision('prohibition', `${reasons.join('; ')}. A prohibition is never deleted for staleness.`));
      continue;
    }
    if (proven.length === 0) {
      decisions.push(decision('unproven', `${reasons.join('; ')}. Not deleted: nothing proves it stale.`));
      continue;
    }
    // The proof comes first, so the evidence cap never drops it for the entry's own line.
    const proof = [...proven.flatMap((f) => f.evidence), repoQuote(entry)].slice(0, MAX_EVIDENCE);
    edits.push(
      makeEdit({
        op: 'delete',
        file: entry.file,
        entryId: entry.id,
        before: entry.text,
        rationale: `Stale memory: ${reasons.join('; ')}.`,
        evidence: proof,
      }),
    );
  }
  for (const d of decisions) notes.push(`needs a human decision (${d.kind}): ${d.file}:${d.line}: ${d.reason}`);
  return { edits, decisions, notes };
}

/**
 * Deletions from elsewhere in the engine that rest on staleness ("failed, and nothing replaced it"):
 * a prohibition goes to a human; a script the memory file's own package (or its workspace) defines
 * is not stale, however often it failed from another folder.
 */
export function gateFailureDeletion({
  edit,
  memory,
  facts,
  use,
}: {
  edit: Edit;
  memory: readonly MemoryFile[];
  facts: RepoFacts;
  use: MemoryUse;
}): { keep: boolean; decision?: HumanDecision; note?: string } {
  const entry = memory.find((f) => f.path === edit.file)?.entries.find((e) => e.id === edit.entryId);
  if (edit.op !== 'delete' || !entry) return { keep: true };
  if (isProhibition(entry.text)) {
    const decision: HumanDecision = {
      kind: 'prohibition',
      file: entry.file,
      line: entry.startLine,
      entry: repoQuote(entry).quote,
      reason: `${edit.rationale} A prohibition is never deleted for staleness.`,
      evidence: edit.evidence,
    };
    return { keep: false, decision };
  }
  let proven = false;
  for (const m of commandMentions(memory)) {
    if (m.entry.id !== entry.id) continue;
    const finding = runnableFinding({ file: entry.file, shape: m.shape, text: m.text, facts, use });
    if (finding?.state === 'alive') {
      return {
        keep: false,
        note: `kept ${entry.file}:${entry.startLine}: \`${m.text}\` failed in sessions, but the package of ${entry.file} defines it`,
      };
    }
    proven ||= finding?.state === 'proven';
  }
  if (proven) return { keep: true };
  // A program that failed in every session proves nothing about the entry: it may be missing from this machine, or
  // run another way (`uv run pytest`, `npx tsc`) that the miner did not count as a fix. Only a script or make target
  // no manifest defines, seen missing, is proof; the rest is a human's call.
  const decision: HumanDecision = {
    kind: 'unproven',
    file: entry.file,
    line: entry.startLine,
    entry: repoQuote(entry).quote,
    reason: `${edit.rationale} Not deleted: a command failing is no proof unless it is a script no manifest defines.`,
    evidence: edit.evidence,
  };
  return { keep: false, decision };
}
