/** A throwaway repo with memory files and Claude Code transcripts written in the real on-disk format. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runDream, type DreamRunOptions } from '../../src/pipeline/run.js';
import { OfflineEngine } from '../../src/engine/offline/index.js';
import { defaultDreamOptions } from '../../src/engine/options.js';
import { silentLogger } from '../../src/log.js';
import { claudeCodeSession, type Turn } from '../helpers/transcript-builders.js';

export const LEDGER = '.dreaming/ledger.json';

/** pytest fails for want of PYTHONPATH, then the variant that works: the lesson the engine should find. */
export const pytestFix: Turn[] = [
  { user: 'Run the tests please' },
  { bash: 'pytest', out: "ModuleNotFoundError: No module named 'app'", error: true },
  { bash: 'PYTHONPATH=src pytest', out: '3 passed in 0.12s' },
];

export class TempRepo {
  readonly dir = mkdtempSync(path.join(os.tmpdir(), 'pipeline-'));
  constructor() {
    writeFileSync(path.join(this.dir, 'CLAUDE.md'), '# Project\n\n- Prefer small commits.\n');
    mkdirSync(path.join(this.dir, '.dreaming', 'sessions'), { recursive: true });
  }
  /** Writes a session transcript; ids are uuid-like so the reader's id is the session id. */
  session(n: number, turns: Turn[] = pytestFix): string {
    const id = `${String(n).padStart(8, '0')}-aaaa-4bbb-8ccc-${String(n).padStart(12, '0')}`;
    writeFileSync(
      path.join(this.dir, '.dreaming', 'sessions', `${id}.jsonl`),
      claudeCodeSession(id, String(10 + (n % 18)), '/repo', turns),
    );
    return id;
  }
  removeSession(id: string): void {
    rmSync(path.join(this.dir, '.dreaming', 'sessions', `${id}.jsonl`));
  }
  commitLedger(text: string): void {
    writeFileSync(path.join(this.dir, LEDGER), text);
  }
  run(extra: Partial<DreamRunOptions> = {}, at = '2026-11-20T00:00:00Z') {
    return runDream({
      repoDir: this.dir,
      sessions: ['.dreaming/sessions/*.jsonl'],
      engine: new OfflineEngine(),
      options: defaultDreamOptions,
      ledgerPath: LEDGER,
      logger: silentLogger,
      now: () => new Date(at),
      ...extra,
    });
  }
  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * Two sessions of Gemini CLI's prompt log on two days, each opening with a task and then saying its turn (the same
 * turn twice unless `second` is given): the lessons proposed at the default bar.
 */
export async function promptLogLessons(first: string, second = first): Promise<string[]> {
  const repo = new TempRepo();
  try {
    const said = (id: string, day: string, task: string, turn: string) => [
      { sessionId: id, messageId: 0, type: 'user', message: task, timestamp: `2026-03-${day}T10:00:00.000Z` },
      { sessionId: id, messageId: 1, type: 'user', message: turn, timestamp: `2026-03-${day}T10:04:00.000Z` },
    ];
    const rows = [
      ...said('5c0d7a10-1111-4a4a-9b9b-000000000001', '03', 'add a search button to the header', first),
      ...said('5c0d7a10-2222-4a4a-9b9b-000000000002', '05', 'fix the upload screen on small phones', second),
    ];
    const file = path.join(repo.dir, '.dreaming', 'sessions', 'gemini', 'logs.json');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(rows, null, 2));
    const { report } = await repo.run({ sessions: ['.dreaming/sessions/**/*.json'] });
    return report.edits.filter((e) => e.op === 'add').map((e) => e.after ?? '');
  } finally {
    repo.dispose();
  }
}
