/**
 * The package as npm users get it: `npm pack`, installed from the tarball into an empty project
 * with the registry out of reach, then `npx dream --version` and the SessionEnd hook's
 * `echo '<hook JSON>' | npx dream capture` in a git repository. Reads the built dist/, as the
 * tarball does; skipped when dist/ has not been built.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cliBundle = path.join(repoRoot, 'dist/cli.js');
const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { name: string; version: string };
const run = promisify(execFile);
const MAX_TARBALL_BYTES = 5 * 1024 * 1024;

interface PackResult {
  filename: string;
  size: number;
  files: { path: string }[];
}

let temp: string;
let packed: PackResult;
let project: string;
/** npm with its own empty cache and no registry: nothing may be fetched. */
let npmEnv: NodeJS.ProcessEnv;

beforeAll(async () => {
  if (!existsSync(cliBundle)) return;
  temp = await mkdtemp(path.join(os.tmpdir(), 'dream-pack-'));
  npmEnv = {
    ...process.env,
    npm_config_cache: path.join(temp, 'npm-cache'),
    npm_config_offline: 'true',
    npm_config_registry: 'http://127.0.0.1:9/',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
  const { stdout } = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', temp], { cwd: repoRoot, env: npmEnv });
  packed = (JSON.parse(stdout) as PackResult[])[0]!;
  project = path.join(temp, 'project');
  await mkdir(project);
  await writeFile(path.join(project, 'package.json'), JSON.stringify({ name: 'empty-project', private: true }));
  await run('git', ['init', '-q', project]);
  await run('npm', ['install', '--save-dev', path.join(temp, packed.filename)], { cwd: project, env: npmEnv });
}, 180_000);
afterAll(async () => {
  if (temp) await rm(temp, { recursive: true, force: true });
});

describe.skipIf(!existsSync(cliBundle))('the npm package', () => {
  it('is a tarball under 5 MB with the license and notices, and without sources, tests or eval', () => {
    expect(packed.size).toBeLessThan(MAX_TARBALL_BYTES);
    const files = packed.files.map((f) => f.path);
    expect(files).toEqual(
      expect.arrayContaining([
        'LICENSE',
        'README.md',
        'action.yml',
        'package.json',
        'dist/cli.js',
        'dist/index.js',
        'dist/THIRD_PARTY_NOTICES.md',
      ]),
    );
    for (const f of files) expect(f).not.toMatch(/^(src|test|eval|bench|audit|examples|scripts|node_modules)\//);
  });

  it('installs from the tarball with no registry and pulls in nothing else', async () => {
    const installed = JSON.parse(await readFile(path.join(project, 'node_modules', pkg.name, 'package.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(installed.dependencies ?? {}).toEqual({});
    expect(installed.private).toBeUndefined();
    const modules = (await readdir(path.join(project, 'node_modules'))).filter((n) => !n.startsWith('.'));
    expect(modules).toEqual([pkg.name]);
  });

  it('runs `npx dream --version` and `npx agent-dreaming --version`', async () => {
    for (const bin of ['dream', 'agent-dreaming']) {
      const { stdout } = await run('npx', ['--no-install', bin, '--version'], { cwd: project, env: npmEnv });
      expect(stdout.trim()).toBe(pkg.version);
    }
  });

  it("captures a session when Claude Code's SessionEnd JSON is piped to `npx dream capture`", async () => {
    const id = '0f0e0d0c-0b0a-4909-8807-060504030201';
    const transcript = path.join(temp, 'home', '.claude', 'projects', 'p', `${id}.jsonl`);
    await mkdir(path.dirname(transcript), { recursive: true });
    await writeFile(transcript, JSON.stringify({ type: 'user', sessionId: id, message: { role: 'user', content: 'hello' } }) + '\n');
    const hook = JSON.stringify({
      session_id: id,
      transcript_path: transcript,
      cwd: project,
      hook_event_name: 'SessionEnd',
      reason: 'prompt_input_exit',
    });
    const result = await new Promise<{ code: number | null; out: string }>((resolve, reject) => {
      const child = spawn('npx', ['--no-install', 'dream', 'capture'], { cwd: project, env: npmEnv, stdio: ['pipe', 'pipe', 'pipe'] });
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr.on('data', (d: Buffer) => (out += d.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, out }));
      child.stdin.end(hook);
    });
    expect(result.out.replace(/npm warn EBADENGINE.*\n/g, '')).toBe('');
    expect(result.code).toBe(0);
    const copy = await readFile(path.join(project, '.dreaming/sessions/claude-code', `${id}.jsonl`), 'utf8');
    expect(copy).toContain('"hello"');
  });
});

/** The entry points (dist/index.js, dist/cli.js, dist/read-worker.js) and the chunks they load on demand. */
function bundleFiles(): string[] {
  if (!existsSync(cliBundle)) return [];
  const chunks = existsSync(path.join(repoRoot, 'dist/chunks'))
    ? readdirSync(path.join(repoRoot, 'dist/chunks')).map((f) => `dist/chunks/${f}`)
    : [];
  return ['dist/index.js', 'dist/cli.js', 'dist/read-worker.js', ...chunks.filter((f) => f.endsWith('.js'))];
}

/** Whether `index` on a line of code falls inside a string or template literal opened earlier on that line. */
function insideString(line: string, index: number): boolean {
  let quote: string | undefined;
  for (let i = 0; i < index; i++) {
    const c = line[i]!;
    if (quote && c === '\\') i++;
    else if (quote ? c === quote : c === '"' || c === "'" || c === '`') quote = quote ? undefined : c;
  }
  return quote !== undefined;
}

describe.skipIf(!existsSync(cliBundle))('the bundles', () => {
  /** Module specifiers the code loads: static imports, dynamic imports and require calls, not text in strings or comments. */
  function loadedSpecifiers(code: string): Set<string> {
    const out = new Set<string>();
    for (const line of code.split('\n')) {
      const l = line.trim();
      if (l.startsWith('//') || l.startsWith('*')) continue;
      const pattern = /(?:^import\s[^"']*?from\s*|^import\s*|(?<!['"`.\w])import\s*\(\s*|(?<!['"`.\w])require\(\s*)["']([^"']+)["']/g;
      for (const m of l.matchAll(pattern)) {
        // Inside a string: an error message's advice, as the AWS SDK's "register the package by calling
        // [require('@aws-sdk/signature-v4a');]", not a load.
        if (insideString(l, m.index)) continue;
        out.add(m[1]!);
      }
    }
    return out;
  }

  it.each(bundleFiles())('%s loads nothing but Node built-ins and its own chunks', (file) => {
    const specifiers = [...loadedSpecifiers(readFileSync(path.join(repoRoot, file), 'utf8'))];
    expect(specifiers.length).toBeGreaterThan(0);
    const outside = specifiers.filter(
      (s) => !isBuiltin(s) && !(s.startsWith('./') && existsSync(path.resolve(repoRoot, path.dirname(file), s))),
    );
    expect(outside).toEqual([]);
  });

  it('lists every bundled package, with its license text, in dist/THIRD_PARTY_NOTICES.md', () => {
    const notices = readFileSync(path.join(repoRoot, 'dist/THIRD_PARTY_NOTICES.md'), 'utf8');
    // esbuild marks each bundled module with a `// node_modules/<package>/<file>` comment.
    const bundled = new Set<string>();
    for (const file of bundleFiles()) {
      for (const m of readFileSync(path.join(repoRoot, file), 'utf8').matchAll(/^\/\/ (?:.*\/)?node_modules\/((?:@[^/\n]+\/)?[^/\n]+)\//gm))
        bundled.add(m[1]!);
    }
    expect(bundled.size).toBeGreaterThan(10);
    for (const name of bundled) {
      expect(notices, name).toMatch(new RegExp(`^\\| ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\| [^|]+ \\| [^|]+ \\|$`, 'm'));
    }
    // MIT requires the copyright notice itself, not only the license's name.
    expect(notices).toMatch(/^## commander@\S+ \(MIT\)\n\n```\n[\s\S]*?Copyright/m);
  });
});
