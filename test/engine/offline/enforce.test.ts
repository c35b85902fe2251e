/**
 * The rationale of a strengthened rule names what would enforce it only for the agents corrected against it,
 * in what each of them has (engine/offline/enforce.ts): a Claude Code PreToolUse hook, a Gemini CLI BeforeTool
 * hook, a Codex `forbidden` prefix_rule for a command (Codex has nothing for a file write); nothing otherwise.
 */
import { describe, expect, it } from 'vitest';
import { defaultDreamOptions } from '../../../src/engine/options.js';
import type { AgentKind, MemoryFile } from '../../../src/model/index.js';
import { mineSession } from '../../../src/signals/mine.js';
import type { RepoFacts } from '../../../src/signals/repo-facts.js';
import { dreamOffline } from '../../helpers/offline-dream.js';
import { memory, session, type Step } from '../../signals/session-builder.js';

const facts: RepoFacts = { scripts: {}, makeTargets: null, exists: () => true };

/** The user corrects the agent against a rule memory already holds, in other words each time. */
const npmCorrections: Step[][] = [
  [{ run: 'npm install lodash', ok: true, out: 'added 3 packages' }, { user: 'No, use yarn, not npm.' }],
  [{ run: 'npm i dayjs', ok: true, out: 'added 1 package' }, { user: "Don't use npm here, we use yarn." }],
  [{ run: 'npm install zod', ok: true, out: 'added 1 package' }, { user: 'Stop using npm. yarn please.' }],
];

async function strengthened(mem: MemoryFile[], agents: AgentKind[]): Promise<{ file: string; rationale: string }[]> {
  const options = { ...defaultDreamOptions, minSupport: 2 };
  const signals = agents.flatMap((agent, i) => mineSession(session(`s${i}`, npmCorrections[i]!, agent), { memory: mem, repoFacts: facts }));
  const result = await dreamOffline(signals, mem, { repoFacts: facts, options });
  return result.edits.filter((e) => e.op === 'update').map((e) => ({ file: e.file, rationale: e.rationale }));
}

const RULE = '# Rules\n\n- Use yarn for dependencies, never npm.\n';

describe('what would enforce a rule agents keep breaking, per agent', () => {
  it('Claude Code: a PreToolUse hook', async () => {
    const [e] = await strengthened(memory({ 'CLAUDE.md': RULE }), ['claude-code', 'claude-code', 'claude-code']);
    expect(e?.rationale).toMatch(/A PreToolUse hook that blocks `npm` would enforce it rather than remind\.$/);
  });

  it("Codex, reading AGENTS.md: a forbidden prefix_rule in .codex/rules, never Claude Code's hook", async () => {
    const [e] = await strengthened(memory({ 'AGENTS.md': RULE }), ['codex', 'codex', 'codex']);
    expect(e?.file).toBe('AGENTS.md');
    expect(e?.rationale).toMatch(/^Memory already says this/);
    expect(e?.rationale).not.toContain('PreToolUse');
    expect(e?.rationale).toMatch(/A `prefix_rule` with `decision = "forbidden"` in `\.codex\/rules\/` that blocks `npm` would enforce it/);
  });

  it('Gemini CLI: a BeforeTool hook', async () => {
    const [e] = await strengthened(memory({ 'GEMINI.md': RULE }), ['gemini-cli', 'gemini-cli', 'gemini-cli']);
    expect(e?.rationale).toMatch(
      /^Memory already says this.* A BeforeTool hook in `\.gemini\/settings\.json` that blocks `npm` would enforce it/,
    );
    expect(e?.rationale).not.toContain('PreToolUse');
  });

  it('agents with nothing that blocks a call (aider, Cline): the rule is marked, nothing is suggested', async () => {
    for (const agent of ['aider', 'cline'] as const) {
      const [e] = await strengthened(memory({ 'AGENTS.md': RULE }), [agent, agent, agent]);
      expect(e?.rationale, agent).toMatch(/marked IMPORTANT\.$/);
    }
  });

  it('only the agents that read the file: Claude corrected against AGENTS.md it does not read is not named there', async () => {
    const both = await strengthened(memory({ 'AGENTS.md': RULE, 'CLAUDE.md': '# Claude\n\n- Be brief.\n' }), [
      'codex',
      'codex',
      'claude-code',
    ]);
    const agentsMd = both.find((e) => e.file === 'AGENTS.md');
    expect(agentsMd?.rationale).toMatch(/marked IMPORTANT\. A `prefix_rule`/);
    expect(agentsMd?.rationale).not.toContain('PreToolUse');
  });
});
