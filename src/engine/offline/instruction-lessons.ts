/**
 * How corrections read as memory: one preference naming everything the sessions rejected, the user's
 * own reasoned wording of a prohibition, and where an entry already says (or contradicts) it.
 */
import type { MemoryEntry, Pattern } from '../../model/index.js';
import { escapeRegExp, negated, notesLesson, wordSignals } from '../../signals/index.js';

function mode(values: (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}

/**
 * The entry with the rejected tool replaced where it is named as a tool: inside a code span, or in prose
 * after "with", "using", "via", "use", "run" ("Write new tests with Jest."). "Run the Python tests" names
 * Python as a kind of test, and rewriting it to "Run the uv tests" would be nonsense: no edit.
 */
export function replaceTool(text: string, failed: string, fixed: string): { after?: string; why: string } | undefined {
  const word = new RegExp(`(^|[^\\w-])${escapeRegExp(failed)}(?=$|[^\\w-])`, 'gi');
  const prose = new RegExp(`(\\b(?:with|using|via|use|run|through)\\s+)${escapeRegExp(failed)}(?=$|[^\\w-])`, 'gi');
  const after = text
    .split(/(`[^`\n]*`)/)
    .map((part) => (part.startsWith('`') ? part.replace(word, `$1${fixed}`) : part.replace(prose, `$1${fixed}`)))
    .join('');
  // Every mention must be replaced: half an entry on the old tool would contradict itself.
  const left = after.split(/(`[^`\n]*`)/).some((part) => new RegExp(`(^|[^\\w-])${escapeRegExp(failed)}(?=$|[^\\w-])`, 'i').test(part));
  return after !== text && !left ? { after, why: `the user asked for \`${fixed}\`, not \`${failed}\`` } : undefined;
}

/** The reason a lesson states after its rule ("Use X, not Y: the lockfile is ..."), if any. */
const statedReason = (lesson: string) => /:\s+(.+?)\.?$/.exec(lesson)?.[1];

/** Everything the sessions rejected in favour of the same thing: "npm or yarn". */
function rejectedThings(p: Pattern): string[] {
  const all = wordSignals(p)
    .flatMap((s) => (s.failed ?? '').split(' or '))
    .map((x) => x.trim())
    .filter(Boolean);
  return [...new Set(all.map((x) => x.toLowerCase()))].sort();
}

/**
 * The lesson of a "use X, not Y" pattern, built from all its sessions: one rule naming everything
 * rejected, with the reason one session gave, else the sessions themselves as the reason.
 */
export function preferLesson(p: Pattern): string | undefined {
  // Words only from signals the person is known to have said (wordSignals): a turn no one can attribute adds support.
  const said = wordSignals(p);
  const use = mode(said.map((s) => s.fixed));
  const nots = rejectedThings(p);
  // Asked for again with nothing rejected ("why aren't you using X?", asked-again.ts): the rule is the thing itself.
  if (use && nots.length === 0 && askedAgainOnly(p)) return `Use ${use}${sessionsReason(p) ? `: ${sessionsReason(p)}` : ''}.`;
  if (!use || nots.length === 0) return p.lesson;
  const reasons = said.map((s) => (s.lesson ? statedReason(s.lesson) : undefined)).filter((r): r is string => !!r);
  const reason = reasons.sort((a, b) => b.length - a.length || (a < b ? -1 : 1))[0] ?? sessionsReason(p);
  return `Use ${use}, not ${nots.join(' or ')}${reason ? `: ${reason}` : ''}.`;
}

/** The sessions stand in as the reason only when there are several: "asked for it in 1 sessions" says nothing. */
const sessionsReason = (p: Pattern): string | undefined =>
  p.support.sessions >= 2 ? `the user asked for it in ${p.support.sessions} sessions` : undefined;

/** A preference whose corrections only asked for the thing again, rejecting nothing. */
export function askedAgainOnly(p: Pattern): boolean {
  return p.signals.every((s) => !s.failed) && p.signals.some((s) => !s.restated && s.fixed);
}

/** Lessons the engine phrased from an objection, rather than the user's own rule. */
const TEMPLATE = /unless the user asks for it\.$/;

/**
 * The lesson of a correction said in different words across sessions: the user's own rule with a
 * reason first, then any rule of theirs, then the engine's phrasing of an objection. A lesson with
 * no reason gets the sessions as its reason.
 */
export function instructionLesson(p: Pattern): string | undefined {
  const counts = new Map<string, number>();
  const said = wordSignals(p);
  for (const s of said) if (s.lesson) counts.set(s.lesson, (counts.get(s.lesson) ?? 0) + 1);
  const hasReason = (l: string) => /[:;]\s|,\s+(?:it|they|that|this|since|because|as|so)\b|\bbecause\b/i.test(l);
  const score = (l: string) => (hasReason(l) ? 4 : 0) + (TEMPLATE.test(l) ? 0 : 2);
  const chosen =
    p.signature === 'ask|finish|notes'
      ? notesLesson(said)
      : ([...counts].sort((a, b) => score(b[0]) - score(a[0]) || b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? p.lesson);
  // Sessions objected to different files of one folder: the rule is about the folder, not the file one session named.
  const folder = /^neg\|path:(.+)$/.exec(p.signature)?.[1];
  const best = folder
    ? chosen?.replace(new RegExp(`\`?(?:\\./)?${escapeRegExp(folder)}/[\\w@.-]+\\.\\w+\`?`, 'gi'), `\`${folder}/\``)
    : chosen;
  if (!best || hasReason(best) || p.support.sessions < 2) return best;
  const why = TEMPLATE.test(best)
    ? `the user objected in ${p.support.sessions} sessions`
    : `the user asked for it in ${p.support.sessions} sessions`;
  return `${best.replace(/[.!]+$/, '')}: ${why}.`;
}

/** The reason instructionLesson and preferLesson give when the sessions are the only one (sessionsReason, TEMPLATE). */
const SESSIONS_REASON = /: the user (?:asked for it|objected) in \d+ sessions\.$/;

/**
 * A lesson as memory would hold it: without the sessions given as its reason, words the pass wrote and no entry has,
 * which outweighed a short rule's own when its words were compared with memory's (round 29).
 */
export const withoutSessionsReason = (lesson: string): string => lesson.replace(SESSIONS_REASON, '.');

/** Words that qualify a rejected thing without changing what it is: "plain `pytest`", "the bare `node`". */
const QUALIFIED = /^(?:the\s+)?(?:plain|bare|raw|vanilla|naked|global|system)\s+/i;

/**
 * Does the entry already state this preference: it asks for the preferred thing and rejects one the
 * sessions rejected ("Use pnpm, never yarn")? An entry that merely runs `npm run build` does not.
 */
export function entryPrefers(entry: MemoryEntry, p: Pattern): boolean {
  const use = mode(p.signals.map((s) => s.fixed));
  if (!use || entry.kind === 'heading') return false;
  const has = (w: string) => new RegExp(`(^|[^\\w-])${escapeRegExp(w)}($|[^\\w-])`, 'i').test(entry.text);
  if (!has(use)) return false;
  // "not plain pytest" rejects what the entry calls "bare `pytest`": the qualifier is the user's, the thing is the same.
  const named = (n: string) => has(n) || (QUALIFIED.test(n) && has(n.replace(QUALIFIED, '')));
  return rejectedThings(p).some(named) && /\b(?:not|never|don'?t|avoid|instead of|rather than)\b/i.test(entry.text);
}

/**
 * Does the entry already order the preferred tool, without naming what the sessions rejected: "Use `uv` for Python
 * dependencies" beside "uv, not pip", "Run scripts with `bun`" beside "bun, not node"? A second rule "Use uv, not pip."
 * would near-duplicate it. The tool itself is the object of the entry's verb of using, alone in its code span or as a
 * word before a preposition ("use `uv`", "with bun", "use pnpm for installs"): a command that starts with it ("Build the
 * web UI with `npm run build`") orders the command, not the tool, and "The docs mention `bun`" orders nothing. The entry
 * forbids nothing: "Never use `uv` here" is no order of it. Whether the line should also say what not to use needs
 * sessions where agents used it, which a preference does not record: memory keeps its line.
 */
export function entryOrdersTool(entry: MemoryEntry, p: Pattern): boolean {
  const use = mode(p.signals.map((s) => s.fixed));
  if (!use || entry.kind === 'heading' || negated(entry.text)) return false;
  const tool = escapeRegExp(use);
  const named = new RegExp(
    String.raw`\b(?:use|using|with|via|through|run|prefer)\s+(?:\x60${tool}\x60|${tool}(?=$|[.,;:!)(]|\s+(?:for|to|in|on|when|instead|and|as|everywhere|always|only|here)\b))`,
    'i',
  );
  const rejected = rejectedThings(p).some((n) => new RegExp(`(^|[^\\w-])${escapeRegExp(n)}($|[^\\w-])`, 'i').test(entry.text));
  return named.test(entry.text) && !rejected;
}
