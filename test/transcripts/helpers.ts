import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTranscriptFile } from '../../src/transcripts/index.js';
import type { ReadIssue, Session, SessionEvent } from '../../src/model/index.js';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const fixtures = resolve(repoRoot, 'test/fixtures/transcripts');
export const fixture = (p: string) => resolve(fixtures, p);

export async function readAll(file: string, displayPath?: string): Promise<{ sessions: Session[]; issues: ReadIssue[] }> {
  const sessions: Session[] = [];
  const issues: ReadIssue[] = [];
  for await (const s of readTranscriptFile(file, { onIssue: (i) => issues.push(i), ...(displayPath ? { displayPath } : {}) })) {
    sessions.push(s);
  }
  return { sessions, issues };
}

export function kinds(s: Session): string[] {
  return s.events.map((e) => e.kind);
}

export function ofKind<K extends SessionEvent['kind']>(s: Session, kind: K): Extract<SessionEvent, { kind: K }>[] {
  return s.events.filter((e): e is Extract<SessionEvent, { kind: K }> => e.kind === kind);
}

export function sha256Of(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** Every event is numbered 0..n-1 in order and points at a real line of its file. */
export function expectWellFormed(s: Session, lineCount: number): void {
  s.events.forEach((e, i) => {
    if (e.seq !== i) throw new Error(`seq ${e.seq} at index ${i}`);
    if (e.origin.file !== s.sourceFile) throw new Error(`origin file ${e.origin.file} != ${s.sourceFile}`);
    if (!(e.origin.line >= 1 && e.origin.line <= lineCount)) throw new Error(`origin line ${e.origin.line} outside 1..${lineCount}`);
  });
}

export function lineCountOf(file: string): number {
  const text = readFileSync(file, 'utf8');
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}
