/**
 * "Already in memory" compared a lesson's words with each entry's, links and paths left out of the words: a rule
 * pointing at another page or file than the entry's ("Read docs/billing.md before …" beside "Read docs/auth.md before
 * …") was counted as said, and the lesson was lost — worse, the user's repeated rule then strengthened the entry that
 * points elsewhere ("**IMPORTANT:** Always read docs/auth.md …"), a wrong edit. Now an entry says a lesson only if it points at every page and
 * file the lesson does (it may point at more). The same rule for what hygiene judges duplicates (reference-duplicates).
 */
import { describe, expect, it } from 'vitest';
import type { MemoryFile } from '../../../src/model/index.js';
import { mineSession } from '../../../src/signals/mine.js';
import type { RepoFacts } from '../../../src/signals/repo-facts.js';
import { dreamOffline } from '../../helpers/offline-dream.js';
import { memory, session } from '../../signals/session-builder.js';

const facts: RepoFacts = { scripts: null, makeTargets: null, exists: () => true };

async function dream(mem: MemoryFile[], rule: string) {
  const signals = ['a', 'b', 'c'].flatMap((id) =>
    mineSession(session(id, [{ user: `Fix the rounding in invoice ${id}.` }, { run: 'git status', ok: true }, { user: rule }]), {
      memory: mem,
      repoFacts: facts,
    }),
  );
  return dreamOffline(signals, mem, { repoFacts: facts });
}

const cases: [string, string, string, string][] = [
  [
    'a repository path',
    'Always read docs/billing.md before you touch the invoice code.',
    '- Always read docs/auth.md before you touch the invoice code.',
    '- Always read docs/billing.md before you touch the invoice code, and docs/tax.md too.',
  ],
  [
    'a web page',
    'Always check https://wiki.example.com/payments/refunds before changing refund logic.',
    '- Always check https://wiki.example.com/payments/chargebacks before changing refund logic.',
    '- Always check https://wiki.example.com/payments/refunds before changing refund logic.',
  ],
];

describe('a lesson pointing at a page or file memory does not name is not already said', () => {
  it.each(cases)('%s', async (_, rule, other, same) => {
    const fresh = await dream(memory({ 'CLAUDE.md': '# Project\n\n- Keep commits small.\n' }), rule);
    expect(fresh.edits.map((e) => e.after)).toHaveLength(1);
    const lesson = fresh.edits[0]!.after!;
    const beside = await dream(memory({ 'CLAUDE.md': `# Project\n\n- Keep commits small.\n${other}\n` }), rule);
    expect(beside.edits.map((e) => e.after)).toEqual([lesson]);
    // Control: an entry pointing at the same page or file (and maybe more) already says it: the rule the user keeps
    // repeating is strengthened there, not added again.
    const said = await dream(memory({ 'CLAUDE.md': `# Project\n\n- Keep commits small.\n${same}\n` }), rule);
    expect(said.edits.map((e) => e.after)).toEqual([`- **IMPORTANT:** ${same.slice(2)}`]);
    expect(said.notes).toContain('offline engine: 1 supported lesson is already in memory');
  });
});
