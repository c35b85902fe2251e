/**
 * Efficacy: whether an adopted lesson changed what the agents do. Produced by src/ledger/efficacy.ts,
 * reported in `--report` JSON (`efficacy`), the PR body, the job summary and `dream efficacy`.
 */
import type { Evidence } from './evidence.js';

/**
 * worse: failures of a new kind, in the commands the entry names, right after adoption (reported first);
 * recurring: sessions keep hitting the episode although memory says it (the entry is strengthened);
 * held: the episode rate per 100 sessions in which the lesson could apply fell, over enough of them;
 * unobserved: no such session in the last N days (reported, never deleted for it); too-early: not
 * enough such sessions since.
 */
export type EfficacyVerdict = 'worse' | 'recurring' | 'held' | 'unobserved' | 'too-early';

interface EpisodeCount {
  /** Sessions of the lesson's agents in the window (the denominator). */
  sessions: number;
  /** Matching episodes (signals of the lesson's pattern) in those sessions. */
  episodes: number;
  /**
   * Those sessions in which the lesson's situation arose (the episode, or a command of a kind it is
   * about): the rate's denominator. Sessions about something else say nothing of a lesson.
   */
  exposed: number;
}

export interface LessonEfficacy {
  file: string;
  /** The entry's text as the base holds it. */
  entry: string;
  patternId: string;
  editId: string;
  adoptedAt: string;
  adoptedIn: string;
  before: EpisodeCount;
  after: EpisodeCount;
  verdict: EfficacyVerdict;
  /** One line a reviewer reads: the rates and what they mean. */
  why: string;
  /** Post-adoption episodes (recurring) or new failures (worse), bounded: the evidence. */
  evidence?: Evidence[];
  /** For a recurring command lesson: a deterministic guard a human may adopt (text only). */
  suggestion?: string;
}
