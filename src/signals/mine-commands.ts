/**
 * Signals from tool calls: errors followed by a working variant, failures that keep repeating,
 * checks that refused a call until something ran first, and failures of commands memory told the
 * agent to run. Non-zero exits that are not failures (see not-failures.ts) teach nothing.
 */
import type { Session, Signal } from '../model/index.js';
import { changesPythonM, commandFamily, isTestCommand, looksLikeTestFailure, type CommandShape } from './command.js';
import { commandDisplay, lessonCommand } from './command-display.js';
import { clip, errorLineSignature, salientErrorLine } from './normalize.js';
import { evidenceFor } from './evidence.js';
import { fixLesson } from './lesson-text.js';
import { setsMachineValue } from './machine-values.js';
import { mentionRelation, type CommandMention } from './memory-refs.js';
import { actingShape, isGate, namedIn, onlyLooks, principal, sessionSteps, stepKey, writtenFiles, type Step } from './episodes.js';
import { scriptFixed, workingVariant } from './fix-search.js';
import { notAFailure, reportsLintFindings } from './not-failures.js';
import { gateSignals, otherToolFix, prerequisiteSignals, refusedArgSignal } from './mine-episodes.js';
import { isOverrideToken } from './override.js';

const FIX_WINDOW = 25;
const MAX_KNOWN_NAMES = 20_000;

/**
 * The failure said something is not set up yet ("No DEPLOYMENT set, run `x dev` to configure", "not
 * logged in", "initialization required"). What worked next was that setup step, another operation
 * rather than a better form of the command, so "Run <setup>, not <command>" would be wrong.
 */
const NOT_SET_UP =
  /\b(?:not (?:set|configured|initiali[sz]ed|logged in|authenticated|linked)\b|no [\w-]+ (?:is )?(?:set|configured)\b|(?:initiali[sz]ation|login|authentication) required\b|(?:log ?in|configure|init(?:iali[sz]e)?|set ?up) first\b|run [`'"][^`'"\n]{1,60}[`'"] (?:first|to (?:configure|set up|initiali[sz]e|log ?in|link)))/i;

/** What a command does: its program and subcommand, or for a program we know no subcommands of, its first word. */
const operation = (s: CommandShape) => [s.program, ...(s.sub.length > 0 ? s.sub : s.args.slice(0, 1))].join(' ');
const sameOperation = (a: CommandShape, b: CommandShape) => operation(a) === operation(b);

export function mineCommands(session: Session, mentions: readonly CommandMention[]): Signal[] {
  const steps = sessionSteps(session.events);
  const signals: Signal[] = [];
  const repeated = new Map<string, Step[]>();
  const created = new Set<string>();
  // Names the session came across, so a folder `mkdir -p` passes through is the agent's only when new (bounded).
  // Gathered when a step asks (writtenFiles asks for `mkdir`, `cp` and `ln` alone), not as each step is written:
  // most sessions run none of them, and scanning every step's command and listing for names cost more than the
  // rest of finding what it wrote. Asked, they are the names of every step written before, added in order.
  const known = new Set<string>();
  const unread: Step[] = [];
  const names = {
    has: (name: string): boolean => {
      for (const s of unread) for (const n of namedIn(s)) if (known.size < MAX_KNOWN_NAMES) known.add(n);
      unread.length = 0;
      return known.has(name);
    },
  };
  const write = (step: Step) => {
    for (const f of writtenFiles(step.call, names)) created.add(f);
    unread.push(step);
  };

  steps.forEach((step, i) => {
    const shape = actingShape(step);
    if (step.ok || !shape) {
      write(step);
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
    // A script the step wrote and then ran (`cat > t.py <<EOF` ... `python t.py`) is the agent's own.
    write(step);
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
    const memoryNamesIt = linkMemory(shape, undefined, mentions)?.relation === 'same';
    const variant = workingVariant(steps, i, shape, { window: FIX_WINDOW, memoryNamesIt });
    let fixStep = variant?.step;
    let fixShape = variant?.shape;
    let d = variant?.diff;
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
    const errSig = errorLineSignature(err);
    const memory = linkMemory(shape, fixShape, mentions);
    const override = !!d && d.added.some((t) => isOverrideToken(fam, t));
    // "`pytest` fails, `python -m pytest` works": the runner is the lesson, so both sides keep how they ran.
    const keepPythonM = changesPythonM(d);
    const script = scriptFixed(shape, fixShape, step.text);
    const failedCore = lessonCommand(shape, keepPythonM, script);
    const fixedCore = fixShape ? lessonCommand(fixShape, keepPythonM, script) : undefined;
    // A home folder, a run's temporary folder or a redacted secret in either command is no one else's to run.
    const machineValues = setsMachineValue(failedCore) || (fixedCore !== undefined && setsMachineValue(fixedCore));
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
        lesson: fixedCore && !machineValues ? fixLesson(fixedCore, failedCore, err) : undefined,
        failed: failedCore,
        fixed: fixedCore,
        memoryEntryId: memory.mention.entry.id,
        evidence,
      });
      return;
    }
    if (fixStep && fixShape && fixedCore) {
      if (!sameOperation(shape, fixShape) && NOT_SET_UP.test(step.text.slice(0, 2000))) return;
      signals.push({
        kind: 'error_then_fix',
        sessionId: session.id,
        agent: session.agent,
        signature: fixSignature,
        summary: `\`${commandDisplay(shape)}\` failed (${clip(err, 100)}); \`${commandDisplay(fixShape)}\` worked`,
        ...(override || machineValues ? {} : { lesson: fixLesson(fixedCore, failedCore, err) }),
        failed: failedCore,
        fixed: fixedCore,
        evidence,
      });
      return;
    }
    if (looksLikeTestFailure(step.text)) return;
    const rkey = `${stepKey(step)}|${errSig}`;
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
      signature: `repeat|${commandFamily(shape)}|${errorLineSignature(err)}`,
      summary: `\`${clip(commandDisplay(shape), 80)}\` failed ${group.length} times: ${clip(err, 100)}`,
      failed: commandDisplay(shape),
      evidence: group.slice(0, 2).map((r, k) => evidenceFor(session, r.outcome, k === 0 ? err : salientErrorLine(r.text), 'failure')),
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
