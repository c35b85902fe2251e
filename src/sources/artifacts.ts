/**
 * Transcripts that arrive as workflow artifacts (claude-code-action's execution file, uploaded
 * by a previous run). The GitHub side lives behind ArtifactStore (implemented in src/publish),
 * so this stage never talks to GitHub itself.
 */
import path from 'node:path';
import type { Logger, ReadIssue } from '../model/index.js';
import { extractZipSafely } from './zip.js';
import { globMatcher } from './glob.js';

export interface ArtifactInfo {
  id: number;
  name: string;
  sizeInBytes: number;
  /** ISO-8601. */
  createdAt: string;
  runId?: number;
  /** The workflow run's repository and head repository: they differ for a fork's pull request. */
  repositoryId?: number;
  headRepositoryId?: number;
  expired?: boolean;
}

/** The port the GitHub implementation (src/publish/github.ts) fills. */
export interface ArtifactStore {
  /** May pre-filter by name and age; the caller filters again either way. */
  listArtifacts(opts: { namePattern: string; since: Date }): Promise<ArtifactInfo[]>;
  downloadArtifactZip(id: number): Promise<Buffer>;
}

export interface CollectArtifactOptions {
  /** Glob of artifact names: `*` and `?` wildcards, `{a,b}` alternatives, `,` between patterns. */
  namePattern: string;
  lookbackDays: number;
  destDir: string;
  /** Cap on one artifact's zip, as listed and as downloaded. */
  maxArtifactBytes: number;
  /** Cap on all downloaded zips together, and separately on everything inflated together. */
  maxTotalBytes: number;
  /** Cap on the entries of one artifact's zip. Default 10,000. */
  maxEntries?: number;
  logger: Logger;
  /** For tests: the clock the lookback counts from. */
  now?: Date;
  /**
   * Accept artifacts of workflow runs whose head repository is a fork. Off by default: a fork's pull
   * request runs the workflow with the fork's code, which can upload any transcript it likes.
   */
  allowForks?: boolean;
}

