/**
 * A lesson that completes an entry memory already has updates that entry instead of adding a line
 * beside it. "Work is NOT complete until `git push` succeeds" plus "plain `git push` fails on a new
 * branch; push with `--set-upstream origin` and the branch name" is one rule: two lines would leave
 * the first one still telling agents to run the command that fails.
 */
import type { Edit, MemoryEntry, Pattern } from '../../model/index.js';
import { clip, commandMentions, mentionRelation, parseCommand } from '../../signals/index.js';
import { commonFailed, commonFixed, fixPatternLesson, type LessonContext } from './lessons.js';
import { filesReadBy } from './targets.js';
import { fromPattern, makeEdit, supportText } from './build.js';

/** Entries an update may rewrite whole: one line, not inside a fenced block, naming the command in a code span. */
function refinable(entry: MemoryEntry, span: string): boolean {
  return entry.kind !== 'heading' && !entry.text.includes('\n') && entry.text.includes(`\`${span}\``);
}

/**
 * Update the entry that tells agents to run the command the sessions saw fail, appending what
 * worked. Prefers the entry the failing sessions were linked to, then a bullet over a paragraph.
 */
export function refineEntryEdit(p: Pattern, ctx: LessonContext): Edit | undefined {
  const lesson = fixPatternLesson(p);
  const failed = commonFailed(p);
  const fixed = commonFixed(p);
  const failedShape = failed ? parseCommand(failed) : undefined;
  if (!lesson || !failedShape || !fixed) return undefined;
  const readable = new Set(p.agents.flatMap((a) => filesReadBy(a, ctx.memory)));
  const linked = new Set(p.signals.map((s) => s.memoryEntryId).filter(Boolean));
  const candidates = commandMentions(ctx.memory)
    .filter((m) => readable.has(m.entry.file) && mentionRelation(m.shape, failedShape) === 'same' && refinable(m.entry, m.text))
    .sort((a, b) => Number(linked.has(b.entry.id)) - Number(linked.has(a.entry.id)) || Number(b.entry.kind === 'bullet') - Number(a.entry.kind === 'bullet'));
  const entry = candidates[0]?.entry;
  if (!entry) return undefined;
  if (entry.text.includes(`\`${fixed}`)) {
    ctx.alreadySaid?.add(p.id);
    return undefined;
  }
  const after = `${entry.text.replace(/[.\s]*$/, '')}. ${lesson}`;
  return makeEdit({
    op: 'update',
    file: entry.file,
    entryId: entry.id,
    before: entry.text,
    after,
    rationale: `This entry has agents run \`${failed}\`, which failed and was fixed by \`${fixed}\` with a value of each session's own, in ${supportText(p)}: the entry now says how (${clip(lesson, 120)}).`,
    ...fromPattern(p),
  });
}
