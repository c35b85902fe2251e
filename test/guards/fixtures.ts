import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Edit, Evidence, Session } from '../../src/model/index.js';
import { readTranscriptFile } from '../../src/transcripts/read.js';

type Block = { role: 'user' | 'assistant'; content: unknown };

/** Writes a Claude Code JSONL transcript: one line per block, so origins are predictable. */
export function claudeJsonl(sessionId: string, blocks: Block[]): string {
  return (
    blocks
      .map((b, i) =>
        JSON.stringify({
          type: b.role,
          sessionId,
          uuid: `${sessionId}-${i}`,
          timestamp: `2026-01-01T00:00:${String(i).padStart(2, '0')}Z`,
          message:
            b.role === 'assistant'
              ? { id: `${sessionId}-m${i}`, role: 'assistant', content: b.content }
              : { role: 'user', content: b.content },
        }),
      )
      .join('\n') + '\n'
  );
}

export const prompt = (text: string): Block => ({ role: 'user', content: text });
export const bash = (id: string, command: string): Block => ({
  role: 'assistant',
  content: [{ type: 'tool_use', id, name: 'Bash', input: { command } }],
});
export const toolUse = (id: string, name: string, input: unknown): Block => ({
  role: 'assistant',
  content: [{ type: 'tool_use', id, name, input }],
});
export const result = (id: string, ok: boolean, text: string): Block => ({
  role: 'user',
  content: [{ type: 'tool_result', tool_use_id: id, is_error: !ok, content: text }],
});

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function writeTree(root: string, files: Record<string, string>): void {
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, p)), { recursive: true });
    writeFileSync(join(root, p), text);
  }
}

/** The reader the pipeline uses, rooted at a folder, with repo-relative display paths. */
/** Reads a cited transcript as the pipeline does: only the cited lines' events keep their texts. */
export function sessionReader(root: string, reads?: string[]): (file: string, cited: ReadonlySet<number>) => AsyncIterable<Session> {
  return (file, cited) => {
    reads?.push(file);
    return readTranscriptFile(join(root, file), { displayPath: file, cited });
  };
}

export async function readAll(root: string, files: string[]): Promise<Session[]> {
  const out: Session[] = [];
  for (const f of files) for await (const s of readTranscriptFile(join(root, f), { displayPath: f })) out.push(s);
  return out;
}

let n = 0;
export function addEdit(after: string, evidence: Evidence[], extra: Partial<Edit> = {}): Edit {
  return {
    id: `g${String(++n).padStart(3, '0')}`,
    op: 'add',
    file: 'CLAUDE.md',
    section: ['Testing'],
    after,
    rationale: 'seen twice',
    evidence,
    ...extra,
  };
}
