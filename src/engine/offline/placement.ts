/**
 * Where a new lesson goes in a file: under the section whose heading or entries share its topic
 * ("Run the tests with `TZ=UTC pnpm test`" beside "Run the tests with `pnpm test`" under
 * "## Commands"), not always into a trailing "Lessons from past sessions" block.
 */
import type { MemoryEntry, MemoryFile } from '../../model/index.js';
import { codeSpans, meaningStems, similarityOf } from '../../signals/index.js';

const headingText = (h: MemoryEntry) =>
  h.text
    .replace(/^\s*#+\s*/, '')
    .replace(/\s+#+\s*$/, '')
    .trim();
const key = (path: readonly string[]) => path.join('\u0000').toLowerCase();

/** Stems too common in memory files to say what a section is about. */
const GENERIC = new Set(['run', 'use', 'alwai', 'never', 'file', 'agent', 'code', 'repo', 'project', 'session', 'lesson']);

const topical = (text: string) => meaningStems(text).filter((w) => !GENERIC.has(w));

/**
 * The heading path of the section that fits the lesson best, or undefined when none clearly does
 * (two sections tie, or the best shares too little): the caller then uses its lessons section.
 */
export function sectionFor(file: MemoryFile | undefined, lesson: string): string[] | undefined {
  if (!file) return undefined;
  // A lesson about commands is about those commands, not about the words the engine wraps them in
  // ("followed by the branch name", a quoted error message).
  const spans = codeSpans(lesson);
  const want = topical(spans.length > 0 ? spans.join(' ') : lesson.replace(/"[^"]*"/g, ' '));
  if (want.length === 0) return undefined;
  const sections = new Map<string, { path: string[]; heading: number; words: Set<string> }>();
  for (const h of file.entries) {
    if (h.kind !== 'heading') continue;
    const text = headingText(h);
    // The lessons block is the fallback, and a file's title says nothing about a topic.
    if (/lesson|gotcha|pitfall|learned|learnt/i.test(text) || h.headingPath.length === 0) continue;
    const path = [...h.headingPath, text];
    sections.set(key(path), { path, heading: similarityOf(want, topical(text)).shared, words: new Set() });
  }
  for (const e of file.entries) {
    const s = sections.get(key(e.headingPath));
    if (!s || e.kind === 'heading') continue;
    for (const w of topical(e.text)) s.words.add(w);
  }
  // What the section's entries talk about, together; a shared heading word counts double: "## Testing"
  // names the topic, an entry only touches it.
  const ranked = [...sections.values()]
    .map((s) => ({ path: s.path, score: 2 * s.heading + want.filter((w) => s.words.has(w)).length }))
    .sort((a, b) => b.score - a.score);
  const [best, second] = ranked;
  if (!best || best.score < 2 || (second && second.score === best.score)) return undefined;
  return best.path;
}
