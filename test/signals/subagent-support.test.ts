import { describe, expect, it } from 'vitest';
import { mineSession, isCompactionReplay } from '../../src/signals/mine.js';
import { clusterSignals } from '../../src/signals/cluster.js';
import type { Session } from '../../src/model/index.js';
import { session, type Step } from './session-builder.js';

const ctx = { memory: [], repoFacts: { scripts: {}, packageManager: undefined, files: new Set<string>() } } as unknown as Parameters<
  typeof mineSession
>[1];

const hook: Step[] = [
  { hook: "[FORMAT] Commit blocked.\nRun 'mix format' to fix.", blocks: 'git commit -m wip' },
  { run: 'mix format' },
  { run: 'git commit -m wip' },
];
const fix: Step[] = [
  { run: 'git add priv/static/app.js', ok: false, out: 'The following paths are ignored by one of your .gitignore files:' },
  { run: 'git add priv/static/app.js lib/x.ex', ok: true },
];

/** A subagent of `parent`, stored where Claude Code puts it. */
function child(parent: string, agentFile: string, steps: Step[]): Session {
  const s = session(`${parent}/${agentFile}`, steps);
  return { ...s, parentId: parent, sourceFile: `sessions/${parent}/subagents/${agentFile}.jsonl` };
}

describe('support counts a session and its subagents once', () => {
  it('one session plus its compaction replay and a subagent stays below min-support 2', () => {
    const parent = session('p1', [...hook, ...fix]);
    const replay = child('p1', 'agent-acompact-70d8e7', [...hook, ...fix]);
    const sub = child('p1', 'agent-aa84377', [...hook, ...fix]);
    expect(isCompactionReplay(replay)).toBe(true);
    expect(isCompactionReplay(sub)).toBe(false);
    expect(mineSession(replay, ctx)).toEqual([]);
    const signals = [parent, replay, sub].flatMap((s) => mineSession(s, ctx));
    expect(signals.filter((s) => s.kind === 'hook_block')).toHaveLength(2);
    const { patterns, oneOffs } = clusterSignals(signals, 2);
    expect(patterns).toEqual([]);
    expect(oneOffs.length).toBeGreaterThan(0);
    for (const p of oneOffs) expect(p.sessions).toEqual(['p1']);
  });

  it('a second real session makes support 2, listed by root session', () => {
    const signals = [session('p1', hook), child('p1', 'agent-aa84377', hook), session('p2', hook)].flatMap((s) => mineSession(s, ctx));
    const { patterns } = clusterSignals(signals, 2);
    expect(patterns).toHaveLength(1);
    expect(patterns[0]!.support.sessions).toBe(2);
    expect(patterns[0]!.sessions).toEqual(['p1', 'p2']);
    // Samples span the two root sessions, not the parent and its subagent.
    expect(new Set(patterns[0]!.signals.map((s) => s.rootSessionId ?? s.sessionId))).toEqual(new Set(['p1', 'p2']));
  });
});
