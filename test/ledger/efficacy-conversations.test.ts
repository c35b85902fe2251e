/**
 * Exposure by the conversation and by the subject. A session and its subagents count once, whatever
 * order they arrive in; a rule the user stated in words alone is exposed where a program it names
 * (or one doing the same job) ran, and everywhere when it names none.
 */
import { describe, expect, it } from 'vitest';
import { emptyLedger } from '../../src/ledger/index.js';
import { EfficacyCounter, trackedLessons, type TrackedLesson } from '../../src/ledger/efficacy.js';
import type { Session, Signal } from '../../src/model/index.js';
import { patternId } from '../../src/signals/cluster.js';

const SIG = 'fix|pytest|-|+env:PYTHONPATH=src';
const PID = patternId('error_then_fix', SIG);

const ran = (id: string, commands: string[], over: Partial<Session> = {}): Session => ({
  id,
  agent: 'claude-code',
  format: 'claude-code-jsonl',
  sourceFile: `${id}.jsonl`,
  contentHash: id,
  trust: 'developer',
  startedAt: '2026-11-20T00:00:00Z',
  events: commands.map((command, seq) => ({
    kind: 'tool_call' as const,
    seq,
    origin: { file: `${id}.jsonl`, line: seq + 1 },
    name: 'Bash',
    input: { command },
    command,
  })),
  ...over,
});
const linked = (id: string, commands: string[]): Session => {
  const s = ran(id, commands);
  const link = {
    kind: 'subagent_link' as const,
    seq: s.events.length,
    sessionId: `${id}/agent-a1`,
    origin: { file: `${id}.jsonl`, line: 99 },
  };
  return { ...s, events: [...s.events, link] };
};
const episode = (sessionId: string): Signal => ({
  kind: 'error_then_fix',
  sessionId,
  agent: 'claude-code',
  signature: SIG,
  summary: 'pytest failed',
  failed: 'pytest',
  evidence: [{ session: sessionId, file: `${sessionId}.jsonl`, line: 3, quote: 'ModuleNotFoundError' }],
});

/** A lesson learned from `signature`'s samples, each with `lesson` as the miner wrote it and no command. */
function stated(lessonText: string, signature = 'pos|x'): TrackedLesson {
  const l = emptyLedger();
  l.patterns[PID] = {
    kind: 'instruction',
    signature,
    support: 2,
    agents: ['claude-code'],
    firstSeen: '2026-11-01T00:00:00Z',
    lastSeen: '2026-11-05T00:00:00Z',
    sessions: [],
    samples: [{ sessionId: 'a', agent: 'claude-code', summary: 'x', lesson: lessonText, evidence: [] }],
  };
  const a = {
    file: 'CLAUDE.md',
    line: 3,
    entryText: `- ${lessonText.replace(/\.$/, '')}: the user asked for it in 2 sessions.`,
    entryHash: 'h',
    patternId: PID,
    editId: 'e1',
    adoptedAt: '2026-11-10T00:00:00.000Z',
    adoptedIn: 'a'.repeat(40),
    how: 'merge' as const,
  };
  return trackedLessons([a], l)[0]!;
}

const exposedBy = (l: TrackedLesson, commands: string[]): boolean => {
  const c = new EfficacyCounter([l]);
  c.observe(ran('s', commands), []);
  return c.tally('e1')!.after.exposed === 1;
};

describe('a rule stated in words alone', () => {
  it.each([
    ['Always use pnpm in this repo.', ['pnpm install'], true],
    ['Always use pnpm in this repo.', ['npm install lodash'], true],
    ['Always use pnpm in this repo.', ['git status', 'ls'], false],
    ['We use yarn here, always.', ['bun add zod'], true],
    ['From now on, install Python packages with uv.', ['pip install requests'], true],
    ['Install packages with uv.', ['uv add httpx'], true],
    ['From now on, install Python packages with uv.', ['python app.py'], false],
    ['Remember to run make lint before committing.', ['make lint'], true],
    ['Remember to run make lint before committing.', ['npm test'], false],
    ['Always format with prettier before pushing.', ['npx dprint fmt'], true],
    ['Always format with prettier before pushing.', ['npx tsc --noEmit'], false],
    ['Never use jest in this project.', ['vitest run'], true],
    ['Always run cargo fmt first.', ['cargo build'], true],
  ] as const)('%s then %j: exposed %s', (said, commands, expected) => {
    expect(exposedBy(stated(said), [...commands])).toBe(expected);
  });

  it.each([
    // No program it names can be told from a word: every session, as before.
    ['Never push to main.'],
    ['Run the tests with tox.'],
    ['Write commit messages in English.'],
    ['Use single quotes, not double quotes.'],
  ])('%s names no known program: every session', (said) => {
    const l = stated(said);
    expect(l.situations.size).toBe(0);
    expect(exposedBy(l, ['ls'])).toBe(true);
  });

  it('a lesson learned from a failing command keeps its commands: the words are not read', () => {
    const l = stated('Always use pnpm in this repo.');
    const fromFailure = trackedLessons(
      [
        {
          file: 'CLAUDE.md',
          line: 3,
          entryText: '- Build with `npm run build`.',
          entryHash: 'h',
          patternId: PID,
          editId: 'e1',
          adoptedAt: '2026-11-10T00:00:00.000Z',
          adoptedIn: 'a'.repeat(40),
          how: 'merge',
        },
      ],
      {
        ...emptyLedger(),
        patterns: {
          [PID]: {
            kind: 'error_then_fix',
            signature: SIG,
            support: 2,
            agents: ['claude-code'],
            firstSeen: '2026-11-01T00:00:00Z',
            lastSeen: '2026-11-05T00:00:00Z',
            sessions: [],
            samples: [
              {
                sessionId: 'a',
                agent: 'claude-code',
                summary: 'x',
                lesson: 'Always use pnpm in this repo.',
                failed: 'npm run legacy-build',
                fixed: 'npm run build',
                evidence: [],
              },
            ],
          },
        },
      },
    )[0]!;
    expect([...l.situations].sort()).toEqual(['bun', 'npm', 'pnpm', 'yarn']);
    expect([...fromFailure.situations].sort()).toEqual(['npm run build', 'npm run legacy-build']);
  });
});

