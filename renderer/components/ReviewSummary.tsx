import type { AnnotationFile } from '../../annotations/model.ts';

export interface ReviewSummaryProps {
  review: NonNullable<AnnotationFile['review']>;
  open: number;
}

/** The head of a review's record: who was compared, how far they agreed, what is left to settle. */
export function ReviewSummary({ review, open }: ReviewSummaryProps) {
  const figure = (x: number | null) => (x === null ? 'n/a' : x.toFixed(2));
  return (
    <section className="review-summary" aria-label="Team review">
      <strong>Team review of {review.analysts.join(', ')}</strong>
      <span>
        {review.agreement
          .filter((a) => a.alpha !== null)
          .map((a) => `${a.field} α ${figure(a.alpha)}${a.percent === null ? '' : ` (${Math.round(a.percent * 100)}% alike)`}`)
          .join(' · ')}
      </span>
      <span className={open ? 'open' : 'settled'}>{open ? `${open} to settle (filter Status: Untouched)` : 'All settled'}</span>
    </section>
  );
}
