import { describe, expect, it } from 'vitest';
import { canStartCommand, tokenize } from '../../src/guards/extract.js';

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

/** The programs canStartCommand knows, as the oracle's own list. */
const REFERENCE_KNOWN = new Set(
  (
    'npm npx pnpm yarn bun node deno tsx ts-node python python3 pip pip3 pipx uv poetry pytest tox nox cargo rustc rustup ' +
    'gradle gradlew mvn dotnet mix elixir iex rails bundle rake rspec ruby gem composer php phpunit docker docker-compose ' +
    'podman kubectl helm terraform ansible git gh curl wget ssh scp rsync sudo chmod chown rm mkdir bash zsh pwsh powershell ' +
    'eslint prettier tsc jest vitest mocha playwright cypress webpack vite esbuild brew apt apt-get yum dnf apk nc netcat ncat ' +
    'sed awk grep psql mysql redis-cli sqlite3 java javac cmake ruff mypy black flake8 pylint clippy elm swift xcodebuild ' +
    'go make cat ls cp mv find sort head tail touch env export source kill echo printf cd xargs tee test which time'
  ).split(' '),
);

/** canStartCommand as it was written before each regex was gated by the token's first character: the oracle. */
function referenceCanStart(tokens: readonly string[], i: number): boolean {
  const t = tokens[i]!;
  if (i === 0 || ['&&', '||', ';', '|'].includes(tokens[i - 1]!)) return true;
  return (
    /^[A-Z_][A-Z0-9_]*=/.test(t) ||
    t === 'sudo' ||
    REFERENCE_KNOWN.has(t) ||
    /^\.{0,2}\//.test(t) ||
    (tokens[i + 1]?.startsWith('-') ?? false)
  );
}

describe('canStartCommand', () => {
  it('answers as the ungated regexes did, for every kind of token at every place', () => {
    // Tokens of each kind the checks tell apart, with near misses: operators, env assignments, paths, known programs
    // (the longest one and one character more), flags, words, and tokens that only look like them.
    const alphabet = [
      '&&',
      '||',
      ';',
      '|',
      '&',
      '|&',
      'CI=1',
      '_X=',
      'A=b',
      'a=1',
      'CI',
      'X1=',
      '1X=',
      'sudo',
      'Sudo',
      'npm',
      'NPM',
      'docker-compose',
      'docker-composex',
      'xcodebuild',
      'xcodebuild2',
      'time',
      'go',
      'g',
      './run.sh',
      '../x',
      '.../x',
      '/usr/bin/env',
      '.',
      '..',
      '.env',
      '-v',
      '--fix',
      '-',
      'test',
      'tests',
      'the',
      'é',
      'src/app.ts',
      'https://x.example/a',
      'a'.repeat(40),
    ];
    let s = 0x2545f491;
    const next = (n: number): number => {
      s ^= s << 13;
      s ^= s >>> 17;
      s ^= s << 5;
      return (s >>> 0) % n;
    };
    let starts = 0;
    let checked = 0;
    for (let k = 0; k < 3000; k++) {
      const tokens = Array.from({ length: 1 + next(6) }, () => alphabet[next(alphabet.length)]!);
      for (let i = 0; i < tokens.length; i++) {
        const want = referenceCanStart(tokens, i);
        expect(canStartCommand(tokens, i), `${JSON.stringify(tokens)} at ${i}`).toBe(want);
        if (want && i > 0) starts++;
        checked++;
      }
    }
    // Past the first token, both answers were met many times: the comparison compared something.
    expect(starts).toBeGreaterThan(1000);
    expect(checked - starts).toBeGreaterThan(1000);
  });
});
