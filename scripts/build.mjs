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

// One build for the entry points, split into chunks that load on demand (dist/chunks/): the Action
// (dist/index.js), the CLI (dist/cli.js), the pass's read workers (dist/read-worker.js) and `dream
// sessions`' workers (dist/sessions-worker.js), the workers spawned beside the entry (pipeline/bundled-worker.ts). Each entry is small and imports the rest
// once it has turned Node's compile cache on; a command or a pass compiles only the code it reaches
// (an offline pass never parses the Anthropic SDK, `dream capture` in Claude Code's SessionEnd hook
// never parses the engines), and code the entries share is shipped once. Old chunks go first, so
// none is left stale; cli-chunks/ is where the CLI's chunks were before.
await Promise.all(['chunks', 'cli-chunks'].map((dir) => rm(path.join(out, dir), { recursive: true, force: true })));
const bundle = await build({
  ...common,
  entryPoints: {
    index: 'src/action/entry.ts',
    cli: 'src/cli.ts',
    'read-worker': 'src/pipeline/read-worker.ts',
    'sessions-worker': 'src/cli/sessions-worker.ts',
  },
  outdir: out,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
});
await writeNotices([bundle.metafile], path.join(out, 'THIRD_PARTY_NOTICES.md'));
