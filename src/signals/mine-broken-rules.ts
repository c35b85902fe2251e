/**
 * Rules memory states that a session broke with no one objecting: the agent's own tool call did the
 * forbidden action (delete, modify, read, run) on the rule's target. The user correcting the agent is
 * another signal (mine-instructions.ts); this one needs no words from anyone, only the call's structure.
 *
 * A session does not count where someone may have wanted the action: the user asked for that kind of
 * action on that thing before the call, named the target or the path in any prompt, denied the call,
 * or a hook blocked it (the rule is enforced already). Nor where the rule was not in force yet: the
 * session shows the memory it loaded without the rule, or started before git says the rule's line was
 * committed (rule-dates.ts).
 */
import path from 'node:path';
import type { RuleInForce, Session, Signal, ToolCallEvent } from '../model/index.js';
import { clip } from './normalize.js';
import { evidenceFor } from './evidence.js';
import { parseCommand } from './command.js';
import { callActions, type CallActions } from './tool-actions.js';
import { ruleKey, type ProhibitionRule, type RuleAction, type RuleTarget } from './rule-prohibitions.js';
import { ruleAge, type RuleDates } from './rule-dates.js';

/** Words a user asks for each action with. */
const ASKS: Record<RuleAction, RegExp> = {
  delete: /\b(?:delete|remove|rm|clean|wipe|erase|purge|reset|nuke|get\s+rid|drop)\w*/i,
  modify: /\b(?:edit|modif|chang|updat|writ|fix|rewrit|overwrit|mov|renam|patch|add|replac|set|touch)\w*/i,
  read: /\b(?:read|cat|show|look|check|open|view|inspect|print|see|display|what)\w*/i,
  run: /\b(?:run|execut|try|do|use|call)\w*/i,
};
/** Path segments too common to tie a prompt to one place. */
const COMMON = /^(?:users?|home|root|tmp|var|src|lib|local|git|app|apps|test|tests|docs|main|data|config|files?)$/i;

const HOME = /^(?:~|\$HOME|\/(?:Users|home)\/[^/]+|\/root)(?=\/|$)/;

/** A path relative to the session's checkout (or to home, as `~/...`), with forward slashes. */
function normalise(p: string, cwd: string | undefined): string {
  let t = p.replace(/\\/g, '/').replace(/\/+$/, '');
  const root = cwd?.replace(/\\/g, '/').replace(/\/+$/, '');
  if (root && t.startsWith(`${root}/`)) return t.slice(root.length + 1);
  if (HOME.test(t)) t = t.replace(HOME, '~');
  return t;
}

/** Does the path the call acted on fall under the target, on segment boundaries only? */
function underTarget(acted: string, target: Extract<RuleTarget, { kind: 'path' }>): boolean {
  const home = target.path.startsWith('~/');
  if (target.glob) {
    const tail = target.path.includes('/') ? acted : path.posix.basename(acted);
    return (
      target.glob.test(tail) || (target.path.includes('/') && acted.split('/').some((_, i, a) => target.glob?.test(a.slice(i).join('/'))))
    );
  }
  const t = target.path;
  if (!t.includes('/')) return path.posix.basename(acted) === t || acted.split('/').includes(t);
  if (acted === t || acted.startsWith(`${t}/`)) return true;
  // A home path is home's own; a checkout path may sit under an absolute checkout the session never named.
  return !home && !acted.startsWith('~') && (acted.endsWith(`/${t}`) || acted.includes(`/${t}/`));
}

function runs(words: string[], target: Extract<RuleTarget, { kind: 'command' }>): boolean {
  const shape = parseCommand(words.map((w) => (/\s/.test(w) ? `'${w}'` : w)).join(' '));
  const want = target.shape;
  if (!shape || shape.program !== want.program || want.sub.some((s, i) => shape.sub[i] !== s)) return false;
  return want.flags.every((f) => shape.flags.includes(f)) && want.args.every((a) => shape.args.includes(a));
}

interface Violation {
  rule: ProhibitionRule;
  call: ToolCallEvent;
  quote: string;
  action: RuleAction;
  /** Words that tie a prompt to the thing acted on: the target's and the path's last segments. */
  names: string[];
  exact: string[];
}

