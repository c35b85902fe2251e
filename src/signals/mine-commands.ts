/**
 * Signals from tool calls: errors followed by a working variant, failures that keep repeating,
 * hook blocks, and failures of commands that memory told the agent to run.
 */
import type { Session, SessionEvent, ToolCallEvent, ToolResultEvent, Signal } from '../model/index.js';
import {
  COSMETIC_FLAG,
  commandDisplay,
  commandFamily,
  isTestCommand,
  lessonCommand,
  looksLikeTestFailure,
  parseCommand,
  structuralDiff,
  type CommandShape,
} from './command.js';
import { clip, errorSignature, salientErrorLine } from './normalize.js';
import { evidenceFor } from './evidence.js';
import { fixLesson } from './lesson-text.js';
import { mentionRelation, type CommandMention } from './memory-refs.js';

interface Run {
  call: ToolCallEvent;
  result: ToolResultEvent;
  shape: CommandShape;
  /** Whitespace-normalised command line: identity for "the same command again". */
  key: string;
}

const HOOK_TEXT = /^(pre-commit validation failed|.{0,40}\bhook\b.{0,40}\b(blocked|denied|rejected|failed)\b|blocked by (a |the )?\w*\s*hook|PreToolUse)/i;
const FIX_WINDOW = 25;
const HOOK_HEAD_LINES = 4;
/** Flags that get past a safeguard. "It worked with --force" is not a lesson to teach. */
const OVERRIDE_FLAG = /^flag:(-f|--force|--force-with-lease|--no-verify|-n|--legacy-peer-deps|--allow-empty|--skip-checks?|--unsafe-perm|-D)$/;

/** True for a fix signature whose only way through was a safeguard override (`git add -f`). */
export function isOverrideFix(signature: string): boolean {
  if (!signature.startsWith('fix|')) return false;
  const added = signature.slice(signature.lastIndexOf('|+') + 2).split(',');
  return added.some((t) => OVERRIDE_FLAG.test(t));
}

/** Tool calls paired with their results; only shell-like calls (those with a command). */
export function pairRuns(events: readonly SessionEvent[]): Run[] {
  const calls = new Map<string, ToolCallEvent>();
  const pending: ToolCallEvent[] = [];
  const runs: Run[] = [];
  for (const e of events) {
    if (e.kind === 'tool_call') {
      if (e.callId) calls.set(e.callId, e);
      pending.push(e);
    } else if (e.kind === 'tool_result') {
      const call = e.callId ? calls.get(e.callId) : pending[pending.length - 1];
      if (!call) continue;
      const i = pending.indexOf(call);
      if (i >= 0) pending.splice(i, 1);
      if (!call.command) continue;
      const shape = parseCommand(call.command);
      if (!shape) continue;
      runs.push({ call, result: e, shape, key: call.command.replace(/\s+/g, ' ').trim() });
    }
  }
  return runs;
}

function meaningfulDiff(a: CommandShape, b: CommandShape): { added: string[]; removed: string[] } {
  const d = structuralDiff(a, b);
  const keep = (t: string) => !(t.startsWith('flag:') && COSMETIC_FLAG.test(t.slice(5)));
  return { added: d.added.filter(keep), removed: d.removed.filter(keep) };
}

export function isHookText(text: string): boolean {
  return HOOK_TEXT.test(text.trim());
}

