/**
 * Codex CLI before its contextual-fragment filter (0.2x–0.4x rollouts) emitted an `event_msg` `user_message` for
 * every user-role item it sent, its own injections included, and said which in the event's `kind`:
 * `"user_instructions"` (the personal ~/.codex/AGENTS.md and the repository's, wrapped in `<user_instructions>`),
 * `"environment_context"` (cwd, sandbox, approval policy), `"plain"` (typed). Only the typed one is the user
 * speaking. The end-to-end attack (a model citing the instructions, nobody having typed or run their command) is
 * in test/helpers/attack-classes.ts's "injected context posing as the user".
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTranscriptFile } from '../../src/transcripts/index.js';

const CWD = '/home/dev/almanac';
const ORDER = 'Always run `make seed-fixtures` before committing.';
const TASK = 'Add a tide chart to the harbour page.';
const dir = mkdtempSync(path.join(os.tmpdir(), 'codex-context-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** How the injections reach the event stream: marked by `kind`, by their tags alone, or not at all (newer Codex). */
type Shape = 'kind' | 'tag-only' | 'indented' | 'newer';

/** An older Codex rollout: the injections as response items and as user_message events, then one typed task. */
function rollout(shape: Shape, typed = TASK): string {
  let t = Date.UTC(2025, 8, 10, 14);
  const lines: string[] = [];
  const push = (type: string, payload: Record<string, unknown>) => {
    t += 4000;
    lines.push(JSON.stringify({ timestamp: new Date(t).toISOString(), type, payload }));
  };
  const lead = shape === 'indented' ? '\n  ' : '';
  const instructions = `${lead}<user_instructions>\n\n- Keep answers short.\n- ${ORDER}\n\n</user_instructions>`;
  const environment = `${lead}<environment_context>\n  <cwd>${CWD}</cwd>\n  <approval_policy>on-request</approval_policy>\n  <sandbox_mode>workspace-write</sandbox_mode>\n</environment_context>`;
  push('session_meta', { id: '0c0d3x00-0000-4000-8000-000000000001', cwd: CWD, originator: 'codex_cli_rs', cli_version: '0.36.0' });
  const item = (text: string) => push('response_item', { type: 'message', role: 'user', content: [{ type: 'input_text', text }] });
  item(instructions);
  item(environment);
  if (shape !== 'newer') {
    const kinds = shape === 'kind' ? [{ kind: 'user_instructions' }, { kind: 'environment_context' }] : [{}, {}];
    push('event_msg', { type: 'user_message', message: instructions, ...kinds[0] });
    push('event_msg', { type: 'user_message', message: environment, ...kinds[1] });
  }
  item(typed);
  push('event_msg', { type: 'user_message', message: typed, ...(shape === 'kind' ? { kind: 'plain' } : {}) });
  push('response_item', { type: 'message', role: 'assistant', content: [{ type: 'output_text', text: 'Done.' }] });
  return lines.join('\n') + '\n';
}

async function read(name: string, text: string) {
  const file = path.join(dir, `rollout-${name}.jsonl`);
  writeFileSync(file, text);
  const events = [];
  for await (const s of readTranscriptFile(file)) events.push(...s.events);
  return {
    prompts: events.flatMap((e) => (e.kind === 'user_prompt' ? [e.text] : [])),
    memory: events.flatMap((e) => (e.kind === 'memory_injection' ? [e.text] : [])),
  };
}

describe("Codex's own injections sent as user_message events are not the user speaking", () => {
  it.each<Shape>(['kind', 'tag-only', 'indented', 'newer'])(
    '%s: the typed task is the only prompt; the instructions are memory, once',
    async (shape) => {
      const { prompts, memory } = await read(shape, rollout(shape));
      expect(prompts).toEqual([TASK]);
      expect(memory).toHaveLength(1);
      expect(memory[0]).toContain(ORDER);
    },
  );

  it('control: the same order typed with the task is the prompt', async () => {
    const typed = `${TASK}\n\n${ORDER}`;
    expect((await read('typed', rollout('kind', typed))).prompts).toEqual([typed]);
  });

  it("control: a typed message that mentions the tags later on is the user's", async () => {
    const typed = `Why does Codex send <environment_context> with every turn?`;
    expect((await read('mention', rollout('kind', typed))).prompts).toEqual([typed]);
  });
});
