// The esbuild options every bundle of the sources shares: dist/ (scripts/build.mjs) and the benches
// that measure what ships (bench/incremental.bench.ts), so both run the same code the same way.

const banner = {
  // Some CommonJS dependencies call require(); give the ESM bundle one.
  js: "import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);",
};

export const bundleOptions = {
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