/** A hook message without its upper-case tags ("[FORMAT] Use pnpm" -> "Use pnpm"). */
export function withoutTags(line: string): string {
  return line.replace(/\s*[[(][A-Z][A-Z0-9_-]+[\])]\s*/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The hook's demand, when it states one ("Run 'mix format' to fix.", "Use pnpm instead of npm"). */
export function hookRequirement(text: string): { line: string; command?: string } | undefined {
  // The hook's own words come first; what follows is usually the checker's output (credo, eslint...),
  // whose advice is not what the hook requires.
  const lines = text.split(/\r?\n|\\n/).map((l) => l.trim()).filter(Boolean).slice(0, HOOK_HEAD_LINES);
  for (const line of lines) {
    // A tag may lead the line ("[FORMAT] Run 'mix format'"); the line itself stays verbatim for citing.
    const m = /^(?:please\s+)?run\s+['"`]([^'"`]+)['"`]/i.exec(withoutTags(line));
    if (m) return { line, command: m[1] };
  }
  const imperative = lines.find((l) => /^(please\s+)?(use|always|never|do not|don't|must)\b/i.test(withoutTags(l)) && l.length <= 200);
  return imperative ? { line: imperative } : undefined;
}

function hookSignal(session: Session, event: SessionEvent, text: string, command: string | undefined): Signal | undefined {
  const blocked = command ? parseCommand(command) : undefined;
  const req = hookRequirement(text);
  if (!req) return undefined;
  // The hook's tag ([FORMAT]) tells hooks apart in the signature; in memory it is noise.
  const tag = /\[([A-Z][A-Z_-]+)\]/.exec(text)?.[1] ?? '';
  const line = withoutTags(req.line);
  // Pre-commit hooks block the commit even when the call chained `git add && git commit`.
  const when = /\bgit\s+commit\b/.test(command ?? '') || /pre-commit/i.test(text) ? 'git commit' : blocked ? commandFamily(blocked) : '';
  const lesson = req.command
    ? `Run \`${req.command}\` before \`${when || 'the blocked command'}\`: a hook blocks it otherwise.`
    : clip(line, 200);
  return {
    kind: 'hook_block',
    sessionId: session.id,
    agent: session.agent,
    signature: `hook|${when}|${tag}|${req.line.toLowerCase().replace(/\d+/g, '<n>')}`,
    summary: `A hook blocked ${when ? `\`${when}\`` : 'a tool call'}: ${clip(line, 120)}`,
    lesson,
    evidence: [evidenceFor(session, event, req.line)],
  };
}


export function mineCommands(session: Session, mentions: readonly CommandMention[]): Signal[] {
  const runs = pairRuns(session.events);
  const signals: Signal[] = [];
  const repeated = new Map<string, Run[]>();

  for (const e of session.events) {
    if (e.kind !== 'hook_block') continue;
    const call = session.events.find((c): c is ToolCallEvent => c.kind === 'tool_call' && !!e.callId && c.callId === e.callId);
    const s = hookSignal(session, e, e.text, call?.command);
    if (s) signals.push(s);
  }

  runs.forEach((run, i) => {
    const { result, shape } = run;
    if (result.ok || result.cascade) return;
    if (isHookText(result.text)) {
      const s = hookSignal(session, result, result.text, run.call.command);
      if (s) signals.push(s);
      return;
    }
    const later = runs.slice(i + 1, i + 1 + FIX_WINDOW);
    const sameLaterOk = later.findIndex((r) => r.key === run.key && r.result.ok);
    const testFailure = isTestCommand(shape) && looksLikeTestFailure(result.text);
    // The same command passing later is a red-green loop or a flake: the command was never the problem.
    if (sameLaterOk >= 0 || testFailure) return;
    const fam = commandFamily(shape);
    const fix = later.find((r) => {
      if (!r.result.ok || commandFamily(r.shape) !== fam) return false;
      const d = meaningfulDiff(shape, r.shape);
      return d.added.length + d.removed.length > 0;
    });
    const err = salientErrorLine(result.text);
    const errSig = errorSignature(result.text);
    const memory = linkMemory(shape, fix?.shape, mentions);
    const d = fix ? meaningfulDiff(shape, fix.shape) : undefined;
    const override = !!d && d.added.some((t) => OVERRIDE_FLAG.test(t));
    // A fix's signature names the family and what changed, so the same fix clusters whether or not
    // memory was involved, and whatever flags or test selection each session happened to use.
    const fixSignature = d ? `fix|${fam}|-${d.removed.join(',')}|+${d.added.join(',')}` : '';
    const failedCore = lessonCommand(shape);
    const fixedCore = fix ? lessonCommand(fix.shape) : undefined;
    const evidence = [evidenceFor(session, result, err, 'failure'), ...(fix ? [evidenceFor(session, fix.call, fix.call.command, 'fix')] : [])];
    if (memory) {
      signals.push({
        kind: 'memory_failure',
        sessionId: session.id,
        agent: session.agent,
        // Memory that was wrong shares the fix's pattern; memory that was right but ignored is its own lesson.
        signature: fix && !override && memory.relation === 'same' ? fixSignature : `mem|${memory.mention.entry.id}|${fam}|${memory.relation}`,
        summary:
          memory.relation === 'same'
            ? `Memory says \`${memory.mention.text}\`, which failed: ${clip(err, 100)}`
            : `Memory says \`${memory.mention.text}\`, but \`${commandDisplay(shape)}\` was run and failed: ${clip(err, 100)}`,
        lesson: fixedCore ? fixLesson(fixedCore, failedCore, err) : undefined,
        failed: failedCore,
        fixed: fixedCore,
        memoryEntryId: memory.mention.entry.id,
        evidence,
      });
      return;
    }
    if (fix && fixedCore) {
      signals.push({
        kind: 'error_then_fix',
        sessionId: session.id,
        agent: session.agent,
        signature: fixSignature,
        summary: `\`${commandDisplay(shape)}\` failed (${clip(err, 100)}); \`${commandDisplay(fix.shape)}\` worked`,
        ...(override ? {} : { lesson: fixLesson(fixedCore, failedCore, err) }),
        failed: failedCore,
        fixed: fixedCore,
        evidence,
      });
      return;
    }
    if (looksLikeTestFailure(result.text)) return;
    const rkey = `${run.key}|${errSig}`;
    repeated.set(rkey, [...(repeated.get(rkey) ?? []), run]);
  });

  for (const group of repeated.values()) {
    if (group.length < 2) continue;
    const first = group[0] as Run;
    const err = salientErrorLine(first.result.text);
    signals.push({
      kind: 'repeated_failure',
      sessionId: session.id,
      agent: session.agent,
      signature: `repeat|${commandFamily(first.shape)}|${errorSignature(first.result.text)}`,
      summary: `\`${clip(commandDisplay(first.shape), 80)}\` failed ${group.length} times: ${clip(err, 100)}`,
      failed: commandDisplay(first.shape),
      evidence: group.slice(0, 2).map((r) => evidenceFor(session, r.result, salientErrorLine(r.result.text), 'failure')),
    });
  }
  return dedupeBySignature(signals);
}

function linkMemory(
  failed: CommandShape,
  fixed: CommandShape | undefined,
  mentions: readonly CommandMention[],
): { mention: CommandMention; relation: 'same' | 'ignored' } | undefined {
  for (const mention of mentions) {
    const relation = mentionRelation(mention.shape, failed);
    if (relation === 'same') return { mention, relation };
    // Memory named a richer variant; it only counts as ignored when that variant is what worked.
    if (relation === 'ignored' && fixed && mentionRelation(mention.shape, fixed) === 'same') return { mention, relation };
  }
  return undefined;
}

/** One signal per signature per session: support counts sessions, not retries. */
export function dedupeBySignature(signals: Signal[]): Signal[] {
  const seen = new Set<string>();
  return signals.filter((s) => {
    const k = `${s.kind}|${s.signature}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
