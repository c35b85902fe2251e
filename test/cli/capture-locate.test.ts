/**
 * `dream capture` where a new user first meets it: run by hand (no hook JSON, no --transcript), it
 * finds the session in Claude Code's own project folder; outside a git repository it refuses and
 * writes nothing.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerCaptureCommand } from '../../src/cli/capture.js';
import { claudeConfigDir, projectSlug } from '../../src/cli/claude-projects.js';
import type { Logger } from '../../src/model/index.js';

const run = promisify(execFile);
const SESSION_OLD = '11111111-2222-4333-8444-555555555555';
const SESSION_NEW = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';

/** Claude Code's rule, written out independently of the code under test. */
const slugOf = (dir: string) => [...dir].map((c) => (/[A-Za-z0-9]/.test(c) ? c : '-')).join('');

let sandbox: string;
let repo: string;
let home: string;

beforeEach(async () => {
  sandbox = await mkdtemp(path.join(os.tmpdir(), 'dream-capture-locate-'));
  repo = path.join(sandbox, 'my_app.v2');
  home = path.join(sandbox, 'home');
  await mkdir(path.join(repo, 'src', 'lib'), { recursive: true });
  await run('git', ['init', '-q', repo]);
  process.exitCode = undefined;
});
afterEach(async () => {
  process.exitCode = undefined;
  await rm(sandbox, { recursive: true, force: true });
});

function recording(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, debug: () => {}, info: (m) => lines.push(m), warning: (m) => lines.push(m), error: (m) => lines.push(m) };
}

/** A terminal: what stdin is when a person types `dream capture`. */
const terminal = () => Object.assign(Readable.from([]), { isTTY: true });

async function capture(args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv; stdin?: Readable }) {
  const logger = recording();
  const program = new Command().exitOverride();
  registerCaptureCommand(program, { logger, stdin: opts.stdin ?? terminal(), env: opts.env, cwd: opts.cwd });
  await program.parseAsync(['capture', ...args], { from: 'user' });
  return logger;
}

async function writeSession(projectDir: string, id: string, text: string, mtime: Date): Promise<void> {
  await mkdir(projectDir, { recursive: true });
  const file = path.join(projectDir, `${id}.jsonl`);
  await writeFile(file, JSON.stringify({ type: 'user', sessionId: id, message: { role: 'user', content: text } }) + '\n');
  await utimes(file, mtime, mtime);
}

const captured = async () => (await readdir(path.join(repo, '.dreaming/sessions/claude-code')).catch(() => [])).sort();

describe("the project folder's slug", () => {
  it('replaces every character but ASCII letters and digits with a dash', () => {
    expect(projectSlug('/home/me/my_app.v2')).toBe('-home-me-my-app-v2');
    expect(projectSlug('/Users/Zoë/Code/a b')).toBe('-Users-Zo--Code-a-b');
    expect(projectSlug('C:\\work\\api')).toBe('C--work-api');
  });

  it('lives under CLAUDE_CONFIG_DIR when set, else under $HOME/.claude', () => {
    expect(claudeConfigDir({ HOME: '/h', CLAUDE_CONFIG_DIR: '/cfg' })).toBe(path.resolve('/cfg'));
    expect(claudeConfigDir({ HOME: '/h' })).toBe(path.join('/h', '.claude'));
  });
});

