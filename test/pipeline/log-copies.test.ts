/** The count of prompt-log sessions a pass also read from their transcripts (src/pipeline/log-copies.ts). */
import { describe, expect, it } from 'vitest';
import { PromptLogCopies } from '../../src/pipeline/log-copies.js';

const uuid = (n: number) => `${n.toString(16).padStart(8, '0')}-1111-4222-8333-${n.toString(16).padStart(12, '0')}`;

describe('PromptLogCopies', () => {
  it('counts a log session once when a transcript shares its id, in either order, past many grown tables', () => {
    const c = new PromptLogCopies();
    for (let i = 0; i < 5000; i++) c.session(uuid(i), i % 2 ? 'claude-code-jsonl' : 'codex-rollout');
    // 100 of the log's sessions are transcripts read before it, 100 are not.
    for (let i = 4900; i < 5100; i++) c.session(uuid(i), 'claude-code-history');
    expect(c.copies).toBe(100);
    // A transcript read after the log, and a second transcript of a conversation already counted.
    c.session(uuid(5050), 'claude-code-jsonl');
    c.session(uuid(4950), 'claude-code-jsonl');
    expect(c.copies).toBe(101);
    // The same log read twice (two copies of history.jsonl) adds nothing; Codex's and Gemini's logs count alike.
    c.session(uuid(4999), 'claude-code-history');
    c.session(uuid(7), 'codex-history');
    c.session(uuid(8), 'gemini-cli-logs');
    expect(c.copies).toBe(103);
  });

  it('counts nothing between transcripts, or between logs (controls)', () => {
    const c = new PromptLogCopies();
    c.session(uuid(1), 'claude-code-jsonl');
    c.session(uuid(1), 'claude-code-jsonl');
    c.session(uuid(2), 'claude-code-history');
    c.session(uuid(2), 'codex-history');
    c.session(uuid(3), null);
    expect(c.copies).toBe(0);
  });
});
