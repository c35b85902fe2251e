/**
 * Batching (src/secrets/batch.ts and secretlintBatch): secretlint's preset run once over many texts
 * must find exactly what one run per text finds, and a secret cut in two by the boundary between
 * two texts must never be joined into one.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { redactTranscriptLine } from '../../src/cli/capture.js';
import { redactBatch, redactSecrets, secretlintBatch, secretlintFindings } from '../../src/secrets/index.js';
import { credentialShapes, nonSecrets } from '../helpers/credential-corpus.js';
import { repoRoot } from '../transcripts/helpers.js';

const shapes = credentialShapes();
const secretOf = (name: string): string => shapes.find((s) => s.name === name)!.secrets[0]!;

/**
 * Neighbours that would make a secret if the boundary between them vanished: a token cut in two, a
 * key and its value, a scheme and its userinfo, a key block's two halves.
 */
function straddling(): string[] {
  const out: string[] = [];
  for (const name of ['Shopify token', 'GitHub PAT', 'Slack xapp token', 'Vault token', 'Databricks token']) {
    const s = secretOf(name);
    const cut = Math.floor(s.length / 2);
    out.push(`the output ended with ${s.slice(0, cut)}`, `${s.slice(cut)} and went on`);
  }
  out.push('export AWS_SECRET_ACCESS_KEY=', 'wJalrXUtnFEMIK7MDENGbPxRfiCYzEXAMPLEKEY01 was next');
  out.push('connect to mongodb://admin', ':S3cretPassw0rd@db.example.com:27017/app');
  out.push('-----BEGIN RSA PRIVATE KEY-----', `${'MIIEowIBAAKCAQEA'.repeat(8)}\n-----END RSA PRIVATE KEY-----`);
  return out;
}

/** Lines of the real Claude Code transcripts, when ../shared/corpus is there (texts like a pass sees). */
function corpusLines(limit: number): string[] {
  const dir = resolve(repoRoot, '../shared/corpus/spotter_claude_code');
  if (!existsSync(dir)) return [];
  const lines: string[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.jsonl'))) {
    for (const l of readFileSync(join(dir, f), 'utf8').split('\n')) if (l.length > 0 && lines.length < limit) lines.push(l);
  }
  return lines;
}

/** Shapes, look-alikes and straddling pairs, interleaved so every secret has other texts around it. */
function mixedTexts(): string[] {
  const texts: string[] = [];
  const clean = nonSecrets();
  shapes.forEach((s, i) => texts.push(s.text, clean[i % clean.length]!));
  texts.push(...straddling(), '', 'x', ...corpusLines(400).map((l) => l.slice(0, 20_000)));
  return texts;
}

describe('secretlintBatch', () => {
  const texts = mixedTexts();

  it('finds in each text exactly what a run on that text alone finds', () => {
    const batched = secretlintBatch(texts);
    const alone = texts.map((t) => secretlintFindings(t));
    expect(batched).toEqual(alone);
    // Not vacuous: the preset does find things in this corpus.
    expect(alone.filter((f) => f.length > 0).length).toBeGreaterThanOrEqual(10);
  });

  it('never joins a secret cut by the boundary between two texts', () => {
    const pairs = straddling();
    const batched = secretlintBatch(pairs);
    pairs.forEach((t, k) => {
      for (const f of batched[k]!) expect(f.end, `${k}: ${t}`).toBeLessThanOrEqual(t.length);
      expect(batched[k], t).toEqual(secretlintFindings(t));
    });
    // The joined text does hold those secrets: the boundary is what keeps them apart.
    const joined = secretlintFindings(pairs.join(''));
    expect(joined.map((f) => f.rule)).toEqual(expect.arrayContaining(['secretlint-shopify', 'secretlint-github']));
  });
});

describe('redactBatch', () => {
  it('redacts each text as redactSecrets does alone', () => {
    const texts = mixedTexts();
    const batched = redactBatch(texts, redactSecrets);
    expect(batched).toEqual(texts.map(redactSecrets));
    expect(batched.filter((t, k) => t !== texts[k]).length).toBeGreaterThanOrEqual(shapes.length);
  });

  it('redacts each transcript line as dream capture does one line at a time', () => {
    const lines = [
      ...shapes.map((s, i) =>
        JSON.stringify({
          type: 'user',
          message: { role: 'user', content: [{ type: 'tool_result', tool_use_id: `toolu_01${'A'.repeat(20)}${i}`, content: s.text }] },
        }),
      ),
      // A token as a key, which only the whole-line pass sees.
      JSON.stringify({ type: 'attachment', files: { [secretOf('GitHub PAT')]: 1 } }),
      ...straddling(),
      ...corpusLines(300),
    ];
    const batched = redactBatch(lines, redactTranscriptLine);
    expect(batched).toEqual(lines.map(redactTranscriptLine));
    expect(batched.filter((l, k) => l !== lines[k]).length).toBeGreaterThanOrEqual(shapes.length);
  });
});
