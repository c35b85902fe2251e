/**
 * Memory lines that forbid an action on a concrete target: "NEVER delete or modify files in
 * `~/.local/state/minsky/`", "Do not run `npm publish`", "`dist/` must not be edited". A session whose
 * agent then does exactly that broke a rule it was given (signals/mine-broken-rules.ts).
 *
 * The reading is deliberately narrow, because a wrong "you broke this" costs more than a missed one:
 * one line, one negated verb list, then only the targets (code spans or plain paths) and a few
 * harmless words. Anything that could make the rule conditional ("unless", "without asking", "on
 * main", "before X") or name something other than a path or a command makes the line no rule here.
 */
import type { MemoryEntry } from '../model/index.js';
import { parseCommand, type CommandShape } from './command.js';

export type RuleAction = 'delete' | 'modify' | 'read' | 'run';

export type RuleTarget = { kind: 'path'; path: string; glob?: RegExp } | { kind: 'command'; text: string; shape: CommandShape };

export interface ProhibitionRule {
  entry: MemoryEntry;
  /** The line of the entry that states the rule, verbatim. */
  line: string;
  /** Its 0-based index among the entry's lines: the rule's identity within the entry. */
  lineIndex: number;
  actions: ReadonlySet<RuleAction>;
  targets: readonly RuleTarget[];
}

/** The forms of a regular verb: base, -s, -ed, -ing (a final e dropped before -ed and -ing). */
function forms(base: string): string[] {
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  return [base, `${base}s`, `${base}es`, `${stem}ed`, `${stem}ing`];
}
/** Verbs and the actions they forbid; "touch" and "manipulate" cover deleting too, "access" everything. */
const VERBS = new Map<string, RuleAction[]>();
const verbs = (list: string, actions: RuleAction[]) => {
  for (const b of list.split(' ')) for (const f of forms(b)) VERBS.set(f, actions);
};
verbs('delete remove erase wipe purge unlink destroy', ['delete']);
verbs('touch manipulate', ['modify', 'delete']);
verbs('access', ['read', 'modify', 'delete']);
verbs('modify edit change write overwrite alter update rewrite patch move rename', ['modify']);
verbs('read open view inspect', ['read']);
verbs('run execute invoke call use', ['run']);
for (const [w, a] of [
  ['rm', ['delete']],
  ['modifies', ['modify']],
  ['modified', ['modify']],
  ['modifying', ['modify']],
  ['wrote', ['modify']],
  ['written', ['modify']],
  ['writing', ['modify']],
  ['running', ['run']],
  ['ran', ['run']],
  ['exec', ['run']],
] as [string, RuleAction[]][])
  VERBS.set(w, a);
const verbActions = (w: string): RuleAction[] | undefined => VERBS.get(w.toLowerCase());

/** Words that make the rule hold only sometimes: a violation of it cannot be told mechanically. */
const CONDITIONAL =
  /\b(?:unless|except|without|before|after|until|if|when|whenever|while|during|only|instead|otherwise|first|ask|asks|asked|asking|permission|approv\w*|confirm\w*|explicit\w*|outside|other\s+than|rather)\b/i;

const NEGATION =
  /^(?:(?:you|agents?|the\s+agent|we|please)\s+)?(?:never|do\s+not|don['\u2019]?t|must\s+not|mustn['\u2019]t|should\s+not|shouldn['\u2019]t|may\s+not|cannot|can['\u2019]t|avoid)\b/i;
const PASSIVE = /^(?:is|are)?\s*(?:must|should|may|can|is|are)\s+(?:not|never)\s+(?:ever\s+)?be\b/i;

/** Words allowed between the verbs and the targets, or after them: they narrow nothing. */
const FILLER = new Set(
  'ever directly manually yourself by hand the any anything files file folder folders directory directories dir contents content of in inside under within to from at into all or and nor things stuff everything existing again anymore please way circumstances no'.split(
    ' ',
  ),
);
const ADVERBS = new Set(['ever', 'directly', 'manually', 'yourself', 'try', 'to']);

/** Places too broad to stand for one thing: a rule about all of `src/` is surely about something narrower. */
const BROAD = /^(?:\.|\.\/|\/|~|~\/|\$HOME\/?|\*+|\*\*\/\*|(?:src|lib|app|apps|test|tests|docs|packages|source|code)\/?)$/;

