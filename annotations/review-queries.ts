/** Questions the curation view asks of a review's record: what is disputed, by whom, and what is left. */
import { isDecided, REVIEW_FIELDS } from './review-fields.ts';
import type { DecidedField, ReviewItem, ReviewRecord } from './review-model.ts';

export interface CurationFilter {
  /** Only claims with this field open ('any': any field open); null shows every claim. */
  field: DecidedField | 'any' | null;
  /** Only claims where this analyst (by position) differs from another, lacks the claim or left it untouched. */
  analyst: number | null;
}

export const NO_CURATION_FILTER: CurationFilter = { field: null, analyst: null };

/** Whether this analyst's answer stands apart on the claim. */
export function analystDiffers(item: ReviewItem, analyst: number): boolean {
  const mine = item.answers[analyst];
  if (!isDecided(mine ?? null)) return item.answers.some(isDecided);
  const others = item.answers.filter((a, i) => i !== analyst && isDecided(a));
  return REVIEW_FIELDS.some((info) => others.some((o) => info.key(o!) !== info.key(mine!)));
}

export function matchesCuration(item: ReviewItem | undefined, filter: CurationFilter): boolean {
  if (filter.field === null && filter.analyst === null) return true;
  if (!item) return false;
  if (filter.field === 'any' && item.open.length === 0) return false;
  if (filter.field !== null && filter.field !== 'any' && !item.open.includes(filter.field)) return false;
  return filter.analyst === null || analystDiffers(item, filter.analyst);
}

/** The review's items of compared claims still in the record (a claim deleted in the record is no longer counted). */
function presentItems(review: ReviewRecord, claims: readonly { id: string }[]): ReviewItem[] {
  const present = new Set(claims.map((c) => c.id));
  return (review.items ?? []).filter((i) => present.has(i.claimId));
}

/** Compared claims still in the record, and how many of them have no open field. */
export function settledCount(review: ReviewRecord, claims: readonly { id: string }[]): { settled: number; total: number } {
  const items = presentItems(review, claims);
  return { settled: items.filter((i) => i.open.length === 0).length, total: items.length };
}

/** Open fields left in the record's compared claims: what is left to settle, field by field, so a decision on one field shows too. */
export function openFieldCount(review: ReviewRecord, claims: readonly { id: string }[]): number {
  return presentItems(review, claims).reduce((sum, i) => sum + i.open.length, 0);
}

/** Fields settled between two versions of a record, and on how many claims: what accepting everything agreed did. */
export function settledBetween(before: ReviewRecord, after: ReviewRecord): { fields: number; claims: number } {
  const openBefore = new Map((before.items ?? []).map((i) => [i.claimId, i.open.length]));
  let fields = 0;
  let claims = 0;
  for (const item of after.items ?? []) {
    const settled = (openBefore.get(item.claimId) ?? 0) - item.open.length;
    if (settled <= 0) continue;
    fields += settled;
    claims++;
  }
  return { fields, claims };
}
