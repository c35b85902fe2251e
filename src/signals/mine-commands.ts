/**
 * Signals from tool calls: errors followed by a working variant, failures that keep repeating,
 * checks that refused a call until something ran first, and failures of commands memory told the
 * agent to run. Non-zero exits that are not failures (see not-failures.ts) teach nothing.
 */
import type { Session, Signal } from '../model/index.js';
import {
  COSMETIC_FLAG,
  commandDisplay,
  commandFamily,
  isTestCommand,
  lessonCommand,
  looksLikeTestFailure,
  structuralDiff,
  structuralTokens,
  type CommandShape,
} from './command.js';
import { clip, errorSignature, salientErrorLine } from './normalize.js';
import { evidenceFor } from './evidence.js';
import { fixLesson } from './lesson-text.js';
import { mentionRelation, type CommandMention } from './memory-refs.js';
import { actingShape, isGate, onlyLooks, principal, sessionSteps, writtenFiles, type Step } from './episodes.js';
import { notAFailure, reportsLintFindings } from './not-failures.js';
import { gateSignals, otherToolFix, prerequisiteSignals, refusedArgSignal } from './mine-episodes.js';
import { ROOT_TOKEN, isOverrideToken, runsAsRoot } from './override.js';

const FIX_WINDOW = 25;

/**
 * Flags that choose which tests run (`pytest -k name`, `go test -run TestX`, `jest -t name`), by
 * runner: like a path argument, a narrower selection is not another way of running the tests.
 */
const SELECTION: Record<string, RegExp> = {
  pytest: /^(-k|-m|--deselect(=.*)?|--lf|--last-failed|--ff|--failed-first|--sw|--stepwise)$/,
  go: /^-(run|skip)(=.*)?$/,
  jest: /^(-t|--testNamePattern(=.*)?|--testPathPattern(=.*)?|-o|--onlyChanged)$/,
  vitest: /^(-t|--testNamePattern(=.*)?)$/,
  mocha: /^(-g|--grep(=.*)?|-f|--fgrep(=.*)?)$/,
  rspec: /^(-e|--example(=.*)?|--tag(=.*)?)$/,
  phpunit: /^(--filter(=.*)?|--group(=.*)?)$/,
  playwright: /^(-g|--grep(=.*)?|--project(=.*)?)$/,
};
/** A package script's runner is unknown (`npm test -- -t x`): only flags that select for every runner using them. */
const SCRIPT_SELECTION = /^(-t|--testNamePattern(=.*)?|--grep(=.*)?|-k|--filter(=.*)?)$/;

function selectsTests(shape: CommandShape, flag: string): boolean {
  if (!isTestCommand(shape)) return false;
  return (SELECTION[shape.program === 'py.test' ? 'pytest' : shape.program] ?? SCRIPT_SELECTION).test(flag);
}

/** A token of `shape` that changes how it runs: not an output-only flag, nor a test selection. */
const meaningful = (shape: CommandShape) => (t: string) =>
  !(t.startsWith('flag:') && (COSMETIC_FLAG.test(t.slice(5)) || selectsTests(shape, t.slice(5))));

/** The fix's structural change; running as root is part of it (the shape drops `sudo` as a wrapper). */
function meaningfulDiff(a: CommandShape, b: CommandShape): { added: string[]; removed: string[] } {
  const d = structuralDiff(a, b);
  const added = d.added.filter(meaningful(b));
  if (runsAsRoot(b) && !runsAsRoot(a)) added.push(ROOT_TOKEN);
  return { added: added.sort(), removed: d.removed.filter(meaningful(a)) };
}

/**
 * Structural tokens by shape: a failure is compared with each later command of its family (up to
 * FIX_WINDOW), so the same shapes' tokens were built again for every pair.
 */
const tokenSets = new WeakMap<CommandShape, ReadonlySet<string>>();
function tokenSet(shape: CommandShape): ReadonlySet<string> {
  let set = tokenSets.get(shape);
  if (!set) tokenSets.set(shape, (set = new Set(structuralTokens(shape))));
  return set;
}

/** Whether meaningfulDiff(a, b) is not empty, without building it. */
function changesStructure(a: CommandShape, b: CommandShape): boolean {
  const ta = tokenSet(a);
  const tb = tokenSet(b);
  const inB = meaningful(b);
  const inA = meaningful(a);
  for (const t of tb) if (!ta.has(t) && inB(t)) return true;
  for (const t of ta) if (!tb.has(t) && inA(t)) return true;
  return false;
}

