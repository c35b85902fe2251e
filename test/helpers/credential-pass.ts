/**
 * One `dream run --report --patch --write` over the credential corpus (credential-corpus.ts), plus a
 * `dream capture`-style redacted copy of every transcript: every output a pass writes, by name. Shared
 * by test/trust/credential-shapes.test.ts and `npm run audit:adversarial`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { copyTranscriptRedacted } from '../../src/cli/capture.js';
import { registerRunCommand } from '../../src/cli/run.js';
import type { Logger } from '../../src/model/index.js';
import { writeCredentialCorpus } from './credential-corpus.js';

export interface CredentialPass {
  /** Output name (stdout, logs, report, patch, ledger, memory files, `capture <file>`) to its text. */
  outputs: Record<string, string>;
  sessionFiles: string[];
}

export async function runCredentialPass(dir: string): Promise<CredentialPass> {
  const repo = path.join(dir, 'repo');
  const corpus = writeCredentialCorpus(repo);
  const logs: string[] = [];
  const logger: Logger = {
    debug: (m) => logs.push(m),
    info: (m) => logs.push(m),
    warning: (m) => logs.push(m),
    error: (m) => logs.push(m),
  };
  const program = new Command().exitOverride();
  registerRunCommand(program, { logger, env: {} });
  const report = path.join(dir, 'report.json');
  const patch = path.join(dir, 'memory.patch');
  let stdout = '';
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  }) as typeof process.stdout.write;
  try {
    await program.parseAsync([
      'node',
      'dream',
      'run',
      '--repo',
      repo,
      '--sessions',
      ...corpus.sessionGlobs,
      '--report',
      report,
      '--patch',
      patch,
      '--write',
    ]);
  } finally {
    process.stdout.write = write;
  }
  const outputs: Record<string, string> = {
    stdout,
    logs: logs.join('\n'),
    report: readFileSync(report, 'utf8'),
    patch: readFileSync(patch, 'utf8'),
    ledger: readFileSync(path.join(repo, '.dreaming', 'ledger.json'), 'utf8'),
    'CLAUDE.md': readFileSync(path.join(repo, 'CLAUDE.md'), 'utf8'),
    'AGENTS.md': readFileSync(path.join(repo, 'AGENTS.md'), 'utf8'),
  };
  for (const rel of corpus.sessionFiles) {
    const target = path.join(dir, 'captured', path.basename(rel));
    await copyTranscriptRedacted(path.join(repo, rel), target);
    outputs[`capture ${path.basename(rel)}`] = readFileSync(target, 'utf8');
  }
  return { outputs, sessionFiles: corpus.sessionFiles };
}
