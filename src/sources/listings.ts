/**
 * Directory listings one walk of a pass read, handed to a later walk of the same pass so it does not
 * list those directories again. `dream run` crawls the sessions globs first, then looks for memory
 * files (`**\/CLAUDE.md` ...) over the whole repository: where the transcripts sit in the repository,
 * that second walk listed every transcript directory again, a cost that grew with every transcript
 * ever dreamed, even in a pass with nothing new.
 *
 * Only what the later walk can use is kept (`keep`: its directories and the names it looks for), so a
 * pass over 100,000 transcripts holds a few entries per directory, not 100,000. Each listing is taken
 * once: a directory listed again later in the pass is listed from the disk.
 */
import { readdirSync, type Dirent } from 'node:fs';
import path from 'node:path';

export class DirListings {
  private readonly byDir = new Map<string, Dirent[]>();

  constructor(private readonly keep: (d: Dirent) => boolean) {}

  /** `dir` listed with file types, as readdirSync lists it; what `keep` keeps of it is remembered. */
  list(dir: string): Dirent[] {
    const entries = readdirSync(dir, { withFileTypes: true });
    this.byDir.set(path.resolve(dir), entries.filter(this.keep));
    return entries;
  }

  /** What `keep` kept of `dir`'s listing, once; undefined when it was not listed (or was taken already). */
  take(dir: string): Dirent[] | undefined {
    const key = path.resolve(dir);
    const entries = this.byDir.get(key);
    if (entries) this.byDir.delete(key);
    return entries;
  }
}
