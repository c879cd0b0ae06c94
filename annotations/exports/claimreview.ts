/**
 * schema.org ClaimReview JSON-LD, one item per claim with a verdict, with the
 * fields Google requires (claimReviewed, reviewRating.alternateName, url) and
 * recommends (author, datePublished, itemReviewed as a Claim with its appearance).
 */
import type { AnnotationFile } from '../model.ts';
import { webUrlOrUndefined } from '../text.ts';

export interface ClaimReviewOptions {
  /** Where the fact-check will be published; each item's url is this plus a fragment. */
  reviewUrl?: string;
  now: Date;
}

export function toClaimReview(file: AnnotationFile, { reviewUrl, now }: ClaimReviewOptions): object[] {
  const articleUrl = webUrlOrUndefined(file.article.url);
  const base = webUrlOrUndefined(reviewUrl) ?? articleUrl ?? `urn:claimbench:${file.id}`;
  const author = { '@type': file.analyst ? 'Person' : 'Organization', name: file.analyst ?? 'Claimbench' };
  const appearance = {
    '@type': 'CreativeWork',
    headline: file.article.title,
    ...(articleUrl ? { url: articleUrl } : {}),
    ...(file.article.published ? { datePublished: file.article.published } : {}),
    ...(file.article.byline ? { author: { '@type': 'Person', name: file.article.byline } } : {}),
  };
  return file.claims
    .filter((claim) => claim.verdict)
    .map((claim) => ({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: `${base}#claim-${claim.id}`,
      claimReviewed: claim.text,
      author,
      datePublished: now.toISOString().slice(0, 10),
      reviewRating: { '@type': 'Rating', alternateName: claim.verdict },
      itemReviewed: {
        '@type': 'Claim',
        appearance,
        ...(claim.attribution.source ? { author: { '@type': 'Thing', name: claim.attribution.source.text } } : {}),
        ...(file.article.published ? { datePublished: file.article.published } : {}),
      },
    }));
}
