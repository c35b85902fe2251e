/**
 * Transcripts that do not sit in the checkout: workflow artifacts and Managed Agents sessions, both
 * written to a temporary directory of the runner and read like any other transcript file.
 */
import { mkdtemp } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../model/index.js';
import type { Settings } from '../config/settings.js';
import { collectArtifactTranscripts, type ArtifactStore } from '../sources/artifacts.js';
import { fetchManagedSessions } from '../sources/managed-sessions.js';
import { lastDreamTime } from '../ledger/index.js';

const MAX_ARTIFACT_BYTES = 256 * 1024 * 1024;
const MAX_ARTIFACT_TOTAL_BYTES = 1024 * 1024 * 1024;
/** At most this many Managed Agents sessions are fetched as transcripts in one pass. */
const MAX_MANAGED_SESSIONS = 1_000;

export interface CollectedTranscripts {
  /** Absolute paths. */
  files: string[];
  /** Where artifacts were extracted and Managed Agents sessions fetched: the PR body names evidence there. */
  artifactRoot?: string;
  /** The workflow run of each extracted artifact, by its folder under artifactRoot. */
  artifactRuns?: Record<string, number>;
  managedSessionsRoot?: string;
}

export async function collectTranscripts(p: {
  settings: Settings;
  artifacts?: { name: string; lookbackDays: number; allowForks?: boolean; store: ArtifactStore };
  anthropic: { apiKey?: string; baseURL?: string };
  tempDir: string;
  /** The ledger the pass starts from: Managed Agents sessions are listed from its last dream on. */
  ledgerText: string | null;
  logger: Logger;
  now?: () => Date;
}): Promise<CollectedTranscripts> {
  const out: CollectedTranscripts = { files: [] };
  if (p.artifacts) {
    const destDir = await mkdtemp(path.join(p.tempDir, 'dream-artifacts-'));
    out.artifactRoot = destDir;
    const collected = await collectArtifactTranscripts(p.artifacts.store, {
      namePattern: p.artifacts.name,
      lookbackDays: p.artifacts.lookbackDays,
      destDir,
      maxArtifactBytes: MAX_ARTIFACT_BYTES,
      maxTotalBytes: MAX_ARTIFACT_TOTAL_BYTES,
      logger: p.logger,
      allowForks: p.artifacts.allowForks ?? false,
      ...(p.now ? { now: p.now() } : {}),
    });
    out.artifactRuns = collected.runs;
    out.files.push(...collected.files);
    p.logger.info(`artifacts: ${collected.files.length} file(s) extracted, ${collected.issues.length} skipped`);
  }
  if (p.settings.managedSessions !== false) {
    const fetched = await fetchManagedTranscripts(p);
    out.files.push(...fetched.files);
    if (fetched.destDir) out.managedSessionsRoot = fetched.destDir;
  }
  return out;
}

/** `managed-sessions`: Managed Agents sessions fetched into a temp dir, read like any transcript. */
async function fetchManagedTranscripts(p: {
  settings: Settings;
  anthropic: { apiKey?: string; baseURL?: string };
  tempDir: string;
  ledgerText: string | null;
  logger: Logger;
}): Promise<{ files: string[]; destDir?: string }> {
  const { settings, logger } = p;
  if (settings.engine === 'anthropic-dreams') {
    logger.warning(
      'managed-sessions is ignored with engine anthropic-dreams, which reads Managed Agents sessions itself (anthropic-session-ids)',
    );
    return { files: [] };
  }
  if (!p.anthropic.apiKey)
    throw new Error(
      'managed-sessions needs anthropic-api-key: the sessions are read from the Managed Agents API; set the `anthropic-api-key` input from a secret',
    );
  const destDir = await mkdtemp(path.join(p.tempDir, 'dream-managed-sessions-'));
  // The Managed Agents client (and the Anthropic SDK under it) only for a pass that reads those sessions.
  const { managedAgentsPorts } = await import('../managed-agents/api.js');
  const { sessions } = managedAgentsPorts({ apiKey: p.anthropic.apiKey, baseURL: p.anthropic.baseURL });
  const ids = Array.isArray(settings.managedSessions) ? settings.managedSessions : undefined;
  const since = ids ? undefined : await lastDreamTime(settings.repoDir, settings.ledgerPath, p.ledgerText);
  const files = await fetchManagedSessions(sessions, { sessionIds: ids, since, destDir, maxSessions: MAX_MANAGED_SESSIONS });
  logger.info(`managed sessions: ${files.length} fetched${since ? ` (created after ${since})` : ''}`);
  return { files, destDir };
}
