/**
 * Edits driven by patterns: fix the memory entry a pattern implicates, move a lesson into the
 * shared file when several agents hit it, or add it where the agents that hit it will read it.
 */
import type { Edit, MemoryEntry, MemoryFile } from '../../edits/types.js';
import type { Pattern } from '../../signals/types.js';
import { clip, codeSpans, contentWords, jaccard } from '../../signals/normalize.js';
import { commandMentions, mentionRelation } from '../../signals/memory-refs.js';
import { parseCommand, structuralTokens } from '../../signals/command.js';
import { fromPattern, makeEdit, supportText } from './build.js';
import { SHARED_FILE, claudeReadsShared, filesReadBy, lessonSection, targetFiles } from './targets.js';

const LESSON_KINDS = new Set<Pattern['kind']>(['error_then_fix', 'instruction', 'hook_block']);
const SAME_LESSON = 0.6;

function mode(values: (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}

/**
 * The working command as all sessions agree on it: the longest common word prefix of the variants
 * (branch names and other per-session arguments drop out). Still a verbatim prefix of what ran.
 */
export function commonFixed(p: Pattern): string | undefined {
  const all = p.signals.map((s) => s.fixed).filter((f): f is string => !!f);
  if (all.length === 0) return undefined;
  const words = all.map((f) => f.split(' '));
  const first = words[0] ?? [];
  let n = first.length;
  for (const w of words) {
    let k = 0;
    while (k < n && w[k] === first[k]) k++;
    n = k;
  }
  return n > 0 ? first.slice(0, n).join(' ') : undefined;
}

/** Does this entry already say what the lesson says (same working command, or near-identical words)? */
export function entrySays(entry: MemoryEntry, lesson: string, fixed: string | undefined): boolean {
  if (entry.kind === 'heading') return false;
  if (fixed) {
    const fx = parseCommand(fixed);
    for (const span of codeSpans(entry.text)) {
      const m = parseCommand(span);
      if (fx && m && m.program === fx.program && structuralTokens(m).join(' ') === structuralTokens(fx).join(' ')) return true;
    }
  }
  return jaccard(contentWords(lesson), contentWords(entry.text)) >= SAME_LESSON;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The entry rewritten for a memory_failure pattern, or undefined when no safe rewrite exists. */
function rewrite(entry: MemoryEntry, p: Pattern, memory: readonly MemoryFile[]): { after?: string; why: string } | undefined {
  const failed = mode(p.signals.map((s) => s.failed));
  const fixed = p.signature.split('|')[2] === 'prefer' ? mode(p.signals.map((s) => s.fixed)) : commonFixed(p);
  const sig = p.signature.split('|');
  const relation = sig[3];
  if (sig[2] === 'prefer' && failed && fixed) {
    const after = entry.text.replace(new RegExp(`(^|[^\\w-])${escapeRe(failed)}(?=$|[^\\w-])`, 'gi'), `$1${fixed}`);
    return after !== entry.text ? { after, why: `the user asked for \`${fixed}\`, not \`${failed}\`` } : undefined;
  }
  if (sig[2] === 'neg' || sig[2] === 'pos') {
    return p.lesson ? { after: p.lesson, why: `the user corrected the agent against this entry: "${clip(p.lesson, 120)}"` } : undefined;
  }
  if (!failed) return undefined;
  const failedShape = parseCommand(failed);
  const mention = commandMentions(memory).find(
    (m) => m.entry.id === entry.id && failedShape && mentionRelation(m.shape, failedShape) !== null,
  );
  if (!mention) return undefined;
  const err = clip(p.signals[0]?.summary.replace(/^.*?failed[^:]*:\s*/, '') ?? '', 80);
  if (relation === 'same') {
    if (!fixed) return { why: `\`${mention.text}\` failed in ${supportText(p)} and nothing replaced it` };
    if (!entry.text.includes(`\`${mention.text}\``)) return undefined;
    return { after: entry.text.replace(`\`${mention.text}\``, `\`${fixed}\``), why: `\`${mention.text}\` fails ("${err}"); \`${fixed}\` worked` };
  }
  // The entry was right but the agent ran the plain command: say explicitly what goes wrong without it.
  if (entry.text.includes('\n') || entry.text.includes(`\`${failed}\``)) return undefined;
  const after = `${entry.text.replace(/[.\s]*$/, '')} (plain \`${failed}\` fails: "${err}").`;
  return { after, why: `agents ran \`${failed}\` instead of \`${mention.text}\` and it failed ("${err}")` };
}

export interface LessonContext {
  memory: readonly MemoryFile[];
  notes: string[];
}

export function memoryFailureEdit(p: Pattern, ctx: LessonContext): Edit | undefined {
  const entryId = p.signals.find((s) => s.memoryEntryId)?.memoryEntryId;
  const file = ctx.memory.find((f) => f.entries.some((e) => e.id === entryId));
  const entry = file?.entries.find((e) => e.id === entryId);
  if (!file || !entry) return undefined;
  const r = rewrite(entry, p, ctx.memory);
  if (!r) {
    ctx.notes.push(`no safe rewrite for ${entry.file}:${entry.startLine} (pattern ${p.id}); left as is`);
    return undefined;
  }
  const base = { file: file.path, entryId: entry.id, before: entry.text, ...fromPattern(p) };
  const same = (t: string) => t.replace(/^\s*([-*+]|\d+[.)])\s+/, '').replace(/\s+/g, ' ').trim().toLowerCase();
  const twin = r.after === undefined ? undefined : file.entries.find((e) => e.id !== entry.id && same(e.text) === same(r.after ?? ''));
  if (twin) {
    return makeEdit({ op: 'delete', ...base, rationale: `Memory led agents astray in ${supportText(p)}: ${r.why}; ${file.path}:${twin.startLine} already says what worked.` });
  }
  if (r.after === undefined) {
    return makeEdit({ op: 'delete', ...base, rationale: `Stale memory: ${r.why}.` });
  }
  return makeEdit({ op: 'update', ...base, after: r.after, rationale: `Memory led agents astray in ${supportText(p)}: ${r.why}.` });
}

export function lessonEdits(p: Pattern, ctx: LessonContext): Edit[] {
  if (!LESSON_KINDS.has(p.kind) || !p.lesson) return [];
  const modeFixed = mode(p.signals.map((s) => s.fixed));
  const fixed = commonFixed(p);
  if (modeFixed && !fixed) return [];
  const lesson = modeFixed && fixed ? p.lesson.replace(`\`${modeFixed}\``, `\`${fixed}\``) : p.lesson;
  const targets = targetFiles(p.agents, ctx.memory);
  const fileOf = (path: string) => ctx.memory.find((f) => f.path === path);
  const readable = new Set(p.agents.flatMap((a) => filesReadBy(a, ctx.memory)));
  const sayers = ctx.memory.flatMap((f) => f.entries.filter((e) => entrySays(e, lesson, fixed)).map((e) => ({ f, e })));
  const edits: Edit[] = [];
  for (const target of targets) {
    if (sayers.some((s) => s.f.path === target)) continue;
    const agentSpecific = sayers.find((s) => s.f.path !== SHARED_FILE && s.f.kind === 'claude');
    if (target === SHARED_FILE && agentSpecific && claudeReadsShared(ctx.memory)) {
      edits.push(
        makeEdit({
          op: 'move',
          file: agentSpecific.f.path,
          toFile: SHARED_FILE,
          // Where the entry should land in the shared file (its heading path in the source file may not exist there).
          section: lessonSection(fileOf(SHARED_FILE)),
          entryId: agentSpecific.e.id,
          before: agentSpecific.e.text,
          after: agentSpecific.e.text,
          rationale: `Hit by ${p.agents.join(' and ')} (${supportText(p)}): a shared lesson belongs in ${SHARED_FILE}, which ${agentSpecific.f.path} imports.`,
          ...fromPattern(p),
        }),
      );
      continue;
    }
    // Said where every agent that hit it reads it already: memory is fine as it is.
    if (sayers.some((s) => readable.has(s.f.path)) && targets.length === 1) continue;
    edits.push(
      makeEdit({
        op: 'add',
        file: target,
        section: lessonSection(fileOf(target)),
        after: lesson,
        rationale: `${p.summary} — seen in ${supportText(p)}.`,
        ...fromPattern(p),
      }),
    );
  }
  return edits;
}
