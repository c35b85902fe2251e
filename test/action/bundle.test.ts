/**
 * The committed bundle, not the sources: `node dist/index.js` as the runner starts it, with the
 * environment a runner sets, against the fake GitHub and a real bare remote. CI rebuilds dist/ and
 * fails when it differs from the commit, so this tests what users actually run.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import module from 'node:module';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { legacyBuildSession, makeActionWorld, type ActionWorld } from './world.js';

const bundle = path.resolve(import.meta.dirname, '../../dist/index.js');
let w: ActionWorld | undefined;
afterEach(async () => {
  await w?.close();
  w = undefined;
});

/** Parses GITHUB_OUTPUT's `name<<delimiter` blocks. */
function readOutputs(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([\w-]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    out[m[1]!] = value.join('\n');
  }
  return out;
}

describe.skipIf(!existsSync(bundle))('dist/index.js', () => {
  it('runs as the Action: opens the dream PR and sets its outputs', async () => {
    w = await makeActionWorld(Object.fromEntries([legacyBuildSession(1, '02'), legacyBuildSession(2, '05')]));
    const outputs = path.join(w.temp, 'github_output');
    const summary = path.join(w.temp, 'step_summary');
    writeFileSync(outputs, '');
    writeFileSync(summary, '');
    const env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GITHUB_REPOSITORY: 'acme/notes',
      GITHUB_API_URL: w.fake.url,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_WORKSPACE: w.repo.work,
      GITHUB_OUTPUT: outputs,
      GITHUB_STEP_SUMMARY: summary,
      RUNNER_TEMP: w.temp,
      'INPUT_GITHUB-TOKEN': 'ghs_fake_token_for_tests',
      INPUT_SESSIONS: '.dreaming/sessions/**/*.jsonl',
    };
    // Async spawn: the fake GitHub answers from this process's event loop.
    const child = spawn(process.execPath, [bundle], { env, cwd: w.repo.work });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stdout += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stdout).not.toMatch(/::error::/);
    expect(code).toBe(0);
    const o = readOutputs(outputs);
    expect(o['pull-request-operation']).toBe('created');
    expect(Number(o['edits'])).toBeGreaterThan(0);
    expect(o['sessions-read']).toBe('2');
    expect(w.fake.pulls).toHaveLength(1);
    expect(readFileSync(summary, 'utf8')).toContain(o['pull-request-url']!);
    expect(w.fake.violations).toEqual([]);
    // Node's compile cache (Node >= 22.1) goes to RUNNER_TEMP, which the runner empties between jobs.
    const hasCache = typeof (module as { enableCompileCache?: unknown }).enableCompileCache === 'function';
    expect(existsSync(path.join(w.temp, 'dream-compile-cache'))).toBe(hasCache);
  });
});
