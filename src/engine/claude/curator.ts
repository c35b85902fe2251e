/**
 * The curator turns candidate lessons into edits of the shared Edit type. The model only chooses
 * ops, targets and text; the engine fills in what must be exact: the `before` text comes from the
 * memory file, the id is a content hash, support is counted from the cited sessions.
 */
import type { ValidateFunction } from 'ajv';
import type { Edit, MemoryFile, DreamInput } from '../../model/index.js';
import { callRole, withOneRetry, type CallContext } from './call.js';
import { memoryBlock, placeLine, renderCandidates, systemBlocks } from './render.js';
import { TOOLS, type CandidateLesson, type DraftEdit } from './schemas.js';
import type { TokenCounter } from './tokens.js';
import { rootsOf } from './verifier.js';
import { normaliseQuote } from '../../model/index.js';
// The same content gets the same id whichever engine proposes it, so the ledger recognises it.
import { editId } from '../offline/build.js';

/** Candidates with the same lesson text are folded together so the curator sees each idea once. */
export function dedupeCandidates(cands: CandidateLesson[]): CandidateLesson[] {
  const byLesson = new Map<string, CandidateLesson>();
  for (const c of cands) {
    const key = normaliseQuote(c.lesson).toLowerCase();
    const prev = byLesson.get(key);
    if (!prev) byLesson.set(key, { ...c, evidence: [...c.evidence] });
    else prev.evidence.push(...c.evidence);
  }
  const support = (c: CandidateLesson) => new Set(c.evidence.map((e) => e.session)).size;
  return [...byLesson.values()].sort((a, b) => support(b) - support(a));
}

export function toEdit(d: DraftEdit, input: Pick<DreamInput, 'memory' | 'sessions'>): Edit {
  const target = input.memory.find((m) => m.path === d.file);
  // A file that only imports another (`@AGENTS.md`) is edited through its target.
  const file = d.op === 'add' && target?.redirectTo ? target.redirectTo : d.file;
  const entryText = (f: MemoryFile | undefined, id: string | undefined) => (id ? f?.entries.find((e) => e.id === id)?.text : undefined);
  const agentOf = new Map(input.sessions.map((s) => [s.id, s.agent]));
  const rootOf = rootsOf(input.sessions);
  const evidence = d.evidence.map((e) => {
    const agent = agentOf.get(e.session);
    return { session: e.session, file: e.file, line: e.line, quote: e.quote, ...(agent ? { agent } : {}) };
  });
  const edit: Edit = {
    id: '',
    op: d.op,
    file,
    rationale: d.rationale,
    evidence,
    support: {
      sessions: new Set(evidence.map((e) => rootOf(e.session))).size,
      agents: new Set(evidence.map((e) => e.agent).filter(Boolean)).size,
    },
  };
  if (d.op === 'add' && d.section?.length) edit.section = d.section;
  if (d.op !== 'add' && d.entryId) {
    edit.entryId = d.entryId;
    const before = entryText(target, d.entryId);
    if (before !== undefined) edit.before = before;
  }
  if (d.op === 'merge' && d.mergedEntryIds) edit.mergedEntryIds = d.mergedEntryIds;
  if (d.op === 'move' && d.toFile) edit.toFile = d.toFile;
  if (d.op !== 'delete') {
    const after = d.after ?? (d.op === 'move' ? edit.before : undefined);
    if (after !== undefined) edit.after = after.replace(/\s+$/, '');
  }
  if (d.patternId) edit.patternId = d.patternId;
  edit.id = editId(edit);
  return edit;
}

export interface CuratorOptions {
  ctx: CallContext;
  candidates: CandidateLesson[];
  input: DreamInput;
  memoryText: string;
  candidateBudgetTokens: number;
  counter: TokenCounter;
  validate: ValidateFunction<{ edits: DraftEdit[] }>;
  onRetry: (reason: string) => void;
}

export async function runCurator(opts: CuratorOptions): Promise<{ drafts: DraftEdit[]; shown: number }> {
  const { ctx, candidates, input } = opts;
  const patterns = new Map([...input.patterns, ...input.oneOffs].map((p) => [p.id, p]));
  const { text: candText, shown } = renderCandidates(candidates, opts.candidateBudgetTokens, opts.counter, (c) =>
    placeLine(c, patterns, input.memory),
  );
  const o = input.options;
  const task =
    `Propose at most ${o.maxEdits} edits. Each added or updated entry needs evidence from at least ${o.minSupport} distinct sessions ` +
    `and at most ${o.maxEntryBytes} bytes of text. Delete at most ${Math.round(o.maxDeleteShare * 100)}% of a file's entries.`;
  const req = {
    system: systemBlocks('curator'),
    content: [memoryBlock(opts.memoryText), { type: 'text' as const, text: `${candText}\n\n${task}` }],
    tool: TOOLS.curator,
  };
  const out = await withOneRetry(
    () => callRole(ctx, req, opts.validate),
    (err) => opts.onRetry(err.message),
  );
  return { drafts: out.edits, shown };
}
