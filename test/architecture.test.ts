/**
 * The folder tree reads as the pipeline, and this test keeps it so: every value import runs forward
 * along the stages (type imports may point anywhere, they vanish at build), model/ imports nothing,
 * and each outside service is reached from one room only.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const src = path.join(root, 'src');

/** Rooms in pipeline order: a module may import values from its own room or an earlier one. */
const ORDER = [
  ['model'],
  ['secrets', 'log.ts'],
  ['config'],
  ['managed-agents'],
  ['sources'],
  ['transcripts'],
  ['memory'],
  ['signals'],
  ['ledger'],
  ['engine'],
  ['edits'],
  ['guards'],
  ['publish'],
  ['sync'],
  ['pipeline'],
  ['action', 'main.ts', 'cli', 'cli.ts'],
];
const rankOf = (rel: string): number => {
  const room = rel.split('/')[0]!;
  const i = ORDER.findIndex((rooms) => rooms.includes(room));
  if (i < 0) throw new Error(`src/${rel}: its room ${room} has no place in the stage order of test/architecture.test.ts`);
  return i;
};

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? walk(path.join(dir, e.name))
      : e.name.endsWith('.ts')
        ? [path.relative(src, path.join(dir, e.name)).split(path.sep).join('/')]
        : [],
  );
}

interface Import {
  spec: string;
  typeOnly: boolean;
  /** For relative imports: the imported module, relative to src/. */
  target?: string;
}

/** Static imports and re-exports, with whether they are type-only (`import type`, `export type`). */
function importsOf(rel: string): Import[] {
  const text = readFileSync(path.join(src, rel), 'utf8');
  const found: Import[] = [];
  for (const m of text.matchAll(/^(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm)) {
    const spec = m[3]!;
    const target = spec.startsWith('.')
      ? path.posix.normalize(path.posix.join(path.posix.dirname(rel), spec)).replace(/\.js$/, '.ts')
      : undefined;
    found.push({ spec, typeOnly: !!m[2], ...(target ? { target } : {}) });
  }
  for (const m of text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push({ spec: m[1]!, typeOnly: false });
  return found;
}

const files = walk(src);
const all = files.map((file) => ({ file, imports: importsOf(file) }));
const importers = (pkg: RegExp) =>
  all
    .filter((f) => f.imports.some((i) => pkg.test(i.spec)))
    .map((f) => f.file)
    .sort();

describe('the tree reads as the pipeline', () => {
  it('sees every module and its imports', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(importsOf('pipeline/run.ts').some((i) => i.target === 'engine/usage.ts' || i.target === 'pipeline/gate.ts')).toBe(true);
    expect(importsOf('model/index.ts').filter((i) => i.typeOnly).length).toBeGreaterThan(0);
  });

  it('no value import runs backwards along the stages', () => {
    const backwards = all.flatMap(({ file, imports }) =>
      imports.filter((i) => i.target && !i.typeOnly && rankOf(i.target) > rankOf(file)).map((i) => `${file} -> ${i.target}`),
    );
    expect(backwards).toEqual([]);
  });

  it('the check catches a backwards import', () => {
    // engine -> publish would run backwards: the rank comparison above must say so.
    expect(rankOf('publish/git.ts')).toBeGreaterThan(rankOf('engine/index.ts'));
    expect(rankOf('model/index.ts')).toBeLessThan(rankOf('transcripts/read.ts'));
  });

  it('model/ imports nothing outside itself', () => {
    const model = all.filter((f) => f.file.startsWith('model/'));
    expect(model.length).toBeGreaterThan(5);
    const outside = model.flatMap(({ file, imports }) =>
      imports.filter((i) => !i.target?.startsWith('model/')).map((i) => `${file} -> ${i.spec}`),
    );
    expect(outside).toEqual([]);
  });

  it('the engine reaches signals only through signals/index.ts', () => {
    const engine = all.filter((f) => f.file.startsWith('engine/'));
    const deep = engine.flatMap(({ file, imports }) =>
      imports
        .filter((i) => !i.typeOnly && i.target?.startsWith('signals/') && i.target !== 'signals/index.ts')
        .map((i) => `${file} -> ${i.target}`),
    );
    expect(engine.some((f) => f.imports.some((i) => i.target === 'signals/index.ts'))).toBe(true);
    expect(deep).toEqual([]);
  });
});

describe('each outside service is reached from one room', () => {
  it('@actions/core only in the Action entry', () => {
    const found = importers(/^@actions\/core$/);
    expect(found).toContain('action/runtime.ts');
    expect(found.filter((f) => f !== 'main.ts' && !f.startsWith('action/'))).toEqual([]);
  });

  it('Octokit only in publish, through @actions/github', () => {
    const found = importers(/^(@octokit\/|@actions\/github$)/);
    expect(found).toContain('publish/github.ts');
    // The Action entry reads the run's facts from @actions/github's context, in one module.
    expect(found.filter((f) => !f.startsWith('publish/'))).toEqual(['action/context.ts']);
  });

  it("@actions/github's client in publish, its context in the Action entry", () => {
    const named = (file: string) => {
      const text = readFileSync(path.join(src, file), 'utf8');
      return [...text.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+['"]@actions\/github['"]/g)].flatMap((m) =>
        m[1]!.split(',').map((s) => s.trim().replace(/^type\s+/, '')),
      );
    };
    expect(importers(/^@actions\/github$/).map((f) => [f, named(f)])).toEqual([
      ['action/context.ts', ['context']],
      ['publish/github.ts', ['getOctokit']],
    ]);
  });

  it('@anthropic-ai/sdk only in the engine and the Managed Agents adapter', () => {
    const found = importers(/^@anthropic-ai\//);
    expect(found).toContain('managed-agents/api.ts');
    expect(found.filter((f) => !f.startsWith('engine/') && !f.startsWith('managed-agents/'))).toEqual([]);
  });

  it('the Bedrock and Vertex SDKs (and the AWS and Google libraries) only where the provider client is built', () => {
    expect(importers(/^(@anthropic-ai\/(bedrock|vertex)-sdk|@aws-sdk\/|@smithy\/|google-auth-library)/)).toEqual(['engine/providers.ts']);
  });

  // Sources, sync and the adapter's own ports reach the API through the ports, never the SDK or api.ts.
  const throughPorts = [
    ...files.filter((f) => f.startsWith('sync/')),
    'sources/managed-sessions.ts',
    'managed-agents/ports.ts',
    'managed-agents/store.ts',
    'managed-agents/errors.ts',
  ];
  it.each(throughPorts)('%s reaches the API through the ports, not the SDK', (file) => {
    const found = importsOf(file).map((i) => i.spec);
    expect(found.filter((m) => m.startsWith('@anthropic-ai/') || m.endsWith('/api.js'))).toEqual([]);
  });
});
