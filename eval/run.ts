/**
 * `npm run eval`: runs the offline dream pass over the labelled evaluation set and scores it.
 * - recall / precision of the planted lessons (edits matched to labels by op, file and keywords);
 * - the share of edits whose every evidence item resolves to a real event (or repository line);
 * - how many negative controls became edits (cited as evidence, or their words in an entry);
 * - false deletions: entries deleted (or folded into another) that no planted label deletes.
 * The repository and transcripts are copied to a temp dir, so nothing in eval/ is written. There the
 * repository gets a git history (REMOVED below), so that staleness has commits to prove itself by.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runDream } from '../src/pipeline/run.js';
import { OfflineEngine } from '../src/engine/offline/index.js';
import { defaultDreamOptions } from '../src/engine/options.js';
import type { Edit, SessionEvent, DreamReport } from '../src/model/index.js';
import { silentLogger } from '../src/log.js';
import { readTranscriptFile } from '../src/transcripts/index.js';
import { formatReal, runRealCorpora } from './real-score.js';

const here = path.dirname(fileURLToPath(import.meta.url));

interface Label {
  id: string;
  op: Edit['op'];
  file: string;
  toFile?: string;
  /** The heading an add must land under (placement by topic). */
  section?: string;
  keywords: string[];
}
type Controls = { id: string; keywords: string[]; events: { file: string; line: number }[] }[];
interface Labels {
  planted: Label[];
  oneOffs: { id: string; keywords: string[] }[];
  negativeControls: Controls;
  paraphrased: { planted: Label[]; negativeControls: Controls };
}

/** The two layers: the planted set, and the paraphrase layer (each lesson in three or more wordings). */
export type Layer = 'planted' | 'paraphrased';

export interface EvalResult {
  recall: number;
  precision: number;
  resolvableEvidence: number;
  negativeControlEdits: number;
  oneOffEdits: number;
  matched: Record<string, string | null>;
  unmatchedEdits: Edit[];
  unresolved: { edit: string; reason: string }[];
  controlHits: { control: string; edit: string }[];
  /** Deletions (and entries folded away by merges) that no planted label asked for. */
  falseDeletions: Edit[];
  report: DreamReport;
  diff: string;
}

const lower = (s: string | undefined) => (s ?? '').toLowerCase();
const editText = (e: Edit) => `${e.after ?? ''}\n${e.before ?? ''}`;

