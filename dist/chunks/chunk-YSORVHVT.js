import { createRequire as __dreamCreateRequire } from 'node:module'; const require = __dreamCreateRequire(import.meta.url);

// src/cli/version.ts
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
var PACKAGE_NAME = "agent-dreaming";
var MAX_LEVELS = 6;
function packageVersion(moduleUrl = import.meta.url) {
  let dir = path.dirname(fileURLToPath(moduleUrl));
  for (let i = 0; i < MAX_LEVELS; i++) {
    const manifest = readManifest(path.join(dir, "package.json"));
    if (manifest?.name === PACKAGE_NAME && typeof manifest.version === "string") return manifest.version;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error(`cannot find the package.json of ${PACKAGE_NAME} above ${fileURLToPath(moduleUrl)}`);
}
function readManifest(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return void 0;
  }
}

export {
  packageVersion
};
