/**
 * What a hosted dream read, read by the pass before the guards judge its edits. Its sessions live in the Managed
 * Agents API and the engine fetched them as transcripts (DreamResult.sessionFiles): each is read once, streamed,
 * like any transcript the pass reads (redacted at ingest, `app-user` trust by its format). What its user typed and
 * its calls ran vouches for the commands an edit names (provenance), and each sentence an edit writes gets the
 * quote of them it rests on, cited beside the dream (guards/grounding-quotes.ts), so the same grounding, evidence
 * and trust guards judge a hosted dream's edits as the claude engine's.
 */
import type { Edit, Logger, MemoryFile } from '../model/index.js';
import type { ProvenanceIndex } from '../guards/index.js';
import { GroundingQuotes } from '../guards/grounding-quotes.js';
import { readTranscriptFile } from '../transcripts/index.js';

export interface HostedSessions {
  /** Absolute paths of the fetched transcripts; each is also the display path its evidence cites. */
  files: readonly string[];
  memory: readonly MemoryFile[];
  provenance: ProvenanceIndex;
  logger: Logger;
}

/** The edits with the quotes their sentences rest on, and the transcripts the evidence index may read. */
export async function readHostedSessions(edits: readonly Edit[], opts: HostedSessions): Promise<{ edits: Edit[]; files: Set<string> }> {
  const quotes = new GroundingQuotes(edits, opts.memory);
  for (const file of opts.files)
    for await (const session of readTranscriptFile(file, { displayPath: file, logger: opts.logger })) {
      opts.provenance.observe(session);
      quotes.observe(session);
    }
  return { edits: quotes.edits(edits), files: new Set(opts.files) };
}
