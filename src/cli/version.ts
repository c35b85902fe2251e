/**
 * The version `dream --version` prints: the `version` of agent-dreaming's own package.json.
 * The same code runs from src/cli/ (tsx), from dist/cli.js (the bundle) and from
 * node_modules/agent-dreaming/dist/cli.js (installed), so the file is found by walking up from
 * this module's location rather than by a fixed relative path.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_NAME = 'agent-dreaming';
/** src/cli -> src -> root is the deepest case; a few more levels cost nothing. */
const MAX_LEVELS = 6;

export function packageVersion(moduleUrl: string = import.meta.url): string {
  let dir = path.dirname(fileURLToPath(moduleUrl));
  for (let i = 0; i < MAX_LEVELS; i++) {
    const manifest = readManifest(path.join(dir, 'package.json'));
    if (manifest?.name === PACKAGE_NAME && typeof manifest.version === 'string') return manifest.version;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error(`cannot find the package.json of ${PACKAGE_NAME} above ${fileURLToPath(moduleUrl)}`);
}

function readManifest(file: string): { name?: unknown; version?: unknown } | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown; version?: unknown };
  } catch {
    return undefined;
  }
}
