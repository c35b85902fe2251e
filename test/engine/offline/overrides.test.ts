/**
 * Overrides and what is not one, through mining, clustering and the engine. Written from a real
 * SWE-bench report line ("`sed -i` failed (IndentationError...); `sed -n 368,400p` worked: its fix
 * only forces past a safeguard"): the traceback was the script's that ran after the edit, the "fix"
 * only printed lines, and `-n` forces nothing for sed. Tested with other editors, scripts and readers.
 */
import { describe, expect, it } from 'vitest';
import { mineSession } from '../../../src/signals/mine.js';
import type { RepoFacts } from '../../../src/signals/repo-facts.js';
import { dreamOffline } from '../../helpers/offline-dream.js';
import { memory, session, type Step } from '../../signals/session-builder.js';

const facts: RepoFacts = { scripts: null, makeTargets: null, exists: () => true };
const mem = memory({ 'CLAUDE.md': '# Project\n\n- Keep commits small.\n' });

async function dream(sessions: Step[][]) {
  const signals = sessions.flatMap((steps, i) => mineSession(session(`s${i}`, steps), { memory: mem, repoFacts: facts }));
  const r = await dreamOffline(signals, mem, { repoFacts: facts });
  return { signals, patterns: r.patterns, edits: r.edits.map((e) => e.after ?? ''), notes: r.notes };
}

const thrice = (make: (n: number) => Step[]) => [1, 2, 3].map(make);

describe('an edit chained before the command that failed is not what failed', () => {
  it.each([
    [
      'sed -i, then a script; the agent then prints the lines',
      (n: number): Step[] => [
        {
          run: `sed -i 's/return x/return y/' pkg/mod${n}.py && python repro${n}.py`,
          ok: false,
          out: `Traceback (most recent call last):\n  File "pkg/mod${n}.py", line 12\n    print(y)\n    ^\nIndentationError: expected an indented block`,
        },
        { run: `sed -n '${n}0,${n}9p' pkg/mod${n}.py`, ok: true, out: 'def f(x):\n    return y' },
      ],
    ],
    [
      'sed --in-place; the tests fail to load; sed then prints matches',
      (n: number): Step[] => [
        {
          run: `sed --in-place 's/oldName/newName/g' src/util${n}.js; npm test`,
          ok: false,
          out: `Error: Cannot find module './util${n}'\nRequire stack:\n- /repo/test/util.test.js`,
        },
        { run: `sed -n '/newName/p' src/util${n}.js`, ok: true, out: 'export const newName = 1' },
      ],
    ],
    [
      'sed -i.bak; the build fails; sed then prints the file',
      (n: number): Step[] => [
        { run: `sed -i.bak -e 's/Foo/Bar/' pkg/x${n}.go && go build ./...`, ok: false, out: `pkg/y.go:${n}:2: undefined: Foo` },
        { run: `sed -n '1,40p' pkg/x${n}.go`, ok: true },
      ],
    ],
  ])('%s', async (_, make) => {
    const r = await dream(thrice(make));
    expect(r.edits).toEqual([]);
    // Nothing is pinned on the editor, and no note calls reading a file a way past a check.
    expect(r.signals.filter((s) => /^sed\b/.test(s.failed ?? ''))).toEqual([]);
    expect(r.notes.filter((n) => /past a check|safeguard/.test(n))).toEqual([]);
  });

  it('still blames the edit when the output is its own error', async () => {
    const r = await dream(
      thrice((n) => [
        // sed's own complaint about the machine, not about the expression the agent typed (no-lesson-from-junk's class).
        {
          run: `sed -i 's/a/b/' f${n}.txt && make check`,
          ok: false,
          out: `sed: couldn't open temporary file ./sed${n}Xq: Permission denied`,
        },
        { run: `sed -i.bak 's/a/b/' f${n}.txt && make check`, ok: true },
      ]),
    );
    expect(r.signals.map((s) => s.failed)).toEqual(['sed -i', 'sed -i', 'sed -i']);
  });
});

describe('a fix that only forces the command past a check', () => {
  it.each([
    [
      '--break-system-packages',
      (n: number): Step[] => [
        { run: `pip install requests==2.3${n}.0`, ok: false, out: 'error: externally-managed-environment' },
        { run: `pip install --break-system-packages requests==2.3${n}.0`, ok: true },
      ],
    ],
    [
      'sudo',
      (n: number): Step[] => [
        {
          run: `docker compose up web${n}`,
          ok: false,
          out: 'permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock',
        },
        { run: `sudo docker compose up -d web${n}`, ok: true },
      ],
    ],
    [
      '-y',
      (n: number): Step[] => [
        { run: `apt-get install libpq${n}`, ok: false, out: 'Do you want to continue? [Y/n] Abort.' },
        { run: `apt-get install -y libpq${n}`, ok: true },
      ],
    ],
  ])('is never taught, and the note names the override (%s)', async (flag, make) => {
    const r = await dream(thrice(make));
    expect(r.edits).toEqual([]);
    expect(r.notes.filter((n) => n.includes('past a check'))).toEqual([
      expect.stringContaining(`3 sessions (claude-code)): no edit: its fix only forced the command past a check (\`${flag}\`)`),
    ]);
  });
});

describe('a flag that forces elsewhere is a lesson where it means something else', () => {
  it.each([
    [
      'docker build -f',
      (n: number): Step[] => [
        {
          run: `docker build -t app${n} .`,
          ok: false,
          out: 'ERROR: failed to solve: failed to read dockerfile: open Dockerfile: no such file',
        },
        { run: `docker build -f docker/Dockerfile -t app${n} .`, ok: true },
      ],
    ],
    [
      'npm install -D',
      (n: number): Step[] => [
        { run: `npm install vitest@${n}`, ok: false, out: 'npm error code EWORKSPACEROOT: add it to the root workspace with -D' },
        { run: `npm install -D vitest@${n}`, ok: true },
      ],
    ],
  ])('%s', async (_, make) => {
    const r = await dream(thrice(make));
    expect(r.signals.every((s) => s.lesson !== undefined)).toBe(true);
    expect(r.notes.filter((n) => n.includes('past a check'))).toEqual([]);
  });
});
