import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits, unifiedDiff } from '../../src/edits/apply.js';
import { splitLines } from '../../src/memory/lines.js';
import { parseMemoryFile } from '../../src/memory/parse.js';
import type { Edit, MemoryFile } from '../../src/model/index.js';

const FRAGMENTS = [
  '# Title',
  '## Testing',
  '### Deep',
  '',
  '',
  '- bullet one',
  '* star bullet',
  '1. numbered',
  '  - nested',
  '\t- tab nested',
  '    indented code',
  'A paragraph line.',
  'lazy continuation',
  '```',
  '```sh',
  '~~~',
  '---',
  '@AGENTS.md',
  '- run `npm test`',
  '- Run `npm test`',
  '+ plus',
  '> quote',
  '<!-- comment -->',
  '\t',
  '- ',
  '#',
  '####### not heading',
  'ünïcödé ✓',
];

const markdown = fc
  .record({
    lines: fc.array(
      fc.oneof(
        fc.constantFrom(...FRAGMENTS),
        fc.string({ maxLength: 12 }).map((s) => s.replace(/[\r\n]/g, '')),
      ),
      { maxLength: 30 },
    ),
    crlf: fc.array(fc.boolean(), { maxLength: 30 }),
    finalNewline: fc.boolean(),
  })
  .map(({ lines, crlf, finalNewline }) => {
    let out = '';
    lines.forEach((l, i) => {
      const last = i === lines.length - 1;
      out += l + (last && !finalNewline ? '' : crlf[i] ? '\r\n' : '\n');
    });
    return out;
  });

const OPS = ['add', 'update', 'delete', 'merge', 'move'] as const;
const editSpec = fc.record({
  op: fc.constantFrom(...OPS),
  target: fc.nat(40),
  merged: fc.array(fc.nat(40), { maxLength: 3 }),
  file: fc.constantFrom('CLAUDE.md', 'AGENTS.md', 'CLAUDE.local.md'),
  toFile: fc.constantFrom('CLAUDE.md', 'AGENTS.md', 'docs/NEW.md'),
  after: fc.option(
    fc.oneof(fc.constantFrom('- new lesson', 'run `npm test`', 'two\nlines', 'x'.repeat(700)), fc.string({ maxLength: 40 })),
    { nil: undefined },
  ),
  before: fc.option(fc.string({ maxLength: 10 }), { nil: undefined }),
  section: fc.array(fc.constantFrom('Title', 'Testing', 'Deep', 'New'), { maxLength: 3 }),
  bogus: fc.boolean(),
});

type EditSpec = typeof editSpec extends fc.Arbitrary<infer T> ? T : never;

function buildEdits(files: MemoryFile[], specs: EditSpec[]): Edit[] {
  return specs.map((s, i) => {
    const f = files.find((x) => x.path === s.file);
    const entries = f?.entries ?? [];
    const pick = (k: number) => (entries.length === 0 || s.bogus ? `mbogus${k}` : entries[k % entries.length]!.id);
    return {
      id: `p${i}`,
      op: s.op,
      file: s.file,
      section: s.section,
      entryId: pick(s.target),
      mergedEntryIds: s.merged.map(pick),
      toFile: s.toFile,
      after: s.after,
      before: s.before,
      rationale: 'r',
      evidence: [],
    };
  });
}

