/**
 * Prompt pieces shared by the roles: the cached instruction blocks, the memory listing (with entry
 * ids, so the curator can only point at entries that exist) and the fenced lists of model-derived text.
 */
import { locationOf } from '../../memory/kinds.js';
import type Anthropic from '@anthropic-ai/sdk';
import { posix } from 'node:path';
import type { Edit, MemoryFile, DreamOptions, Pattern } from '../../model/index.js';
import { folderPlaces } from '../offline/nested-targets.js';
import { loadPrompt, type PromptName } from './prompts.js';
import { clip, fence, scrub } from './fence.js';
import type { TokenCounter } from './tokens.js';
import type { CandidateLesson } from './schemas.js';

const EPHEMERAL = { type: 'ephemeral' } as const;

/** Shared rules plus the role's document; the last block carries the cache breakpoint. */
export function systemBlocks(role: Exclude<PromptName, 'system'>): Anthropic.Messages.TextBlockParam[] {
  return [
    { type: 'text', text: loadPrompt('system') },
    { type: 'text', text: loadPrompt(role), cache_control: EPHEMERAL },
  ];
}

/** The memory files as the model sees them, bounded by a token budget (entries past it are counted, not shown). */
export function renderMemory({
  memory,
  options,
  budgetTokens,
  counter,
}: {
  memory: MemoryFile[];
  options: DreamOptions;
  budgetTokens: number;
  counter: TokenCounter;
}): string {
  const out: string[] = ['<memory_files>'];
  let used = 0;
  let omitted = 0;
  for (const f of memory) {
    const lines = f.text.split('\n').length;
    const bytes = Buffer.byteLength(f.text, 'utf8');
    const head = `## ${f.path} (kind ${f.kind}; read by ${f.readBy.join(', ') || 'unknown'}; ${lines} lines, ${bytes} bytes; budget ${options.budget.maxLines} lines / ${options.budget.maxBytes} bytes${locationOf(f.path)?.write === 'read' ? '; read only: never edit it' : ''})${f.redirectTo ? ` imports ${f.redirectTo}: edit that file instead` : ''}`;
    // A memory file's path is the repository's, but a secret in a name must not leave the machine either.
    out.push(scrub(head));
    used += counter.count(head);
    for (const e of f.entries) {
      const line = `- [id=${e.id}] ${e.kind}${e.headingPath.length ? ` under "${e.headingPath.join(' > ')}"` : ''}: ${clip(scrub(e.text), 800)}`;
      const t = counter.count(line);
      if (used + t > budgetTokens) {
        omitted++;
        continue;
      }
      used += t;
      out.push(line);
    }
  }
  if (memory.length === 0) out.push('(no memory files yet: adds may target CLAUDE.md or AGENTS.md)');
  if (omitted) out.push(`(${omitted} entries omitted for budget; do not update or delete entries you cannot see)`);
  out.push('</memory_files>');
  return out.join('\n');
}

export function memoryBlock(text: string): Anthropic.Messages.TextBlockParam {
  return { type: 'text', text, cache_control: EPHEMERAL };
}

function renderEvidence(ev: { session: string; file: string; line: number; quote: string }[]): string {
  return ev.map((e) => `    evidence: session=${e.session} file=${e.file} line=${e.line} quote="${clip(scrub(e.quote), 240)}"`).join('\n');
}

/**
 * Where an add of the candidate's pattern goes instead of a root file (nested-targets.ts): the curator picks the
 * agents' file, this says which folder's copy of it; the verifier holds the curator to it. Empty at the root.
 */
export function placeLine(
  c: CandidateLesson,
  patterns: ReadonlyMap<string, Pick<Pattern, 'folders'>>,
  memory: readonly MemoryFile[],
): string {
  const places = folderPlaces(c.patternId ? patterns.get(c.patternId)?.folders : undefined, memory);
  if (places.length === 0) return '';
  const where = places.map((p) => `${scrub(p.file)} for ${scrub(p.root)}`).join(', ');
  return `    place: every session ran inside ${scrub(posix.dirname(places[0]!.file))}/, which has its own memory: an add goes to ${where}`;
}

export function renderCandidates(
  cands: CandidateLesson[],
  budgetTokens: number,
  counter: TokenCounter,
  place: (c: CandidateLesson) => string = () => '',
): { text: string; shown: number } {
  const parts: string[] = [];
  let used = 0;
  for (const [i, c] of cands.entries()) {
    const text = [
      `- candidate c${i + 1} kind=${c.kind} scope=${c.scope.type}:${clip(scrub(c.scope.value), 120)}${c.patternId ? ` pattern=${clip(c.patternId, 80)}` : ''}`,
      `    lesson: ${clip(scrub(c.lesson), 600)}`,
      place(c),
      renderEvidence(c.evidence.slice(0, 6)),
    ]
      .filter((l) => l !== '')
      .join('\n');
    const t = counter.count(text);
    if (used + t > budgetTokens) break;
    used += t;
    parts.push(text);
  }
  return { text: fence('candidate lessons from analysts', parts.join('\n') || '(none)'), shown: parts.length };
}

export function renderEditsForReview(edits: Edit[], counter: TokenCounter, budgetTokens: number): string {
  const parts: string[] = [];
  let used = 0;
  for (const e of edits) {
    const text = [
      `- edit id=${e.id} op=${e.op} file=${e.file}${e.toFile ? ` toFile=${e.toFile}` : ''}${e.entryId ? ` entry=${e.entryId}` : ''}${e.mergedEntryIds?.length ? ` merges=${e.mergedEntryIds.join(',')}` : ''}`,
      e.before !== undefined ? `    before: ${clip(scrub(e.before), 600)}` : '',
      e.after !== undefined ? `    after: ${clip(scrub(e.after), 800)}` : '',
      `    rationale: ${clip(scrub(e.rationale), 400)}`,
      `    support: ${e.support?.sessions ?? 0} sessions, ${e.support?.agents ?? 0} agents`,
      renderEvidence(e.evidence.slice(0, 4)),
    ]
      .filter((l) => l !== '')
      .join('\n');
    // Every edit must be reviewed: past the budget an edit is shown without its evidence, never hidden.
    const t = counter.count(text);
    parts.push(used + t > budgetTokens ? text.split('\n').slice(0, 3).join('\n') : text);
    used += t;
  }
  return fence('proposed edits (text derived from transcripts)', parts.join('\n'));
}
