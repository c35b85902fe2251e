import { describe, expect, it } from 'vitest';
import { parseProhibition, prohibitionRules, ruleKey } from '../../src/signals/rule-prohibitions.js';
import { mineSession } from '../../src/signals/mine.js';
import { unknownRepoFacts } from '../../src/signals/repo-facts.js';
import { callActions } from '../../src/signals/tool-actions.js';
import { mineBrokenRules } from '../../src/signals/mine-broken-rules.js';
import type { ToolCallEvent } from '../../src/model/index.js';
import { memory, session, type Step } from './session-builder.js';

const read = (line: string) => {
  const r = parseProhibition(line);
  return r && { actions: [...r.actions].sort(), targets: r.targets.map((t) => (t.kind === 'path' ? t.path : t.text)) };
};

describe('which memory lines forbid an action on a concrete target', () => {
  it('reads the verbs and targets of many phrasings', () => {
    expect(read('- Do not modify anything in `config/secrets/`.')).toEqual({ actions: ['modify'], targets: ['config/secrets'] });
    expect(read("- Don't ever remove `fixtures/golden.json`")).toEqual({ actions: ['delete'], targets: ['fixtures/golden.json'] });
    expect(read('* Never overwrite or erase the .env.production file')).toEqual({
      actions: ['delete', 'modify'],
      targets: ['.env.production'],
    });
    expect(read('1. Agents must not open `keys/*.pem`')).toEqual({ actions: ['read'], targets: ['keys/*.pem'] });
    expect(read('- avoid touching `third_party/`')).toEqual({ actions: ['delete', 'modify'], targets: ['third_party'] });
    expect(read('- Never execute `terraform destroy`.')).toEqual({ actions: ['run'], targets: ['terraform destroy'] });
    expect(read('- Anything under `out/` must never be edited by hand.')).toEqual({ actions: ['modify'], targets: ['out'] });
    expect(read('- **Never** read/write `~/.cache/tool/db.sqlite` directly - it is owned by the daemon')).toEqual({
      actions: ['modify', 'read'],
      targets: ['~/.cache/tool/db.sqlite'],
    });
  });

  it('reads nothing into a rule that holds only sometimes, is too broad, or names no target', () => {
    for (const line of [
      '- Never delete `data/` unless the user asks.',
      '- Do not edit `schema.sql` without asking first.',
      '- Never modify `CHANGELOG.md` before the release is cut.',
      '- Never run `npm test` in the root; use `npm run test:unit`.',
      '- Never run `git push --force` on main.',
      '- Never edit `src/`.',
      '- Never modify tests in `spec/`.',
      '- Never commit `.env`.',
      '- Never edit a migration that has shipped: they run in production.',
      '- Use pnpm, never npm: the lockfile is pnpm-lock.yaml.',
      '- Tests must not modify `fixtures/`.',
      '- Always run `make lint` before pushing.',
    ])
      expect(read(line), line).toBeUndefined();
  });

  it('finds a rule on its own line inside a list entry, never inside a fence or a wrapped line', () => {
    const m = memory({
      'AGENTS.md':
        '# w\n\n1. **Data**\n   - NEVER use file listings\n   - NEVER delete or modify files in `~/.local/state/tool/`\n   ```bash\n   rm -rf `build/`\n   ```\n- Never delete `a/b/` when the\n  release is out.\n',
    });
    const rules = prohibitionRules(m.flatMap((f) => f.entries));
    expect(rules.map((r) => [r.lineIndex, r.line.trim()])).toEqual([[2, '- NEVER delete or modify files in `~/.local/state/tool/`']]);
  });
});

const call = (command: string): ToolCallEvent => ({
  kind: 'tool_call',
  seq: 0,
  name: 'Bash',
  input: { command },
  command,
  origin: { file: 'f', line: 1 },
});
const acts = (command: string) => callActions(call(command)).files.map((f) => `${f.action} ${f.path}`);