/** Every original line outside the entries the applied edits targeted still appears, byte for byte, in order. */
function untouchedLinesSurvive(file: MemoryFile, after: string, applied: Edit[]): boolean {
  const touched = new Set<number>();
  const ids = new Set(applied.filter((e) => e.file === file.path).flatMap((e) => [e.entryId, ...(e.mergedEntryIds ?? [])]));
  const removedBlankAfter = new Set<number>();
  for (const e of file.entries)
    if (ids.has(e.id)) {
      for (let l = e.startLine; l <= e.endLine; l++) touched.add(l - 1);
      removedBlankAfter.add(e.endLine);
    }
  const orig = splitLines(file.text);
  const out = splitLines(after);
  let j = 0;
  for (let i = 0; i < orig.length; i++) {
    const o = orig[i]!;
    // The blank line after a removed entry may go with it (no double blank lines).
    if (touched.has(i) || (o.text.trim() === '' && removedBlankAfter.has(i))) continue;
    let found = false;
    for (; j < out.length; j++) {
      const x = out[j]!;
      if (x.text === o.text && (x.eol === o.eol || (o.eol === '' && i === orig.length - 1) || (o.eol === '' && x.eol !== ''))) {
        found = true;
        j++;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

const shuffle = <T>(xs: T[], seed: number): T[] => {
  const a = [...xs];
  let s = seed || 1;
  for (let i = a.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    const k = s % (i + 1);
    [a[i], a[k]] = [a[k]!, a[i]!];
  }
  return a;
};

const limits = { budget: { maxLines: 40, maxBytes: 2000 }, maxDeleteShare: 0.5, maxEntryBytes: 600 };

describe('applyEdits properties', () => {
  it('never throws, accounts for every edit, is order-independent and keeps untouched lines byte-identical', () => {
    fc.assert(
      fc.property(markdown, markdown, fc.array(editSpec, { maxLength: 8 }), fc.nat(), (claudeText, agentsText, specs, seed) => {
        const files = [parseMemoryFile('CLAUDE.md', claudeText), parseMemoryFile('AGENTS.md', agentsText)];
        const edits = buildEdits(files, specs);
        const a = applyEdits(files, edits, limits);
        const b = applyEdits(files, shuffle(edits, seed), limits);
        expect(b).toEqual(a);
        expect(a.applied.length + a.rejected.length).toBe(edits.length);
        expect(a.changes.some((c) => c.path === 'CLAUDE.local.md')).toBe(false);
        for (const c of a.changes) {
          const f = files.find((x) => x.path === c.path);
          if (f && !f.redirectTo) expect(untouchedLinesSurvive(f, c.after, a.applied)).toBe(true);
        }
        expect(typeof unifiedDiff(a.changes)).toBe('string');
      }),
      { numRuns: 400 },
    );
  });

  it('grows no file past its budget and no entry past maxEntryBytes', () => {
    fc.assert(
      fc.property(markdown, fc.array(editSpec, { maxLength: 8 }), (text, specs) => {
        const files = [parseMemoryFile('CLAUDE.md', text)];
        const r = applyEdits(files, buildEdits(files, specs), limits);
        for (const c of r.changes) {
          const lines = splitLines(c.after).length;
          const grewLines = lines > splitLines(c.before).length;
          if (grewLines) expect(lines).toBeLessThanOrEqual(limits.budget.maxLines);
        }
        for (const e of r.applied) if (e.after !== undefined) expect(Buffer.byteLength(e.after)).toBeLessThanOrEqual(600);
      }),
      { numRuns: 300 },
    );
  });
});

describe('applyEdits on arbitrary edit shapes', () => {
  it('refuses an op that is an inherited name or an object that cannot become a string (found by fast-check)', () => {
    const files = [parseMemoryFile('CLAUDE.md', '# A\n\n- one\n')];
    const base = { id: 'e1', file: 'CLAUDE.md', after: 'x', rationale: 'r', evidence: [] };
    for (const op of ['constructor', 'toString', '__proto__', { toString: {} }, { toString: () => 'add' }]) {
      const r = applyEdits(files, [{ ...base, op } as unknown as Edit], limits);
      expect(r.applied).toEqual([]);
      expect(r.rejected.map((x) => x.reason)).toEqual(['malformed edit: needs a string id and file and a known op']);
    }
  });

  it('refuses malformed edits instead of throwing', () => {
    const anyValue = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.constant(undefined),
      fc.constant(null),
      fc.array(fc.anything(), { maxLength: 2 }),
      fc.object(),
    );
    const files = [parseMemoryFile('CLAUDE.md', '# A\n\n- one\n- two\n- three\n- four\n')];
    const ids = files[0]!.entries.map((e) => e.id);
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            anyValue,
            fc.record({
              id: anyValue,
              op: fc.oneof(fc.constantFrom('add', 'update', 'delete', 'merge', 'move'), anyValue),
              file: fc.oneof(fc.constant('CLAUDE.md'), anyValue),
              entryId: fc.oneof(fc.constantFrom(...ids), anyValue),
              mergedEntryIds: fc.oneof(fc.array(fc.constantFrom(...ids)), anyValue),
              toFile: anyValue,
              section: anyValue,
              after: anyValue,
              before: anyValue,
            }),
          ),
          { maxLength: 8 },
        ),
        (raw) => {
          const edits = raw as unknown as Edit[];
          const r = applyEdits(files, edits, limits);
          expect(r.applied.length + r.rejected.length).toBe(edits.length);
        },
      ),
      { numRuns: 500 },
    );
  });
});
