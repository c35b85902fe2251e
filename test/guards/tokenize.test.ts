import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/guards/extract.js';

/** tokenize as regex replaces, as it was written before it cut each token once: the oracle. */
function referenceTokenize(text: string): string[] {
  const out: string[] = [];
  // A word with a backtick and a non-ASCII character is cut at its backticks (a code span flush against CJK text).
  const words = text.split(/\s+/).flatMap((w) => (/`/.test(w) && /[^\x20-\x7e]/.test(w) ? w.split(/`/) : [w]));
  for (const raw of words) {
    const t = raw
      .replace(/^[`'"(<[{「『（【]+/, '')
      .replace(/[`'")>\]},;:!?。，、；：！？」』）】]+$/, '')
      .replace(/\.+$/, '')
      // A code span closed before the full stop: its closing marks go too.
      .replace(/[`'")>\]},;:!?。，、；：！？」』）】]*`$/, '');
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
      '。',
      '「',
      '）',
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

  it('sets a code span apart from CJK text written flush against it', () => {
    expect(tokenize('不要用 `yarn`。')).toEqual(['不要用', 'yarn']);
    expect(tokenize('`npm install`은 실행하지 마.')).toEqual(['npm', 'install', '은', '실행하지', '마']);
    expect(tokenize('用`pnpm`,不要用`npm`')).toEqual(['用', 'pnpm', ',不要用', 'npm']);
    expect(tokenize('看 `docs/设计.md`。')).toEqual(['看', 'docs/设计.md']);
  });

  it('drops a full-width mark after a command, as the ASCII ones (helper probe8, session 23)', () => {
    expect(tokenize('始终用 pnpm。')).toEqual(['始终用', 'pnpm']);
    expect(tokenize('「make lint」を先に実行して')).toEqual(['make', 'lint」を先に実行して']);
    expect(tokenize('（用 uv）')).toEqual(['用', 'uv']);
  });
});
