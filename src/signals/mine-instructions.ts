/**
 * User corrections and standing instructions. Precision matters more than recall here: a pasted
 * task description full of "always" and "never" is not a lesson, so only the user's own lines are read
 * (pasted.ts), a long spec only for the sections it heads as rules (own-sections.ts), and only
 * sentence-initial imperatives count. This walks the session and gives each user turn what the agent just did;
 * turn-instructions.ts reads the turn.
 */
import type { Session, SessionEvent, MemoryEntry, Signal, ToolCallEvent } from '../model/index.js';
import { contentWords, jaccard } from './normalize.js';
import { evidenceFor } from './evidence.js';
import { actionLabel, rejectionText } from './corrections.js';
import { reminderRule, standingScope } from './rule-wording.js';
import { swappedProgram } from './corrections-swap.js';
import { lazyOwnText, RecentOutputs } from './pasted.js';
import { restatedTools, type RestatedTool } from './restated.js';
import { askedAgain } from './asked-again.js';
import { asksIn, taskSketch, type Ask } from './repeated-asks.js';
import { bareTestsReproach, createdFiles, finishingStepIn, testsStepDone } from './finishing-steps.js';
import { pointedRulesFile } from './pointers.js';
import { afterRetraction, retractsEarlier } from './retraction.js';
import { offeredVerbs } from './declined-offer.js';
import { offeredOptions, RanPrograms } from './chosen-option.js';
import { extractInstructions, readableTurn, type Instruction, type ReadableTurn, type RecentActions } from './turn-instructions.js';
import { sentences, usablePrompt, words } from './turn-text.js';

const hasWord = (text: string, w: string) =>
  new RegExp(`(^|[^\\w-])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\w-])`, 'i').test(text);

/** Entry words are needed for every instruction of every session: compute them once per entry. */
const entryWordCache = new WeakMap<MemoryEntry, string[]>();
function entryWords(entry: MemoryEntry): string[] {
  let w = entryWordCache.get(entry);
  if (!w) entryWordCache.set(entry, (w = contentWords(entry.text)));
  return w;
}

/** Which of the rejected things an entry recommends ("yarn" in "Install with `yarn install`"). */
function rejectedIn(prefer: NonNullable<Instruction['prefer']>, text: string): string | undefined {
  return (prefer.nots ?? [prefer.not]).find((n) => hasWord(text, n));
}

