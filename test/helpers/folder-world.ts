/**
 * A repository with memory in a package (`packages/web`) and sessions of Claude Code and Codex run in the package, at
 * the root or elsewhere: the world of the folder-memory tests, for either engine.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { claudeCodeSession, codexRollout, type Turn } from './transcript-builders.js';

/** pytest fails for want of PYTHONPATH, then the variant that works. */
const claudeFix: Turn[] = [
  { user: 'Run the tests please' },
  { bash: 'pytest', out: "ModuleNotFoundError: No module named 'app'", error: true },
  { bash: 'PYTHONPATH=src pytest', out: '3 passed in 0.12s' },
];
const codexFix: Turn[] = [
  { user: 'check the build before you push' },
  { bash: 'cargo build', out: 'error: failed to run custom build command for `openssl-sys`', exit: 101 },
  { bash: 'cargo build --no-default-features', out: 'Finished dev profile', exit: 0 },
];

export interface Run {
  format: 'claude' | 'codex';
  /** The session's working directory: `@` stands for the repository's folder here, `%` for its name. */
  cwd: string;
}

export const WEB_MEMORY = ['packages/web/CLAUDE.md', 'packages/web/AGENTS.md'];

export class FolderWorld {
  readonly dir = mkdtempSync(path.join(os.tmpdir(), 'folder-memory-'));
  private sessions = 0;

  /** A git repository with root memory and `nested` memory files (`path=text` writes that text; a bare path, a few rules). */
  constructor(nested: readonly string[] = WEB_MEMORY) {
    this.write('CLAUDE.md', '# Project\n\n- Prefer small commits.\n');
    this.write('AGENTS.md', '# Project\n\n- Prefer small commits.\n');
    for (const f of nested) {
      const [file = f, text] = f.split('=');
      this.write(file, text !== undefined ? `${text}\n` : '# Web\n\n- The pages live in src/pages.\n');
    }
    this.write('packages/web/src/index.ts', 'export {};\n');
    this.write('packages/api/src/index.ts', 'export {};\n');
    execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: this.dir });
    execFileSync('git', ['add', '-A'], { cwd: this.dir });
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'init'], { cwd: this.dir });
  }

  write(rel: string, text: string): void {
    mkdirSync(path.dirname(path.join(this.dir, rel)), { recursive: true });
    writeFileSync(path.join(this.dir, rel), text);
  }

  /** Writes the next session under `logs/`, two days after the one before; returns its file and id. */
  session(r: Run): { file: string; id: string } {
    const k = this.sessions++;
    const id = `0${k}1c5e00-0000-4000-8000-00000000000${k}`;
    const cwd = r.cwd.replace('@', this.dir).replace('%', path.basename(this.dir));
    const day = String(10 + 2 * k);
    const file = r.format === 'claude' ? `logs/s${k}.jsonl` : `logs/rollout-s${k}.jsonl`;
    this.write(file, r.format === 'claude' ? claudeCodeSession(id, day, cwd, claudeFix) : codexRollout(id, day, cwd, codexFix));
    return { file, id };
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
