/**
 * `dream capture` scans each string of a JSON line alone (with its key in front where the key holds a
 * hint word), and the whole line only where a rule's match could span strings (capture-copy.ts). A
 * match spanning strings holds at least two double quotes (one closing a string, one opening the
 * next), so every rule whose pattern can hold two must say how it spans them (SecretRule.acrossStrings).
 * These tests read each pattern's source to hold the table to that, whatever rules are added later.
 */
import { describe, expect, it } from 'vitest';
import { SECRET_RULES } from '../../src/secrets/rules.js';
import { redactJsonValue } from '../../src/secrets/keyed.js';

const QUOTE = 0x22;
/** Escapes whose class holds a double quote. */
const QUOTE_ESCAPES = new Set(['S', 'W', 'D', '"']);

/** Whether the class body (between `[` or `[^` and `]`) lists a double quote. */
function classLists(body: string): boolean {
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '\\') {
      if (QUOTE_ESCAPES.has(body[i + 1]!)) return true;
      i++;
      continue;
    }
    const c = body.charCodeAt(i);
    if (c === QUOTE) return true;
    // A range a-b around the quote (a '-' first or last is itself).
    if (body[i + 1] === '-' && i + 2 < body.length && body[i + 2] !== '\\') {
      if (c <= QUOTE && QUOTE <= body.charCodeAt(i + 2)) return true;
      i += 2;
    }
  }
  return false;
}

/**
 * The most double quotes a match of `source` can hold (Infinity when unbounded). Over-approximates:
 * lookarounds count as if they consumed what they look at, since they decide the match from it.
 */
export function maxQuotes(source: string): number {
  let i = 0;
  const atom = (): number => {
    const c = source[i]!;
    if (c === '\\') {
      const e = source[i + 1]!;
      i += 2;
      return QUOTE_ESCAPES.has(e) ? 1 : 0;
    }
    if (c === '[') {
      const negated = source[i + 1] === '^';
      let j = i + (negated ? 2 : 1);
      // A ']' right after '[' or '[^' would be literal in other flavours; JS reads it as an empty class.
      while (source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      const lists = classLists(source.slice(i + (negated ? 2 : 1), j));
      i = j + 1;
      return negated !== lists ? 1 : 0;
    }
    if (c === '(') {
      i++;
      if (source[i] === '?') {
        // (?: (?= (?! (?<= (?<! (?<name>
        i++;
        if (source[i] === '<' && source[i + 1] !== '=' && source[i + 1] !== '!') i = source.indexOf('>', i) + 1;
        else i += source[i] === '<' ? 2 : 1;
      }
      const n = alternatives();
      i++; // ')'
      return n;
    }
    i++;
    if (c === '.') return 1;
    return c === '"' ? 1 : 0;
  };
  const times = (): number => {
    const c = source[i];
    let n = 1;
    if (c === '*' || c === '+') n = Infinity;
    else if (c === '?') n = 1;
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i))!;
      n = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]);
      i += m[0].length - 1;
    } else return 1;
    i++;
    if (source[i] === '?') i++;
    return n;
  };
  const sequence = (): number => {
    let total = 0;
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      if (source[i] === '^' || source[i] === '$') {
        i++;
        continue;
      }
      const q = atom();
      const n = times();
      total += q === 0 ? 0 : q * n;
    }
    return total;
  };
  const alternatives = (): number => {
    let most = sequence();
    while (source[i] === '|') {
      i++;
      most = Math.max(most, sequence());
    }
    return most;
  };
  return alternatives();
}

describe('the quote reader', () => {
  it('counts the quotes a pattern can hold', () => {
    expect(maxQuotes(/\bghp_[A-Za-z0-9]{36,}\b/.source)).toBe(0);
    expect(maxQuotes(/["']?\s*[:=]\s*["']?/.source)).toBe(2);
    expect(maxQuotes(/a[^\s'"]{2,127}/.source)).toBe(0);
    expect(maxQuotes(/a[^\n|;&]{0,160}?b/.source)).toBe(160);
    expect(maxQuotes(/[\s\S]*?/.source)).toBe(Infinity);
    expect(maxQuotes(/(?:x|"")/.source)).toBe(2);
    expect(maxQuotes(/(?<secret>[ -~]{3})/.source)).toBe(3);
    expect(maxQuotes(/(?=["'])\S/.source)).toBe(2);
    expect(maxQuotes(/[A-Za-z0-9_-]+/.source)).toBe(0);
  });
});

describe('rules that can span the strings of a JSON line', () => {
  it('say how they do', () => {
    const unsaid = SECRET_RULES.filter((r) => maxQuotes(r.pattern.source) >= 2 && r.acrossStrings === undefined).map(
      (r) => `${r.id}: ${r.pattern.source}`,
    );
    expect(unsaid).toEqual([]);
    // A lookbehind-like context check can only reject a match the quote before it closes: `(?:^|\s)$`.
    const context = SECRET_RULES.filter((r) => r.before !== undefined && r.acrossStrings === undefined && r.before.source !== '(?:^|\\s)$');
    expect(context.map((r) => r.id)).toEqual([]);
  });

  it("'key' rules are found by the value pass under their key, with nothing else of the line", () => {
    const keyed = SECRET_RULES.filter((r) => r.acrossStrings === 'key').map((r) => r.id);
    expect(keyed.sort()).toEqual(['authorization-header', 'aws-secret-access-key']);
    const values = {
      aws_secret_access_key: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY',
      secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY',
      Authorization: 'Bearer 0123456789abcdef0123456789abcdef',
      'x-authorization': 'Basic dXNlcjpzM2NyZXRwYXNzd29yZA==',
      sig: 'f3a9c2e871b04d5e9a6c3b2f1e0d9c8b',
    };
    for (const [key, value] of Object.entries(values)) {
      const out = redactJsonValue({ [key]: value }) as Record<string, string>;
      expect(out[key], key).toMatch(/\[REDACTED:/);
    }
  });
});
