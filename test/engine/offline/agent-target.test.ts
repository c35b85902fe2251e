import { describe, expect, it } from 'vitest';
import { defaultDreamOptions } from '../../../src/engine/options.js';
import type { AgentKind, MemoryFile } from '../../../src/model/index.js';
import { mineSession } from '../../../src/signals/mine.js';
import type { RepoFacts } from '../../../src/signals/repo-facts.js';
import { applyEdits } from '../../../src/edits/apply.js';
import { DEFAULT_MEMORY_GLOBS } from '../../../src/memory/discover.js';
import { filesReadBy } from '../../../src/engine/offline/targets.js';
import { dreamOffline } from '../../helpers/offline-dream.js';
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
  const result = await dreamOffline(signals, mem, { repoFacts: facts, options });
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

describe("Copilot CLI's lessons go where Copilot CLI reads them (.github/copilot-instructions.md, else AGENTS.md)", () => {
  const COPILOT = '.github/copilot-instructions.md';

  it('adds to an existing copilot-instructions.md', async () => {
    const mem = memory({ [COPILOT]: '# Copilot\n\n- Be brief.\n', 'AGENTS.md': '# Agents\n\n- Be brief.\n' });
    expect(await dream(mem, ['copilot-cli', 'copilot-cli'])).toEqual([['add', COPILOT]]);
  });

  it('writes to AGENTS.md, which Copilot CLI reads too, when the repository keeps no copilot-instructions.md (never creates one)', async () => {
    expect(await dream(memory({ 'AGENTS.md': '# Agents\n\n- Be brief.\n' }), ['copilot-cli', 'copilot-cli'])).toEqual([
      ['add', 'AGENTS.md'],
    ]);
    expect(await dream(memory({ 'CLAUDE.md': '# Claude\n\n- Be brief.\n' }), ['copilot-cli', 'copilot-cli'])).toEqual([
      ['add', 'AGENTS.md'],
    ]);
  });

  it('writes a lesson shared with Codex to AGENTS.md alone, since Copilot CLI reads it; with Claude, to CLAUDE.md as well', async () => {
    const mem = memory({ [COPILOT]: '# Copilot\n\n- Be brief.\n', 'AGENTS.md': '# Agents\n\n- Be brief.\n' });
    expect(await dream(mem, ['copilot-cli', 'codex'])).toEqual([['add', 'AGENTS.md']]);
    expect(await dream(mem, ['copilot-cli', 'claude-code'])).toEqual([
      ['add', 'AGENTS.md'],
      ['add', 'CLAUDE.md'],
    ]);
  });

  it('leaves the other agents where they were (negative controls)', async () => {
    const mem = memory({ [COPILOT]: '# Copilot\n\n- Be brief.\n', 'AGENTS.md': '# Agents\n\n- Be brief.\n' });
    expect(await dream(mem, ['codex', 'codex'])).toEqual([['add', 'AGENTS.md']]);
    expect(await dream(mem, ['gemini-cli', 'gemini-cli'])).toEqual([['add', 'GEMINI.md']]);
  });

  it("finds Copilot's instruction files as memory read by Copilot CLI only, and counts AGENTS.md and them as what it already reads", () => {
    expect(DEFAULT_MEMORY_GLOBS).toEqual(expect.arrayContaining([COPILOT, '.github/instructions/**/*.instructions.md']));
    const mem = memory({
      [COPILOT]: '# Copilot\n',
      '.github/instructions/python/tests.instructions.md': '---\napplyTo: "**/*.py"\n---\n- Use pytest.\n',
      '.github/instructions/notes.md': '# not an instructions file\n',
      'AGENTS.md': '# Agents\n',
      'CLAUDE.md': '# Claude\n',
    });
    const readBy = Object.fromEntries(mem.map((f) => [f.path, f.readBy]));
    expect(readBy[COPILOT]).toEqual(['copilot-cli']);
    expect(readBy['.github/instructions/python/tests.instructions.md']).toEqual(['copilot-cli']);
    expect(readBy['.github/instructions/notes.md']).not.toContain('copilot-cli');
    expect(readBy['AGENTS.md']).toContain('copilot-cli');
    expect(readBy['CLAUDE.md']).not.toContain('copilot-cli');
    expect(filesReadBy('copilot-cli', mem)).toEqual([
      '.github/copilot-instructions.md',
      '.github/instructions/python/tests.instructions.md',
      'AGENTS.md',
    ]);
  });
});