export function matches(label: Label, e: Edit): boolean {
  if (label.op !== e.op || label.file !== e.file) return false;
  if (label.toFile && label.toFile !== e.toFile) return false;
  if (label.section && lower(e.section?.[e.section.length - 1]) !== lower(label.section)) return false;
  const text = lower(editText(e));
  return label.keywords.every((k) => text.includes(k.toLowerCase()));
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

function textsOf(e: SessionEvent): string[] {
  if (e.kind === 'tool_call') return [e.command ?? '', JSON.stringify(e.input ?? '')];
  if (e.kind === 'compaction') return [e.summary];
  if (e.kind === 'subagent_link') return [e.description ?? ''];
  return [e.text];
}

/** Re-reads cited transcripts independently of the guards and checks every quote at its line. */
async function unresolvedEvidence(repoDir: string, edits: Edit[]): Promise<{ edit: string; reason: string }[]> {
  const out: { edit: string; reason: string }[] = [];
  const cache = new Map<string, Map<string, SessionEvent[]>>();
  for (const edit of edits) {
    if (edit.evidence.length === 0) out.push({ edit: edit.id, reason: 'no evidence' });
    for (const ev of edit.evidence) {
      const abs = path.isAbsolute(ev.file) ? ev.file : path.join(repoDir, ev.file);
      if (ev.session === 'repo') {
        const ok = existsSync(abs) && collapse(readFileSync(abs, 'utf8')).includes(collapse(ev.quote));
        if (!ok) out.push({ edit: edit.id, reason: `repo quote not in ${ev.file}` });
        continue;
      }
      if (ev.session === 'git') {
        // The commit that removed the path: it must delete exactly the cited file.
        const status = ev.commit ? git(repoDir, 'show', '--name-status', '--no-renames', '--format=', ev.commit) : '';
        if (!status.split('\n').includes(`D\t${ev.file}`))
          out.push({ edit: edit.id, reason: `commit ${ev.commit ?? '?'} does not remove ${ev.file}` });
        continue;
      }
      let bySession = cache.get(abs);
      if (!bySession) {
        bySession = new Map();
        for await (const s of readTranscriptFile(abs, { displayPath: ev.file })) bySession.set(s.id, s.events);
        cache.set(abs, bySession);
      }
      const event = bySession.get(ev.session)?.find((x) => x.origin.line === ev.line);
      if (!event) out.push({ edit: edit.id, reason: `no event at ${ev.file}:${ev.line} in ${ev.session}` });
      else if (!textsOf(event).some((t) => collapse(t).includes(collapse(ev.quote))))
        out.push({ edit: edit.id, reason: `quote not in ${ev.file}:${ev.line}` });
    }
  }
  return out;
}

/**
 * The files the branch had before its last commit removed them. The eval repository is committed
 * twice: first with these (and package.json's old db:seed script), then as eval/repo/ has it.
 */
const REMOVED: Record<string, string> = {
  'src/legacy/handlers.ts': 'export const handlers = {};\n',
  'api/src/routes/users.ts': 'export const users = [];\n',
  'api/src/generated/client.ts': '// generated\nexport {};\n',
};

function git(dir: string, ...args: string[]): string {
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'Eval',
    GIT_AUTHOR_EMAIL: 'eval@example.com',
    GIT_COMMITTER_NAME: 'Eval',
    GIT_COMMITTER_EMAIL: 'eval@example.com',
  };
  const fixed = ['-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', '-c', 'core.hooksPath=/dev/null'];
  return execFileSync('git', [...fixed, ...args], { cwd: dir, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function buildHistory(repoDir: string): void {
  const pkgFile = path.join(repoDir, 'package.json');
  const now = readFileSync(pkgFile, 'utf8');
  const pkg = JSON.parse(now) as { scripts: Record<string, string> };
  git(repoDir, 'init', '-q');
  writeFileSync(pkgFile, `${JSON.stringify({ ...pkg, scripts: { ...pkg.scripts, 'db:seed': 'node scripts/seed.js' } }, null, 2)}\n`);
  for (const [rel, text] of Object.entries(REMOVED)) {
    mkdirSync(path.dirname(path.join(repoDir, rel)), { recursive: true });
    writeFileSync(path.join(repoDir, rel), text);
  }
  git(repoDir, 'add', '-A');
  git(repoDir, 'commit', '-qm', 'Acme API before the cleanup', '--date', '2026-09-01T00:00:00Z');
  writeFileSync(pkgFile, now);
  git(repoDir, 'rm', '-rq', ...Object.keys(REMOVED));
  git(repoDir, 'add', '-A');
  git(repoDir, 'commit', '-qm', 'Remove the legacy handlers, the api/ prototype and the seed script', '--date', '2026-09-02T00:00:00Z');
}

export async function runEval(layer: Layer = 'planted'): Promise<EvalResult> {
  const all = JSON.parse(readFileSync(path.join(here, 'labels.json'), 'utf8')) as Labels;
  const labels = layer === 'planted' ? all : { ...all.paraphrased, oneOffs: [] };
  const base = layer === 'planted' ? here : path.join(here, 'paraphrase');
  const repoDir = mkdtempSync(path.join(os.tmpdir(), 'dream-eval-'));
  try {
    cpSync(path.join(base, 'repo'), repoDir, { recursive: true });
    if (layer === 'planted') buildHistory(repoDir);
    cpSync(path.join(base, 'corpus'), path.join(repoDir, '.dreaming', 'sessions'), { recursive: true });
    const result = await runDream({
      repoDir,
      sessions: ['.dreaming/sessions/*.jsonl'],
      engine: new OfflineEngine(),
      // The eval measures what the engine finds; the per-pass cap on replaced entries is tested in test/edits.
      options: { ...defaultDreamOptions, maxDeleteShare: 0.5 },
      ledgerPath: '.dreaming/ledger.json',
      logger: silentLogger,
      now: () => new Date('2026-11-01T00:00:00Z'),
    });
    const edits = result.report.edits;
    const matched: Record<string, string | null> = {};
    const used = new Set<string>();
    for (const label of labels.planted) {
      const e = edits.find((x) => !used.has(x.id) && matches(label, x));
      matched[label.id] = e?.id ?? null;
      if (e) used.add(e.id);
    }
    const unmatchedEdits = edits.filter((e) => !used.has(e.id));
    const unresolved = await unresolvedEvidence(repoDir, edits);
    const badEdits = new Set(unresolved.map((u) => u.edit));
    const controlHits: { control: string; edit: string }[] = [];
    for (const nc of labels.negativeControls) {
      for (const e of edits) {
        const cited = e.evidence.some((ev) => nc.events.some((x) => path.basename(ev.file) === x.file && ev.line === x.line));
        const worded = nc.keywords.some((k) => lower(`${e.after ?? ''} ${e.rationale}`).includes(k.toLowerCase()));
        if (cited || worded) controlHits.push({ control: nc.id, edit: e.id });
      }
    }
    const plantedDeletes = new Set(labels.planted.filter((l) => l.op === 'delete').map((l) => matched[l.id]));
    const falseDeletions = edits.filter(
      (e) =>
        (e.op === 'delete' && !plantedDeletes.has(e.id)) || (e.op === 'merge' && (e.mergedEntryIds?.length ?? 0) > 0 && !used.has(e.id)),
    );
    const oneOffEdits = edits.filter((e) =>
      labels.oneOffs.some((o) => o.keywords.some((k) => lower(e.after).includes(k.toLowerCase()))),
    ).length;
    return {
      recall: Object.values(matched).filter(Boolean).length / labels.planted.length,
      precision: edits.length === 0 ? 0 : used.size / edits.length,
      resolvableEvidence: edits.length === 0 ? 1 : (edits.length - badEdits.size) / edits.length,
      negativeControlEdits: new Set(controlHits.map((h) => h.edit)).size,
      oneOffEdits,
      matched,
      unmatchedEdits,
      unresolved,
      controlHits,
      falseDeletions,
      report: result.report,
      diff: result.diff,
    };
  } finally {
    rmSync(repoDir, { recursive: true, force: true });
  }
}

function print(r: EvalResult, layer: Layer): void {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const lines = [
    `dream eval, ${layer} layer (offline engine, ${r.report.sessions.read} sessions, ${r.report.patterns.length} patterns, ${r.report.edits.length} edits, ${r.report.rejected.length} rejected)`,
    `  recall of ${layer} lessons:${' '.repeat(Math.max(1, 14 - layer.length))}${pct(r.recall)}  (target >= 90%)`,
    `  precision of edits:              ${pct(r.precision)}  (target >= 90%)`,
    `  edits with resolvable evidence:  ${pct(r.resolvableEvidence)}  (target 100%)`,
    `  negative controls that became edits: ${r.negativeControlEdits}  (target 0)`,
    `  one-offs that became edits:      ${r.oneOffEdits}  (target 0)`,
    `  false deletions:                 ${r.falseDeletions.length}  (target 0; the real corpora: npm run eval -- --real)`,
    `  left for a human decision:       ${r.report.decisions?.length ?? 0}`,
    '',
    `${layer} lessons:`,
    ...Object.entries(r.matched).map(([id, e]) => `  ${e ? 'found ' : 'MISSED'} ${id}${e ? ` (${e})` : ''}`),
  ];
  if (r.unmatchedEdits.length)
    lines.push('', 'edits matching no label:', ...r.unmatchedEdits.map((e) => `  ${e.op} ${e.file}: ${e.after ?? e.before ?? ''}`));
  if (r.falseDeletions.length)
    lines.push('', 'FALSE DELETIONS:', ...r.falseDeletions.map((e) => `  ${e.op} ${e.file}: ${e.before ?? ''} -- ${e.rationale}`));
  if (r.report.decisions?.length)
    lines.push(
      '',
      'needs a human decision:',
      ...r.report.decisions.map((d) => `  [${d.kind}] ${d.file}:${d.line} ${d.entry} -- ${d.reason}`),
    );
  if (r.unresolved.length) lines.push('', 'unresolved evidence:', ...r.unresolved.map((u) => `  ${u.edit}: ${u.reason}`));
  if (r.controlHits.length) lines.push('', 'negative controls in edits:', ...r.controlHits.map((h) => `  ${h.control} -> ${h.edit}`));
  if (r.report.rejected.length)
    lines.push('', 'rejected:', ...r.report.rejected.map((x) => `  [${x.by}] ${x.edit.op} ${x.edit.file}: ${x.reason}`));
  process.stdout.write(`${lines.join('\n')}\n\n`);
  if (process.argv.includes('--diff')) process.stdout.write(`${r.diff}\n`);
}

async function main(): Promise<void> {
  if (process.argv.includes('--real')) {
    // Only the real corpora: they need ../shared/corpus, and the labelled layers have their own run.
    const results = await runRealCorpora();
    process.stdout.write(results.length ? formatReal(results) : 'no real corpus found under ../shared/corpus: skipped\n');
    return;
  }
  for (const layer of ['planted', 'paraphrased'] as const) print(await runEval(layer), layer);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    process.stderr.write(`eval failed: ${(err as Error).stack ?? String(err)}\n`);
    process.exitCode = 1;
  });
}
