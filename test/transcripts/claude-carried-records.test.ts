/**
 * A Claude Code session started from another one's end (a plan accepted with "clear context", round 23: 2.1.62) opens
 * its file, `<its id>.jsonl`, with the old session's last records under the old sessionId: the old session's
 * "[Request interrupted by user for tool use]", then its own first prompt. The file is the new session's: the carried
 * records are the old session's, read in its own file. Ids, paths and texts made up; record shapes as 2.1.62 writes.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTranscriptFile } from '../../src/transcripts/index.js';
import type { Session } from '../../src/model/index.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'claude-carried-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const OLD = 'a0a0a0a0-1111-4111-8111-000000000001';
const NEW = 'b0b0b0b0-2222-4222-8222-000000000002';
const cwd = '/home/dev/quay';
const base = (sessionId: string, parentUuid: string | null) => ({
  parentUuid,
  isSidechain: false,
  userType: 'external',
  cwd,
  sessionId,
  version: '2.1.62',
  gitBranch: 'main',
});
const snapshot = {
  type: 'file-history-snapshot',
  messageId: 'm1',
  snapshot: { messageId: 'm1', trackedFileBackups: {} },
  isSnapshotUpdate: false,
};
const interrupted = (sid: string) => ({
  ...base(sid, 'u-prev'),
  type: 'user',
  message: { role: 'user', content: [{ type: 'text', text: '[Request interrupted by user for tool use]' }] },
  uuid: 'u-int',
  timestamp: '2026-02-27T08:26:44.219Z',
});
const said = (sid: string, uuid: string, text: string, parent: string | null = null) => ({
  ...base(sid, parent),
  type: 'user',
  message: { role: 'user', content: text },
  uuid,
  timestamp: '2026-02-27T08:26:45.000Z',
});
const ran = (sid: string, uuid: string, id: string, command: string) => ({
  ...base(sid, 'u-plan'),
  type: 'assistant',
  message: { role: 'assistant', model: 'claude-sonnet-4-6', content: [{ type: 'tool_use', id, name: 'Bash', input: { command } }] },
  uuid,
  timestamp: '2026-02-27T08:26:50.000Z',
});
const answered = (sid: string, uuid: string, id: string, out: string, isError = false) => ({
  ...base(sid, 'u-ran'),
  type: 'user',
  message: { role: 'user', content: [{ type: 'tool_result', tool_use_id: id, content: out, is_error: isError }] },
  uuid,
  timestamp: '2026-02-27T08:26:55.000Z',
});
const plan = 'Implement the following plan:\n\n# Move the quay config\n\n- Read config from quay.toml\n';

let k = 0;
async function read(name: string, records: object[]): Promise<{ sessions: Session[]; unknown: string[] }> {
  const sub = path.join(dir, String(++k));
  mkdirSync(sub);
  const file = path.join(sub, name);
  writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const sessions: Session[] = [];
  const unknown: string[] = [];
  for await (const s of readTranscriptFile(file, { onUnknownTypes: (m) => unknown.push(...m.keys()) })) sessions.push(s);
  return { sessions, unknown };
}
const kinds = (s: Session) => s.events.map((e) => e.kind);

describe('records a Claude Code session file carries over from another session', () => {
  it("a file opened with the old session's interrupt is the new session's, without the interrupt", async () => {
    const { sessions, unknown } = await read(`${NEW}.jsonl`, [
      snapshot,
      interrupted(OLD),
      said(NEW, 'u-plan', plan),
      ran(NEW, 'u-ran', 't1', 'ls config'),
      answered(NEW, 'u-res', 't1', 'quay.toml'),
    ]);
    expect(sessions.map((s) => s.id)).toEqual([NEW]);
    expect(kinds(sessions[0]!)).toEqual(['user_prompt', 'tool_call', 'tool_result']);
    // Dropped on purpose: not a record type the reader does not know.
    expect(unknown).toEqual([]);
  });

  it('a longer carried tail (a reply and a failed call of the old session) is dropped too', async () => {
    const { sessions } = await read(`${NEW}.jsonl`, [
      ran(OLD, 'u-o1', 'o1', 'make deploy'),
      answered(OLD, 'u-o2', 'o1', 'make: *** No rule to make target', true),
      interrupted(OLD),
      said(NEW, 'u-plan', plan),
    ]);
    expect(sessions.map((s) => s.id)).toEqual([NEW]);
    expect(kinds(sessions[0]!)).toEqual(['user_prompt']);
  });

  it('the old file and the new one are two sessions, not one id twice', async () => {
    const oldFile = await read(`${OLD}.jsonl`, [said(OLD, 'u-a', 'tidy the quay config'), interrupted(OLD)]);
    const newFile = await read(`${NEW}.jsonl`, [interrupted(OLD), said(NEW, 'u-plan', plan)]);
    expect([...oldFile.sessions, ...newFile.sessions].map((s) => s.id)).toEqual([OLD, NEW]);
    // The interrupt is read once, in the session it happened in.
    expect(kinds(oldFile.sessions[0]!)).toEqual(['user_prompt', 'interrupt']);
  });

  it("a copy under another session's name (its own id never comes) is read whole, as before", async () => {
    const { sessions } = await read(`${NEW}.jsonl`, [interrupted(OLD), said(OLD, 'u-b', 'tidy the quay config', 'u-int')]);
    expect(sessions.map((s) => s.id)).toEqual([OLD]);
    expect(kinds(sessions[0]!)).toEqual(['interrupt', 'user_prompt']);
  });

  it('a file not named after a session, or with a long run of other records first, is read as it comes', async () => {
    const exported = await read('quay-export.jsonl', [interrupted(OLD), said(NEW, 'u-plan', plan)]);
    expect(exported.sessions.map((s) => s.id)).toEqual([OLD]);
    expect(kinds(exported.sessions[0]!)).toEqual(['interrupt', 'user_prompt']);

    const many = Array.from({ length: 70 }, (_, i) => said(OLD, `u-${i}`, `step ${i} of the old run`));
    const long = await read(`${NEW}.jsonl`, [...many, said(NEW, 'u-plan', plan)]);
    expect(long.sessions.map((s) => s.id)).toEqual([OLD]);
    expect(long.sessions[0]!.events.filter((e) => e.kind === 'user_prompt')).toHaveLength(71);
  });

  it('records of the own id first, then of another (a session that went on elsewhere), are all read', async () => {
    const { sessions } = await read(`${NEW}.jsonl`, [said(NEW, 'u-plan', plan), said(OLD, 'u-x', 'and the quay docs too')]);
    expect(sessions.map((s) => s.id)).toEqual([NEW]);
    expect(kinds(sessions[0]!)).toEqual(['user_prompt', 'user_prompt']);
  });
});
