/**
 * Placement reads a memory file's sections once per pass, not once per lesson: a pass places hundreds
 * of candidate lessons into the same few files, and re-reading the file for each made the serial work
 * after the read grow with lessons × memory. The file's entries are read through a Proxy that counts
 * the reads (test input, not a stand-in for our code); every placement must be the one a fresh read
 * of the file gives.
 */
import { describe, expect, it } from 'vitest';
import { parseMemoryFile } from '../../../src/memory/parse.js';
import { sectionFor } from '../../../src/engine/offline/placement.js';
import type { MemoryEntry, MemoryFile } from '../../../src/model/index.js';

const TEXT = [
  '# tools',
  '',
  '## Build and deploy',
  '',
  '- Build with `make release` before deploying.',
  '- Deploy with `kubectl apply -f k8s/`.',
  '',
  '## Database',
  '',
  '- Migrate with `alembic upgrade head`.',
  '- Never drop tables on the shared database.',
  '',
  '## Tests',
  '',
  '- Run `pytest -q` before pushing.',
  '',
].join('\n');

const LESSONS = [
  'Run `pytest -q -x`: plain `pytest` fails.',
  'Run `alembic upgrade head` before `pytest`: the database needs the schema.',
  'Use `kubectl apply --server-side`, not `kubectl apply`.',
  'Run `make release-strict`: plain `make release` fails.',
  'Use pnpm, not npm.',
  'Never run `alembic downgrade base`: it drops the shared database.',
  'Run the tests with `pytest -q -x` in the tests folder.',
];
const TESTS = LESSONS[6]!;

/** The file, with its entries read through a Proxy that counts each entry read by index. */
function counted(): { file: MemoryFile; reads: () => number } {
  const file = parseMemoryFile('CLAUDE.md', TEXT);
  let reads = 0;
  const entries = new Proxy(file.entries, {
    get(target, prop, receiver) {
      if (typeof prop === 'string' && /^\d+$/.test(prop)) reads++;
      return Reflect.get(target, prop, receiver) as unknown;
    },
  }) as MemoryEntry[];
  return { file: { ...file, entries }, reads: () => reads };
}

describe('placement reads a file once per pass', () => {
  it('places many lessons in one file with one read of its entries', () => {
    const { file, reads } = counted();
    for (const lesson of LESSONS) sectionFor(file, lesson);
    const once = reads();
    expect(once).toBeGreaterThan(0);
    for (let round = 0; round < 20; round++) for (const lesson of LESSONS) sectionFor(file, lesson);
    // Before: every placement read all entries again (120 more placements, 120 more reads of the file).
    expect(reads()).toBe(once);
  });

  it('places each lesson where a fresh read of the file places it', () => {
    const { file } = counted();
    const fresh = (lesson: string) => sectionFor(parseMemoryFile('CLAUDE.md', TEXT), lesson);
    for (let round = 0; round < 3; round++) for (const lesson of LESSONS) expect(sectionFor(file, lesson)).toEqual(fresh(lesson));
    // Controls: the lessons do land in different sections, or nowhere.
    expect(fresh(TESTS)).toEqual(['tools', 'Tests']);
    expect(fresh(LESSONS[1]!)).toEqual(['tools', 'Database']);
    expect(fresh(LESSONS[2]!)).toEqual(['tools', 'Build and deploy']);
    expect(fresh(LESSONS[4]!)).toBeUndefined();
  });

  it('gives each caller its own path, so changing one changes no later placement', () => {
    const { file } = counted();
    const first = sectionFor(file, TESTS);
    first?.push('changed');
    expect(sectionFor(file, TESTS)).toEqual(['tools', 'Tests']);
  });

  it('reads another file (another entries array) afresh', () => {
    const a = parseMemoryFile('CLAUDE.md', TEXT);
    const b = parseMemoryFile('CLAUDE.md', TEXT.replace('## Tests', '## Checks'));
    expect(sectionFor(a, TESTS)).toEqual(['tools', 'Tests']);
    expect(sectionFor(b, TESTS.replace('tests', 'checks'))).toEqual(['tools', 'Checks']);
  });
});