describe('a session and its subagents are one exposure', () => {
  const pytest = (): TrackedLesson => ({
    editId: 'e1',
    file: 'CLAUDE.md',
    entry: '- Run `PYTHONPATH=src pytest`.',
    entryHash: 'h1',
    patternId: PID,
    signature: SIG,
    adoptedAt: '2026-11-10T00:00:00.000Z',
    adoptedIn: 'a'.repeat(40),
    agents: new Set(['claude-code']),
    named: new Set(['pytest']),
    terms: ['PYTHONPATH=src pytest'],
    situations: new Set(['pytest']),
    prohibition: false,
    knownBefore: new Set(),
    entryIds: new Set(),
  });

  it('the parent ran it cleanly, then its subagent missed it: one exposure, one hit, not clean', () => {
    const c = new EfficacyCounter([pytest()]);
    c.observe(linked('p1', ['PYTHONPATH=src pytest -q']), []);
    expect(c.tally('e1')!.clean).toBe(1);
    c.observe(ran('p1/agent-a1', ['pytest -q'], { parentId: 'p1' }), [episode('p1/agent-a1')]);
    expect(c.tally('e1')!.after).toEqual({ sessions: 1, episodes: 1, hitSessions: 1, exposed: 1 });
    expect(c.tally('e1')!.clean).toBe(0);
  });

  it('the subagent first, then the parent: the same counts', () => {
    const c = new EfficacyCounter([pytest()]);
    c.observe(ran('p1/agent-a1', ['pytest -q'], { parentId: 'p1' }), [episode('p1/agent-a1')]);
    c.observe(linked('p1', ['pytest -q']), [episode('p1')]);
    expect(c.tally('e1')!.after).toEqual({ sessions: 1, episodes: 2, hitSessions: 1, exposed: 1 });
  });

  it('a subagent that ran it cleanly met it for a parent that did other work', () => {
    const c = new EfficacyCounter([pytest()]);
    c.observe(linked('p1', ['git status']), []);
    c.observe(ran('p1/agent-a1', ['PYTHONPATH=src pytest -q'], { parentId: 'p1' }), []);
    expect(c.tally('e1')!.after).toEqual({ sessions: 1, episodes: 0, hitSessions: 0, exposed: 1 });
    expect(c.tally('e1')!.clean).toBe(1);
  });

  // A parent's transcript need not link its subagents: a compaction agent never is, and a Task cut off
  // before its result (or an older Claude Code) leaves no agent id. The subagent still names its parent.
  it('a parent that links no subagent ran it cleanly, then its subagent missed it: one exposure, one hit, not clean', () => {
    const c = new EfficacyCounter([pytest()]);
    c.observe(ran('p1', ['PYTHONPATH=src pytest -q']), []);
    c.observe(ran('p1/agent-a1', ['pytest -q'], { parentId: 'p1' }), [episode('p1/agent-a1')]);
    expect(c.tally('e1')!.after).toEqual({ sessions: 1, episodes: 1, hitSessions: 1, exposed: 1 });
    expect(c.tally('e1')!.clean).toBe(0);
  });

  it('a parent that links no subagent missed it, then its subagent ran it cleanly: one exposure, one hit', () => {
    const c = new EfficacyCounter([pytest()]);
    c.observe(ran('p1', ['pytest -q']), [episode('p1')]);
    c.observe(ran('p1/agent-a1', ['PYTHONPATH=src pytest tests'], { parentId: 'p1' }), []);
    expect(c.tally('e1')!.after).toEqual({ sessions: 1, episodes: 1, hitSessions: 1, exposed: 1 });
    expect(c.tally('e1')!.clean).toBe(0);
  });

  it('a compaction agent of a parent that met a lesson of every session is not a second exposure', () => {
    const style: TrackedLesson = { ...pytest(), named: new Set(), terms: [], situations: new Set() };
    const c = new EfficacyCounter([style]);
    c.observe(ran('p1', ['git status']), []);
    c.observe(ran('p1/agent-acompact-1', [], { parentId: 'p1' }), []);
    expect(c.tally('e1')!.after).toEqual({ sessions: 1, episodes: 0, hitSessions: 0, exposed: 1 });
    expect(c.tally('e1')!.clean).toBe(1);
  });

  it('a Codex session and a Claude Code session with the same lesson count alike, each once', () => {
    const c = new EfficacyCounter([{ ...pytest(), agents: new Set() }]);
    c.observe(ran('r1', ['PYTHONPATH=src pytest -q'], { agent: 'codex', format: 'codex-rollout' }), []);
    c.observe(ran('p2', ['PYTHONPATH=src pytest -q']), []);
    expect(c.tally('e1')!.after).toEqual({ sessions: 2, episodes: 0, hitSessions: 0, exposed: 2 });
    expect(c.tally('e1')!.clean).toBe(2);
  });

  it('the rest of a session whose file grew (read on by a later pass) is the same session: its new hit counts, it does not', () => {
    const c = new EfficacyCounter([pytest()]);
    c.seed('e1', { 'a|p1': 1 });
    c.observe(ran('p1', ['pytest -q']), [episode('p1')], true);
    expect(c.tally('e1')!.after).toEqual({ sessions: 0, episodes: 1, hitSessions: 1, exposed: 0 });
    expect(c.tally('e1')!.clean).toBe(-1);
  });

  it('two conversations stay two', () => {
    const c = new EfficacyCounter([pytest()]);
    c.observe(linked('p1', ['pytest -q']), [episode('p1')]);
    c.observe(linked('p2', ['pytest -q']), [episode('p2')]);
    expect(c.tally('e1')!.after).toEqual({ sessions: 2, episodes: 2, hitSessions: 2, exposed: 2 });
  });
});