describe('what a tool call does to files, from its structure', () => {
  it('classes shell programs, redirections and cd by their argument roles', () => {
    expect(acts('rm -rf build/ && git rm -q old.ts')).toEqual(['delete build/', 'delete old.ts']);
    expect(acts("sed -i 's/a/b/' conf/app.yml")).toEqual(['modify conf/app.yml']);
    expect(acts('echo hi > notes.txt; cat a.json | tee -a log/out.txt')).toEqual(['modify notes.txt', 'read a.json', 'modify log/out.txt']);
    expect(acts('cp template.env .env && mv a.ts b.ts')).toEqual(['modify .env', 'modify a.ts', 'modify b.ts']);
    expect(acts('grep -n TODO src/a.ts && jq .x data.json')).toEqual(['read src/a.ts', 'read data.json']);
    expect(acts('cd /srv/app && rm cache.db')).toEqual(['delete /srv/app/cache.db']);
    // Quoted text and heredoc bodies are data: no redirection, no command.
    expect(acts('echo "a > b.txt"')).toEqual([]);
    expect(acts("cat <<'EOF' > plan.md\nrm -rf /important\nEOF")).toEqual(['modify plan.md']);
  });

  it('reads the edit tools by their fields, and the editor tool by what it says it did', () => {
    const tool = (name: string, input: Record<string, unknown>) =>
      callActions({ kind: 'tool_call', seq: 0, name, input, origin: { file: 'f', line: 1 } }).files.map((f) => `${f.action} ${f.path}`);
    expect(tool('Edit', { file_path: '/r/a.ts', old_string: 'x', new_string: 'y' })).toEqual(['modify /r/a.ts']);
    expect(tool('Read', { file_path: '/r/a.ts' })).toEqual(['read /r/a.ts']);
    expect(tool('delete_file', { target_file: 'a.ts' })).toEqual(['delete a.ts']);
    expect(tool('str_replace_based_edit_tool', { command: 'view', path: '/r/a.ts' })).toEqual(['read /r/a.ts']);
    expect(tool('apply_patch', { input: '*** Begin Patch\n*** Delete File: gen/x.ts\n*** End Patch' })).toEqual(['delete gen/x.ts']);
    // The path fields memory use reads too (tool-files.ts): Gemini's absolute_path, Cursor's relative_workspace_path.
    expect(tool('read_file', { absolute_path: '/r/.env.local' })).toEqual(['read /r/.env.local']);
    expect(tool('edit_file', { relative_workspace_path: 'src/generated/a.ts' })).toEqual(['modify src/generated/a.ts']);
    // Writing tools by the name the red-green loop reads them by too (episodes.ts): the OpenHands editor's insert, Cline's write_to_file.
    expect(tool('insert', { path: '/r/a.ts', new_str: 'x' })).toEqual(['modify /r/a.ts']);
    expect(tool('write_to_file', { path: 'a.ts', content: 'x' })).toEqual(['modify a.ts']);
  });
});

const guide = memory({
  'CLAUDE.md':
    "# api\n\n## Rules\n\n- Never modify `src/generated/`: it is written by `make gen`.\n- Do not read or edit `.env.local` directly.\n- Never delete `db/seeds/` unless asked.\n- Don't ever run `git push --force`.\n",
});
const rules = prohibitionRules(guide.flatMap((f) => f.entries));
const mine = (steps: Step[]) => mineBrokenRules({ ...session('s1', steps), cwd: '/srv/api' }, rules);