describe('dream capture without hook input', () => {
  it("copies the newest session of the project from Claude Code's folder under $HOME", async () => {
    const project = path.join(home, '.claude', 'projects', slugOf(repo));
    await writeSession(project, SESSION_NEW, 'the newer one', new Date('2026-11-02T10:00:00Z'));
    await writeSession(project, SESSION_OLD, 'the older one', new Date('2026-11-01T10:00:00Z'));
    const logger = await capture([], { cwd: repo, env: { HOME: home } });
    expect(logger.lines).toEqual([]);
    expect(process.exitCode ?? 0).toBe(0);
    expect(await captured()).toEqual([`${SESSION_NEW}.jsonl`]);
    expect(await readFile(path.join(repo, '.dreaming/sessions/claude-code', `${SESSION_NEW}.jsonl`), 'utf8')).toContain('the newer one');
  });

  it('reads CLAUDE_CONFIG_DIR, and finds a session started at the repository root from a subfolder', async () => {
    const config = path.join(sandbox, 'elsewhere');
    await writeSession(path.join(config, 'projects', slugOf(repo)), SESSION_OLD, 'from the root', new Date());
    // A decoy under $HOME, which CLAUDE_CONFIG_DIR replaces.
    await writeSession(path.join(home, '.claude', 'projects', slugOf(repo)), SESSION_NEW, 'decoy', new Date());
    const logger = await capture([], { cwd: path.join(repo, 'src', 'lib'), env: { HOME: home, CLAUDE_CONFIG_DIR: config } });
    expect(logger.lines).toEqual([]);
    expect(await captured()).toEqual([`${SESSION_OLD}.jsonl`]);
  });

  it('also when stdin is a pipe that closes without a byte', async () => {
    await writeSession(path.join(home, '.claude', 'projects', slugOf(repo)), SESSION_OLD, 'piped nothing', new Date());
    const logger = await capture([], { cwd: repo, env: { HOME: home }, stdin: Readable.from([]) });
    expect(logger.lines).toEqual([]);
    expect(await captured()).toEqual([`${SESSION_OLD}.jsonl`]);
  });

  it('finds the folder of a path longer than 200 slug characters by its prefix', async () => {
    const deep = path.join(repo, ...Array.from({ length: 30 }, (_, i) => `segment-${i}`));
    await mkdir(deep, { recursive: true });
    const slug = slugOf(deep);
    expect(slug.length).toBeGreaterThan(200);
    await writeSession(path.join(home, '.claude', 'projects', `${slug.slice(0, 200)}-1x2y3z`), SESSION_NEW, 'deep', new Date());
    const logger = await capture([], { cwd: deep, env: { HOME: home } });
    expect(logger.lines).toEqual([]);
    expect(await captured()).toEqual([`${SESSION_NEW}.jsonl`]);
  });

  it('names the folder it searched when there is no session', async () => {
    const logger = await capture([], { cwd: repo, env: { HOME: home } });
    expect(process.exitCode).toBe(1);
    expect(logger.lines).toHaveLength(1);
    expect(logger.lines[0]).toContain(path.join(home, '.claude', 'projects', slugOf(repo)));
    expect(logger.lines[0]).toMatch(/--transcript FILE/);
    expect(existsSync(path.join(repo, '.dreaming'))).toBe(false);
  });
});

describe('dream capture outside a git repository', () => {
  it.each([
    ['hook JSON whose cwd is no repository', 'hook'],
    ['--transcript from a directory that is no repository', 'flag'],
    ['--repo naming a directory that is no repository', 'repo'],
  ])('fails with a clear message and writes nothing: %s', async (_what, how) => {
    const plain = path.join(sandbox, 'not-a-repo');
    await mkdir(plain);
    const transcript = path.join(home, '.claude', 'projects', slugOf(plain), `${SESSION_OLD}.jsonl`);
    await writeSession(path.dirname(transcript), SESSION_OLD, 'hello', new Date());
    const hook = JSON.stringify({ session_id: SESSION_OLD, transcript_path: transcript, cwd: plain, hook_event_name: 'SessionEnd' });
    const logger =
      how === 'hook'
        ? await capture([], { cwd: sandbox, env: { HOME: home }, stdin: Readable.from([hook]) })
        : how === 'flag'
          ? await capture(['--transcript', transcript], { cwd: plain, env: { HOME: home } })
          : await capture(['--transcript', transcript, '--repo', plain], { cwd: repo, env: { HOME: home } });
    expect(process.exitCode).toBe(1);
    expect(logger.lines).toEqual([expect.stringMatching(/^dream capture: .*not-a-repo is not inside a git repository/)]);
    expect(existsSync(path.join(plain, '.dreaming'))).toBe(false);
    expect(existsSync(path.join(sandbox, '.dreaming'))).toBe(false);
    expect(existsSync(path.join(repo, '.dreaming'))).toBe(false);
  });
});
