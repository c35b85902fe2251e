/**
 * Edits driven by patterns: fix the memory entry a pattern implicates, move a lesson into the
 * shared file when several agents hit it, or add it where the agents that hit it will read it.
 */
import { type Edit, type Evidence, type MemoryEntry, type MemoryFile, type Pattern } from '../../model/index.js';
import {
  clip,
  contentWords,
  referencesOf,
  commandMentions,
  mentionRelation,
  parseCommand,
  failurePhrase,
  fixLesson,
  supportSession,
  endsInsideValue,
  wordSignals,
} from '../../signals/index.js';
import { MAX_EVIDENCE, fromPattern, makeEdit, norm, pickEvidence, preferSupportText, supportText } from './build.js';
import { SHARED_FILE, claudeReadsShared, filesReadBy, lessonSection, saidTwiceNote, targetFiles } from './targets.js';
import { sectionFor } from './placement.js';
import { nestedNote, nestedTarget } from './nested-targets.js';
import {
  askedAgainOnly,
  entryOrdersTool,
  entryPrefers,
  instructionLesson,
  preferLesson,
  replaceTool,
  withoutSessionsReason,
} from './instruction-lessons.js';
import { commandKey, entrySays, itemSaying, type LessonSaid } from './entry-says.js';
import { strengthenEdit } from './strengthen.js';
import type { Strengthened } from './strengthen-dated.js';
import { locationOf } from '../../memory/kinds.js';
import { brokenRuleEdits } from './broken-rules.js';
import { entryAsksLanguage, isLanguageAskSignature } from './language-said.js';
import { meaningStems, negated } from '../../signals/index.js';

const LESSON_KINDS = new Set<Pattern['kind']>(['error_then_fix', 'instruction', 'hook_block', 'environment_feedback']);