function violations(call: ToolCallEvent, acts: CallActions, rule: ProhibitionRule, cwd: string | undefined): Violation | undefined {
  for (const target of rule.targets) {
    if (target.kind === 'command') {
      const c = rule.actions.has('run') ? acts.commands.find((x) => runs(x.words, target)) : undefined;
      if (c) return { rule, call, quote: c.segment, action: 'run', names: [target.shape.program], exact: [target.text] };
      continue;
    }
    for (const f of acts.files) {
      if (!rule.actions.has(f.action)) continue;
      const acted = normalise(f.path, cwd);
      if (!underTarget(acted, target)) continue;
      // The target's own name and every name below it on the path: "delete the stale ws/42" names `ws`.
      const below = acted.split('/').slice(target.glob ? -1 : target.path.split('/').length);
      const segs = [...below, path.posix.basename(target.path)].map((s) => s.replace(/\.\w+$/, ''));
      const names = segs.filter((s) => s.length >= 2 && !/^\d+$/.test(s) && !COMMON.test(s));
      return {
        rule,
        call,
        quote: f.quote,
        action: f.action,
        names,
        exact: [target.path, acted, f.path, acted.split('/').slice(-2).join('/')],
      };
    }
  }
  return undefined;
}

const mentions = (text: string, words: readonly string[]) => words.some((w) => text.toLowerCase().includes(w.toLowerCase()));

export function mineBrokenRules(session: Session, rules: readonly ProhibitionRule[], dates?: RuleDates): Signal[] {
  if (rules.length === 0) return [];
  const prompts: { seq: number; text: string }[] = [];
  const refused = new Set<string>();
  const injected: { path: string; text: string }[] = [];
  let lastCall: ToolCallEvent | undefined;
  for (const e of session.events) {
    if (e.kind === 'user_prompt') prompts.push({ seq: e.seq, text: e.text });
    else if (e.kind === 'memory_injection') injected.push({ path: e.path ?? '', text: e.text });
    // A hook's complaint once the call had run (followUp) refused nothing: the call did what the rule forbids.
    else if (e.kind === 'permission_denial' || (e.kind === 'hook_block' && !e.followUp)) {
      const id = e.callId ?? lastCall?.callId;
      if (id) refused.add(id);
      else if (lastCall) refused.add(`seq:${lastCall.seq}`);
    }
    if (e.kind === 'tool_call') lastCall = e;
  }
  // The memory the session shows it loaded is the surest word: the rule in it, or not yet. Else git's date.
  const ages = new Map<ProhibitionRule, RuleInForce>();
  for (const r of rules) {
    const shown = injected.filter((i) => path.posix.basename(i.path) === path.posix.basename(r.entry.file));
    const core = r.line.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '').trim();
    const age =
      shown.length === 0 ? ruleAge(r, session, dates) : shown.some((i) => i.text.includes(core)) ? { loaded: true as const } : 'later';
    if (age !== 'later') ages.set(r, age);
  }
  const out: Signal[] = [];
  // One breach per rule and session, however many files state the rule: the copy the agent's own
  // file holds comes first (mine.ts orders them), and its entry is the one the signal names.
  const done = new Set<string>();
  for (const e of session.events) {
    if (e.kind !== 'tool_call' || refused.has(e.callId ?? `seq:${e.seq}`)) continue;
    let acts: CallActions | undefined;
    for (const [rule, age] of ages) {
      const key = ruleKey(rule);
      if (done.has(key)) continue;
      acts ??= callActions(e);
      if (acts.files.length === 0 && acts.commands.length === 0) break;
      const v = violations(e, acts, rule, session.cwd);
      if (!v) continue;
      const asked = prompts.some(
        (p) => mentions(p.text, v.exact) || (p.seq < e.seq && ASKS[v.action].test(p.text) && mentions(p.text, v.names)),
      );
      if (asked) continue;
      done.add(key);
      out.push({
        kind: 'memory_failure',
        sessionId: session.id,
        agent: session.agent,
        signature: `broken|${key}`,
        summary: `The agent broke a memory rule (${clip(rule.line.trim(), 100)}) with \`${clip(v.quote, 100)}\`, and no one objected`,
        memoryEntryId: rule.entry.id,
        evidence: [evidenceFor(session, e, v.quote)],
        ruleAge: age,
      });
    }
  }
  return out;
}
