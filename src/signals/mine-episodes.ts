/**
 * Lessons read off failure -> resolution episodes (see episodes.ts):
 * - a prerequisite: X fails, Y runs, X passes with no file edited in between -> "Run Y before X";
 * - a check that gates work (a hook refusing a call, a failing `git commit`): the checks the agent
 *   ran before the gate let it through -> "Run Y before X";
 * - another tool for the same intent: X fails, Z passes on the same path -> "Use Z, not X";
 * - arguments the command refused: X fails naming one of its own arguments, and the agent drops it
 *   (or forces it) -> "Leave A out of X".
 *
 * Every lesson names only commands and arguments that ran; tool output never becomes lesson text.
 */
import type { Session, Signal } from '../model/index.js';
import { commandFamily, looksLikeTestFailure, type CommandShape } from './command.js';
import { lessonCommand } from './command-display.js';
import { evidenceFor } from './evidence.js';
import { salientErrorLine } from './normalize.js';
import { isGate, namedBy, onlyLooks, principal, quietWrite, resolve, stepKey, type Step } from './episodes.js';
import { overrideOf } from './override.js';
import { runsInlineCode } from './not-failures.js';
import { setsMachineValue } from './machine-values.js';

/** Steps a gate episode may span: fixing what a pre-commit check found can take a while. */
const GATE_WINDOW = 200;

/** A retry forced past the check (see override.ts) did not satisfy it. */
const bypassed = (shape: CommandShape) => overrideOf(shape, commandFamily(shape)) !== undefined;

function prereqSignal(
  session: Session,
  kind: 'hook_block' | 'error_then_fix',
  failedStep: Step,
  blocked: CommandShape,
  by: { step: Step; shape: CommandShape },
  retry: Step,
): Signal {
  // A gate is named by its family (`git commit`, whatever the message); other commands as memory would write them.
  const x = isGate(blocked) ? commandFamily(blocked) : lessonCommand(blocked);
  const y = lessonCommand(by.shape);
  const err = salientErrorLine(failedStep.text);
  const reason = kind === 'hook_block' ? 'a hook blocks it otherwise' : `\`${x}\` fails until it has run`;
  // A home folder, a run's temporary folder or a redacted secret in either command is no one else's to run.
  const machineValues = setsMachineValue(x) || setsMachineValue(y);
  return {
    kind,
    sessionId: session.id,
    agent: session.agent,
    signature: `prereq|${x}|${commandFamily(by.shape)}`,
    summary: `\`${x}\` ${kind === 'hook_block' ? 'was blocked by a hook' : 'failed'}; \`${y}\` ran and then \`${x}\` passed`,
    ...(machineValues ? {} : { lesson: `Run \`${y}\` before \`${x}\`: ${reason}.` }),
    failed: x,
    fixed: y,
    evidence: [
      evidenceFor(session, failedStep.outcome, err),
      evidenceFor(session, by.step.call, by.shape.segment),
      evidenceFor(session, retry.call, retry.call.command),
    ],
  };
}

/**
 * The retry passed only because it left the sandbox (Codex's escalated permissions, read from the call's
 * arguments) while the failure ran inside: the sandbox refused the command, so nothing that ran in between
 * was its prerequisite.
 */
const leftSandbox = (failed: Step, retry: Step) => !!retry.call.escalated && !failed.call.escalated;

/**
 * A sandbox failure is its own kind, with no lesson: whether a command may leave the sandbox is the
 * harness's setting on one machine, not a fact of the project.
 */
function sandboxSignal(session: Session, failedStep: Step, blocked: CommandShape, retry: Step): Signal {
  const x = isGate(blocked) ? commandFamily(blocked) : lessonCommand(blocked);
  return {
    kind: 'error_then_fix',
    sessionId: session.id,
    agent: session.agent,
    signature: `sandbox|${commandFamily(blocked)}`,
    summary: `\`${x}\` failed inside the sandbox and passed when run outside it`,
    failed: x,
    evidence: [
      evidenceFor(session, failedStep.outcome, salientErrorLine(failedStep.text)),
      evidenceFor(session, retry.call, retry.call.command),
    ],
  };
}

/**
 * A gate refused the call (a hook block, or `git commit`/`git push` failing): which of the commands
 * the agent ran before the gate let it through were what the gate wanted? With no file edited in
 * between, all of them; after edits, only those the refusal named (`[CREDO]` names `mix credo`).
 */
