/**
 * The whole-line pass of `dream capture` skips the middle of long string values (the value pass
 * scanned them): what it must still see is every key whole and the context around every quote.
 */
import { describe, expect, it } from 'vitest';
import { redactTranscriptLine } from '../../src/cli/capture-copy.js';

const WORDS = ['run', 'the', 'build', 'again', 'with', 'more', 'output', 'today'];
/** Prose long enough (over 2 KB) that its middle is left to the value pass; plain words, so no key holds a token-like run. */
const prose = (seed: string): string => Array.from({ length: 400 }, (_, i) => `${seed}${WORDS[i % WORDS.length]}`).join(' ');

describe('the whole-line pass over long strings', () => {
  it('scans a long key whole, since the value pass never sees keys', () => {
    const line = JSON.stringify({ [`${prose('note')} password: 'correct horse staple' ${prose('more')}`]: 1 });
    const out = redactTranscriptLine(line);
    expect(out).not.toContain('correct horse');
    expect(JSON.parse(out)).toBeTypeOf('object');
  });

  it('still finds a secret in a key next to a long value, and in the middle of a long value', () => {
    const secret = `ghp_${'aB3dE5fG7hJ9kL1mN2pQ4rS6tU8vW0xY2zA4'}`;
    const line = JSON.stringify({ text: `${prose('a')} token ${secret} ${prose('b')}`, 'DB_PASSWORD=hunter2xyz': true });
    const out = redactTranscriptLine(line);
    expect(out).not.toContain('hunter2xyz');
    expect(out).not.toContain(secret);
    expect(Object.keys(JSON.parse(out) as object)).toHaveLength(2);
  });

  it('keeps the exact bytes of a clean line of long strings', () => {
    const line = `{"a": ${JSON.stringify(prose('x'))}, "b": [${JSON.stringify(prose('y'))}, "short"]}`;
    expect(redactTranscriptLine(line)).toBe(line);
  });
});
