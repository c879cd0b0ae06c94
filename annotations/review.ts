/**
 * Team review: several analysts' files of one article side by side. Claims are
 * matched by their span; agreement is measured per field with Krippendorff's
 * alpha; a merged record keeps what everyone agreed on as reviewed and leaves
 * each disagreement open, with every analyst's answer in its note, to be
 * settled in the session (in a review record, an analyst's decision marks a
 * claim reviewed: see edits.ts).
 */
import { interval, krippendorffAlpha, nominal, percentAgreement, type Distance } from './agreement.ts';
import { CONFIDENCE_LEVELS, type AnnotationFile, type Claim } from './model.ts';
import { attributionLabel, confidenceLabel } from './taxonomy.ts';

export interface ReviewInput {
  analyst: string;
  file: AnnotationFile;
}

export interface ReviewUnit {
  start: number;
  end: number;
  text: string;
  /** Each analyst's claim on this span, in the order of the inputs; null where one has none. */
  claims: (Claim | null)[];
}

export type ReviewField = 'attribution' | 'confidence' | 'verdict' | 'source';

export interface FieldAgreement {
  field: ReviewField;
  alpha: number | null;
  percent: number | null;
  /** Units on which at least two analysts gave a value. */
  pairable: number;
}

export interface Disagreement {
  unit: ReviewUnit;
  field: ReviewField | 'statement';
  /** Each analyst's value, in input order, for people to read. */
  values: string[];
}

export interface ReviewReport {
  analysts: string[];
  units: ReviewUnit[];
  agreement: FieldAgreement[];
  disagreements: Disagreement[];
}

export class ReviewError extends Error {}

const FIELDS: { field: ReviewField; value(claim: Claim): string | null; label(value: string | null): string; distance: Distance<string> }[] = [
  { field: 'attribution', value: (c) => c.attribution.kind, label: (v) => attributionLabel(v as Claim['attribution']['kind']), distance: nominal },
  { field: 'confidence', value: (c) => c.confidence, label: (v) => confidenceLabel(v as Claim['confidence']), distance: interval<string>(CONFIDENCE_LEVELS) },
  { field: 'verdict', value: (c) => c.verdict, label: (v) => v ?? 'Not set', distance: nominal },
  { field: 'source', value: (c) => c.attribution.source?.text ?? null, label: (v) => (v ? `“${v}”` : 'none'), distance: nominal },
];

/** Every analyst needs a name of their own in a review: a repeated name gets a number ("Ana (2)"). */
function distinctNames(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count > 1 ? `${name} (${count})` : name;
  });
}

export function compareAnnotations(inputs: readonly ReviewInput[]): ReviewReport {
  if (inputs.length < 2) throw new ReviewError('A review needs the files of at least two analysts.');
  const [first, ...others] = inputs;
  for (const other of others) {
    if (other.file.article.text !== first!.file.article.text) {
      throw new ReviewError(`${other.analyst}'s file is not of the same article text as ${first!.analyst}'s ("${first!.file.article.title}").`);
    }
  }
  const analysts = distinctNames(inputs.map((i) => i.analyst));
  const byKey = new Map<string, ReviewUnit>();
  inputs.forEach(({ file }, index) => {
    for (const claim of file.claims) {
      if (claim.orphaned) continue;
      const key = `${claim.start}:${claim.end}`;
      let unit = byKey.get(key);
      if (!unit) {
        unit = { start: claim.start, end: claim.end, text: claim.text, claims: inputs.map(() => null) };
        byKey.set(key, unit);
      }
      unit.claims[index] = claim;
    }
  });
  const units = [...byKey.values()].sort((a, b) => a.start - b.start || a.end - b.end);
  const disagreements: Disagreement[] = [];
  for (const unit of units) {
    if (unit.claims.some((c) => c === null)) {
      disagreements.push({ unit, field: 'statement', values: unit.claims.map((c) => (c ? 'has this statement' : 'has no such statement')) });
      continue;
    }
    for (const { field, value, label } of FIELDS) {
      const values = unit.claims.map((c) => value(c!));
      if (values.some((v) => v !== values[0])) disagreements.push({ unit, field, values: values.map(label) });
    }
  }
  const agreement = FIELDS.map(({ field, value, distance }) => {
    const ratings = units.map((unit) => unit.claims.map((c) => (c ? value(c) : null)));
    return {
      field,
      alpha: krippendorffAlpha(ratings, distance),
      percent: percentAgreement(ratings),
      pairable: ratings.filter((r) => r.filter((v) => v !== null).length >= 2).length,
    };
  });
  return { analysts, units, agreement, disagreements };
}

/**
 * One record from the review: units everyone marked alike become reviewed
 * claims; any other unit keeps the first analyst's claim, reset to suggested
 * (so the Untouched filter finds it), its attribution left unset unless a
 * majority agreed, and every analyst's answers written into its note.
 */
export function mergeReview(report: ReviewReport, base: AnnotationFile, now: Date = new Date()): AnnotationFile {
  const open = new Map<ReviewUnit, Disagreement[]>();
  for (const d of report.disagreements) open.set(d.unit, [...(open.get(d.unit) ?? []), d]);
  const claims = report.units.map((unit): Claim => {
    const present = unit.claims.filter((c): c is Claim => c !== null);
    const claim = present[0]!;
    const disagreements = open.get(unit);
    if (!disagreements) return { ...claim, status: 'reviewed' };
    const kinds = present.map((c) => c.attribution.kind);
    const majority = kinds.find((k) => kinds.filter((x) => x === k).length * 2 > report.analysts.length) ?? null;
    const lines = disagreements.map((d) => `${d.field}: ${d.values.map((v, i) => `${report.analysts[i]} ${v}`).join('; ')}`);
    return {
      ...claim,
      attribution: { ...claim.attribution, kind: majority },
      status: 'suggested',
      note: [`Review disagreement (${lines.join(' | ')})`, ...present.map((c) => c.note).filter(Boolean)].join('\n'),
      evidence: [...new Set(present.flatMap((c) => c.evidence))],
    };
  });
  // A new id: the merged record sits beside the analysts' own files, never in place of one.
  return {
    ...base,
    id: globalThis.crypto.randomUUID(),
    article: { ...base.article, title: `Review: ${base.article.title}` },
    claims,
    analyst: report.analysts.join(', '),
    review: { analysts: report.analysts, agreement: report.agreement.map(({ field, alpha, percent }) => ({ field, alpha, percent })) },
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
}
