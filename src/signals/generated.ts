/**
 * Paths that look like generated or build output. Such a folder is usually absent from a checkout
 * because it is built or ignored, not because it is gone, so its absence proves nothing.
 */

/** Folder names of build output, generated code, dependencies and caches across ecosystems. */
const OUTPUT_DIRS = new Set([
  'gen',
  'generated',
  '__generated__',
  'codegen',
  'autogen',
  'dist',
  'build',
  'builds',
  'target',
  'out',
  'output',
  'bin',
  'obj',
  'lib-cov',
  'coverage',
  'htmlcov',
  'node_modules',
  'bower_components',
  'jspm_packages',
  'vendor',
  'third_party',
  '__pycache__',
  '.pytest_cache',
  '.mypy_cache',
  '.ruff_cache',
  '.tox',
  '.nox',
  '.venv',
  'venv',
  '.next',
  '.nuxt',
  '.svelte-kit',
  '.astro',
  '.output',
  '.vercel',
  '.turbo',
  '.parcel-cache',
  '.cache',
  '.gradle',
  '.dart_tool',
  '_build',
  'deps',
  'tmp',
  'temp',
  'storybook-static',
  '_site',
]);

/** Name parts that say "generated": `*.pb.go`, `*_pb2.py`, `api.generated.ts`, `schema.gen.ts`, `*.g.dart`. */
const GENERATED_NAME = /(?:^|[._-])(?:gen|generated|autogen|codegen|pb2?|pb2_grpc|grpc|g|min|bundle)(?:[._-]|$)/i;

export function looksGenerated(relPath: string): boolean {
  const parts = relPath.replace(/\/+$/, '').split('/').filter(Boolean);
  if (parts.some((p) => OUTPUT_DIRS.has(p.toLowerCase()) || /generated|^gen[-_]|[-_]gen$/i.test(p))) return true;
  const name = parts[parts.length - 1] ?? '';
  const stem = name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : '';
  return stem !== '' && GENERATED_NAME.test(stem);
}
