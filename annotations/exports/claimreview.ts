/**
 * schema.org ClaimReview JSON-LD, one item per claim with a verdict, with the
 * fields Google requires (claimReviewed, reviewRating.alternateName, url) and
 * recommends (author, datePublished, itemReviewed as a Claim with its appearance).
 */
import type { AnnotationFile } from '../model.ts';
import { webUrlOrUndefined } from '../text.ts';
import type { WorkspaceSettings } from '../settings.ts';

export interface ClaimReviewOptions {
  /** Where the fact-check will be published; each item's url is this plus a fragment. */
  reviewUrl?: string;
  now: Date;
  /** The team's verdict scale, best first: each verdict on it is rated by its place. */
  settings: WorkspaceSettings;
}

/** A ClaimReview export of an article without verdicts would be an empty list passed off as a result. */
export class NoVerdictsError extends Error {
  constructor(title: string) {
    super(`No claim of "${title}" has a verdict, so there is no ClaimReview to export. Give the claims you checked a verdict first.`);
  }
}

/**
 * schema.org's Rating: the rated verdicts read best (highest) to worst (1); a verdict off the scale, or one that is
 * no degree of truth ("Unverifiable"), has its name only.
 */
function rating(verdict: string, settings: WorkspaceSettings): object {
  const rated = settings.verdicts.filter((step) => step.rated !== false);
  const place = rated.findIndex((step) => step.name === verdict);
  const size = rated.length;
  return place === -1
    ? { '@type': 'Rating', alternateName: verdict }
    : { '@type': 'Rating', alternateName: verdict, ratingValue: size - place, bestRating: size, worstRating: 1 };
}

export function toClaimReview(file: AnnotationFile, { reviewUrl, now, settings }: ClaimReviewOptions): object[] {
  if (!file.claims.some((claim) => claim.verdict)) throw new NoVerdictsError(file.article.title);
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
      reviewRating: rating(claim.verdict!, settings),
      itemReviewed: {
        '@type': 'Claim',
        appearance,
        ...(claim.attribution.source ? { author: { '@type': 'Thing', name: claim.attribution.source.text } } : {}),
        ...(file.article.published ? { datePublished: file.article.published } : {}),
      },
    }));
}
