/** The memory model's public surface: discover, parse, apply, diff. */
export { discoverMemoryFiles, DEFAULT_MEMORY_GLOBS, type DiscoverOptions } from './discover.js';
export { parseMemoryFile, parseEntries, entryId, importTarget } from './parse.js';
export { applyEdits, type ApplyOptions, type ApplyResult } from './apply.js';
export { unifiedDiff } from './diff.js';
export { normaliseEntryText, stripMarker } from './normalise.js';
export { isPersonalMemory, kindForPath, readByForPath } from './kinds.js';
