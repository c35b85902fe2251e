/**
 * Where a lesson's code spans say it applies. A session that ran a command naming one of the entry's
 * code spans met the lesson; the span must be named as the shell names it, a whole word, path or
 * folder, and an option alone (`-f`) names no command: every program spells its options alike.
 */
import { describe, expect, it } from 'vitest';
import { emptyLedger } from '../../src/ledger/index.js';
import { EfficacyCounter, trackedLessons, type TrackedLesson } from '../../src/ledger/efficacy.js';
import { hasTerm } from '../../src/ledger/efficacy-exposure.js';
import type { Session } from '../../src/model/index.js';
import { patternId } from '../../src/signals/cluster.js';

const ran = (commands: string[]): Session => ({
  id: 's1',
  agent: 'claude-code',
  format: 'claude-code-jsonl',
  sourceFile: 's1.jsonl',
  contentHash: 's1',
  trust: 'developer',
  startedAt: '2026-11-20T00:00:00Z',
  events: commands.map((command, seq) => ({
    kind: 'tool_call' as const,
    seq,
    origin: { file: 's1.jsonl', line: seq + 1 },
    name: 'Bash',
    input: { command },
    command,
  })),
});

/** A lesson adopted as `entry`, learned from one episode (`failed`, then `fixed`) or from the user's words. */
function lesson(entry: string, sample: { failed?: string; fixed?: string; lesson?: string } = {}): TrackedLesson {
  const l = emptyLedger();
  const id = patternId('error_then_fix', 'fix|x|-|+');
  l.patterns[id] = {
    kind: 'error_then_fix',
    signature: 'fix|x|-|+',
    support: 2,
    agents: ['claude-code'],
    firstSeen: '2026-11-01T00:00:00Z',
    lastSeen: '2026-11-05T00:00:00Z',
    sessions: [],
    samples: [{ sessionId: 'a', agent: 'claude-code', summary: 'x', evidence: [], ...sample }],
  };
  const adopted = {
    file: 'CLAUDE.md',
    line: 3,
    entryText: entry,
    entryHash: 'h',
    patternId: id,
    editId: 'e1',
    adoptedAt: '2026-11-10T00:00:00.000Z',
    adoptedIn: 'a'.repeat(40),
    how: 'merge' as const,
  };
  return trackedLessons([adopted], l)[0]!;
}

const exposedBy = (l: TrackedLesson, commands: string[]): boolean => {
  const c = new EfficacyCounter([l]);
  c.observe(ran(commands), []);
  return c.tally('e1')!.after.exposed === 1;
};

describe('an option alone names no command', () => {
  const force = () =>
    lesson('- Push with `git push --force-with-lease`, never `-f`.', { failed: 'git push -f', fixed: 'git push --force-with-lease' });

  it.each([
    ['tail -f server.log'],
    ['rm -f build.log'],
    ['docker compose -f dev.yml up -d'],
    ['grep -rf patterns.txt .'],
    ['ls --full-time'],
  ])('%s is no push: not exposed', (command) => {
    expect(exposedBy(force(), [command])).toBe(false);
  });

  it.each([['git push -f origin main'], ['git push --force-with-lease']])('%s: exposed', (command) => {
    expect(exposedBy(force(), [command])).toBe(true);
  });

  it('a lesson whose only spans are options goes by the tools its words name', () => {
    const l = lesson('- Never pass `--no-verify` or `-n`.', { lesson: 'Never skip the git hooks.' });
    expect(l.terms).toEqual([]);
    expect(exposedBy(l, ['git commit -m wip'])).toBe(true);
    expect(exposedBy(l, ['npm test -- --no-verify'])).toBe(false);
  });

  it('a lesson with nothing else to go by is exposed everywhere, as before', () => {
    const l = lesson('- Always pass `-v`.', { lesson: 'Be verbose.' });
    expect(l.situations.size).toBe(0);
    expect(exposedBy(l, ['ls'])).toBe(true);
  });

  it('the guard suggested for a recurring lesson still names every span', async () => {
    const { lessonEfficacy } = await import('../../src/ledger/efficacy-verdict.js');
    const { emptyTally } = await import('../../src/ledger/efficacy.js');
    const l = lesson('- Use `--force-with-lease`, never `-f`.', { failed: 'git push -f', fixed: 'git push --force-with-lease' });
    const t = emptyTally();
    t.before = { sessions: 4, episodes: 2, hitSessions: 2, exposed: 4 };
    t.after = { sessions: 4, episodes: 3, hitSessions: 3, exposed: 4 };
    const e = lessonEfficacy(l, t, { now: new Date('2026-11-21T00:00:00Z'), unobservedDays: 30 }, 'git push -f');
    expect(e.verdict).toBe('recurring');
    expect(e.suggestion).toContain('say `--force-with-lease` instead');
  });
});

describe('a span is named as a whole word, path or folder', () => {
  it.each([
    ['.env', 'node -e "console.log(process.env.HOME)"', false],
    ['.env', 'cat .envrc', false],
    ['.env', 'cat .env', true],
    ['.env', 'cp .env.example .env', true],
    ['src/app.ts', 'npx tsc src/app.tsx', false],
    ['src/app.ts', 'npx tsc ./src/app.ts', true],
    ['src/app.ts', 'node "src/app.ts"', true],
    ['src/app.ts', 'wc -l lib/src/app.ts.map', false],
    ['main', 'git checkout domain-model', false],
    ['main', 'python main.py', false],
    ['main', 'git push origin main', true],
    ['main', 'git rebase origin/main', true],
    ['dist/', 'git add dist/app.js', true],
    ['dist/', 'rm -rf mydist/x', false],
    ['make seed', 'make seed-fixtures', false],
    ['make seed', 'make seed && make test', true],
    ['PYTHONPATH=src pytest', 'PYTHONPATH=src pytest -q', true],
    ['PYTHONPATH=src pytest', 'PYTHONPATH=src pytest-watch', false],
  ] as const)('%s in %s: %s', (term, command, expected) => {
    expect(hasTerm(command, term)).toBe(expected);
  });

  it('a session naming the span in a longer word did not meet the lesson', () => {
    const l = lesson('- Keep secrets in `.env`, never in `config.js`.', { lesson: 'Keep secrets in .env.' });
    expect(exposedBy(l, ['grep -r process.env src'])).toBe(false);
    expect(exposedBy(l, ['cat .env'])).toBe(true);
  });
});
