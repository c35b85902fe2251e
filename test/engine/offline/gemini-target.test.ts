import { describe, expect, it } from 'vitest';
import { OfflineEngine } from '../../../src/engine/offline/index.js';
import { defaultDreamOptions } from '../../../src/engine/options.js';
import type { AgentKind, MemoryFile } from '../../../src/model/index.js';
import { mineSession } from '../../../src/signals/mine.js';
import { clusterSignals } from '../../../src/signals/cluster.js';
import type { RepoFacts } from '../../../src/signals/repo-facts.js';
import { applyEdits } from '../../../src/edits/apply.js';
import { silentLogger } from '../../../src/log.js';
import { DEFAULT_MEMORY_GLOBS } from '../../../src/memory/discover.js';
import { memory, session, type Step } from '../../signals/session-builder.js';

const facts: RepoFacts = { scripts: {}, makeTargets: null, exists: () => true };
// A fix the agent found by itself: a failing command, then the working variant.
const cargoFix: Step[] = [
  { run: 'cargo test', ok: false, out: 'error: could not find `Cargo.toml` in `/w` or any parent directory' },
  { run: 'cargo test --manifest-path engine/Cargo.toml', ok: true, out: 'test result: ok. 12 passed' },
];

async function dream(mem: MemoryFile[], agents: AgentKind[]) {
  const options = { ...defaultDreamOptions, minSupport: 2 };
  const signals = agents.flatMap((agent, i) => mineSession(session(`s${i}`, cargoFix, agent), { memory: mem, repoFacts: facts }));
  const { patterns, oneOffs } = clusterSignals(signals, options.minSupport);
  const result = await new OfflineEngine({ repoFacts: facts }).dream({
    repoDir: '/nonexistent',
    sessions: [],
    signals,
    patterns,
    oneOffs,
    memory: mem,
    suppressedEditIds: new Set(),
    options,
    logger: silentLogger,
  });
  expect(applyEdits(mem, result.edits, options).rejected).toEqual([]);
  return result.edits.map((e) => [e.op, e.file]);
}

describe("Gemini CLI's lessons go where Gemini CLI reads them (GEMINI.md)", () => {
  it('creates GEMINI.md for a lesson only Gemini CLI sessions hit, not AGENTS.md', async () => {
    expect(await dream(memory({ 'AGENTS.md': '# Agents\n\n- Be brief.\n' }), ['gemini-cli', 'gemini-cli'])).toEqual([['add', 'GEMINI.md']]);
  });

  it('adds to an existing GEMINI.md, and follows one that only imports AGENTS.md', async () => {
    expect(await dream(memory({ 'GEMINI.md': '# Gemini\n\n- Be brief.\n' }), ['gemini-cli', 'gemini-cli'])).toEqual([['add', 'GEMINI.md']]);
    const importing = memory({ 'GEMINI.md': '@AGENTS.md\n', 'AGENTS.md': '# Agents\n\n- Be brief.\n' });
    expect(await dream(importing, ['gemini-cli', 'gemini-cli'])).toEqual([['add', 'AGENTS.md']]);
  });

  it('writes a lesson shared with Codex to both files each agent reads', async () => {
    expect(await dream(memory({ 'AGENTS.md': '# Agents\n\n- Be brief.\n' }), ['gemini-cli', 'codex'])).toEqual([
      ['add', 'AGENTS.md'],
      ['add', 'GEMINI.md'],
    ]);
  });

  it('leaves the other agents where they were (negative controls)', async () => {
    const mem = memory({ 'GEMINI.md': '# Gemini\n\n- Be brief.\n', 'AGENTS.md': '# Agents\n\n- Be brief.\n' });
    expect(await dream(mem, ['codex', 'codex'])).toEqual([['add', 'AGENTS.md']]);
    expect(await dream(mem, ['claude-code', 'claude-code'])).toEqual([['add', 'CLAUDE.md']]);
  });

  it('finds GEMINI.md as memory, read by Gemini CLI only', () => {
    expect(DEFAULT_MEMORY_GLOBS).toContain('**/GEMINI.md');
    const [g] = memory({ 'docs/GEMINI.md': '# Docs\n' });
    expect(g!.readBy).toEqual(['gemini-cli']);
  });
});