export function mineCommands(session: Session, mentions: readonly CommandMention[]): Signal[] {
  const steps = sessionSteps(session.events);
  const signals: Signal[] = [];
  const repeated = new Map<string, Step[]>();
  const created = new Set<string>();

  steps.forEach((step, i) => {
    const shape = actingShape(step);
    if (step.ok || !shape) {
      for (const f of writtenFiles(step.call)) created.add(f);
      return;
    }
    // A refusal by a hook, or by a gate such as `git commit`: the lesson is what let it through.
    const blocked = principal(step);
    if (
      step.hook ||
      (blocked && isGate(blocked) && step.shapes.every((s) => s === blocked || commandFamily(s) === 'git add' || onlyLooks(s)))
    ) {
      signals.push(...gateSignals(session, steps, i));
      if (step.hook) return;
    }
    const command = step.call.command ?? '';
    const exitCode = step.outcome.kind === 'tool_result' ? step.outcome.exitCode : undefined;
    if (notAFailure(command, step.shapes, step.text, exitCode, created)) return;
    const refused = refusedArgSignal(session, steps, i);
    if (refused) {
      signals.push(refused);
      return;
    }
    // The same command passing later: a red-green loop (files edited) or a prerequisite (none edited).
    const prereqs = prerequisiteSignals(session, steps, i);
    if (prereqs) {
      signals.push(...prereqs);
      return;
    }
    if ((isTestCommand(shape) && looksLikeTestFailure(step.text)) || reportsLintFindings(shape, step.text)) return;
    const fam = commandFamily(shape);
    // A command that only looks (`sed -n 1,9p`) is no working form of one that does something (`sed -i`).
    const looks = onlyLooks(shape);
    // The later step's own command, or its first when that is of the failure's family (a working `sed -i` before a script).
    const candidate = (r: Step) => [actingShape(r), r.shapes[0]].find((f) => !!f && commandFamily(f) === fam);
    let fixStep = laterCommands(steps, i).find((r) => {
      const f = r.ok ? candidate(r) : undefined;
      return !!f && (looks || !onlyLooks(f)) && changesStructure(shape, f);
    });
    let fixShape = fixStep && candidate(fixStep);
    let d = fixShape ? meaningfulDiff(shape, fixShape) : undefined;
    let fixSignature = d ? `fix|${fam}|-${d.removed.join(',')}|+${d.added.join(',')}` : '';
    if (!fixStep) {
      const other = otherToolFix(steps, i, FIX_WINDOW);
      if (other) {
        fixStep = other.step;
        fixShape = other.shape;
        d = { added: [`tool:${commandFamily(other.shape)}`], removed: [`tool:${fam}`] };
        fixSignature = `fix|${fam}|-${d.removed.join(',')}|+${d.added.join(',')}`;
      }
    }
    const err = salientErrorLine(step.text);
    const errSig = errorSignature(step.text);
    const memory = linkMemory(shape, fixShape, mentions);
    const override = !!d && d.added.some((t) => isOverrideToken(fam, t));
    const failedCore = lessonCommand(shape);
    const fixedCore = fixShape ? lessonCommand(fixShape) : undefined;
    const evidence = [
      evidenceFor(session, step.outcome, err, 'failure'),
      ...(fixStep ? [evidenceFor(session, fixStep.call, fixStep.call.command, 'fix')] : []),
    ];
    if (memory) {
      signals.push({
        kind: 'memory_failure',
        sessionId: session.id,
        agent: session.agent,
        // Memory that was wrong shares the fix's pattern; memory that was right but ignored is its own lesson.
        signature:
          fixStep && !override && memory.relation === 'same' ? fixSignature : `mem|${memory.mention.entry.id}|${fam}|${memory.relation}`,
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
    if (fixStep && fixShape && fixedCore) {
      signals.push({
        kind: 'error_then_fix',
        sessionId: session.id,
        agent: session.agent,
        signature: fixSignature,
        summary: `\`${commandDisplay(shape)}\` failed (${clip(err, 100)}); \`${commandDisplay(fixShape)}\` worked`,
        ...(override ? {} : { lesson: fixLesson(fixedCore, failedCore, err) }),
        failed: failedCore,
        fixed: fixedCore,
        evidence,
      });
      return;
    }
    if (looksLikeTestFailure(step.text)) return;
    const rkey = `${step.key}|${errSig}`;
    const group = repeated.get(rkey);
    if (group) group.push(step);
    else repeated.set(rkey, [step]);
  });

  for (const group of repeated.values()) {
    if (group.length < 2) continue;
    const first = group[0] as Step;
    const shape = actingShape(first) as CommandShape;
    const err = salientErrorLine(first.text);
    signals.push({
      kind: 'repeated_failure',
      sessionId: session.id,
      agent: session.agent,
      signature: `repeat|${commandFamily(shape)}|${errorSignature(first.text)}`,
      summary: `\`${clip(commandDisplay(shape), 80)}\` failed ${group.length} times: ${clip(err, 100)}`,
      failed: commandDisplay(shape),
      evidence: group.slice(0, 2).map((r) => evidenceFor(session, r.outcome, salientErrorLine(r.text), 'failure')),
    });
  }
  return dedupeBySignature(signals);
}

/** The first FIX_WINDOW steps after `i` that ran commands (a loop: copying the rest of the session per failure was quadratic). */
function laterCommands(steps: readonly Step[], i: number): Step[] {
  const out: Step[] = [];
  for (let j = i + 1; j < steps.length && out.length < FIX_WINDOW; j++) if (steps[j]!.shapes.length > 0) out.push(steps[j]!);
  return out;
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
