/**
 * The SessionEnd hook users copy from the docs. Claude Code gives SessionEnd hooks a shared budget
 * of 1.5 s unless a hook sets its own `timeout` (seconds, honoured up to 60): a snippet without one
 * is cancelled whenever npx and Node start slowly, and the session is never captured.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DEFAULT_SESSION_END_BUDGET_S = 1.5;
const MAX_SESSION_END_BUDGET_S = 60;

interface CommandHook {
  type: string;
  command: string;
  timeout?: unknown;
}

function sessionEndHooks(file: string): CommandHook[] {
  const text = readFileSync(path.join(repoRoot, file), 'utf8');
  const hooks: CommandHook[] = [];
  for (const m of text.matchAll(/```json\n([\s\S]*?)```/g)) {
    const body = m[1]!.replace(/^ {2}/gm, '');
    if (!body.includes('"SessionEnd": [')) continue;
    const settings = JSON.parse(body) as { hooks: { SessionEnd: { hooks: CommandHook[] }[] } };
    for (const group of settings.hooks.SessionEnd) hooks.push(...group.hooks);
  }
  return hooks;
}

describe('the SessionEnd hook snippet', () => {
  it.each(['README.md', 'docs/CAPTURE.md'])(
    'in %s runs dream capture with a timeout above the default budget and within the ceiling',
    (file) => {
      const hooks = sessionEndHooks(file);
      expect(hooks.length).toBeGreaterThan(0);
      for (const hook of hooks) {
        expect(hook.command).toMatch(/\bdream capture\b|agent-dreaming(@\S+)? capture\b/);
        expect(typeof hook.timeout).toBe('number');
        expect(hook.timeout as number).toBeGreaterThan(DEFAULT_SESSION_END_BUDGET_S);
        expect(hook.timeout as number).toBeLessThanOrEqual(MAX_SESSION_END_BUDGET_S);
      }
    },
  );
});
