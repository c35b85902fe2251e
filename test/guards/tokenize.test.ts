import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/guards/extract.js';

/** tokenize as regex replaces, as it was written before it cut each token once: the oracle. */
function referenceTokenize(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/\s+/)) {
    const t = raw
      .replace(/^[`'"(<[{]+/, '')
      .replace(/[`'")>\]},;:!?]+$/, '')
      .replace(/\.+$/, '')
      // A code span closed before the full stop: its closing marks go too.
      .replace(/[`'")>\]},;:!?]*`$/, '');
    if (t !== '') out.push(t);
  }
  return out;
}

describe('tokenize', () => {
  it('strips openers, then closers, then dots, as the regexes did, on any mix of them', () => {
    // Every character either strip looks at, with letters, spaces, dots and a non-ASCII letter between.
    const alphabet = [
      '`',
      "'",
      '"',
      '(',
      '<',
      '[',
      '{',
      ')',
      '>',
      ']',
      '}',
      ',',
      ';',
      ':',
      '!',
      '?',
      '.',
      '.',
      'a',
      'b/c',
      '-',
      ' ',
      '\n',
      'é',
    ];
    let s = 0x9e3779b9;
    const next = (n: number): number => {
      s ^= s << 13;
      s ^= s >>> 17;
      s ^= s << 5;
      return (s >>> 0) % n;
    };
    for (let k = 0; k < 3000; k++) {
      const text = Array.from({ length: 1 + next(14) }, () => alphabet[next(alphabet.length)]).join('');
      expect(tokenize(text), JSON.stringify(text)).toEqual(referenceTokenize(text));
    }
    expect(tokenize('Run `npm test`, then (see src/app.ts.)')).toEqual(['Run', 'npm', 'test', 'then', 'see', 'src/app.ts']);
  });
});
