/**
 * `dream capture` runs inside Claude Code's SessionEnd hook budget, so its program must not load
 * the engines, the pipeline or the GitHub and Anthropic clients. Checked on what esbuild actually
 * bundles for it (its metafile), the same way dist/cli.js is built.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

async function inputsOf(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [path.join(repoRoot, entry)],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'esm',
    loader: { '.md': 'text' },
    logLevel: 'silent',
    absWorkingDir: repoRoot,
  });
  return Object.keys(result.metafile.inputs);
}

const HEAVY = /^(src\/(engine|pipeline|publish|sync|signals|sources)\/|node_modules\/(@anthropic-ai|@octokit|@actions|simple-git|ajv)\/)/;

describe("capture's program", () => {
  it('bundles capture without the engines, the pipeline or the API clients', async () => {
    const inputs = await inputsOf('src/cli/capture-program.ts');
    expect(inputs).toContain('src/cli/capture.ts');
    expect(inputs.filter((i) => HEAVY.test(i))).toEqual([]);
  });

  it('is a small part of the full program, which does load them', async () => {
    const full = await inputsOf('src/cli/program.ts');
    expect(full.filter((i) => HEAVY.test(i)).length).toBeGreaterThan(50);
  });
});
