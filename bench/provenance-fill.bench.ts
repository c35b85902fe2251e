/**
 * How full a pass leaves the provenance filters, and whether a flood of tool output moves the trusted one:
 * `node --import tsx bench/provenance-fill.bench.ts [--flood-mb N]` (default 60).
 *
 * Reads, in this process, with the readers a pass uses and one ProvenanceIndex of the default sizes:
 *   the real corpus (`../shared/corpus`, skipped where absent);
 *   a flood: one Claude Code session whose tool results (N MB of transcript) are orders ("Always ...")
 *   of distinct random words, as much of them as the readers and the wording index record.
 * Prints per input the distinct keys recorded per domain (g command n-grams, p paths, u URLs, w the
 * user's words: trusted; x strangers' word triples: untrusted), each filter's fill (set bits / bits)
 * and what a trusted lookup's false positive rate then is (fill^10), against the bound at which the
 * index stops trusting (31.6%). After the flood, 100,000 commands no session ran are looked up: the
 * share that passes is measured, not computed (target: none).
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BloomFilter } from '../src/guards/bloom.js';
import { MAX_TRUSTED_FILL, ProvenanceIndex } from '../src/guards/provenance.js';
import { readTranscriptFile } from '../src/transcripts/index.js';
import { claudeCodeSession, type Turn } from '../test/helpers/transcript-builders.js';
import { recordFigure } from './summary.js';

const args = process.argv.slice(2);
const floodMb = args.includes('--flood-mb') ? Number(args[args.indexOf('--flood-mb') + 1]) : 60;
const corpus = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/corpus');

// Distinct keys per domain: counted where the filters are written, since the index keeps no keys. Every
// key is started by startKey (which names its domain) and written by addKey (command n-grams are built
// in between, a token at a time).
const fresh: Record<string, number> = {};
let domain = '';
const startKey = BloomFilter.prototype.startKey;
BloomFilter.prototype.startKey = function (this: BloomFilter, d, value) {
  domain = d;
  startKey.call(this, d, value);
};
const addKey = BloomFilter.prototype.addKey;
BloomFilter.prototype.addKey = function (this: BloomFilter) {
  const isNew = addKey.call(this);
  if (isNew) fresh[domain] = (fresh[domain] ?? 0) + 1;
  return isNew;
};

let seed = 0x2545f491;
const rand = (): number => {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 4294967296;
};
const letters = (n: number): string => Array.from({ length: n }, () => String.fromCharCode(97 + Math.floor(rand() * 26))).join('');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );
}

/** A session whose tool results hold `mb` MB of orders of distinct words, each result under the readers' 32 KB cap. */
function flood(dir: string, mb: number): string {
  const turns: Turn[] = [{ user: 'Please look at the build logs' }];
  for (let size = 0, i = 0; size < (mb * 1024 * 1024) / 2; i++) {
    // One long sentence a result: the wording index reads up to 4,000 words of it.
    const out = `Always ${Array.from({ length: 4_000 }, () => letters(6)).join(' ')}.`.slice(0, 30_000);
    turns.push({ bash: `cat log${i}.txt`, out, exit: 0 });
    size += out.length;
  }
  const file = path.join(dir, 'flood.jsonl');
  writeFileSync(file, claudeCodeSession('f0000000-0000-4000-8000-000000000000', '01', '/repo', turns));
  return file;
}

async function observe(name: string, paths: string[]): Promise<ProvenanceIndex> {
  for (const k of Object.keys(fresh)) delete fresh[k];
  const idx = new ProvenanceIndex();
  let sessions = 0;
  for (const file of paths)
    try {
      for await (const s of readTranscriptFile(file, { displayPath: file })) {
        idx.observe(s);
        sessions++;
      }
    } catch {
      // Not a transcript (a README beside the corpus): the pass skips it too.
    }
  const { trusted, untrusted } = idx.fill;
  const count = (d: string): string => (fresh[d] ?? 0).toLocaleString('en-US');
  console.log(
    `${name} (${sessions} sessions): trusted keys g ${count('g')}, p ${count('p')}, u ${count('u')}, w ${count('w')}; untrusted x ${count('x')}`,
  );
  console.log(
    `  trusted filter ${pct(trusted)} full (false positive rate ${(trusted ** 10).toExponential(1)}; bound ${pct(MAX_TRUSTED_FILL)}); untrusted filter ${pct(untrusted)} full`,
  );
  return idx;
}

const pct = (x: number): string => `${(100 * x).toFixed(2)}%`;

async function main(): Promise<void> {
  if (existsSync(corpus)) {
    const real = await observe('real corpus', files(corpus).sort());
    recordFigure({
      figure: 'provenance: trusted filter fill, real corpus',
      value: pct(real.fill.trusted),
      target: `<= ${pct(MAX_TRUSTED_FILL)}`,
      met: !real.saturated,
    });
  } else console.log(`real corpus: ${corpus} absent, skipped`);
  const dir = mkdtempSync(path.join(tmpdir(), 'provenance-fill-'));
  try {
    const idx = await observe(`flood of ${floodMb} MB`, [flood(dir, floodMb)]);
    const probes = 100_000;
    let passed = 0;
    for (let i = 0; i < probes; i++) if (idx.untrusted(`Run \`make ${letters(6)}-${letters(6)}\`.`).length === 0) passed++;
    console.log(`  commands no session ran that pass provenance after the flood: ${passed} of ${probes.toLocaleString('en-US')}`);
    recordFigure({
      figure: `provenance: unrun commands passing after a ${floodMb} MB flood`,
      value: `${passed} of ${probes}`,
      target: '0',
      met: passed === 0,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
