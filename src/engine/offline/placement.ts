/**
 * Where a new lesson goes in a file: under the section whose heading or entries share its topic
 * ("Run the tests with `TZ=UTC pnpm test`" beside "Run the tests with `pnpm test`" under
 * "## Commands"), not always into a trailing "Lessons from past sessions" block.
 *
 * Words are matched where they sit. A command's words match the section's commands (its code spans
 * and code blocks), because a subcommand is often an English verb: `git add` says nothing about
 * "## How to add manual tracing". Only the program itself (`git`, `pytest`, `docker`) also names a
 * topic in prose ("## Git workflow"). Prose matches prose, and a heading counts double.
 */
import type { MemoryEntry, MemoryFile } from '../../model/index.js';
import { codeSpans, meaningStems } from '../../signals/index.js';

const headingText = (h: MemoryEntry) =>
  h.text
    .replace(/^\s*#+\s*/, '')
    .replace(/\s+#+\s*$/, '')
    .trim();
const key = (path: readonly string[]) => path.join('\u0000').toLowerCase();

/** Stems too common in memory files to say what a section is about. */
const GENERIC = new Set(['run', 'use', 'alwai', 'never', 'file', 'agent', 'code', 'repo', 'project', 'session', 'lesson']);

const topical = (text: string) => meaningStems(text).filter((w) => !GENERIC.has(w));

const FENCE = /^[ \t]*(`{3,}|~{3,})[^\n]*\n([\s\S]*?)^[ \t]*\1[ \t]*$/gm;

/** A text split by where its words sit: inside code (spans, fenced blocks) or in prose. */
interface Words {
  prose: string[];
  code: string[];
  /** The first word of each command in code: the program, the one code word that also names a topic in prose. */
  programs: string[];
}

function wordsOf(text: string): Words {
  const code: string[] = [];
  const prose = text
    .replace(FENCE, (_m, _f: string, body: string) => {
      code.push(...body.split('\n'));
      return ' ';
    })
    .replace(/`[^`\n]+`/g, ' ');
  code.push(...codeSpans(text));
  const programs = code
    .map((c) => c.trim().split(/\s+/)[0] ?? '')
    // A path or file (`priv/static/assets/`, `mix.exs`) is an argument, not a program.
    .filter((w) => /^[a-z][\w-]*$/i.test(w))
    .flatMap((w) => topical(w));
  return { prose: topical(prose), code: topical(code.join(' ')), programs };
}

interface Section {
  path: string[];
  heading: Words;
  entries: { prose: Set<string>; code: Set<string> };
}

/** Lesson words the section shares, weighed by where they sit on both sides. */
function score(lesson: Words, s: Section): number {
  const inHeading = (w: string) => s.heading.prose.includes(w) || s.heading.code.includes(w);
  let n = 0;
  for (const w of lesson.prose) n += (inHeading(w) ? 2 : 0) + (s.entries.prose.has(w) || s.entries.code.has(w) ? 1 : 0);
  for (const w of lesson.code) {
    if (lesson.prose.includes(w)) continue;
    const asProgram = lesson.programs.includes(w);
    n +=
      (s.heading.code.includes(w) || (asProgram && s.heading.prose.includes(w)) ? 2 : 0) +
      (s.entries.code.has(w) || (asProgram && s.entries.prose.has(w)) ? 1 : 0);
  }
  return n;
}

/**
 * The sections of a file, each with its heading's words and its entries' words. A pass places every
 * candidate lesson (hundreds at 1,000 sessions, most of them refused later by budget or the edit cap)
 * into the same few files: indexing a file once, not once per lesson, keeps placement proportional to
 * the lessons plus the memory, not to their product. Keyed by the entries array, which nothing in a
 * pass changes (memory is parsed once; an edit makes a new file).
 */
const indexed = new WeakMap<readonly MemoryEntry[], Section[]>();

function sectionsOf(entries: readonly MemoryEntry[]): Section[] {
  let out = indexed.get(entries);
  if (out) return out;
  const sections = new Map<string, Section>();
  for (const h of entries) {
    if (h.kind !== 'heading') continue;
    const text = headingText(h);
    // The lessons block is the fallback, and a file's title says nothing about a topic.
    if (/lesson|gotcha|pitfall|learned|learnt/i.test(text) || h.headingPath.length === 0) continue;
    const path = [...h.headingPath, text];
    sections.set(key(path), { path, heading: wordsOf(text), entries: { prose: new Set(), code: new Set() } });
  }
  for (const e of entries) {
    const s = sections.get(key(e.headingPath));
    if (!s || e.kind === 'heading') continue;
    const w = wordsOf(e.text);
    for (const x of w.prose) s.entries.prose.add(x);
    for (const x of w.code) s.entries.code.add(x);
  }
  out = [...sections.values()];
  indexed.set(entries, out);
  return out;
}

/**
 * The heading path of the section that fits the lesson best, or undefined when none clearly does
 * (two sections tie, or the best shares too little): the caller then uses its lessons section.
 */
export function sectionFor(file: MemoryFile | undefined, lesson: string): string[] | undefined {
  if (!file) return undefined;
  // A quoted error message is the engine's report of what went wrong, not the lesson's topic.
  const want = wordsOf(lesson.replace(/"[^"]*"/g, ' '));
  if (want.prose.length + want.code.length === 0) return undefined;
  const ranked = sectionsOf(file.entries)
    .map((s) => ({ path: s.path, score: score(want, s) }))
    .sort((a, b) => b.score - a.score);
  const [best, second] = ranked;
  if (!best || best.score < 2 || (second && second.score === best.score)) return undefined;
  // A copy: the index is shared by every lesson placed in the file.
  return [...best.path];
}