describe("Cline's (and Roo Code's, Kilo Code's) lessons go to AGENTS.md, which they read", () => {
  it('adds to AGENTS.md, even beside a CLAUDE.md, and creates no rules file of their own', async () => {
    expect(await dream(memory({ 'AGENTS.md': '# Agents\n\n- Be brief.\n' }), ['cline', 'cline'])).toEqual([['add', 'AGENTS.md']]);
    expect(await dream(memory({ 'CLAUDE.md': '# Claude\n\n- Be brief.\n' }), ['cline', 'cline'])).toEqual([['add', 'AGENTS.md']]);
  });

  it('a lesson shared with Claude Code goes to AGENTS.md and CLAUDE.md; with Codex, to AGENTS.md alone', async () => {
    const mem = memory({ 'AGENTS.md': '# Agents\n\n- Be brief.\n', 'CLAUDE.md': '# Claude\n\n- Be brief.\n' });
    expect(await dream(mem, ['cline', 'claude-code'])).toEqual([
      ['add', 'AGENTS.md'],
      ['add', 'CLAUDE.md'],
    ]);
    expect(await dream(mem, ['cline', 'codex'])).toEqual([['add', 'AGENTS.md']]);
  });

  it('its own rules (.clinerules, .roo/rules, .kilocode/rules) count as read by it, and by no other agent; lessons still go to AGENTS.md', async () => {
    const rules = {
      '.clinerules/01-testing.md': '# Testing\n\n- Run the tests with `cargo test --manifest-path engine/Cargo.toml`.\n',
      '.roo/rules-code/style.md': '- Prefer small functions.\n',
      '.roorules': '- Keep diffs small.\n',
      '.kilocode/rules/git.md': '- Never force-push.\n',
    };
    const mem = memory({ ...rules, 'docs/clinerules.md': '- not a rules file\n', 'AGENTS.md': '# Agents\n' });
    const readBy = Object.fromEntries(mem.map((f) => [f.path, f.readBy]));
    for (const p of Object.keys(rules)) expect(readBy[p]).toEqual(['cline']);
    expect(readBy['docs/clinerules.md']).not.toContain('cline');
    expect(filesReadBy('cline', mem)).toEqual([...Object.keys(rules), 'AGENTS.md'].sort());
    expect(filesReadBy('claude-code', mem)).not.toContain('.clinerules/01-testing.md');
    // The cargo fix is already in Cline's own rules: for Cline alone the rule it read is made plainer there
    // (as a CLAUDE.md rule Claude Code read would be), not repeated in AGENTS.md; Codex does not read them.
    expect(await dream(memory({ ...rules, 'AGENTS.md': '# Agents\n' }), ['cline', 'cline'])).toEqual([
      ['update', '.clinerules/01-testing.md'],
    ]);
    expect(await dream(memory({ ...rules, 'AGENTS.md': '# Agents\n' }), ['codex', 'codex'])).toEqual([['add', 'AGENTS.md']]);
  });

  it('AGENTS.md counts as read by Cline, so a rule already there is not proposed again', () => {
    const mem = memory({ 'AGENTS.md': '# Agents\n\n- Be brief.\n' });
    expect(filesReadBy('cline', mem)).toEqual(['AGENTS.md']);
    expect(mem[0]!.readBy).toContain('cline');
  });
});

describe("Cursor's and Windsurf's rules are read to know a lesson is held, never written", () => {
  const rule =
    '---\ndescription: Rust\nalwaysApply: true\n---\n# Rust\n\n- Run `cargo test --manifest-path engine/Cargo.toml`: the crate is in engine/.\n';

  it("adds nothing to AGENTS.md for Cursor's sessions (read as generic) when its rules already say it", async () => {
    expect(
      await dream(memory({ 'AGENTS.md': '# Agents\n\n- Be brief.\n', '.cursor/rules/rust.mdc': rule }), ['generic', 'generic']),
    ).toEqual([]);
    expect(
      await dream(memory({ 'AGENTS.md': '# Agents\n\n- Be brief.\n', '.windsurf/rules/rust.md': rule }), ['generic', 'generic']),
    ).toEqual([]);
  });

  it('still adds it for agents that never read those rules, and for Cursor when no rule says it (controls)', async () => {
    const mem = memory({ 'AGENTS.md': '# Agents\n\n- Be brief.\n', '.cursor/rules/rust.mdc': rule });
    expect(await dream(mem, ['codex', 'codex'])).toEqual([['add', 'AGENTS.md']]);
    expect(await dream(mem, ['claude-code', 'claude-code'])).toEqual([['add', 'CLAUDE.md']]);
    const other = memory({
      'AGENTS.md': '# Agents\n\n- Be brief.\n',
      '.cursor/rules/style.mdc': '---\nalwaysApply: true\n---\n- Use tabs.\n',
    });
    expect(await dream(other, ['generic', 'generic'])).toEqual([['add', 'AGENTS.md']]);
  });
});
