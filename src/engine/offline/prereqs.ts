/**
 * Prerequisite patterns (`prereq|X|Y`: Y had to run before X passed) that share X become one lesson:
 * "Run `mix format`, `mix credo --strict` and `mix dialyzer` before `git commit`". Three lines that
 * each name one check would read as three unrelated rules, and a reader would miss that all three gate
 * the same command.
 */
import { joinFolders, type Evidence, type MemoryFile, type Pattern, type Signal } from '../../model/index.js';
import { commandFamily, commandMentions, parseCommand, patternId, structuralTokens, supportSession } from '../../signals/index.js';
import { commonFixed } from './lessons.js';

const isPrereq = (p: Pattern) => p.signature.startsWith('prereq|');

function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The prerequisite as all sessions agree on it (`mix dialyzer`, whatever flags each session added). */
function prerequisite(p: Pattern): string | undefined {
  // No session worded one: each set a value of one machine (machine-values.ts), which no reader can run.
  if (!p.signals.some((s) => s.lesson)) return undefined;
  const fixed = commonFixed(p);
  const shape = fixed ? parseCommand(fixed) : undefined;
  // The agreed prefix must still name the same command family the signature clusters on.
  return shape && commandFamily(shape) === p.signature.split('|')[2] ? fixed : undefined;
}

/**
 * Replace the supported prerequisite patterns of each command by one combined pattern. Prerequisites
 * memory already names (a code span running the same command) are left out; when none is left, so is X.
 */
export function combinePrerequisites(patterns: readonly Pattern[], memory: readonly MemoryFile[], alreadySaid?: Set<string>): Pattern[] {
  const groups = new Map<string, Pattern[]>();
  const out: Pattern[] = [];
  for (const p of patterns) {
    if (!isPrereq(p)) {
      out.push(p);
      continue;
    }
    const x = p.signature.split('|')[1] ?? '';
    groups.set(x, [...(groups.get(x) ?? []), p]);
  }
  for (const [x, members] of groups) {
    const named = members
      .map((p) => ({ p, y: prerequisite(p) }))
      .filter((m): m is { p: Pattern; y: string } => !!m.y)
      .filter((m) => {
        // Only a code span running the same command counts: words alike ("Run `ruff` before committing") are not `mypy`.
        const y = parseCommand(m.y);
        const said =
          !!y &&
          commandMentions(memory).some(
            (c) => c.shape.program === y.program && structuralTokens(c.shape).join(' ') === structuralTokens(y).join(' '),
          );
        if (said) alreadySaid?.add(m.p.id);
        return !said;
      })
      .sort((a, b) => b.p.support.sessions - a.p.support.sessions || (a.y < b.y ? -1 : 1));
    if (named.length > 0) out.push(combined(x, named));
  }
  return out;
}

function combined(x: string, named: { p: Pattern; y: string }[]): Pattern {
  const hook = named.some((m) => m.p.kind === 'hook_block');
  const kind: Pattern['kind'] = hook ? 'hook_block' : 'error_then_fix';
  const ys = named.map((m) => `\`${m.y}\``);
  const lesson = `Run ${list(ys)} before \`${x}\`: ${hook ? `a hook blocks \`${x}\` until ${named.length > 1 ? 'they pass' : 'it passes'}` : `\`${x}\` fails until ${named.length > 1 ? 'they have' : 'it has'} run`}.`;
  // One signal per session carrying every prerequisite's evidence. Evidence is picked round-robin
  // across sessions, so each session leads with a different check (and the first with the refusal):
  // the few lines cited then show every check and the block, not the same check three times.
  const bySession = new Map<string, { first: Signal; blocks: Evidence[]; checks: Evidence[] }>();
  for (const { p } of named) {
    for (const s of p.signals) {
      const key = supportSession(s);
      const entry = bySession.get(key) ?? { first: s, blocks: [], checks: [] };
      bySession.set(key, entry);
      const [block, check] = s.evidence;
      if (block && !entry.blocks.some((e) => e.line === block.line)) entry.blocks.push(block);
      if (check) entry.checks.push(check);
    }
  }
  const signals: Signal[] = [...bySession.keys()].sort().map((key, k) => {
    const { first, blocks, checks } = bySession.get(key) as { first: Signal; blocks: Evidence[]; checks: Evidence[] };
    const turn = k % Math.max(1, checks.length);
    const rotated = [...checks.slice(turn), ...checks.slice(0, turn)];
    const { fixed: _fixed, failed: _failed, ...rest } = first;
    return {
      ...rest,
      kind,
      signature: '',
      lesson,
      evidence: k === 0 ? [...blocks.slice(0, 1), ...rotated, ...blocks.slice(1)] : [...rotated, ...blocks],
    };
  });
  const sessions = [...new Set(named.flatMap((m) => m.p.sessions))].sort();
  const agents = [...new Set(named.flatMap((m) => m.p.agents))].sort();
  const signature = `prereq|${x}|${named.map((m) => m.y).join('+')}`;
  for (const sig of signals) sig.signature = signature;
  const counts = named.map((m) => `\`${m.y}\` (${m.p.support.sessions} session${m.p.support.sessions === 1 ? '' : 's'})`);
  // The sessions of every prerequisite: the lesson is a folder's only where all of them ran there.
  const folders = named.map((m) => m.p.folders).reduce((a, b) => joinFolders(a, b));
  return {
    id: patternId(kind, signature),
    kind,
    signature,
    summary: `\`${x}\` ${hook ? 'was blocked by a hook' : 'failed'} until ${list(counts)} had run`,
    lesson,
    support: { sessions: sessions.length, agents: agents.length },
    sessions,
    agents,
    ...(folders ? { folders } : {}),
    signals,
  };
}
