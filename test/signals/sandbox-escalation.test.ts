/**
 * A Codex retry that passed only because it left the sandbox (`with_escalated_permissions: true`, later
 * `sandbox_permissions: "require_escalated"` in the call's arguments) is a sandbox failure, not a
 * prerequisite of whatever ran in between. Read through the real Codex reader from rollouts on disk; the
 * controls differ only in the escalation field, or carry its words as text where no field says so.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTranscriptFile } from '../../src/transcripts/index.js';
import { mineSession, type MiningContext } from '../../src/signals/mine.js';
import { unknownRepoFacts } from '../../src/signals/repo-facts.js';
import type { Signal } from '../../src/model/index.js';
import { codexRollout, type Turn } from '../helpers/transcript-builders.js';
import { session } from './session-builder.js';

const CWD = '/home/dev/ledgerly';
const dir = mkdtempSync(path.join(os.tmpdir(), 'sandbox-escalation-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const ctx: MiningContext = { memory: [], repoFacts: unknownRepoFacts };

type Escalation = 'old' | 'new' | 'none' | 'text';
let calls = 0;

/** One shell call as its own two rollout lines, escalated the way a Codex version spells it. */
function call(command: string, out: string, exit: number, how: Escalation): Turn[] {
  const callId = `call_esc${++calls}`;
  const args =
    how === 'new'
      ? {
          cmd: command,
          workdir: CWD,
          sandbox_permissions: 'require_escalated',
          justification: 'Do you want to run this outside the sandbox?',
        }
      : {
          command: ['bash', '-lc', command],
          workdir: CWD,
          ...(how === 'old' ? { with_escalated_permissions: true, justification: 'Needs to write outside the workspace' } : {}),
        };
  return [
    {
      raw: {
        type: 'response_item',
        payload: {
          type: 'function_call',
          name: how === 'new' ? 'exec_command' : 'shell',
          arguments: JSON.stringify(args),
          call_id: callId,
        },
      },
    },
    {
      raw: {
        type: 'response_item',
        payload: {
          type: 'function_call_output',
          call_id: callId,
          output: JSON.stringify({
            output: how === 'text' ? `${out}\n(with_escalated_permissions: true)` : out,
            metadata: { exit_code: exit, duration_seconds: 1.2 },
          }),
        },
      },
    },
  ];
}

async function mine(name: string, turns: Turn[]): Promise<Signal[]> {
  const file = path.join(dir, `rollout-2026-11-12T14-00-00-${name}.jsonl`);
  writeFileSync(file, codexRollout(`0c0d3x00-0000-4000-8000-${name.padStart(12, '0')}`, '12', CWD, turns));
  const out: Signal[] = [];
  for await (const s of readTranscriptFile(file)) out.push(...mineSession(s, ctx));
  return out;
}

const cases: [string, string, string, string][] = [
  [
    './gradlew test',
    'Could not acquire lock on /home/dev/.gradle/caches/journal-1.lock (Operation not permitted)',
    'docker compose up -d postgres',
    'Run `docker compose up -d postgres` before `./gradlew test`',
  ],
  [
    'npm ci',
    'npm ERR! code ENOTFOUND\nnpm ERR! request to https://registry.npmjs.org/zod failed, reason: getaddrinfo ENOTFOUND',
    'npm config set fund false',
    'Run `npm config set fund false` before `npm ci`',
  ],
  [
    'git commit -m "Add ledger export"',
    'fatal: Unable to create /home/dev/ledgerly/.git/index.lock: Operation not permitted',
    'git add src/export.ts',
    'Run `git add` before `git commit`',
  ],
];

describe('a retry that only left the sandbox', () => {
  it.each(cases)('%s: no prerequisite, a sandbox failure of its own', async (x, err, y) => {
    for (const how of ['old', 'new'] as const) {
      const got = await mine(`${how}${++calls}`, [...call(x, err, 1, 'none'), ...call(y, '', 0, 'none'), ...call(x, 'ok', 0, how)]);
      expect(got.filter((s) => s.lesson)).toEqual([]);
      expect(got.map((s) => s.signature.split('|')[0])).toEqual(['sandbox']);
    }
  });

  it.each(cases)(
    'control: %s retried inside the sandbox (or only saying so in its text) keeps the prerequisite',
    async (x, err, y, lesson) => {
      for (const how of ['none', 'text'] as const) {
        const got = await mine(`${how}${++calls}`, [...call(x, err, 1, 'none'), ...call(y, '', 0, 'none'), ...call(x, 'ok', 0, how)]);
        expect(got.flatMap((s) => (s.lesson ? [s.lesson] : [])).join('\n')).toContain(lesson);
      }
    },
  );

  it('control: a failure that was escalated already was not the sandbox refusing it', async () => {
    const [x, err, y, lesson] = cases[0]!;
    const got = await mine(`both${++calls}`, [...call(x, err, 1, 'old'), ...call(y, '', 0, 'none'), ...call(x, 'ok', 0, 'old')]);
    expect(got.flatMap((s) => (s.lesson ? [s.lesson] : [])).join('\n')).toContain(lesson);
  });

  it('control: a Claude Code session has no such field, and its retry stays a prerequisite', () => {
    const [x, err, y, lesson] = cases[0]!;
    const s = session('cc1', [
      { run: x, ok: false, out: err },
      { run: y, ok: true },
      { run: x, ok: true },
    ]);
    expect(
      mineSession(s, ctx)
        .flatMap((g) => (g.lesson ? [g.lesson] : []))
        .join('\n'),
    ).toContain(lesson);
  });
});