/** Why an artifact's run may not be trusted as this repository's, or undefined. */
export function forkReason(info: ArtifactInfo): string | undefined {
  if (info.repositoryId === undefined || info.headRepositoryId === undefined)
    return 'its workflow run does not say which repository it ran for (set allow-fork-artifacts to accept it)';
  if (info.headRepositoryId !== info.repositoryId)
    return `its workflow run ${info.runId ?? '?'} came from a fork (head repository ${info.headRepositoryId}, not ${info.repositoryId}); set allow-fork-artifacts to accept it`;
  return undefined;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Splits on top-level commas so `a-*,b` is two patterns but `{a,b}-*` is one. */
function splitPatterns(pattern: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of pattern) {
    if (ch === '{') depth++;
    if (ch === '}' && depth > 0) depth--;
    if (ch === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/** Compiles an artifact-name glob into a predicate over whole names. */
export function artifactNameMatcher(pattern: string): (name: string) => boolean {
  return globMatcher(splitPatterns(pattern));
}

/** A directory name that is safe and still recognisable: artifact names are free text. */
export function artifactDirName(info: Pick<ArtifactInfo, 'id' | 'name'>): string {
  const safe = info.name
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^\.+/, '_')
    .slice(0, 100);
  return `${info.id}-${safe}`;
}

/**
 * Lists recent artifacts whose names match, downloads each zip and extracts it safely into
 * destDir/<id>-<name>/. Returns every extracted file (absolute paths, in artifact order, newest
 * first) for the readers to sniff, and an issue for each artifact or entry that was skipped.
 */
export async function collectArtifactTranscripts(
  store: ArtifactStore,
  opts: CollectArtifactOptions,
): Promise<{ files: string[]; issues: ReadIssue[]; runs: Record<string, number> }> {
  const { logger } = opts;
  const now = opts.now ?? new Date();
  const since = new Date(now.getTime() - opts.lookbackDays * DAY_MS);
  const matches = artifactNameMatcher(opts.namePattern);
  const files: string[] = [];
  const issues: ReadIssue[] = [];
  /** The workflow run of each extracted artifact, by its folder under destDir: evidence links to it. */
  const runs: Record<string, number> = {};
  const skip = (info: ArtifactInfo, reason: string) => {
    const file = `artifact ${info.id} (${info.name})`;
    issues.push({ file, reason });
    logger.warning(`skipping ${file}: ${reason}`);
  };

  const listed = await store.listArtifacts({ namePattern: opts.namePattern, since });
  const seen = new Set<number>();
  const candidates = listed
    .filter((a) => {
      if (seen.has(a.id)) return false;
      seen.add(a.id);
      const created = Date.parse(a.createdAt);
      return matches(a.name) && !Number.isNaN(created) && created >= since.getTime();
    })
    // Newest first, so the total cap keeps the most recent work when it bites.
    .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.id - a.id);
  logger.debug(`artifacts: ${listed.length} listed, ${candidates.length} match "${opts.namePattern}" since ${since.toISOString()}`);
  if (candidates.length === 0) {
    // A name that matches nothing is almost always a typo or the other convention: show what exists.
    const names = [...new Set(listed.map((a) => a.name))];
    const shown = names
      .slice(0, 20)
      .map((n) => `"${n}"`)
      .join(', ');
    const more = names.length > 20 ? ` and ${names.length - 20} more` : '';
    logger.warning(
      `artifact-name "${opts.namePattern}" matched no artifact of the last ${opts.lookbackDays} day(s); ` +
        (names.length ? `names seen: ${shown}${more}` : 'the repository has no artifacts in that time'),
    );
  }

  let downloaded = 0;
  let inflated = 0;
  for (const info of candidates) {
    if (info.expired) {
      skip(info, 'it has expired');
      continue;
    }
    const fork = opts.allowForks ? undefined : forkReason(info);
    if (fork) {
      skip(info, fork);
      continue;
    }
    if (info.sizeInBytes > opts.maxArtifactBytes) {
      skip(info, `its ${info.sizeInBytes} bytes exceed the ${opts.maxArtifactBytes}-byte artifact cap`);
      continue;
    }
    if (downloaded + info.sizeInBytes > opts.maxTotalBytes) {
      skip(info, `downloading it would pass the ${opts.maxTotalBytes}-byte total cap`);
      continue;
    }
    let zip: Buffer;
    try {
      zip = await store.downloadArtifactZip(info.id);
    } catch (err) {
      skip(info, `download failed: ${(err as Error).message}`);
      continue;
    }
    // The listing is only a claim; the bytes received are what count.
    if (zip.length > opts.maxArtifactBytes || downloaded + zip.length > opts.maxTotalBytes) {
      skip(info, `its download of ${zip.length} bytes passes the size caps`);
      continue;
    }
    downloaded += zip.length;
    const left = opts.maxTotalBytes - inflated;
    if (left <= 0) {
      skip(info, `the ${opts.maxTotalBytes}-byte cap on extracted bytes is used up`);
      continue;
    }
    const dest = path.join(opts.destDir, artifactDirName(info));
    try {
      const result = await extractZipSafely(zip, dest, {
        label: `artifact ${info.id} (${info.name})`,
        limits: {
          maxEntries: opts.maxEntries ?? 10_000,
          // Transcripts compress tenfold, so inflation is bounded by the total, not the zip cap.
          maxEntryBytes: left,
          maxTotalBytes: left,
        },
      });
      inflated += result.bytes;
      files.push(...result.files);
      if (info.runId !== undefined) runs[artifactDirName(info)] = info.runId;
      for (const issue of result.issues) {
        issues.push(issue);
        logger.warning(`${issue.file}: ${issue.reason}`);
      }
      logger.debug(`artifact ${info.id} (${info.name}): ${result.files.length} files extracted`);
    } catch (err) {
      skip(info, `its zip could not be read: ${(err as Error).message}`);
    }
  }
  return { files, issues, runs };
}
