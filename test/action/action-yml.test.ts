/**
 * action.yml, src/main.ts and the README generator must agree: an input declared but never read, or
 * read but never declared, is a bug users find first.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
interface ActionYml {
  runs: { using: string; main: string };
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description: string }>;
}
const action = parse(readFileSync(path.join(root, 'action.yml'), 'utf8')) as ActionYml;
// The Action's entry: src/main.ts and the settings it reads inputs into (src/action/).
const main = ['src/main.ts', 'src/action/settings.ts'].map((f) => readFileSync(path.join(root, f), 'utf8')).join('\n');

describe('action.yml', () => {
  it('runs node24 from dist/index.js and documents every input and output', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    for (const [name, i] of Object.entries(action.inputs)) {
      expect(name).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(i.description.length, name).toBeGreaterThan(20);
    }
    expect(action.inputs['github-token']!.default).toBe('${{ github.token }}');
    expect(action.inputs.branch!.default).toBe('dreaming/memory');
    expect(action.inputs['auto-merge']!.default).toBe('false');
  });

  it('declares exactly the inputs src/main.ts reads', () => {
    const read = new Set(
      [...main.matchAll(/\b(?:inputs|given)\.(?:text|lines|list|bool|int|oneOf)(?:<[^>]+>)?\('([a-z-]+)'/g)].map((m) => m[1]!),
    );
    expect([...read].sort()).toEqual(Object.keys(action.inputs).sort());
  });

  it('declares exactly the outputs src/main.ts sets', () => {
    const set = new Set([...main.matchAll(/\bset\('([a-z-]+)'/g)].map((m) => m[1]!));
    expect([...set].sort()).toEqual(Object.keys(action.outputs).sort());
  });
});

describe('.github/workflows/dream.yml, the example workflow', () => {
  it('is scheduled and dispatchable, least-privileged, serialised, and only passes inputs the action has', () => {
    const wf = parse(readFileSync(path.join(root, '.github/workflows/dream.yml'), 'utf8')) as {
      on: Record<string, unknown>;
      permissions: Record<string, string>;
      concurrency: { group: string; 'cancel-in-progress': boolean };
      jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }>;
    };
    expect(Object.keys(wf.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect(wf.permissions).toEqual({ contents: 'write', 'pull-requests': 'write', actions: 'read' });
    expect(wf.concurrency.group).toMatch(/dream/);
    expect(wf.concurrency['cancel-in-progress']).toBe(false);
    const steps = Object.values(wf.jobs).flatMap((j) => j.steps);
    const dream = steps.find((s) => s.uses?.includes('agent-dreaming'));
    expect(dream).toBeDefined();
    for (const key of Object.keys(dream!.with ?? {})) expect(Object.keys(action.inputs)).toContain(key);
  });
});

describe('scripts/gen-readme-inputs.mjs', () => {
  it('renders every input and output and replaces only the marked block', async () => {
    const modPath = path.join(root, 'scripts/gen-readme-inputs.mjs');
    const mod = (await import(modPath)) as { renderTables(a: unknown): string; replaceBlock(r: string, t: string): string };
    const tables = mod.renderTables(action);
    for (const name of Object.keys(action.inputs)) expect(tables).toContain(`| \`${name}\` |`);
    for (const name of Object.keys(action.outputs)) expect(tables).toContain(`| \`${name}\` |`);
    expect(tables).toContain('| `branch` | ');
    const readme = 'intro\n<!-- inputs:start -->\nold\n<!-- inputs:end -->\noutro\n';
    const next = mod.replaceBlock(readme, tables);
    expect(next.startsWith('intro\n<!-- inputs:start -->\n### Inputs')).toBe(true);
    expect(next.endsWith('<!-- inputs:end -->\noutro\n')).toBe(true);
    expect(mod.replaceBlock(next, tables)).toBe(next);
    expect(() => mod.replaceBlock('no markers', tables)).toThrow(/inputs:start/);
  });

  it('--check exits 1 when README.md is stale and 0 once the script has rewritten it', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dream-readme-'));
    try {
      copyFileSync(path.join(root, 'action.yml'), path.join(dir, 'action.yml'));
      writeFileSync(path.join(dir, 'README.md'), '# x\n\n<!-- inputs:start -->\n<!-- inputs:end -->\n');
      const script = path.join(root, 'scripts/gen-readme-inputs.mjs');
      const status = (...args: string[]) => {
        try {
          execFileSync(process.execPath, [script, ...args, '--root', dir], { stdio: 'pipe' });
          return 0;
        } catch (e) {
          return (e as { status: number }).status;
        }
      };
      expect(status('--check')).toBe(1);
      expect(status()).toBe(0);
      expect(readFileSync(path.join(dir, 'README.md'), 'utf8')).toContain('| `min-new-sessions` |');
      expect(status('--check')).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