export function gateSignals(session: Session, steps: readonly Step[], i: number): Signal[] {
  const step = steps[i] as Step;
  const blocked = principal(step);
  if (!blocked) return [];
  const fam = commandFamily(blocked);
  const res = resolve(steps, i, (s) => s.shapes.some((sh) => commandFamily(sh) === fam && !bypassed(sh)), GATE_WINDOW);
  const retry = steps[res.retry];
  if (!retry) {
    const sub = step.hook ? substituteSignal(session, steps, i, blocked) : undefined;
    return sub ? [sub] : [];
  }
  if (leftSandbox(step, retry)) return [sandboxSignal(session, step, blocked, retry)];
  const kind = step.hook ? 'hook_block' : 'error_then_fix';
  const out: Signal[] = [];
  for (const by of res.between) {
    if (by.shape.program === blocked.program || by.step.edit) continue;
    if (res.edited && !namedBy(step.text, by.shape)) continue;
    out.push(prereqSignal(session, kind, step, blocked, by, retry));
  }
  return out;
}

/** Steps after a hook block in which the agent's next real command is looked for. */
const SUBSTITUTE_WINDOW = 8;

/**
 * A hook blocked X and the agent never ran X again: the next command that did something, ran by
 * another program on the same arguments (`npm install zod` -> `pnpm add zod`) or as the same
 * subcommand (`npm install` -> `pnpm install`), is what the project wants instead.
 */
function substituteSignal(session: Session, steps: readonly Step[], i: number, blocked: CommandShape): Signal | undefined {
  const step = steps[i] as Step;
  for (let j = i + 1; j < Math.min(steps.length, i + 1 + SUBSTITUTE_WINDOW); j++) {
    const s = steps[j] as Step;
    if (s.edit) return undefined;
    const z = principal(s);
    if (!s.ok || !z || onlyLooks(z)) continue;
    const sameArgs = blocked.args.length > 0 && z.args.some((a) => blocked.args.includes(a));
    const sameSub = blocked.args.length === 0 && !!blocked.sub[0] && z.sub[0] === blocked.sub[0];
    if (z.program === blocked.program || !(sameArgs || sameSub)) return undefined;
    // The programs, not the full commands: the blocked one never ran, so memory names no more of it than needed.
    const x = blocked.program;
    const y = z.program;
    return {
      kind: 'hook_block',
      sessionId: session.id,
      agent: session.agent,
      signature: `substitute|${x}|${y}`,
      summary: `A hook blocked \`${x}\`; the agent ran \`${y}\` instead`,
      lesson: `Use \`${y}\` instead of \`${x}\`: a hook blocks \`${x}\` commands.`,
      evidence: [
        evidenceFor(session, step.call, step.call.command),
        evidenceFor(session, step.outcome),
        evidenceFor(session, s.call, s.call.command),
      ],
    };
  }
  return undefined;
}

/**
 * The same command failed and later passed. With files edited in between it is a red-green loop
 * (no lesson); with only other commands run in between, those were its prerequisites.
 */
export function prerequisiteSignals(session: Session, steps: readonly Step[], i: number): Signal[] | undefined {
  const step = steps[i] as Step;
  const key = stepKey(step);
  const res = resolve(steps, i, (s) => stepKey(s) === key);
  const retry = steps[res.retry];
  if (!retry) return undefined;
  const shape = principal(step);
  if (!shape || res.edited || looksLikeTestFailure(step.text)) return [];
  if (leftSandbox(step, retry)) return [sandboxSignal(session, step, shape, retry)];
  return res.between.filter((b) => !b.step.edit).map((b) => prereqSignal(session, 'error_then_fix', step, shape, b, retry));
}

const PATHLIKE = /^(?![-/~$])[\w@.+-]+(\/[\w@.+-]+)*\/?$/;

/**
 * The argument (or the directory of one) that the failure output names: the part of the command
 * the tool refused. Only repository-relative paths: an absolute one belongs to one machine.
 */
function refusedArg(shape: CommandShape, outputLines: () => ReadonlySet<string>): { arg: string; named: string } | undefined {
  for (const arg of shape.args) {
    if (!arg.includes('/') || !PATHLIKE.test(arg)) continue;
    const lines = outputLines();
    if (lines.has(arg)) return { arg, named: arg };
    const parts = arg.split('/');
    for (let n = parts.length - 1; n >= 1; n--) {
      const dir = parts.slice(0, n).join('/');
      if (lines.has(dir) || lines.has(`${dir}/`)) return { arg, named: `${dir}/` };
    }
  }
  return undefined;
}

