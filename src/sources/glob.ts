/**
 * The one glob matcher (picomatch, the engine under tinyglobby): memory globs for files a move would
 * create (they do not exist yet, so tinyglobby, which walks the disk, cannot answer), sync's memory
 * paths and workflow artifact names all match the way the globs that find files on disk do.
 */
import picomatch from 'picomatch';

/** Dot directories (`.claude/`) are ordinary here: memory lives in them. */
const OPTIONS: picomatch.PicomatchOptions = { dot: true };

export const globMatcher = (globs: readonly string[]): ((path: string) => boolean) => {
  const cleaned = globs.map((g) => g.replace(/^\.\//, '')).filter((g) => g !== '');
  return cleaned.length ? picomatch(cleaned, OPTIONS) : () => false;
};

export const matchesAnyGlob = (path: string, globs: readonly string[]): boolean => globMatcher(globs)(path);
