/** Questions asked of an annotation file: filters, counts and summaries. */
import { z } from 'zod';
import { AttributionKind, ClaimStatus, Confidence, type AnnotationFile, type ArticleSummary, type Claim } from './model.ts';
import { suggestionStrength } from './suggestion-strength.ts';

/** `unset` matches a claim with no value for that field. */
export const ClaimFilter = z.object({
  attribution: z.union([AttributionKind, z.literal('unset')]).nullable().default(null),
  confidence: z.union([Confidence, z.literal('unset')]).nullable().default(null),
  status: ClaimStatus.nullable().default(null),
  orphaned: z.boolean().default(false),
  /** Untouched suggestions by how sure they are: the weak ones to work through first. */
  strength: z.enum(['weak', 'strong']).nullable().optional(),
});
export type ClaimFilter = z.infer<typeof ClaimFilter>;

export const NO_FILTER: ClaimFilter = { attribution: null, confidence: null, status: null, orphaned: false, strength: null };

export function matchesFilter(claim: Claim, filter: ClaimFilter): boolean {
  if (filter.orphaned && !claim.orphaned) return false;
  if (filter.attribution && (claim.attribution.kind ?? 'unset') !== filter.attribution) return false;
  if (filter.confidence && (claim.confidence ?? 'unset') !== filter.confidence) return false;
  if (filter.status && claim.status !== filter.status) return false;
  if (filter.strength && suggestionStrength(claim) !== filter.strength) return false;
  return true;
}

/** Whether a filter lets every claim through. */
export function filtersNothing(filter: ClaimFilter): boolean {
  return !filter.orphaned && !filter.attribution && !filter.confidence && !filter.status && !filter.strength;
}

export function filterClaims(claims: readonly Claim[], filter: ClaimFilter): Claim[] {
  return claims.filter((claim) => matchesFilter(claim, filter));
}

export interface ClaimCounts {
  total: number;
  byAttribution: Record<AttributionKind | 'unset', number>;
  byConfidence: Record<Confidence | 'unset', number>;
  byStatus: Record<ClaimStatus, number>;
  byStrength: Record<'weak' | 'strong', number>;
  orphaned: number;
}

export function countClaims(claims: readonly Claim[]): ClaimCounts {
  const counts: ClaimCounts = {
    total: 0,
    byAttribution: { named: 0, unnamed: 0, image: 0, none: 0, unset: 0 },
    byConfidence: { low: 0, medium: 0, high: 0, unset: 0 },
    byStatus: { suggested: 0, tagged: 0, reviewed: 0 },
    byStrength: { weak: 0, strong: 0 },
    orphaned: 0,
  };
  for (const claim of claims) tally(counts, claim, 1);
  return counts;
}

/** Counts after some claims left and others came (a tagged claim is both: its old version left): the work of a tag, not of a recount. */
export function recountClaims(counts: ClaimCounts, { left, came }: { left: readonly Claim[]; came: readonly Claim[] }): ClaimCounts {
  const next: ClaimCounts = {
    ...counts,
    byAttribution: { ...counts.byAttribution },
    byConfidence: { ...counts.byConfidence },
    byStatus: { ...counts.byStatus },
    byStrength: { ...counts.byStrength },
  };
  for (const claim of left) tally(next, claim, -1);
  for (const claim of came) tally(next, claim, 1);
  return next;
}

function tally(counts: ClaimCounts, claim: Claim, by: 1 | -1): void {
  counts.total += by;
  counts.byAttribution[claim.attribution.kind ?? 'unset'] += by;
  counts.byConfidence[claim.confidence ?? 'unset'] += by;
  counts.byStatus[claim.status] += by;
  const strength = suggestionStrength(claim);
  if (strength) counts.byStrength[strength] += by;
  if (claim.orphaned) counts.orphaned += by;
}

/** The fingerprint and the number of claims decided can be given when already known: they read the whole text and every claim. */
export function summarize(
  file: AnnotationFile,
  fingerprint: string = textFingerprint(file.article.text),
  tagged: number = file.claims.filter((c) => c.status !== 'suggested').length,
): ArticleSummary {
  return {
    id: file.id,
    title: file.article.title,
    claims: file.claims.length,
    tagged,
    updatedAt: file.updatedAt,
    createdAt: file.createdAt,
    ...(file.analyst ? { analyst: file.analyst } : {}),
    fingerprint,
    earlierTexts: (file.article.corrections ?? []).map((c) => c.replaced),
    ...(file.article.corrections?.length ? { correctedAt: file.article.corrections.at(-1)!.at } : {}),
    isReview: Boolean(file.review),
  };
}

/** Whether an analyst wrote something on the claim: a note, evidence, a confidence or a verdict. */
export function hasInput(claim: Claim): boolean {
  return claim.note !== '' || claim.evidence.length > 0 || claim.confidence !== null || claim.verdict !== null;
}

/** Whether anyone has worked on the file: a claim tagged or reviewed, or holding an analyst's input. */
export function holdsAnalystWork(file: AnnotationFile): boolean {
  return file.claims.some((c) => c.status !== 'suggested' || hasInput(c));
}

/** Whether two files hold one article: the same text, or a text one of them corrected into the other's (or both from one text). */
export function sameArticle(a: ArticleSummary, b: ArticleSummary): boolean {
  const texts = new Set([a.fingerprint, ...a.earlierTexts]);
  return [b.fingerprint, ...b.earlierTexts].some((text) => texts.has(text));
}

/** The other files in the list that are copies of this one: the same analyst's file of the article, begun at the same moment. */
export function copiesOf(file: ArticleSummary, articles: readonly ArticleSummary[]): ArticleSummary[] {
  return articles.filter((a) => a.id !== file.id && !a.error && a.createdAt === file.createdAt && a.analyst === file.analyst && sameArticle(a, file));
}

/**
 * A short fingerprint of an article text (FNV-1a, 32 bits, with the length):
 * enough to tell which files of a workspace hold the same article, not a
 * security measure.
 */
export function textFingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${text.length.toString(36)}-${hash.toString(36)}`;
}
