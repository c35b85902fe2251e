// Bundles the Action (dist/index.js) and the CLI (dist/cli.js) into self-contained ESM files,
// so the Action runs without node_modules and check-dist can compare a rebuild byte for byte.
// The package is published with no runtime dependencies: everything the bundles need is inside
// them, so dist/THIRD_PARTY_NOTICES.md carries the licenses of every package they include.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { writeNotices } from './notices.mjs';

// `--outdir DIR`: the benches build the bundle that ships into a directory of their own (dist/ is
// committed and checked by check-dist, so nothing but `npm run build` may rewrite it).
const out = parseArgs({ options: { outdir: { type: 'string', default: 'dist' } } }).values.outdir;

const banner = {
  // Some CommonJS dependencies call require(); give the ESM bundle one.
  js: "import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);",
};

const common = {
  bundle: true,
  platform: 'node',
  // The Action runs on node24; the CLI supports Node >= 22 (package.json engines).
  target: 'node22',
  format: 'esm',
  sourcemap: false,
  // Licenses go to one notices file instead of being scattered through the bundle.
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
  banner,
  // Prompts are versioned markdown documents under src/; inline them as text.
  loader: { '.md': 'text' },
};

const action = await build({ ...common, entryPoints: ['src/main.ts'], outfile: path.join(out, 'index.js') });
// The CLI is split into chunks loaded on demand: `dream capture` runs in Claude Code's SessionEnd
// hook, whose time budget is short, and must not parse the engines and the GitHub client it never
// uses (src/cli.ts imports each program lazily). Old chunks go first, so none is left stale.
await rm(path.join(out, 'cli-chunks'), { recursive: true, force: true });
const cli = await build({
  ...common,
  entryPoints: ['src/cli.ts'],
  outdir: out,
  splitting: true,
  chunkNames: 'cli-chunks/[name]-[hash]',
  banner: { js: '#!/usr/bin/env node\n' + banner.js },
});
// The pass's read workers (src/pipeline/mine-files.ts spawns dist/read-worker.js beside the entry).
const worker = await build({ ...common, entryPoints: ['src/pipeline/read-worker.ts'], outfile: path.join(out, 'read-worker.js') });
// `dream sessions` reads on every core (src/cli/sessions-threads.ts spawns dist/sessions-worker.js beside the entry).
const sessionsWorker = await build({
  ...common,
  entryPoints: ['src/cli/sessions-worker.ts'],
  outfile: path.join(out, 'sessions-worker.js'),
});
await writeNotices([action.metafile, cli.metafile, worker.metafile, sessionsWorker.metafile], path.join(out, 'THIRD_PARTY_NOTICES.md'));
