/**
 * The role prompts, kept as versioned markdown documents in ./prompts so they can be read and
 * reviewed as prose. How they are loaded depends on how this module runs:
 * - from source (tsx, vitest: this file's URL ends in .ts) they are read from disk beside it;
 * - in the esbuild bundle, the `require('./prompts/x.md')` calls below are resolved at build time
 *   by the `.md: text` loader and the documents are inlined, so dist/ needs no prompt files.
 * Plain `import x from './x.md'` would be neater but tsx cannot load it, hence the two paths.
 */
import { readFileSync } from 'node:fs';

export type PromptName = 'system' | 'analyst' | 'curator' | 'reviewer';

/* eslint-disable @typescript-eslint/no-require-imports -- esbuild inlines these at build time; see above. */
function fromBundle(name: PromptName): string | undefined {
  // Literal paths so esbuild can see and inline each document.
  switch (name) {
    case 'system':
      return require('./prompts/system.md') as string;
    case 'analyst':
      return require('./prompts/analyst.md') as string;
    case 'curator':
      return require('./prompts/curator.md') as string;
    case 'reviewer':
      return require('./prompts/reviewer.md') as string;
  }
}
/* eslint-enable @typescript-eslint/no-require-imports */

function fromDisk(name: PromptName): string {
  return readFileSync(new URL(`./prompts/${name}.md`, import.meta.url), 'utf8');
}

const cache = new Map<PromptName, string>();

export function loadPrompt(name: PromptName): string {
  const hit = cache.get(name);
  if (hit !== undefined) return hit;
  let text: string | undefined;
  if (!import.meta.url.endsWith('.ts')) {
    try {
      const mod = fromBundle(name) as unknown;
      text = typeof mod === 'string' ? mod : (mod as { default?: string } | undefined)?.default;
    } catch {
      // Compiled but unbundled output has no text loader: fall back to the file beside it.
    }
  }
  text ??= fromDisk(name);
  cache.set(name, text);
  return text;
}

/** The version line every prompt document starts with, e.g. "analyst · version 1". */
export function promptVersion(name: PromptName): string {
  const m = /<!--\s*prompt:\s*([^>]*?)\s*-->/.exec(loadPrompt(name));
  return m?.[1] ?? `${name} · unversioned`;
}