describe('the ledger keeps the conversations of the sessions it lists', () => {
  const stored = (conversations: Record<string, number>) => ({
    patternId: PID,
    adoptedAt: '2026-11-10T00:00:00.000Z',
    before: { sessions: 0, episodes: 0, hitSessions: 0, exposed: 0 },
    after: { sessions: 3, episodes: 1, hitSessions: 1, exposed: 3 },
    weeks: {},
    conversations,
  });
  const session = (id: string, day: number) => ({ id, sourceFile: `${id}.jsonl`, dreamedAt: `2026-11-${day}T00:00:00Z` });

  it('compaction forgets the conversations whose sessions it moves out, keeps those it lists, a subagent keeping its root', async () => {
    const { compactLedger } = await import('../../src/ledger/compact.js');
    const l = emptyLedger();
    l.sessions = { h1: session('old', 11), h2: session('p2', 12), h3: session('p3/agent-a1', 13) };
    l.efficacy = { e1: stored({ 'a|old': 1, 'a|p2': 3, 'b|p3': 2 }) };
    compactLedger(l, { maxSessions: 2 });
    expect(Object.keys(l.sessions)).toEqual(['h2', 'h3']);
    expect(l.efficacy.e1!.conversations).toEqual({ 'a|p2': 3, 'b|p3': 2 });
  });

  it('a lesson none of whose conversations is listed keeps no section for them', async () => {
    const { compactLedger } = await import('../../src/ledger/compact.js');
    const l = emptyLedger();
    l.sessions = { h1: session('new', 12) };
    l.efficacy = { e1: stored({ 'a|gone': 1 }) };
    compactLedger(l);
    expect(l.efficacy.e1).not.toHaveProperty('conversations');
    expect(l.efficacy.e1!.after).toEqual({ sessions: 3, episodes: 1, hitSessions: 1, exposed: 3 });
  });

  it('a pass starts from them, reading only the bits a pass writes', async () => {
    const { storedConversations } = await import('../../src/ledger/efficacy-verdict.js');
    const l = emptyLedger();
    l.efficacy = { e1: stored({ 'a|p1': 1, 'b|p2': 3, 'a|p3': 9, 'x|p4': 1, 'a|p5': 0 }) };
    const lesson = { editId: 'e1', adoptedAt: '2026-11-10T00:00:00.000Z', patternId: PID };
    expect(storedConversations(l, lesson)).toEqual({ 'a|p1': 1, 'b|p2': 3 });
    // Another adoption of the same edit starts over.
    expect(storedConversations(l, { ...lesson, adoptedAt: '2026-11-12T00:00:00.000Z' })).toEqual({});
  });
});
