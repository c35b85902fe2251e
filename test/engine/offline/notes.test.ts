import { describe, expect, it } from 'vitest';
import type { MemoryFile } from '../../../src/model/index.js';
import { mineSession } from '../../../src/signals/mine.js';
import type { RepoFacts } from '../../../src/signals/repo-facts.js';
import { dreamOffline } from '../../helpers/offline-dream.js';
import { memory, session, type Step } from '../../signals/session-builder.js';

const facts: RepoFacts = { scripts: null, makeTargets: null, exists: () => true };
const forceAdd: Step[] = [
  { run: 'git add priv/static/app.css', ok: false, out: 'The following paths are ignored by one of your .gitignore files:\npriv/static' },
  { run: 'git add -f priv/static/app.css', ok: true },
];
const hook: Step[] = [
  {
    run: 'git commit -m "wip"',
    ok: false,
    out: "Pre-commit validation failed:\\n\\n[FORMAT] Code is not formatted.\\nRun 'mix format' to fix.",
  },
  { run: 'mix format', ok: true },
  { run: 'git commit -m "wip"', ok: true },
];
const legacyPeers: Step[] = [
  { run: 'npm install', ok: false, out: 'npm error code ERESOLVE\nnpm error ERESOLVE unable to resolve dependency tree' },
  { run: 'npm install --legacy-peer-deps', ok: true },
];

async function dream(mem: MemoryFile[], steps: Step[]) {
  const signals = ['a', 'b', 'c'].flatMap((id) => mineSession(session(id, steps), { memory: mem, repoFacts: facts }));
  const r = await dreamOffline(signals, mem, { repoFacts: facts });
  expect(r.patterns.length).toBeGreaterThan(0);
  return r;
}

describe('OfflineEngine notes say why a supported pattern became no edit', () => {
  it('a fix that only forces past a check is never taught, and the note names the override', async () => {
    const r = await dream(memory({ 'CLAUDE.md': '# Project\n\n- Keep commits small.\n' }), legacyPeers);
    expect(r.edits).toEqual([]);
    const note = r.notes.find((n) => n.includes('`npm install --legacy-peer-deps` worked'));
    expect(note).toMatch(/3 sessions.*no edit: its fix only forced the command past a check \(`--legacy-peer-deps`\)/);
  });

  it('a path forced past .gitignore teaches leaving it out, never the force', async () => {
    const r = await dream(memory({ 'CLAUDE.md': '# Project\n\n- Keep commits small.\n' }), forceAdd);
    expect(r.edits.map((e) => e.after)).toEqual([
      'Leave `priv/static/` out of `git add`: `git add` refuses it, and forcing it with `-f` only hides the refusal.',
    ]);
  });

  it('lessons already in memory are counted, not reported as missing the evidence bar', async () => {
    const first = await dream(memory({ 'CLAUDE.md': '# Project\n\n- Keep commits small.\n' }), hook);
    expect(first.edits.map((e) => e.after)).toEqual(['Run `mix format` before `git commit`: `git commit` fails until it has run.']);
    const again = await dream(memory({ 'CLAUDE.md': `# Project\n\n- Keep commits small.\n- ${first.edits[0]!.after}\n` }), hook);
    expect(again.edits).toEqual([]);
    expect(again.notes).toContain('offline engine: 1 supported lesson is already in memory');
    expect(again.notes.some((n) => n.includes('evidence bar'))).toBe(false);
  });

  it('still says nothing met the bar when nothing did', async () => {
    const r = await dream(memory({ 'CLAUDE.md': '# Project\n' }), [
      { run: 'ls nothing', ok: false, out: 'ls: nothing: No such file' },
      { run: 'ls nothing', ok: false, out: 'ls: nothing: No such file' },
    ]);
    expect(r.notes).toContain('offline engine: no edit met the evidence bar');
  });
});