const SPAN = /`([^`\n]+)`/g;

function pathTarget(raw: string): RuleTarget | undefined {
  const t = raw.trim().replace(/^\$HOME(?=\/)/, '~');
  if (!t || /\s|:\/\/|[<>$(){}]/.test(t) || BROAD.test(t)) return undefined;
  const pathy = t.includes('/') || /^\.[\w.-]+$/.test(t) || /^[\w@.-]{2,}\.[a-z][a-z0-9]{0,5}$/i.test(t) || /[*?]/.test(t);
  if (!pathy) return undefined;
  const path = t.replace(/^\.\//, '').replace(/\/+$/, '');
  if (!/[*?]/.test(path)) return { kind: 'path', path };
  const re = path
    .split(/(\*\*\/|\*\*|\*|\?)/)
    .map((part) =>
      part === '**/'
        ? '(?:.*/)?'
        : part === '**'
          ? '.*'
          : part === '*'
            ? '[^/]*'
            : part === '?'
              ? '[^/]'
              : part.replace(/[.+^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');
  return { kind: 'path', path, glob: new RegExp(`^${re}$`) };
}

function commandTarget(raw: string): RuleTarget | undefined {
  const shape = parseCommand(raw);
  return shape && /^[\w.-]+$/.test(shape.program) ? { kind: 'command', text: raw.trim(), shape } : undefined;
}

/** The clause the rule is stated in: up to the first break ("; ", " - ", a sentence end, a parenthesis). */
function clause(text: string): string {
  const cut = /;|\s[-\u2013\u2014]\s|[.!?](?:\s|$)|\(|:\s/.exec(text);
  return (cut ? text.slice(0, cut.index) : text).trim();
}

/** The rule one line states, or undefined when it states none this reading is sure of. */
export function parseProhibition(line: string): Omit<ProhibitionRule, 'entry' | 'line' | 'lineIndex'> | undefined {
  const bare = line
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
    .replace(/\*\*|__/g, '')
    .replace(/^[^\w`~$.]*(?:(?:important|note|critical|warning)\s*:\s*)?/i, '')
    .trim();
  const spans: string[] = [];
  // Code spans become one opaque word each, so their text is never read as prose.
  const masked = bare.replace(SPAN, (_, s: string) => ` \uE000${spans.push(s) - 1}\uE000 `);
  // Anywhere on the line: "Never edit `x`; ask first" is as conditional as "unless asked".
  if (CONDITIONAL.test(masked.replace(/\uE000\d+\uE000/g, ' '))) return undefined;
  let words = clause(masked)
    .split(/[\s,]+/)
    .filter(Boolean);
  const neg = NEGATION.exec(words.join(' '));
  if (neg) words = words.slice(neg[0].split(/\s+/).length);
  else {
    // Passive: "`dist/` must not be edited". The targets come first.
    const at = words.findIndex((w) => /^(?:is|are|must|should|may|can)$/i.test(w));
    const m = at > 0 ? PASSIVE.exec(words.slice(at).join(' ')) : null;
    if (!m) return undefined;
    const subject = words.slice(0, at);
    words = [...words.slice(at + m[0].split(/\s+/).length), ...subject];
  }
  while (words.length && ADVERBS.has((words[0] ?? '').toLowerCase())) words = words.slice(1);
  const actions = new Set<RuleAction>();
  while (words.length) {
    const w = words[0] ?? '';
    // "read/write" is two verbs.
    const parts = w.split('/').map(verbActions);
    if (parts.every((a) => a)) parts.forEach((a) => a?.forEach((x) => actions.add(x)));
    else if (!/^(?:or|and|nor)$/i.test(w)) break;
    words = words.slice(1);
  }
  if (actions.size === 0) return undefined;
  const targets: RuleTarget[] = [];
  for (const w of words) {
    const span = /^\uE000(\d+)\uE000$/.exec(w);
    const raw = span ? (spans[Number(span[1])] ?? '') : w.replace(/[.,;:!?]+$/, '');
    if (!span && FILLER.has(raw.toLowerCase())) continue;
    // Only a code span names a command: "run tests on main" has no command in it.
    const t = actions.has('run') ? (span ? commandTarget(raw) : undefined) : pathTarget(raw);
    // A word that is neither filler nor a target narrows the rule ("tests in `src/`", "on main").
    if (!t) return undefined;
    targets.push(t);
  }
  // "run" takes commands and the others take paths: a verb list mixing them is read no further.
  if (targets.length === 0 || (actions.has('run') && actions.size > 1)) return undefined;
  return { actions, targets };
}

/**
 * What a rule forbids, as one key: its actions and targets, however the line words them. The same
 * rule in CLAUDE.md and in AGENTS.md ("Never delete `x/`", "`x/` must not be deleted") is one rule,
 * whose breaches pool across the files (mine-broken-rules.ts, engine/offline/broken-rules.ts).
 */
export function ruleKey(rule: Pick<ProhibitionRule, 'actions' | 'targets'>): string {
  // A command by what it matches (runs() in mine-broken-rules.ts): program, subcommand, flags and arguments in any order.
  const command = (s: CommandShape) => [s.program, ...s.sub, ...[...s.flags, ...s.args].sort()].join(' ');
  const targets = rule.targets.map((t) => (t.kind === 'path' ? t.path : command(t.shape))).sort();
  return `${[...rule.actions].sort().join('+')} ${targets.join(' ')}`;
}

/** The lines of an entry that can hold a rule: its first line, or a bullet line of its own, outside fences. */
export function prohibitionRules(entries: readonly MemoryEntry[]): ProhibitionRule[] {
  const out: ProhibitionRule[] = [];
  for (const entry of entries) {
    if (entry.kind === 'heading') continue;
    const lines = entry.text.split('\n');
    let fenced = false;
    lines.forEach((line, i) => {
      if (/^\s*```/.test(line)) fenced = !fenced;
      if (fenced || /^\s*```/.test(line)) return;
      const next = lines[i + 1];
      // A line wrapped onto the next is half a sentence.
      const whole = next === undefined || !next.trim() || /^\s*(?:[-*+]|\d+[.)])\s|^\s*```/.test(next);
      if (!whole || (i > 0 && !/^\s*(?:[-*+]|\d+[.)])\s/.test(line))) return;
      const rule = parseProhibition(line);
      if (rule) out.push({ entry, line, lineIndex: i, ...rule });
    });
  }
  return out;
}
