/**
 * Secrets that passed redaction whole (red team, fourth round): a key cut into two string literals or two array
 * items, a key wrapped after a shell's `\` continuation, a password of letters alone in a config file's line or a
 * libpq connection string, and a key said in words or sent as a header without its ':'. Keys and places below
 * were written for this test (keys generated), not taken from what the rules were written from; each group has
 * controls that must stay.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { findSecrets, redactSecrets } from '../../src/secrets/index.js';
import { redactJsonValue } from '../../src/secrets/keyed.js';

/** `n` characters of `alphabet`, derived from `seed` (a generated key, not a real one). */
const drawn = (n: number, seed: string, alphabet: string): string => {
  let out = '';
  for (let i = 0; out.length < n; i++) out += alphabet[createHash('sha256').update(`${seed}:${i}`).digest()[0]! % alphabet.length];
  return out;
};
const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const URLSAFE = `${B62}-_`;
const HEX = '0123456789abcdef';

const ANTHROPIC = `sk-ant-api03-${drawn(60, 'ant', URLSAFE)}AA`;
const GITHUB = `ghp_${drawn(36, 'gh', B62)}`;
const AWS = `AKIA${drawn(16, 'aws', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`;
const OPENAI = `sk-proj-${drawn(48, 'oai', URLSAFE)}`;
const BARE = drawn(40, 'bare', B62);

/** Every piece longer than a vendor prefix (`ghp_`, `sk-p`) is gone from `out`. */
const noPieceLeft = (out: string, pieces: string[]) => pieces.filter((p) => p.length > 5 && out.includes(p));

describe('a key cut into two pieces', () => {
  const cut = (key: string, at: number) => [key.slice(0, at), key.slice(at)] as const;
  const SPLITS: [string, string, (a: string, b: string) => string][] = [
    ['JavaScript +', ANTHROPIC, (a, b) => `const client = new Anthropic({ apiKey: "${a}" + "${b}" });`],
    ['Java + across lines', GITHUB, (a, b) => `String t = "${a}"\n    + "${b}";`],
    ["Python's implicit concatenation", OPENAI, (a, b) => `OPENAI_KEY = (\n    "${a}"\n    "${b}"\n)`],
    ["PHP's .", AWS, (a, b) => `$id = '${a}' . '${b}';`],
    ["Lua's ..", GITHUB, (a, b) => `local tok = "${a}" .. "${b}"`],
    ['single quotes, +', ANTHROPIC, (a, b) => `key = '${a}'+'${b}'`],
    ['a JSON array printed', OPENAI, (a, b) => `{"parts": ["${a}", "${b}"]}`],
    ["a shell's continuation", OPENAI, (a, b) => `export OPENAI_API_KEY="${a}\\\n${b}"`],
  ];
  for (const [where, key, write] of SPLITS)
    for (const at of [4, 9, Math.floor(key.length / 2)])
      it(`${where}, cut after ${at} characters: both pieces redacted`, () => {
        const [a, b] = cut(key, at);
        expect(noPieceLeft(redactSecrets(write(a, b)), [a, b])).toEqual([]);
      });

  it('a bare random key cut into two literals joined by +: judged as one value', () => {
    const [a, b] = cut(BARE, 17);
    expect(noPieceLeft(redactSecrets(`const k = "${a}" + "${b}";`), [a, b])).toEqual([]);
  });

  it('a key cut across two items of an array in a tool input', () => {
    const [a, b] = cut(ANTHROPIC, 20);
    const out = JSON.stringify(redactJsonValue({ command: 'node sign.js', args: ['--key', a, b] }));
    expect(noPieceLeft(out, [a, b])).toEqual([]);
  });

  it('a list under a plural credential name: each item is a credential', () => {
    const out = JSON.stringify(redactJsonValue({ passwords: ['swordfish', 'Tr0ub4dor'], api_keys: ['k3yOne', 'k3yTwo'] }));
    for (const v of ['swordfish', 'Tr0ub4dor', 'k3yOne', 'k3yTwo']) expect(out).not.toContain(v);
  });

  it.each([
    ['string building in code', 'const url = "https://" + "example.com" + "/api";'],
    ['words joined', 'msg = "Hello, " + "world" + "!"'],
    ['a JSON array of names', '{"files": ["src/index.ts", "src/app.ts"], "tags": ["alpha", "beta"]}'],
    ['implicit concatenation of prose', 'print("the quick brown fox "\n      "jumps over the lazy dog")'],
    ['identifiers joined', 'const name = "createAwsAuth" + "Sigv4HttpAuthOption";'],
    ['a list of hashes', '["9f86d081884c7d659a2feaa0c55ad015", "a3bf4f1b2b0b822cd15d6c15b0f00a08"]'],
  ])('control, %s: nothing found', (_what, text) => {
    expect(findSecrets(text)).toEqual([]);
  });

  it('control: a tokenizer list named tokens keeps its words', () => {
    const v = { tokens: ['hello', 'world'] };
    expect(redactJsonValue(v)).toBe(v);
  });
});

