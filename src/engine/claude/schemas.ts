/**
 * The three tools the roles answer through. The wire schemas stay within what strict tool use
 * accepts (types, enums, required, no extra properties); ajv then checks every answer again, since
 * an answer through tool_choice auto or a proxy is not guaranteed to follow the schema.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import type Anthropic from '@anthropic-ai/sdk';

const LESSON_KINDS = [
  'error_then_fix',
  'repeated_failure',
  'instruction',
  'memory_failure',
  'hook_block',
  'environment_feedback',
  'other',
] as const;
const EDIT_OPS = ['add', 'update', 'delete', 'merge', 'move'] as const;

interface EvidenceRef {
  session: string;
  file: string;
  line: number;
  quote: string;
}

export interface CandidateLesson {
  lesson: string;
  kind: (typeof LESSON_KINDS)[number];
  scope: { type: 'agent' | 'file'; value: string };
  evidence: EvidenceRef[];
  patternId?: string;
}

export interface DraftEdit {
  ref: string;
  op: (typeof EDIT_OPS)[number];
  file: string;
  section?: string[];
  entryId?: string;
  mergedEntryIds?: string[];
  toFile?: string;
  after?: string;
  rationale: string;
  evidence: EvidenceRef[];
  patternId?: string;
}

export interface Verdict {
  id: string;
  verdict: 'keep' | 'drop';
  reason: string;
}

const str = { type: 'string' } as const;
const evidenceWire = {
  type: 'array',
  items: {
    type: 'object',
    properties: { session: str, file: str, line: { type: 'integer' }, quote: str },
    required: ['session', 'file', 'line', 'quote'],
    additionalProperties: false,
  },
} as const;

const lessonsWire = {
  type: 'object',
  properties: {
    lessons: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          lesson: str,
          kind: { type: 'string', enum: [...LESSON_KINDS] },
          scope: {
            type: 'object',
            properties: { type: { type: 'string', enum: ['agent', 'file'] }, value: str },
            required: ['type', 'value'],
            additionalProperties: false,
          },
          evidence: evidenceWire,
          patternId: str,
        },
        required: ['lesson', 'kind', 'scope', 'evidence'],
        additionalProperties: false,
      },
    },
  },
  required: ['lessons'],
  additionalProperties: false,
} as const;

const editsWire = {
  type: 'object',
  properties: {
    edits: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          ref: str,
          op: { type: 'string', enum: [...EDIT_OPS] },
          file: str,
          section: { type: 'array', items: str },
          entryId: str,
          mergedEntryIds: { type: 'array', items: str },
          toFile: str,
          after: str,
          rationale: str,
          evidence: evidenceWire,
          patternId: str,
        },
        required: ['ref', 'op', 'file', 'rationale', 'evidence'],
        additionalProperties: false,
      },
    },
  },
  required: ['edits'],
  additionalProperties: false,
} as const;

const verdictsWire = {
  type: 'object',
  properties: {
    verdicts: {
      type: 'array',
      items: {
        type: 'object',
        properties: { id: str, verdict: { type: 'string', enum: ['keep', 'drop'] }, reason: str },
        required: ['id', 'verdict', 'reason'],
        additionalProperties: false,
      },
    },
  },
  required: ['verdicts'],
  additionalProperties: false,
} as const;

const tool = (name: string, description: string, schema: object): Anthropic.Messages.Tool => ({
  name,
  description,
  input_schema: schema as Anthropic.Messages.Tool.InputSchema,
  strict: true,
});

export const TOOLS = {
  analyst: tool('report_lessons', 'Report the candidate lessons found in this digest (an empty list when none).', lessonsWire),
  curator: tool('propose_edits', 'Propose memory edits (an empty list when memory should stay as it is).', editsWire),
  reviewer: tool('review_edits', 'Give a keep/drop verdict with a reason for every proposed edit.', verdictsWire),
} as const;

/** Deep copy of a wire schema with extra limits layered on for local validation. */
function tighten(schema: object, limits: (s: Record<string, unknown>) => void): object {
  const copy = structuredClone(schema) as Record<string, unknown>;
  limits(copy);
  return copy;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

function requireEvidence(ev: Json): void {
  ev.minItems = 1;
  ev.items.properties.line.minimum = 1;
  for (const k of ['session', 'file', 'quote']) ev.items.properties[k].minLength = 1;
}

/**
 * Validators for the three answers. They reject what cannot be used (wrong types, missing fields,
 * empty evidence) but not what is merely too much: over-long lists are trimmed by the caller and
 * over-long texts meet the verifier, so one excess item never costs a whole batch.
 */
export function makeValidators(): {
  analyst: ValidateFunction<{ lessons: CandidateLesson[] }>;
  curator: ValidateFunction<{ edits: DraftEdit[] }>;
  reviewer: ValidateFunction<{ verdicts: Verdict[] }>;
} {
  const ajv = new Ajv({ allErrors: false, strict: false });
  const lessons = tighten(lessonsWire, (s: Json) => {
    s.properties.lessons.items.properties.lesson.minLength = 1;
    requireEvidence(s.properties.lessons.items.properties.evidence);
  });
  const edits = tighten(editsWire, (s: Json) => {
    s.properties.edits.items.properties.rationale.minLength = 1;
    requireEvidence(s.properties.edits.items.properties.evidence);
  });
  return {
    analyst: ajv.compile<{ lessons: CandidateLesson[] }>(lessons),
    curator: ajv.compile<{ edits: DraftEdit[] }>(edits),
    reviewer: ajv.compile<{ verdicts: Verdict[] }>(verdictsWire),
  };
}

const MAX_LESSONS_PER_BATCH = 40;
const MAX_EVIDENCE_PER_ITEM = 12;

export function trimLessons(lessons: CandidateLesson[]): CandidateLesson[] {
  return lessons.slice(0, MAX_LESSONS_PER_BATCH).map((l) => ({ ...l, evidence: l.evidence.slice(0, MAX_EVIDENCE_PER_ITEM) }));
}

export function trimDrafts(drafts: DraftEdit[], maxEdits: number): DraftEdit[] {
  // Room for the verifier and reviewer to drop some and still fill maxEdits.
  return drafts.slice(0, maxEdits * 2).map((d) => ({ ...d, evidence: d.evidence.slice(0, MAX_EVIDENCE_PER_ITEM) }));
}
