// Bundles the Action (dist/index.js) and the CLI (dist/cli.js) into self-contained ESM files,
// so the Action runs without node_modules and check-dist can compare a rebuild byte for byte.
import { build } from 'esbuild';

const banner = {
  // Some CommonJS dependencies call require(); give the ESM bundle one.
  js: "import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);",
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  banner,
  // Prompts are versioned markdown documents under src/; inline them as text.
  loader: { '.md': 'text' },
};

await build({ ...common, entryPoints: ['src/main.ts'], outfile: 'dist/index.js' });
await build({
  ...common,
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/cli.js',
  banner: { js: '#!/usr/bin/env node\n' + banner.js },
});
// The pass's read workers (src/pipeline/mine-files.ts spawns dist/read-worker.js beside the entry).
await build({ ...common, entryPoints: ['src/pipeline/read-worker.ts'], outfile: 'dist/read-worker.js' });