describe('sessions that broke a rule with no one objecting', () => {
  it('ties the forbidden action on the target to the rule line, quoting the call', () => {
    const s = mine([
      { user: 'The login test is failing, can you look?' },
      { tool: 'Edit', input: { file_path: '/srv/api/src/generated/client.ts', old_string: 'a', new_string: 'b' } },
      { run: 'git push --force origin feat' },
    ]);
    // The signature is the rule (its actions and targets), not the line that words it.
    expect(s.map((x) => [x.signature, x.evidence[0]?.quote])).toEqual([
      ['broken|modify src/generated', '/srv/api/src/generated/client.ts'],
      ['broken|run git push --force', 'git push --force origin feat'],
    ]);
    expect(s.every((x) => x.kind === 'memory_failure' && x.memoryEntryId)).toBe(true);
  });

  it('is no violation where the action, the place or the speaker differs', () => {
    expect(
      mine([
        // A read of a file the rule forbids writing; a path that only shares a prefix; a plain push.
        { run: 'cat src/generated/client.ts' },
        { tool: 'Write', input: { file_path: '/srv/api/src/generated-old/x.ts', content: 'x' } },
        { run: 'git push origin feat' },
        // The conditional rule is no rule here.
        { run: 'rm -rf db/seeds/' },
        // The agent only talks about it; a tool prints it.
        { run: 'echo "next: rm .env.local"', out: 'next: rm .env.local' },
      ]),
    ).toEqual([]);
  });

  it('does not count a session where the user asked for it, named it, or a hook or denial stopped it', () => {
    expect(
      mine([{ user: 'please update the generated client' }, { tool: 'Edit', input: { file_path: 'src/generated/client.ts' } }]),
    ).toEqual([]);
    expect(mine([{ run: 'cat .env.local' }, { user: 'why did you read .env.local?' }])).toEqual([]);
    expect(mine([{ hook: 'blocked by policy', blocks: 'git push --force' }])).toEqual([]);
    expect(mine([{ run: 'git push --force' }, { deny: 'The user rejected this tool use' }])).toEqual([]);
  });

  it('counts a call that ran though a hook complained after it (PostToolUse, a stopped turn): the complaint refused nothing', () => {
    const ran = session('s1', [{ run: 'git push --force origin feat' }]);
    const complaint = (followUp: boolean) => ({
      ...ran,
      cwd: '/srv/api',
      events: [
        ...ran.events,
        {
          kind: 'hook_block' as const,
          callId: 'c1',
          text: 'PostToolUse:Bash hook blocking error: force pushes are logged',
          ...(followUp ? { followUp: true as const } : {}),
          seq: ran.events.length,
          origin: { file: ran.sourceFile, line: 99 },
        },
      ],
    });
    expect(mineBrokenRules(complaint(true), rules).map((x) => x.signature)).toEqual(['broken|run git push --force']);
    // The same block as the call's answer (before it ran) stopped it: no violation.
    expect(mineBrokenRules(complaint(false), rules)).toEqual([]);
  });
});

describe('one rule, however many files state it', () => {
  const key = (line: string) => {
    const r = parseProhibition(line);
    return r && ruleKey(r);
  };

  it('is one key across wordings of the same actions on the same targets', () => {
    const same = [
      '- Never delete or modify `vendor/payments/`.',
      '- `vendor/payments/` must not be modified or deleted',
      '* NEVER touch anything in vendor/payments',
      '- Do not ever edit or remove files under `./vendor/payments/`.',
    ].map(key);
    expect(new Set(same).size).toBe(1);
    expect(key('- Never run `git push origin --force`')).toBe(key('- Do not run `git push --force origin`.'));
  });

  it('is another key where the action or the place differs', () => {
    const keys = [
      '- Never delete `vendor/payments/`.',
      '- Never edit `vendor/payments/`.',
      '- Never delete `vendor/payments/v2/`.',
      '- Never delete `vendor/`.',
      '- Never run `git push --force`',
      '- Never run `git push`',
    ].map(key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('is broken once by an agent that reads it twice, against the copy in its own file', () => {
    const both = memory({
      // CLAUDE.md imports AGENTS.md, so Claude reads the rule twice; Codex reads AGENTS.md alone.
      'CLAUDE.md': '@AGENTS.md\n\n# Claude\n\n- `vendor/payments/` must never be edited.\n',
      'AGENTS.md': '# Shared\n\n- Never modify anything in `vendor/payments/`.\n',
    });
    const mineAs = (agent: 'claude-code' | 'codex') =>
      mineSession(
        { ...session('s1', [{ tool: 'Edit', input: { file_path: '/srv/pay/vendor/payments/api.ts' } }], agent), cwd: '/srv/pay' },
        { memory: both, repoFacts: unknownRepoFacts },
      ).filter((s) => s.signature.startsWith('broken|'));
    const fileOf = (id: string | undefined) => both.find((f) => f.entries.some((e) => e.id === id))?.path;
    expect(mineAs('claude-code').map((s) => [s.signature, fileOf(s.memoryEntryId)])).toEqual([
      ['broken|modify vendor/payments', 'CLAUDE.md'],
    ]);
    expect(mineAs('codex').map((s) => [s.signature, fileOf(s.memoryEntryId)])).toEqual([['broken|modify vendor/payments', 'AGENTS.md']]);
  });
});
