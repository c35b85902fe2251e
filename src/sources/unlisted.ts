/**
 * Directories a sessions crawl could not list. The crawl passes over them (one locked folder must not
 * stop a pass over the rest), but not silently: every transcript under such a folder is missing from
 * the pass, so each is named once with the reason. A folder that does not exist is no news (a default
 * glob's base often does not), so only other errors are noted.
 */
import type { Logger } from '../model/index.js';

/** Past this many, the rest are counted: a pass over a tree of locked folders still warns a few lines. */
const MAX_NAMED = 20;

export class UnlistedDirs {
  private readonly named: { dir: string; reason: string }[] = [];
  private more = 0;

  /** Notes why `dir` could not be listed, when that is news (see above). */
  note(dir: string, err: unknown): void {
    const code = (err as NodeJS.ErrnoException | undefined)?.code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return;
    if (this.named.some((n) => n.dir === dir)) return;
    if (this.named.length >= MAX_NAMED) this.more++;
    else this.named.push({ dir, reason: code ?? (err as Error | undefined)?.message ?? String(err) });
  }

  /** Warns naming each folder (as `display` shows it); the crawl has already passed over them. */
  warn(logger: Logger, display: (dir: string) => string = (d) => d): void {
    for (const { dir, reason } of this.named) {
      const shown = display(dir) || '.';
      logger.warning(`cannot list ${shown} (${reason}): transcripts under it were not read`, { file: shown });
    }
    if (this.more > 0) logger.warning(`${this.more} more folders could not be listed: transcripts under them were not read`);
  }
}