/**
 * X failed naming one of its own path arguments; a later X of the same family succeeded without it,
 * or with it forced past the refusal. The lesson is to leave the path out, never to force it.
 */
export function refusedArgSignal(session: Session, steps: readonly Step[], i: number): Signal | undefined {
  const step = steps[i] as Step;
  // The output's lines, split once and only when some argument is a relative path.
  let lines: ReadonlySet<string> | undefined;
  const outputLines = () =>
    (lines ??= new Set(
      step.text
        .slice(0, 20_000)
        .split(/\r?\n|\\n/)
        .map((l) => l.trim())
        .filter(Boolean),
    ));
  let shape: CommandShape | undefined;
  let refused: { arg: string; named: string } | undefined;
  for (const s of step.shapes) {
    refused = refusedArg(s, outputLines);
    if (refused) {
      shape = s;
      break;
    }
  }
  if (!shape || !refused) return undefined;
  const fam = commandFamily(shape);
  const others = shape.args.filter((a) => a !== refused.arg);
  const res = resolve(steps, i, (s) =>
    s.shapes.some(
      (sh) =>
        commandFamily(sh) === fam &&
        (sh.args.includes(refused.arg) ? bypassed(sh) : others.length === 0 || sh.args.some((a) => others.includes(a))),
    ),
  );
  const retry = steps[res.retry];
  if (!retry) return undefined;
  const err = salientErrorLine(step.text);
  const forced = retry.shapes.find((sh) => commandFamily(sh) === fam && sh.args.includes(refused.arg) && bypassed(sh));
  const force = forced && overrideOf(forced, fam);
  return {
    kind: 'error_then_fix',
    sessionId: session.id,
    agent: session.agent,
    signature: `refuse|${fam}|${refused.named}`,
    summary: `\`${fam}\` refused \`${refused.named}\` (${err.slice(0, 100)}); the agent went on without it or forced it`,
    lesson: `Leave \`${refused.named}\` out of \`${fam}\`: \`${fam}\` refuses it${force ? `, and forcing it with \`${force}\` only hides the refusal` : ''}.`,
    failed: fam,
    evidence: [
      evidenceFor(session, step.outcome, err),
      evidenceFor(session, step.call, refused.arg),
      evidenceFor(session, retry.call, retry.call.command),
    ],
  };
}

const PATH_ARG = /[/\\]|\.\w{1,5}$/;

/**
 * X failed and, with nothing edited in between, another program passed on the same path
 * (`python -m pytest tests/a.py` -> `bin/test tests/a.py`): the project runs that intent with the other tool,
 * unless X itself passed on that path meanwhile.
 */
export function otherToolFix(steps: readonly Step[], i: number, window: number): { step: Step; shape: CommandShape } | undefined {
  const step = steps[i] as Step;
  const shape = principal(step);
  if (!shape || isGate(shape)) return undefined;
  const paths = shape.args.filter((a) => PATH_ARG.test(a));
  if (paths.length === 0) return undefined;
  const res = resolve(
    steps,
    i,
    (s) => {
      const z = principal(s);
      // Deleting, moving or creating the path (`rm foo.py`), or code of the agent's own (`python3 -c`), is no other way of doing what failed.
      return (
        !!z && z.program !== shape.program && !onlyLooks(z) && !quietWrite(z) && !runsInlineCode(z) && z.args.some((a) => paths.includes(a))
      );
    },
    window,
  );
  const retry = steps[res.retry];
  const z = retry && principal(retry);
  if (!retry || !z || res.edited || retry.edit) return undefined;
  // The failed program itself ran on one of those paths and passed, before the other one or in the same call
  // (bash could not find `Get-ChildItem`; the PowerShell tool ran it): what failed was where or how it ran,
  // not the program, so the other program is no replacement for it.
  const reran = steps
    .slice(i + 1, res.retry + 1)
    .some((s) => s.ok && s.shapes.some((sh) => sh.program === shape.program && sh.args.some((a) => paths.includes(a))));
  return reran ? undefined : { step: retry, shape: z };
}