describe('a password of letters alone in a config line', () => {
  const PASSWORDS = ['hunter', 'swordfish', 'wonderland', 'Marigold'];
  const PLACES: [string, (pw: string) => string][] = [
    ['docker-compose YAML', (pw) => `services:\n  db:\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD: ${pw}\n`],
    ['a YAML list item', (pw) => `users:\n  - name: ops\n  - password: ${pw}\n`],
    ['nested YAML', (pw) => `database:\n  host: db.internal\n  password: ${pw}\n  port: 5432`],
    ['a properties file', (pw) => `spring.datasource.url=jdbc:postgresql://db/app\nspring.datasource.password=${pw}\n`],
    ['an env file', (pw) => `DB_HOST=db.internal\nDB_PASS=${pw}\n`],
    ['libpq, the password last', (pw) => `psql "host=db.internal dbname=shop user=shop password=${pw}"`],
    ['libpq, the password first', (pw) => `conninfo = 'password=${pw} host=10.0.0.5 port=5432 sslmode=require'`],
  ];
  for (const pw of PASSWORDS)
    it.each(PLACES)(`${pw} in %s is redacted`, (_place, write) => {
      expect(redactSecrets(write(pw))).not.toContain(pw);
    });

  it.each([
    ['a TypeScript interface', 'interface Login {\n  username: string\n  password: string\n}'],
    ['a Python dataclass', '@dataclass\nclass Creds:\n    user: str\n    password: SecretStr'],
    ['a JS object ending in a variable', 'const opts = {\n  user: userName,\n  password: userPassword\n}'],
    ['a schema', 'properties:\n  password:\n    type: string\n    format: password\n  token: required'],
    ['one line of code', 'db.password=config'],
    ['a placeholder', 'DB_HOST=db\nDB_PASSWORD=changeme\n'],
    ['a password prompt flag', 'auth:\n  password: prompt\n  method: basic'],
    ['an ini of settings', 'password_min_length=12\npassword_policy=strict\n'],
  ])('control, %s: nothing found', (_what, text) => {
    expect(findSecrets(text)).toEqual([]);
  });
});

describe('a key said in words, or a header without its colon', () => {
  const HEX32 = drawn(32, 'hex32', HEX);
  const HEX64 = drawn(64, 'hex64', HEX);
  const WRAPPED = `${drawn(30, 'wrapped', B62)}9Q`;
  const SHORT = drawn(22, 'short', URLSAFE).replace(/^./, 'q').replace(/.$/, '7') + 'Zx';
  const SAID: [string, string][] = [
    ['the token is', `the token is ${HEX32}, it expires tomorrow`],
    ['use API key', `use API key ${SHORT} for the staging tenant`],
    ['x-api-key header', `curl -H "x-api-key ${HEX32}" https://api.example/v1`],
    ['set SECRET_KEY', `heroku config:set-ish SECRET_KEY ${HEX64}`],
    ['Bearer', `-H 'Bearer ${SHORT}'`],
    ['my access key was', `my access key was ${SHORT}`],
    ['a key wrapped at the line end', `here is the api key ${WRAPPED.slice(0, 20)}\n${WRAPPED.slice(20)}`],
  ];
  it.each(SAID)('%s: redacted', (_what, text) => {
    const out = redactSecrets(text);
    expect(out).toContain('[REDACTED');
    for (const piece of [HEX32, HEX64, SHORT, WRAPPED.slice(0, 20), WRAPPED.slice(20)]) expect(out).not.toContain(piece);
  });

  it.each([
    ['a commit', `git checkout ${HEX64.slice(0, 40)}`],
    ['a cache key', `cache key ${HEX32} missed`],
    ['a hash said in words', `the sha256 is ${HEX64}`],
    ['a primary key', `primary key ${HEX32}`],
    ['a token count', 'max token 4096 per request'],
    ['a camelCase name after token', 'the token is refreshTokenExpiresAt2024Handler'],
    ['an ssh key fingerprint', `ssh key ${HEX32}`],
    ['a file after key', `key ${HEX32}.json`],
  ])('control, %s: nothing found', (_what, text) => {
    expect(findSecrets(text)).toEqual([]);
  });
});
