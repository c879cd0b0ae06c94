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

/** Compared claims still in the record, and how many of them have no open field (a claim deleted in the record is no longer counted). */
export function settledCount(review: ReviewRecord, claims: readonly { id: string }[]): { settled: number; total: number } {
  const present = new Set(claims.map((c) => c.id));
  const items = (review.items ?? []).filter((i) => present.has(i.claimId));
  return { settled: items.filter((i) => i.open.length === 0).length, total: items.length };
}
