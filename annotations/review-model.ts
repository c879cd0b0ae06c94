/**
 * What a team review's record keeps under its `review` key: every analyst's
 * answer for every field of every claim, in structured form, so nothing an
 * analyst entered is lost in the merge; which claims some analysts lack, whose
 * boundaries differ, which could not be placed; and each decision with who took
 * it and when. Plain zod objects, so any file format can carry them.
 */
import { z } from 'zod';
import { AttributionKind, ClaimStatus, Confidence, Span } from './model.ts';

// model.ts imports this module for its `review` key; reading its schemas lazily keeps either import order working.
const kind = z.lazy(() => AttributionKind);
const status = z.lazy(() => ClaimStatus);
const confidence = z.lazy(() => Confidence);
const span = z.lazy(() => Span);

/** The fields a team settles; note and evidence are gathered from everyone, never disputed. */
export const DECIDED_FIELDS = ['attribution', 'source', 'via', 'confidence', 'verdict'] as const;
export const DecidedField = z.enum(DECIDED_FIELDS);
export type DecidedField = z.infer<typeof DecidedField>;

/** One analyst's claim as they left it. */
export const ReviewAnswer = z.object({
  claimId: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  status,
  attribution: kind.nullable(),
  source: span.nullable(),
  via: span.nullable(),
  confidence: confidence.nullable(),
  verdict: z.string().nullable(),
  note: z.string(),
  evidence: z.array(z.string()),
});
export type ReviewAnswer = z.infer<typeof ReviewAnswer>;

export const ReviewDecision = z.object({
  field: DecidedField,
  /** The analyst whose answer was taken, by position; null for a value typed in the record, or the merge rule's. */
  from: z.number().int().nonnegative().nullable(),
  /** Who decided: a person, or "merge rule". */
  by: z.string(),
  at: z.string(),
});
export type ReviewDecision = z.infer<typeof ReviewDecision>;

/** One claim of the record and what each analyst said about it. */
export const ReviewItem = z.object({
  /** The record's claim this item belongs to. */
  claimId: z.string(),
  /** Per analyst, in the order of `analysts`: their aligned claim, or null where they have none. */
  answers: z.array(ReviewAnswer.nullable()),
  /** Fields still open: analysts differ and nobody has decided. */
  open: z.array(DecidedField),
  decisions: z.array(ReviewDecision),
});
export type ReviewItem = z.infer<typeof ReviewItem>;

/** An analyst's claim kept beside the record rather than in it: orphaned, not placeable, or a second claim within one statement. */
export const SetAsideClaim = z.object({
  analyst: z.number().int().nonnegative(),
  reason: z.enum(['orphaned', 'not re-anchored', 'boundary']),
  /** For a boundary difference: the record's claim it overlaps. */
  claimId: z.string().nullable(),
  answer: ReviewAnswer.extend({ text: z.string() }),
});
export type SetAsideClaim = z.infer<typeof SetAsideClaim>;

export const MergeRule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }),
  z.object({ kind: z.literal('majority') }),
  z.object({ kind: z.literal('atLeast'), analysts: z.number().int().min(1) }),
]);
export type MergeRule = z.infer<typeof MergeRule>;

export const FieldAgreementSummary = z.object({
  field: z.string(),
  level: z.string().optional(),
  alpha: z.number().nullable(),
  percent: z.number().nullable(),
});

export const ReviewRecord = z.object({
  analysts: z.array(z.string()).min(2),
  agreement: z.array(FieldAgreementSummary),
  rule: MergeRule.optional(),
  /** Claims each analyst decided (tagged or reviewed), in the order of `analysts`. */
  decided: z.array(z.number().int().nonnegative()).optional(),
  /** Share of statements every analyst drew with the same boundaries. */
  boundaryAgreement: z.number().nullable().optional(),
  items: z.array(ReviewItem).optional(),
  setAside: z.array(SetAsideClaim).optional(),
});
export type ReviewRecord = z.infer<typeof ReviewRecord>;
