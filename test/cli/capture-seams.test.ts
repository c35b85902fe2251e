/**
 * `dream capture` scans each string of a JSON line (with its key in front where a rule could read
 * it), and the whole line only where a rule could match across strings. These are the secrets only
 * the line shows, each in a shape of its class the rules were not written from, and lines where a
 * second scan would find nothing the value pass did not.
 */
import { describe, expect, it } from 'vitest';
import { redactTranscriptLine } from '../../src/cli/capture-copy.js';

const redacted = (line: string): string => {
  const out = redactTranscriptLine(line);
  expect(JSON.parse(out)).toBeTypeOf('object');
  return out;
};

describe('secrets spanning the strings of a line', () => {
  it('finds a database password whose program sits in another string', () => {
    const shapes = [
      { program: 'mysql', args: '-u deploy -h db.internal -pWinter2024x' },
      // The literal's letters also occur before it: "query", "backup", "KEYS".
      { query: 'orders by day', tool: 'mysql', args: '-h db -pWinter2024x' },
      { job: 'backup KEYS', run: ['bcp', 'dbo.orders out o.dat -S prod -P Winter2024x'] },
      { tool: 'mariadb-dump', argv: 'prod --single-transaction -pWinter2024x' },
      { cmd: 'sqlcmd -S prod', flags: ' -P Winter2024x' },
      { run: ['bcp', 'dbo.orders out orders.dat -S prod -U sa -P Winter2024x'] },
      { exe: 'osql', rest: '-S prod -U sa -P Winter2024x' },
      { steps: ['restore', 'mysqldump --all-databases -u root -pWinter2024x'] },
    ];
    for (const shape of shapes) expect(redacted(JSON.stringify(shape)), JSON.stringify(shape)).not.toContain('Winter2024x');
  });

  it('finds a key block whose lines are the items of an array', () => {
    const body = 'MIIEowIBAAKCAQEA7Yq3kV9xQ2mT8sL5nR1pW4zH6jB0cF3gD9aE2uK7yX5vN8bMq1wE4rT6y';
    const line = JSON.stringify({
      lines: ['-----BEGIN OPENSSH PRIVATE KEY-----', body, body.split('').reverse().join(''), '-----END OPENSSH PRIVATE KEY-----'],
    });
    expect(redacted(line)).not.toContain(body);
  });

  it('judges a value under a named key with the key in view, short or too long to scan behind it', () => {
    // A signature in hex has too little entropy for the entropy rule: only its key says what it is.
    expect(redacted(JSON.stringify({ sig: 'f3a9c2e871b04d5e9a6c3b2f1e0d9c8b' }))).not.toContain('f3a9c2e871');
    expect(redacted(JSON.stringify({ request: { Signature: 'a1b2c3d4e5f60718293a4b5c' } }))).not.toContain('a1b2c3d4e5f6');
    const tail = ' and then '.repeat(600);
    const line = JSON.stringify({ type: 'header', authorization: `Token abcdefghij0123456789${tail}` });
    expect(redacted(line)).not.toContain('abcdefghij0123456789');
  });
});

describe('lines no rule can match across', () => {
  it('still have every string scanned, keys included', () => {
    const token = `ghp_${'aB3dE5fG7hJ9kL1mN2pQ4rS6tU8vW0xY2zA4'}`;
    const line = JSON.stringify({ a: `export GH=${token}`, [`DB_PASSWORD=hunter2xyz`]: ['ok'] });
    const out = redacted(line);
    expect(out).not.toContain(token);
    expect(out).not.toContain('hunter2xyz');
  });
});