function mode(values: (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}

/** The longest common word prefix, when it still names a program (not just an env assignment). */
function commonPrefix(all: string[]): string[] | undefined {
  if (all.length === 0) return undefined;
  const words = all.map((f) => f.split(' '));
  const first = words[0] ?? [];
  let n = first.length;
  for (const w of words) {
    let k = 0;
    while (k < n && w[k] === first[k]) k++;
    n = k;
  }
  const prefix = first.slice(0, n);
  // Sessions that gave an option each its own value agree on the option alone, which does not run: no agreed command.
  if (endsInsideValue(prefix)) return undefined;
  return prefix.some((w) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(w)) ? prefix : undefined;
}

/** True when the sessions ran the working command with different arguments (a branch name each). */
export function perSessionArgs(p: Pattern): boolean {
  const all = p.signals.map((s) => s.fixed).filter((f): f is string => !!f);
  const prefix = commonPrefix(all);
  return !!prefix && all.some((f) => f.split(' ').length > prefix.length);
}

const GIT_BRANCH_SUBS = /^git (push|pull|checkout|switch|merge|rebase)\b/;

/**
 * The working command as all sessions agree on it: the longest common word prefix of the variants
 * (branch names and other per-session arguments drop out). Undefined when the sessions agree on
 * less than a program: a lesson naming only `PYTHONPATH=src` would be garbled.
 */
export function commonFixed(p: Pattern): string | undefined {
  return commonPrefix(p.signals.map((s) => s.fixed).filter((f): f is string => !!f))?.join(' ');
}

/**
 * What the sessions each passed after the common command when every one passed something different
 * ("the branch name"), so the lesson can say the command needs it. A placeholder inside the command
 * would be a command no session ran.
 */
export function perSessionArgNoun(p: Pattern): string | undefined {
  const all = p.signals.map((s) => s.fixed).filter((f): f is string => !!f);
  const prefix = commonPrefix(all);
  if (!prefix || !all.every((f) => f.split(' ').length > prefix.length)) return undefined;
  return GIT_BRANCH_SUBS.test(prefix.join(' ')) ? 'the branch name' : 'its argument';
}

export function commonFailed(p: Pattern): string | undefined {
  return commonPrefix(p.signals.map((s) => s.failed).filter((f): f is string => !!f))?.join(' ');
}

const isFixPattern = (p: Pattern) => p.signature.startsWith('fix|');

/**
 * The failure line every session cited (each fix signal's first evidence is the error line). When
 * sessions differ (a branch name in the message), only an exception name they share is safe to quote.
 */
function commonError(p: Pattern): string {
  const lines = [...new Set(p.signals.filter((s) => s.fixed).map((s) => s.evidence[0]?.quote ?? ''))];
  if (lines.length === 1) return lines[0] ?? '';
  // Same message with a name or two that vary (branch, module): drop just those words.
  const split = lines.map((l) => l.split(' '));
  const n = split[0]?.length ?? 0;
  if (split.every((w) => w.length === n)) {
    const keep = (split[0] ?? []).filter((w, i) => split.every((x) => x[i] === w));
    if (keep.length >= n - 2 && keep.length >= 3) return keep.join(' ');
  }
  const names = new Set(lines.map((l) => failurePhrase(l)));
  const [only] = names;
  return names.size === 1 && only && !only.startsWith('"') ? only : '';
}

/** The lesson of a fix pattern, phrased from what all its sessions agree on. */
function fixPatternLesson(p: Pattern): string | undefined {
  const fixed = commonFixed(p);
  const failed = commonFailed(p);
  if (!fixed || !failed || !p.signals.some((s) => s.lesson)) return undefined;
  // The sessions agree on nothing that tells the working run from the failing one (each had its own
  // path, test id or directory): "run X: plain X fails" would teach nothing a reviewer could keep.
  if (fixed === failed) return undefined;
  return fixLesson(fixed, failed, commonError(p), perSessionArgNoun(p));
}

function failurePhraseOf(p: Pattern): string {
  const phrase = failurePhrase(commonError(p));
  return phrase ? ` with ${phrase}` : '';
}

/** The entry rewritten for a memory_failure pattern, or undefined when no safe rewrite exists. */
function rewrite(entry: MemoryEntry, p: Pattern, memory: readonly MemoryFile[]): { after?: string; why: string } | undefined {
  // Only the sessions that read this entry say what it made agents run.
  const own = p.signals.filter((s) => s.memoryEntryId === entry.id);
  const failed = mode(own.map((s) => s.failed));
  const fixed = p.signature.split('|')[2] === 'prefer' ? mode(wordSignals(p).map((s) => s.fixed)) : commonFixed(p);
  const sig = p.signature.split('|');
  if (sig[2] === 'prefer' && failed && fixed) {
    return replaceTool(entry.text, failed, fixed);
  }
  if (sig[2] === 'neg' || sig[2] === 'pos') {
    return p.lesson ? { after: p.lesson, why: `the user corrected the agent against this entry: "${clip(p.lesson, 120)}"` } : undefined;
  }
  if (!failed) return undefined;
  const failedShape = parseCommand(failed);
  const mention = commandMentions(memory).find(
    (m) => m.entry.id === entry.id && failedShape && mentionRelation(m.shape, failedShape) !== null,
  );
  if (!mention || !failedShape) return undefined;
  // Fix signatures do not carry the relation (they cluster across agents): recompute it.
  const relation = isFixPattern(p) ? mentionRelation(mention.shape, failedShape) : sig[3];
  const err = clip((own.find((s) => s.evidence[0])?.evidence[0]?.quote ?? '').replace(/"/g, "'"), 80);
  if (relation === 'same') {
    if (!fixed) return { why: `\`${mention.text}\` failed in ${supportText(p)} and nothing replaced it` };
    if (!entry.text.includes(`\`${mention.text}\``)) return undefined;
    return {
      after: entry.text.replace(`\`${mention.text}\``, `\`${fixed}\``),
      why: `\`${mention.text}\` fails ("${err}"); \`${fixed}\` worked`,
    };
  }
  // The entry was right but the agent ran the plain command: say that the plain form fails (the error stays in the rationale).
  if (entry.text.includes('\n') || entry.text.includes(`\`${failed}\``)) return undefined;
  const after = `${entry.text.replace(/[.\s]*$/, '')} (plain \`${failed}\` fails).`;
  return { after, why: `agents ran \`${failed}\` instead of \`${mention.text}\` and it failed ("${err}")` };
}

export interface LessonContext {
  memory: readonly MemoryFile[];
  notes: string[];
  /** Patterns whose lesson memory already states where their agents read it (for the report). */
  alreadySaid?: Set<string>;
  /** The strengthen edits made, by id, for the check of when their line was written (strengthen-dated.ts). */
  strengthened?: Map<string, Strengthened>;
}

/** Sessions that read the entry come first in its evidence: they show what the entry made agents do. */
function ownEvidenceFirst(p: Pattern, entryId: string): Evidence[] {
  const own = p.signals.filter((s) => s.memoryEntryId === entryId);
  const rest = p.signals.filter((s) => s.memoryEntryId !== entryId);
  const seen = new Set<string>();
  return [...pickEvidence(own), ...pickEvidence(rest)]
    .filter((e) => {
      const k = `${e.session}|${e.line}`;
      return !seen.has(k) && !!seen.add(k);
    })
    .slice(0, MAX_EVIDENCE);
}

/** "2 sessions (claude-code)", plus the other agents that hit the same failure without this entry. */
function astray(p: Pattern, entryId: string): string {
  const own = p.signals.filter((s) => s.memoryEntryId === entryId);
  const sessions = new Set(own.map(supportSession)).size;
  if (sessions === 0 || sessions >= p.support.sessions) return supportText(p);
  const agents = [...new Set(own.map((s) => s.agent))].sort();
  const rest = p.support.sessions - sessions;
  return `${sessions} session${sessions === 1 ? '' : 's'} (${agents.join(', ')}); ${rest} more session${rest === 1 ? '' : 's'} hit the same failure without it`;
}

export function memoryFailureEdit(p: Pattern, ctx: LessonContext): Edit | undefined {
  // A rule broken with no one objecting is marked, not rewritten: nothing says its words were wrong.
  if (p.signature.startsWith('broken|')) return brokenRuleEdits([p], ctx.memory)[0];
  const entryId = p.signals.find((s) => s.memoryEntryId)?.memoryEntryId;
  const file = ctx.memory.find((f) => f.entries.some((e) => e.id === entryId));
  const entry = file?.entries.find((e) => e.id === entryId);
  if (!file || !entry) return undefined;
  const r = rewrite(entry, p, ctx.memory);
  // A rewrite that changes nothing: what worked is what the entry says (the failure came from elsewhere, a folder
  // the agent had entered, say), so the entry is not what led the agent astray.
  if (!r || r.after === entry.text) {
    ctx.notes.push(`no safe rewrite for ${entry.file}:${entry.startLine} (pattern ${p.id}); left as is`);
    return undefined;
  }
  const base = { file: file.path, entryId: entry.id, before: entry.text, ...fromPattern(p), evidence: ownEvidenceFirst(p, entry.id) };
  const twin = r.after === undefined ? undefined : file.entries.find((e) => e.id !== entry.id && norm(e.text) === norm(r.after));
  if (twin) {
    return makeEdit({
      op: 'delete',
      ...base,
      rationale: `Memory led agents astray in ${astray(p, entry.id)}: ${r.why}; ${file.path}:${twin.startLine} already says what worked.`,
    });
  }
  if (r.after === undefined) {
    return makeEdit({ op: 'delete', ...base, rationale: `Stale memory: ${r.why}.` });
  }
  return makeEdit({ op: 'update', ...base, after: r.after, rationale: `Memory led agents astray in ${astray(p, entry.id)}: ${r.why}.` });
}

/**
 * Add (or move) the pattern's lesson where the agents that hit it read it. `agents` narrows that to
 * some of them: a memory_failure pattern whose entry was fixed still owes the lesson to agents that
 * never read that entry.
 */
export function lessonEdits(p: Pattern, ctx: LessonContext, agents: readonly Pattern['agents'][number][] = p.agents): Edit[] {
  const fromFix = isFixPattern(p);
  if (!(LESSON_KINDS.has(p.kind) || (fromFix && agents !== p.agents)) || !p.lesson) return [];
  const fixed = commonFixed(p);
  if (p.signals.some((s) => s.fixed) && !fixed) return [];
  const prefer = p.kind === 'instruction' && p.signature.startsWith('prefer|');
  const lesson = fromFix ? fixPatternLesson(p) : prefer ? preferLesson(p) : p.kind === 'instruction' ? instructionLesson(p) : p.lesson;
  if (!lesson) return [];
  const speakers = wordSignals(p);
  const rationale = fromFix
    ? `\`${commonFailed(p)}\` failed${failurePhraseOf(p)} and \`${fixed}\`${perSessionArgNoun(p) ? ` with ${perSessionArgNoun(p)}` : ''} worked, in ${supportText(p)}.`
    : prefer && mode(speakers.map((s) => s.fixed)) && mode(speakers.map((s) => s.failed))
      ? `The user said to use ${mode(speakers.map((s) => s.fixed))}, not ${mode(speakers.map((s) => s.failed))}, in ${preferSupportText(p)}.`
      : prefer && askedAgainOnly(p)
        ? `The user asked why ${mode(speakers.map((s) => s.fixed))} was not used after asking for it, in ${preferSupportText(p)}.`
        : p.unverified
          ? // The PR shows the rationale in the bot's voice: words no one can attribute to the person are not quoted.
            `A lesson seen in ${supportText(p)}, in words of turns the transcripts cannot attribute to the person.`
          : `${p.summary} — seen in ${supportText(p)}.`;
  const targets = targetFiles(agents, ctx.memory);
  const fileOf = (path: string) => ctx.memory.find((f) => f.path === path);
  const readable = new Set(agents.flatMap((a) => filesReadBy(a, ctx.memory)));
  const topic = /^neg\|path:(.+)$/.exec(p.signature)?.[1];
  // A prohibition about a place is said by any entry that forbids something about that place.
  const place = topic ? meaningStems(topic.split('/').pop() ?? topic) : [];
  const forbidsPlace = (e: MemoryEntry) =>
    !!topic &&
    e.kind !== 'heading' &&
    negated(e.text) &&
    (e.text.toLowerCase().includes(topic) || (place.length > 0 && place.every((w) => meaningStems(e.text).includes(w))));
  // A recipe the user handed over (signals/repeated-asks.ts) is said where memory gives its command.
  const recipe = p.signature.startsWith('ask|cmd|') ? /`([^`\n]+)`/.exec(lesson)?.[1] : undefined;
  const said = fixed ?? recipe;
  const rule = withoutSessionsReason(lesson);
  const lessonSaid: LessonSaid = {
    lesson: rule,
    words: contentWords(rule),
    fixed: said ? commandKey(said) : undefined,
    refs: referencesOf(lesson),
  };
  // The language of the agent's words is said by an entry that asks for it in any words (language-said.ts).
  const language = isLanguageAskSignature(p.signature);
  const says = (e: MemoryEntry) =>
    prefer ? entryPrefers(e, p) : forbidsPlace(e) || entrySays(e, lessonSaid) || (language && entryAsksLanguage(e, p.signature));
  // An entry of several items that says the lesson says it in one of them (itemSaying): that item is the one marked
  // IMPORTANT. An entry that holds it only in one item is said too, so it is never added again, but it is never moved
  // (the entry holds more than the lesson).
  const sayers: { f: MemoryFile; e: MemoryEntry; at?: number }[] = [];
  const itemSayers: { f: MemoryFile; e: MemoryEntry; at: number }[] = [];
  for (const f of ctx.memory) {
    for (const e of f.entries) {
      const whole = says(e);
      const at = prefer || language ? undefined : itemSaying(e, lessonSaid);
      if (whole) sayers.push(at === undefined ? { f, e } : { f, e, at });
      else if (at !== undefined) itemSayers.push({ f, e, at });
    }
  }
  // "Use `uv` for Python dependencies" already orders what "uv, not pip" asks (entryOrdersTool): where an agent reads
  // it, a second rule beside it would near-duplicate it, and nothing shows the line was broken to strengthen it.
  const orderers = prefer && sayers.length === 0 ? ctx.memory.filter((f) => f.entries.some((e) => entryOrdersTool(e, p))) : [];
  const edits: Edit[] = [];
  // The user keeps correcting agents against a rule they read: strengthen it rather than repeat it. A how-to the
  // user hands over by habit (Signal.asked) corrects nothing: where memory says it, there is nothing to do.
  if (p.kind === 'instruction' && !p.signals.every((s) => s.asked !== undefined)) {
    const read: { f: MemoryFile; e: MemoryEntry; at?: number }[] = [...sayers, ...itemSayers].filter((s) => readable.has(s.f.path));
    if (read.length > 0) {
      ctx.alreadySaid?.add(p.id);
      // Held in a file the agent reads but no pass writes (Cursor's rules, memory/kinds.ts): nothing to strengthen.
      const writable = read.find((s) => locationOf(s.f.path)?.write !== 'read');
      const at = writable?.at;
      const e = writable && strengthenEdit(p, writable.f, writable.e, at);
      if (e && writable) ctx.strengthened?.set(e.id, { pattern: p, file: writable.f, line: writable.e.startLine + (at ?? 0) });
      return e ? [e] : [];
    }
  }
  for (const rootTarget of targets) {
    const target = nestedTarget(rootTarget, p.folders, ctx.memory);
    if (sayers.some((s) => s.f.path === target) || itemSayers.some((s) => s.f.path === target) || orderers.some((f) => f.path === target)) {
      ctx.alreadySaid?.add(p.id);
      continue;
    }
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
    if ([...sayers.map((s) => s.f), ...itemSayers.map((s) => s.f), ...orderers].some((f) => readable.has(f.path)) && targets.length === 1) {
      ctx.alreadySaid?.add(p.id);
      continue;
    }
    edits.push(
      makeEdit({
        op: 'add',
        file: target,
        section: sectionFor(fileOf(target), lesson) ?? lessonSection(fileOf(target)),
        after: lesson,
        rationale: rationale + saidTwiceNote(target, targets) + nestedNote(target, rootTarget),
        ...fromPattern(p),
      }),
    );
  }
  return edits;
}
