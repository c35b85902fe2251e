/** Where transcripts come from: globs in the checkout and workflow artifacts. */
export { expandSessionGlobs, assertGlobInsideRepo, GlobError, TRANSCRIPT_EXTENSIONS } from './globs.js';
export { extractZipSafely, unsafeEntryName, defaultZipLimits } from './zip.js';
export type { ZipLimits, ExtractResult } from './zip.js';
export { collectArtifactTranscripts, artifactNameMatcher, artifactDirName } from './artifacts.js';
export type { ArtifactInfo, ArtifactStore, CollectArtifactOptions } from './artifacts.js';
