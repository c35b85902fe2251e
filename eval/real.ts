/**
 * Runs the offline pass over a real corpus for a human to read, e.g.
 *   node --import tsx eval/real.ts ../shared/corpus/spotter_claude_code ../shared/corpus/spotter_claude_code/_memory_files/CLAUDE.md.HEAD
 * The memory file is copied into a temp repo as CLAUDE.md; transcripts are read where they are.
 */
import { copyFileSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { runDream, type DreamRunResult } from '../src/pipeline/run.js';
import type { DreamOptions, Logger } from '../src/model/index.js';
import { OfflineEngine } from '../src/engine/offline/index.js';
import { defaultDreamOptions } from '../src/engine/options.js';
import { consoleLogger } from '../src/log.js';

/**
 * The corpus's transcript files. `_memory_files/` and dotfiles are the corpus's own notes, not sessions;
 * Markdown is read only where a corpus is made of exports (SpecStory), since other corpora ship READMEs.
 */
function transcripts(dir: string, extensions: string[], depth = 0): string[] {
  if (depth > 4) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (name.startsWith('_') || name.startsWith('.')) continue;
    if (statSync(p).isDirectory()) out.push(...transcripts(p, extensions, depth + 1));
    else if (extensions.some((x) => name.endsWith(`.${x}`))) out.push(p);
  }
  return out;
}

const DEFAULT_EXTENSIONS = ['jsonl', 'json', 'traj'];

/**
 * The offline pass over a real corpus, its memory file copied into a temp repository as CLAUDE.md
 * (an empty CLAUDE.md when the corpus ships none, so lessons still have a file to land in).
 */
export async function runRealCorpus({
  corpus,
  memoryFile,
  logger,
  extensions = [],
  options = defaultDreamOptions,
}: {
  corpus: string;
  memoryFile: string | undefined;
  logger: Logger;
  extensions?: string[];
  /** The pass's options; the default's (min-support 2) unless a test reads a corpus at another bar. */
  options?: DreamOptions;
}): Promise<DreamRunResult> {
  const repoDir = mkdtempSync(path.join(os.tmpdir(), 'dream-real-'));
  try {
    if (memoryFile) copyFileSync(memoryFile, path.join(repoDir, 'CLAUDE.md'));
    else writeFileSync(path.join(repoDir, 'CLAUDE.md'), '');
    return await runDream({
      repoDir,
      sessions: [],
      transcriptFiles: transcripts(path.resolve(corpus), [...DEFAULT_EXTENSIONS, ...extensions]),
      engine: new OfflineEngine(),
      options,
      ledgerPath: '.dreaming/ledger.json',
      logger,
    });
  } finally {
    rmSync(repoDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const [corpus, memoryFile] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  if (!corpus) throw new Error('usage: eval/real.ts CORPUS_DIR [MEMORY_FILE] [--md] [--diff] [--patterns]');
  {
    const r = await runRealCorpus({
      corpus,
      memoryFile,
      logger: consoleLogger(),
      extensions: process.argv.includes('--md') ? ['md'] : [],
    });
    const rep = r.report;
    const out: string[] = [
      `sessions read ${rep.sessions.read}, skipped ${rep.sessions.skipped.length}; patterns ${rep.patterns.filter((p) => !p.oneOff).length} (+${rep.patterns.filter((p) => p.oneOff).length} one-offs); edits ${rep.edits.length}; rejected ${rep.rejected.length}`,
    ];
    const showAll = process.argv.includes('--patterns');
    for (const p of rep.patterns)
      if (!p.oneOff || showAll)
        out.push(`  ${p.oneOff ? 'one-off' : 'pattern'} ${p.kind} x${p.support} [${p.agents.join(',')}]: ${p.summary}`);
    for (const e of rep.edits)
      out.push(
        `EDIT ${e.op} ${e.file}${e.toFile ? ` -> ${e.toFile}` : ''}${e.section ? ` [${e.section.join(' > ')}]` : ''}: ${e.after ?? e.before}\n     why: ${e.rationale}\n     evidence: ${e.evidence.map((x) => `${path.basename(x.file)}:${x.line} "${x.quote.slice(0, 80)}"`).join(' | ')}`,
      );
    for (const d of rep.decisions ?? []) out.push(`DECIDE [${d.kind}] ${d.file}:${d.line} ${d.entry} -- ${d.reason}`);
    for (const x of rep.rejected)
      out.push(`REJECTED [${x.by}] ${x.edit.op} ${x.edit.file}: ${x.edit.after ?? x.edit.before} -- ${x.reason}`);
    for (const n of rep.notes) out.push(`note: ${n}`);
    process.stdout.write(`${out.join('\n')}\n`);
    if (process.argv.includes('--diff')) process.stdout.write(`\n${r.diff}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
    process.exitCode = 1;
  });
}
