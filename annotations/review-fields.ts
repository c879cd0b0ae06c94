/**
 * The fields a team review measures and settles, each at its level of
 * measurement: attribution and verdict nominal, confidence ordinal (low <
 * medium < high), the source and via phrases nominal by their words.
 */
import type { Level } from './agreement/levels.ts';
import type { Claim } from './model.ts';
import type { DecidedField, ReviewAnswer } from './review-model.ts';
import { ATTRIBUTION_ORDER, attributionLabel, CONFIDENCE_ORDER, confidenceLabel, DEFAULT_VERDICTS } from './taxonomy.ts';

export interface ReviewFieldInfo {
  field: DecidedField;
  label: string;
  level: Level;
  /** The value agreement is measured on; null is no value. */
  measured(answer: ReviewAnswer): string | null;
  /** The value the merge compares: equal keys are the same answer. */
  key(answer: ReviewAnswer): string;
  /** The answer for people to read. */
  show(answer: ReviewAnswer): string;
  /** The scale's values in order, before any others seen. */
  scale: readonly string[];
}

const phrase = (span: ReviewAnswer['source']) => (span ? `“${span.text}”` : 'none');

export const REVIEW_FIELDS: readonly ReviewFieldInfo[] = [
  {
    field: 'attribution',
    label: 'Attribution',
    level: 'nominal',
    measured: (a) => a.attribution,
    key: (a) => a.attribution ?? '',
    show: (a) => attributionLabel(a.attribution),
    scale: ATTRIBUTION_ORDER,
  },
  // No source is an answer too ("" on the scale): an analyst who names none differs from one who names someone.
  { field: 'source', label: 'Source', level: 'nominal', measured: (a) => a.source?.text ?? '', key: (a) => a.source?.text ?? '', show: (a) => phrase(a.source), scale: [''] },
  { field: 'via', label: 'Via', level: 'nominal', measured: (a) => a.via?.text ?? '', key: (a) => a.via?.text ?? '', show: (a) => phrase(a.via), scale: [''] },
  {
    field: 'confidence',
    label: 'Confidence',
    level: 'ordinal',
    measured: (a) => a.confidence,
    key: (a) => a.confidence ?? '',
    show: (a) => confidenceLabel(a.confidence),
    scale: CONFIDENCE_ORDER,
  },
  { field: 'verdict', label: 'Verdict', level: 'nominal', measured: (a) => a.verdict, key: (a) => a.verdict ?? '', show: (a) => a.verdict ?? 'Not set', scale: DEFAULT_VERDICTS },
];

export function fieldInfo(field: DecidedField): ReviewFieldInfo {
  return REVIEW_FIELDS.find((f) => f.field === field)!;
}

/** Only what an analyst decided counts: an untouched suggestion is no answer. */
export const isDecided = (answer: ReviewAnswer | null): answer is ReviewAnswer => answer !== null && answer.status !== 'suggested';

/**
 * Whether the analysts who decided a claim gave different answers for a field.
 * No value is an answer too: one analyst's via against another's none is a
 * dispute. The review report lists exactly these, and *Accept everything
 * agreed* settles none of them.
 */
export function answersDiffer(answers: readonly (ReviewAnswer | null)[], info: ReviewFieldInfo): boolean {
  const decided = answers.filter(isDecided);
  return decided.some((a) => info.key(a) !== info.key(decided[0]!));
}

export function answerOf(claim: Claim): ReviewAnswer {
  return {
    claimId: claim.id,
    start: claim.start,
    end: claim.end,
    status: claim.status,
    attribution: claim.attribution.kind,
    source: claim.attribution.source ?? null,
    via: claim.attribution.via ?? null,
    confidence: claim.confidence,
    verdict: claim.verdict,
    note: claim.note,
    evidence: claim.evidence,
  };
}

/** The record's claim with one field's value taken from an analyst's answer. */
export function withField(claim: Claim, field: DecidedField, answer: ReviewAnswer | null): Claim {
  switch (field) {
    case 'attribution':
      return { ...claim, attribution: { ...claim.attribution, kind: answer?.attribution ?? null } };
    case 'source':
      return { ...claim, attribution: { ...claim.attribution, source: answer?.source ?? null } };
    case 'via':
      return { ...claim, attribution: { ...claim.attribution, via: answer?.via ?? null } };
    case 'confidence':
      return { ...claim, confidence: answer?.confidence ?? null };
    case 'verdict':
      return { ...claim, verdict: answer?.verdict ?? null };
  }
}
