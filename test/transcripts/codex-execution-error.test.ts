/**
 * A call Codex could not start (its workdir or program missing) comes back with no exit code, only the harness's
 * "execution error: Io(Os { code: 2, kind: NotFound, ... })" (round 14: `npm run dev:ngrok` with a workdir that did not
 * exist, then the same command in the right folder). The call failed: its result is not ok, and the retry is.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTranscriptFile } from '../../src/transcripts/index.js';
import { codexRollout } from '../helpers/transcript-builders.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'codex-exec-error-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const call = (id: string, command: string, workdir: string, output: string) => [
  {
    raw: {
      type: 'response_item',
      payload: { type: 'function_call', name: 'shell_command', arguments: JSON.stringify({ command, workdir }), call_id: id },
    },
  },
  { raw: { type: 'response_item', payload: { type: 'function_call_output', call_id: id, output } } },
];

describe('a Codex call the harness could not start', () => {
  it('is a failed result; the same command that ran is not', async () => {
    const file = path.join(dir, 'rollout-2026-11-12T10-00-00-0c0d3x00-0000-4000-8000-00000000e0e1.jsonl');
    writeFileSync(
      file,
      codexRollout('0c0d3x00-0000-4000-8000-00000000e0e1', '12', '/home/dev/shop', [
        { user: 'start the api server' },
        ...call(
          'call_a1',
          'npm run dev',
          '/home/dev/api',
          'execution error: Io(Os { code: 2, kind: NotFound, message: "No such file or directory" })',
        ),
        ...call('call_a2', 'npm run dev', '/home/dev/shop/api', 'Exit code: 0\nWall time: 1.1 seconds\nOutput:\nlistening on :8080\n'),
      ]),
    );
    const results = [];
    for await (const s of readTranscriptFile(file))
      for (const e of s.events) if (e.kind === 'tool_result') results.push({ ok: e.ok, exitCode: e.exitCode });
    expect(results).toEqual([
      { ok: false, exitCode: undefined },
      { ok: true, exitCode: 0 },
    ]);
  });
});
