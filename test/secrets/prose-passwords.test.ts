import { describe, expect, it } from 'vitest';
import { findSecrets, redactSecrets } from '../../src/secrets/index.js';

// A user handing the agent a credential in a sentence, or a SQL Server command line with -P. The
// values are made up for this test; the wordings are variants, not copies of any transcript.
describe('passwords said in words or given to SQL Server tools are redacted', () => {
  it.each([
    ['log in as root with password Tr0ub4dor', 'Tr0ub4dor'],
    ['The password is 9lives-Cat.', '9lives-Cat'],
    ['ssh deploy@box, passwd was q1w2e3r4t5 last time', 'q1w2e3r4t5'],
    ['use pwd = "Blue42Moon" for the staging db', 'Blue42Moon'],
    ['Password 2025Spring! works', '2025Spring!'],
    ['sqlcmd -S .\\SQLEXPRESS -U sa -P Pa55word1 -Q "select 1"', 'Pa55word1'],
    ['bcp dbo.Users out users.dat -S db01 -U loader -P "L0ad3r-x" -c', 'L0ad3r-x'],
  ])('%s', (text, secret) => {
    expect(redactSecrets(text)).not.toContain(secret);
  });
});

describe('prose about passwords is left alone', () => {
  it.each([
    'add a password reset flow to the settings page',
    'the password field should hash with argon2 before saving',
    'passwords must be at least 12 characters',
    'password is required',
    'ask for the password twice',
    'the password hashing uses bcrypt.hashSync(pw, 10)',
    'store the password in src/config/secrets.ts, not in the repo',
    'sqlcmd -S localhost -E -Q "select 1"',
    'psql -P pager=off -c "select 1"',
  ])('%s', (text) => {
    expect(findSecrets(text)).toEqual([]);
  });
});