/** The memory entry an instruction corrects: it recommends what the user just rejected. */
function correctedEntries(ins: Instruction, entries: readonly MemoryEntry[]): MemoryEntry[] {
  const out: MemoryEntry[] = [];
  const sentenceWords = contentWords(ins.sentence);
  for (const entry of entries) {
    if (entry.kind === 'heading') continue;
    if (ins.prefer) {
      if (rejectedIn(ins.prefer, entry.text) && !hasWord(entry.text, ins.prefer.use)) out.push(entry);
      continue;
    }
    if (ins.signature.startsWith('neg|') && !/\b(not|never|don'?t|avoid)\b/i.test(entry.text)) {
      if (jaccard(sentenceWords, entryWords(entry)) >= 0.5) out.push(entry);
    }
  }
  // A correction that contradicts half of memory is a change of direction, not a fix to one entry.
  return out.length <= 3 ? out : [];
}

/** The multi-line texts an agent put in a tool call's input (a plan, a file it wrote): its own words. */
function authoredText(input: unknown): string[] {
  if (!input || typeof input !== 'object') return [];
  return Object.values(input).filter((v): v is string => typeof v === 'string' && v.includes('\n'));
}

export function mineInstructions(session: Session, entries: readonly MemoryEntry[]): Signal[] {
  const out: Signal[] = [];
  let rejectedAt = -Infinity;
  // The agent's actions since the user last spoke, bounded: an objection must name one of them.
  let recent: RecentActions = { calls: [] };
  // What the correction answered, for the episode a reader (or the claude engine) sees with it.
  // Kept as the call and labelled when a correction quotes it: most calls are never quoted, and the
  // label (a clipped first line of the command) was built for each of them.
  let lastCall: ToolCallEvent | undefined;
  const lastAction = (): string => (lastCall ? actionLabel(lastCall) : '');
  // A tool call failed since the user last spoke: what the user says next answers it.
  let failedSinceUser = false;
  const outputs = new RecentOutputs();
  const agentWrote = (line: string) => outputs.wrote(line);
  // The tools the user named as the means of the work, first mention each: support for another session's correction.
  const restated = new Map<string, { tool: RestatedTool; event: SessionEvent }>();
  // How-tos the user handed over (repeated-asks.ts), each once a session: support only where they recur across tasks.
  const asks = new Map<string, { ask: Ask; event: SessionEvent; sketch: string; named?: Set<string> }>();
  // Files the agent created in this session (by name): a finishing step naming one names the agent's own note.
  const created = new Set<string>();
  // The session's first request is where a standing preference is said; a bare slash command is not a request.
  let opened = false;
  let openingSketch = '';
  // The agent replied or acted since the user last spoke: a bare pointer at a rules file answers that.
  let agentSince = false;
  // The agent's last reply since the user last spoke: an offer there is what a "don't" may be answering.
  let agentReply = '';
  // What the session's commands ran: a side of an answer the agent ran is a tool, not an option (chosen-option.ts).
  const ran = new RanPrograms();
  // The last prompt and the signals read from it: a message that opens with "scratch that" withdraws them.
  let lastPrompt: { event: SessionEvent; signals: Set<Signal> } | undefined;
  session.events.forEach((e, i) => {
    let found: Instruction[] = [];
    // Said right after the agent's action failed or was rejected: a correction, by structure.
    let correction = false;
    if (e.kind === 'tool_call' || e.kind === 'assistant_text') agentSince = true;
    if (e.kind === 'tool_call') {
      recent.calls = [...recent.calls.slice(-7), e];
      for (const f of createdFiles(e)) if (created.size < 256) created.add(f);
      lastCall = e;
      ran.add(e.command);
      for (const text of authoredText(e.input)) outputs.addAuthored(text);
    } else if (e.kind === 'assistant_text') {
      outputs.addAuthored(e.text);
      agentReply = e.text;
    } else if (e.kind === 'tool_result') {
      outputs.add(e.text);
      if (!e.ok && !e.cascade) failedSinceUser = true;
    } else if (e.kind === 'interrupt') rejectedAt = i;
    else if (e.kind === 'permission_denial') {
      rejectedAt = i;
      const said = rejectionText(e.text);
      // A bare rejection says nothing to learn; only the words that came with it do.
      correction = true;
      if (said && e.text.includes(said))
        found = extractInstructions(said, e, {
          afterRejection: true,
          correction,
          recent,
          own: lazyOwnText(said, outputs),
          agentWrote,
          offered: new Set(),
          options: new Set(),
          ran,
        });
    } else if (e.kind === 'user_prompt' && !e.task && !e.sidechain) {
      // A harness's task text and a parent agent's prompt to a subagent are nobody's instruction to remember.
      const afterRejection = i - rejectedAt <= 3;
      correction = afterRejection || failedSinceUser;
      const whole = lazyOwnText(e.text, outputs);
      // What the user took back in the turn ("use X. Actually no, keep Y") is not read (retraction.ts).
      let kept: string | undefined;
      const own = () => (kept ??= afterRetraction(whole()));
      // Read by the rules (extractInstructions) and by the asks below: worked out once.
      let read: ReadableTurn | undefined;
      const readable = () => (read ??= readableTurn(own(), agentWrote));
      if (lastPrompt && retractsEarlier(whole())) {
        const withdrawn = lastPrompt;
        for (let k = out.length - 1; k >= 0; k--) if (withdrawn.signals.has(out[k]!)) out.splice(k, 1);
        for (const [key, a] of asks) if (a.event === withdrawn.event) asks.delete(key);
        for (const [key, r] of restated) if (r.event === withdrawn.event) restated.delete(key);
      }
      found = extractInstructions(e.text, e, {
        afterRejection,
        correction,
        recent,
        own,
        agentWrote,
        readable,
        offered: offeredVerbs(agentReply),
        options: offeredOptions(agentReply),
        ran,
      });
      // Against the tools earlier prompts asked for, before this prompt's own are added.
      const again = found.some((f) => f.prefer) ? undefined : askedAgain(own(), restated);
      if (again)
        found.push({
          event: e,
          sentence: again.sentence,
          lesson: `Use ${again.tool.name}.`,
          signature: `prefer|${again.tool.key}`,
          fixed: again.tool.name,
        });
      for (const tool of restatedTools(own())) if (!restated.has(tool.key)) restated.set(tool.key, { tool, event: e });
      if (usablePrompt(e.text) && !/^\/\S+\s*$/.test(e.text.trim())) {
        const text = own();
        // A line that repeats, whole, what the agent wrote is the agent's advice pasted back ("please update with this
        // change too …" and the reply under it): a how-to the agent gave is not one the user hands over.
        const handed = text
          .split('\n')
          .map((l) => (agentWrote(l) ? '' : l))
          .join('\n');
        // A code span broken over two lines is still one command.
        const list = sentences(handed.replace(/`[^`]*`/g, (m) => m.replace(/\s*\n\s*/g, ' ')));
        for (const ask of asksIn({ own: list, ownLength: text.length, readable: readable().sentences, opening: !opened })) {
          // A sentence the miner already read as a rule is that rule, not an ask besides.
          if (asks.has(ask.signature) || found.some((f) => f.sentence.includes(ask.sentence))) continue;
          asks.set(ask.signature, { ask, event: e, sketch: taskSketch(text, ask) });
        }
        // A step asked for after the opening request (finishing-steps.ts): its task is what the session opened with.
        if (!opened) openingSketch = taskSketch(text, { own: '' });
        else
          for (const sentence of list) {
            // "you forgot the tests": run them or write them, as the agent's next action shows.
            const done = bareTestsReproach(sentence) ? testsStepDone(session.events, i) : undefined;
            const step = finishingStepIn(sentence) ?? (done && { ...done, sentence });
            if (!step) continue;
            const named = (step.files ?? []).filter((f) => !created.has(f.split('/').pop()!.toLowerCase()));
            const had = asks.get(step.signature);
            if (had) {
              // The session's later steps may name the files: "did you update the AXIOMS_TODO.md?" after "update the md files".
              for (const f of named) if (had.named && had.named.size < 8) had.named.add(f);
              continue;
            }
            // A reminder of the step ("don't forget to update the docs") reads as a standing "Update the docs." too;
            // the step, tied to the end of the work and to tasks that differ, is the lesson it teaches.
            const taken = found.findIndex((f) => f.sentence.includes(step.sentence));
            if (taken >= 0 && !(found[taken]!.signature.startsWith('pos|') && reminderRule(step.sentence))) continue;
            if (taken >= 0) found.splice(taken, 1);
            asks.set(step.signature, { ask: { ...step, own: step.sentence }, event: e, sketch: openingSketch, named: new Set(named) });
          }
        opened = true;
      }
      // Only a rules file, in answer to what the agent just did: a rule there was broken (pointers.ts). Reported, no lesson.
      const pointed = agentSince && found.length === 0 ? pointedRulesFile(own()) : undefined;
      if (pointed) {
        const name = pointed.split('/').pop()!.toLowerCase();
        out.push({
          kind: 'instruction',
          sessionId: session.id,
          agent: session.agent,
          signature: `pointer|${name}`,
          summary: `User pointed the agent back at \`${pointed}\`${lastAction() ? ` after the agent ${lastAction()}` : ''}`,
          evidence: [evidenceFor(session, e, e.text.trim())],
        });
      }
      const swap = found.some((f) => f.prefer)
        ? undefined
        : swappedProgram(session.events, i, { lastCall: recent.calls[recent.calls.length - 1], correction, own });
      if (swap)
        found.push({
          event: e,
          sentence: e.text.trim(),
          lesson: `Use ${swap.use}, not ${swap.not}.`,
          signature: `prefer|${words(swap.use)}`,
          prefer: swap,
        });
      recent = { calls: [] };
      failedSinceUser = false;
      agentSince = false;
      agentReply = '';
    }
    const after = found.length > 0 && lastAction() ? ` after the agent ${lastAction()}` : '';
    if (e.kind === 'user_prompt') lastCall = undefined;
    const from = out.length;
    for (const ins of found) {
      const corrected = correctedEntries(ins, entries);
      const evidence = [evidenceFor(session, ins.event, ins.sentence)];
      const pref = {
        ...(ins.prefer ? { failed: ins.prefer.not, fixed: ins.prefer.use } : ins.fixed ? { fixed: ins.fixed } : {}),
        ...(correction && standingScope(ins.sentence) ? { standing: true as const } : {}),
      };
      if (corrected.length === 0) {
        out.push({
          kind: 'instruction',
          sessionId: session.id,
          agent: session.agent,
          signature: ins.signature,
          summary: `User said: "${ins.sentence}"${after}`,
          lesson: ins.lesson,
          ...pref,
          evidence,
        });
      }
      for (const entry of corrected) {
        const failed = ins.prefer ? rejectedIn(ins.prefer, entry.text) : undefined;
        out.push({
          kind: 'memory_failure',
          sessionId: session.id,
          agent: session.agent,
          signature: `mem|${entry.id}|${ins.signature}`,
          summary: `User corrected memory: "${ins.sentence}"${after}`,
          lesson: ins.lesson,
          ...pref,
          ...(failed ? { failed } : {}),
          memoryEntryId: entry.id,
          evidence,
        });
      }
    }
    if (e.kind === 'user_prompt' && !e.task && !e.sidechain) lastPrompt = { event: e, signals: new Set(out.slice(from)) };
  });
  // After the session's own signals, so a correction in the same session is the one its pattern samples; a tool the
  // session already has a preference for adds nothing.
  const preferred = new Set(out.filter((s) => s.signature.startsWith('prefer|')).map((s) => s.signature));
  for (const { tool, event } of restated.values()) {
    const signature = `prefer|${tool.key}`;
    if (preferred.has(signature)) continue;
    out.push({
      kind: 'instruction',
      sessionId: session.id,
      agent: session.agent,
      signature,
      summary: `User asked for ${tool.name} again: "${tool.sentence}"`,
      fixed: tool.name,
      restated: true,
      evidence: [evidenceFor(session, event, tool.sentence)],
    });
  }
  for (const { ask, event, sketch, named } of asks.values()) {
    out.push({
      kind: 'instruction',
      sessionId: session.id,
      agent: session.agent,
      signature: ask.signature,
      summary: `User asked: "${ask.sentence}"`,
      lesson: ask.lesson,
      asked: sketch,
      ...(named?.size ? { named: [...named] } : {}),
      evidence: [evidenceFor(session, event, ask.sentence)],
    });
  }
  return out;
}
