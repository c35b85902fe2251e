/**
 * What each command and pass compiles when it starts: every module it imports statically, all the way
 * down, in the chunks esbuild splits the bundles into as scripts/build.mjs does. A dynamic import()
 * ends a walk there: that chunk loads only when the code that imports it runs. So `dream --version`
 * must not parse the pipeline, an offline pass must not parse the Anthropic SDK or the Anthropic
 * engines, and a config reader is loaded only for a config file.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let meta: Metafile;

beforeAll(async () => {
  const result = await build({
    entryPoints: {
      index: 'src/action/entry.ts',
      cli: 'src/cli.ts',
      'read-worker': 'src/pipeline/read-worker.ts',
      'sessions-worker': 'src/cli/sessions-worker.ts',
    },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    outdir: 'out',
    write: false,
    metafile: true,
    loader: { '.md': 'text' },
    logLevel: 'silent',
    absWorkingDir: repoRoot,
  });
  meta = result.metafile;
}, 120_000);

/** The source modules that load with `entry` (a module some code imports dynamically, or an entry point). */
function staticallyLoaded(entry: string): string[] {
  const start = Object.keys(meta.outputs).find((o) => meta.outputs[o]!.entryPoint === entry);
  if (!start) throw new Error(`${entry} is no chunk of its own: nothing imports it dynamically`);
  const seen = new Set<string>();
  const walk = (out: string): void => {
    if (seen.has(out)) return;
    seen.add(out);
    for (const i of meta.outputs[out]!.imports) if (i.kind === 'import-statement' && !i.external) walk(i.path);
  };
  walk(start);
  return [...seen].flatMap((o) => Object.keys(meta.outputs[o]!.inputs));
}

const matching = (inputs: string[], re: RegExp): string[] => inputs.filter((i) => re.test(i));
const ANTHROPIC = /node_modules\/@anthropic-ai\/|^src\/engine\/(claude|dreams)\/|^src\/managed-agents\/api\.ts$/;
const CONFIG_READER = /node_modules\/ajv\/|^src\/config\/load\.ts$/;

describe('what each start loads', () => {
  it('the program (--version, --help, and every command before its own code) loads commander and the flags, no stage', () => {
    const inputs = [...staticallyLoaded('src/cli.ts'), ...staticallyLoaded('src/cli/start.ts'), ...staticallyLoaded('src/cli/program.ts')];
    expect(inputs).toContain('src/cli/run.ts');
    expect(matching(inputs, /node_modules\/commander\//).length).toBeGreaterThan(0);
    const stages =
      /^src\/(transcripts|signals|ledger|engine|edits|guards|publish|sync|pipeline|managed-agents)\/|node_modules\/(@anthropic-ai|@octokit|@actions|simple-git|ajv|yaml)\//;
    expect(matching(inputs, stages)).toEqual([]);
  });

  it('an offline `dream run` loads the pass and the offline engine, not the Anthropic engines, the SDK, the config reader or YAML', () => {
    const inputs = staticallyLoaded('src/cli/run-pass.ts');
    expect(inputs).toContain('src/pipeline/run.ts');
    expect(matching(inputs, /^src\/engine\/offline\//).length).toBeGreaterThan(0);
    expect(matching(inputs, ANTHROPIC)).toEqual([]);
    expect(matching(inputs, CONFIG_READER)).toEqual([]);
    // Only a pnpm workspace's manifest is YAML (signals/manifests.ts), and the parser is the largest module a pass would load.
    expect(matching(inputs, /node_modules\/yaml\//)).toEqual([]);
    expect(matching(inputs, /node_modules\/(@octokit|@actions)\//)).toEqual([]);
  });

  it('`dream why` and `dream sessions` load no engine', () => {
    for (const entry of ['src/cli/why-answer.ts', 'src/transcripts/index.ts', 'src/cli/sessions-threads.ts']) {
      const inputs = staticallyLoaded(entry);
      expect(inputs.length).toBeGreaterThan(3);
      expect(matching(inputs, /^src\/engine\/(offline|claude|dreams)\/|node_modules\/@anthropic-ai\//), entry).toEqual([]);
    }
    // Its thread count comes from the pass's rule (pipeline/mine-files.ts), which mines with offline helpers but no Anthropic code.
    expect(matching(staticallyLoaded('src/pipeline/mine-files.ts'), ANTHROPIC)).toEqual([]);
  });

  it("the Action's dream pass loads GitHub's client, not the Anthropic SDK (a sync pass's or a chosen engine's) or the config reader", () => {
    const inputs = [...staticallyLoaded('src/action/entry.ts'), ...staticallyLoaded('src/main.ts')];
    expect(matching(inputs, /node_modules\/@octokit\//).length).toBeGreaterThan(0);
    expect(matching(inputs, ANTHROPIC)).toEqual([]);
    expect(matching(inputs, CONFIG_READER)).toEqual([]);
    expect(staticallyLoaded('src/pipeline/sync-pass.ts')).toContain('src/managed-agents/api.ts');
    expect(matching(staticallyLoaded('src/engine/claude/index.ts'), /node_modules\/@anthropic-ai\/sdk\//).length).toBeGreaterThan(0);
  });

  it('the entry points load only the compile cache before it is on', () => {
    for (const entry of ['src/cli.ts', 'src/action/entry.ts']) {
      const ours = staticallyLoaded(entry).filter((i) => i.startsWith('src/'));
      expect(ours.sort()).toEqual([entry, 'src/cli/compile-cache.ts'].sort());
    }
  });
});
