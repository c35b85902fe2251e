/**
 * secretlint's preset runs only the rules whose literals a text holds (NEEDS in src/secrets/secretlint.ts).
 * The gates were read off the preset's patterns, so they must give exactly what running every rule
 * gives: on every credential shape, its look-alikes, texts whose literals sit apart from any token,
 * and the real transcripts when ../shared/corpus is there.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GATED_PRESET_VERSION, GATED_RULE_IDS, secretlintFindings, type PresetScope } from '../../src/secrets/secretlint.js';
import { credentialShapes, nonSecrets } from '../helpers/credential-corpus.js';
import { repoRoot } from '../transcripts/helpers.js';

const corpus = resolve(repoRoot, '../shared/corpus');

/** The string values of a JSON document, depth first (tool outputs, prompts, file contents). */
function strings(value: unknown, out: string[]): void {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
}

/** Texts of the real transcripts (mini-swe-agent messages, Claude Code lines), bounded in number. */
function corpusTexts(limit: number): string[] {
  const out: string[] = [];
  const swe = join(corpus, 'mini_swe_agent_trajs');
  const claude = join(corpus, 'spotter_claude_code');
  if (existsSync(swe))
    for (const f of readdirSync(swe, { recursive: true, encoding: 'utf8' })
      .filter((n) => n.endsWith('.json'))
      .sort()) {
      if (out.length >= limit / 2) break;
      strings(JSON.parse(readFileSync(join(swe, f), 'utf8')), out);
    }
  if (existsSync(claude))
    for (const f of readdirSync(claude)
      .filter((n) => n.endsWith('.jsonl'))
      .sort()) {
      if (out.length >= limit) break;
      for (const l of readFileSync(join(claude, f), 'utf8').split('\n')) if (l.length > 0) out.push(l);
    }
  return out.slice(0, limit);
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
let seed = 7;
/** Deterministic filler from `alphabet` (a linear congruential generator: no literal token in this file). */
function fill(alphabet: string, n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    out += alphabet[seed % alphabet.length];
  }
  return out;
}
const alnum = (n: number) => fill(ALNUM, n);
const b64 = (n: number) => fill(`${ALNUM}+/`, n);
const hex = (n: number) => fill('0123456789abcdef', n);

/** A 1Password service-account token: base64 of a JSON object, so it opens with `ey` and closes with `fQ`. */
function serviceAccount(): string {
  let pad = '';
  for (;;) {
    const token = Buffer.from(JSON.stringify({ email: `${alnum(12)}@example.lcl`, secretKey: alnum(40), srpX: hex(64), pad })).toString(
      'base64',
    );
    if (/fQ=*$/.test(token)) return token;
    pad += 'x';
  }
}

/** One text per gated rule, built from the rule's own pattern, for the rules the credential shapes leave out. */
function ruleSamples(): string[] {
  return [
    `aws_secret_access_key = "${b64(40)}"`,
    `export AWS_SECRET_ACCESS_KEY="${b64(40)}"`,
    `{ "SecretAccessKey": "${b64(40)}" }`,
    `OPENAI_API_KEY=sk-proj-${alnum(74)}T3BlbkFJ${alnum(74)}`,
    `key sk-${alnum(20)}T3BlbkFJ${alnum(20)} here`,
    `GROQ_API_KEY=gsk_${alnum(52)}`,
    `token hf_${fill('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ', 34)}`,
    `LINEAR=lin_api_${alnum(40)}`,
    `NOTION=ntn_${fill('0123456789', 11)}${alnum(35)}`,
    `-----BEGIN RSA PRIVATE KEY-----\nMI${b64(300)}\n-----END RSA PRIVATE KEY-----`,
    `SENDGRID=SG.${alnum(22)}.${alnum(43)}`,
    `grafana glc_${b64(60)}= and glsa_${alnum(32)}_${hex(8)}`,
    `op ops_${serviceAccount()}`,
    `VERCEL=vcp_${alnum(40)}`,
    `docker login -p dckr_pat_${alnum(27)}`,
    `figma figd_${alnum(50)}`,
    `cf cfut_${alnum(40)}${hex(8)}`,
    `tailscale tskey-api-${alnum(16)}-${alnum(30)}`,
    `app ghs_12345_${alnum(40)}.${alnum(80)}.${alnum(40)}`,
    `vault hvb.${alnum(150)} and hvr.${alnum(100)}`,
    `hook https://hooks.slack.com/services/T${alnum(10)}/B${alnum(10)}/${alnum(24)}`,
    `npm token npm_${alnum(36)}`,
  ];
}

/** Each shape's secret with the gate literals of other rules around it, and the literals alone. */
function literalMixes(): string[] {
  const lits = ['ecret', 'npm_', 'xox', '://', '@', 'T3BlbkFJ', 'PRIVATE KEY', 'SG.', 'ghs_', 'glc_', 'hvs.', 'dapi', 'tskey-'];
  return credentialShapes().flatMap((s) => [`${lits.join(' ')} ${s.text}`, `${s.text}\n${lits.join('\n')}`, s.secrets.join(' ')]);
}

function expectSameAsUngated(texts: readonly string[], scope: PresetScope): number {
  let found = 0;
  for (const t of texts) {
    const gated = secretlintFindings(t, scope);
    expect(gated, t.slice(0, 200)).toEqual(secretlintFindings(t, scope, false));
    found += gated.length;
  }
  return found;
}

describe('secretlint preset gates', () => {
  it('were read off the installed preset version', () => {
    const require = createRequire(import.meta.url);
    const version = (require('@secretlint/secretlint-rule-preset-recommend/package.json') as { version: string }).version;
    // An update may change a rule's patterns: re-read them and adjust NEEDS before moving the pin.
    expect(version).toBe(GATED_PRESET_VERSION);
  });

  it('find on credential shapes and look-alikes exactly what every rule finds', () => {
    const texts = [...credentialShapes().map((s) => s.text), ...ruleSamples(), ...nonSecrets(), ...literalMixes()];
    expectSameAsUngated(texts, 'all');
    expectSameAsUngated(texts, 'url');
    // Every gated rule finds something in these texts, so a gate that hid its rule would show above.
    const rules = new Set(texts.flatMap((t) => secretlintFindings(t, 'all', false).map((f) => f.rule)));
    expect(GATED_RULE_IDS.filter((id) => !rules.has(id))).toEqual([]);
  });

  it.skipIf(!existsSync(corpus))('find on the real transcripts exactly what every rule finds', () => {
    const texts = corpusTexts(6000).map((t) => t.slice(0, 50_000));
    expect(texts.length).toBeGreaterThan(1000);
    expectSameAsUngated(texts, 'all');
  });
});
