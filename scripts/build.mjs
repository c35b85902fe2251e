// Bundles the Action (dist/index.js) and the CLI (dist/cli.js) into self-contained ESM files,
// so the Action runs without node_modules and check-dist can compare a rebuild byte for byte.
// The package is published with no runtime dependencies: everything the bundles need is inside
// them, so dist/THIRD_PARTY_NOTICES.md carries the licenses of every package they include.
import { rm } from 'node:fs/promises';
import { build } from 'esbuild';
import { writeNotices } from './notices.mjs';
import { bundleOptions } from './bundle-options.mjs';

const action = await build({ ...bundleOptions, entryPoints: ['src/main.ts'], outfile: 'dist/index.js' });
// The CLI is split into chunks loaded on demand: `dream capture` runs in Claude Code's SessionEnd
// hook, whose time budget is short, and must not parse the engines and the GitHub client it never
// uses (src/cli.ts imports each program lazily). Old chunks go first, so none is left stale.
await rm('dist/cli-chunks', { recursive: true, force: true });
const cli = await build({
  ...bundleOptions,
  entryPoints: ['src/cli.ts'],
  outdir: 'dist',
  splitting: true,
  chunkNames: 'cli-chunks/[name]-[hash]',
  banner: { js: '#!/usr/bin/env node\n' + bundleOptions.banner.js },
});
// The pass's read workers (src/pipeline/mine-files.ts spawns dist/read-worker.js beside the entry).
const worker = await build({ ...bundleOptions, entryPoints: ['src/pipeline/read-worker.ts'], outfile: 'dist/read-worker.js' });
await writeNotices([action.metafile, cli.metafile, worker.metafile], 'dist/THIRD_PARTY_NOTICES.md');
