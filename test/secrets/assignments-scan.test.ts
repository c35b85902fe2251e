/**
 * Keyed assignments are found from their key words (assignments.ts), not from every `=` and `:`:
 * these cases pin what that scan must not skip.
 */
import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../../src/secrets/index.js';

const filler = (n: number): string => Array.from({ length: n }, () => 'log line: ok').join(' ');

describe('the key-word scan of keyed assignments', () => {
  it('finds a key far after the first anchor, and after many anchors with no key word', () => {
    const out = redactSecrets(`${filler(40)} DB_PASSWORD=quietPlume77 ${filler(5)}`);
    expect(out).not.toContain('quietPlume77');
    expect(out).toContain('DB_PASSWORD=');
  });

  it('finds each of two assignments whose keys hold several key words', () => {
    const out = redactSecrets('export SECRET_API_KEY_TOKEN=brightOwl42x; export AUTH_PASSWORD_KEY=mossyStone9z');
    expect(out).not.toContain('brightOwl42x');
    expect(out).not.toContain('mossyStone9z');
  });

  it('finds a key that starts inside the value just redacted', () => {
    // The bare value ends at the backslash, after the start of the next key run (`_auth`).
    const out = redactSecrets('-sig=hunter2abc_auth_authhunter2=>_auth\\: =>api_key"-');
    expect(out).toBe('-sig=[REDACTED:keyed-secret]\\: [REDACTED:keyed-secret]"-');
  });

  it('leaves a text with key words and no anchor alone', () => {
    const text = 'the password token and api key were rotated';
    expect(redactSecrets(text)).toBe(text);
  });
});
