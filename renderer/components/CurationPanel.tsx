import { useState } from 'react';
import { REVIEW_REPORT_FORMATS, type ReviewReportFormat } from '../../annotations/exports/review-report.ts';
import type { Claim } from '../../annotations/model.ts';
import { DECIDED_FIELDS, type ReviewRecord } from '../../annotations/review-model.ts';
import { fieldInfo } from '../../annotations/review-fields.ts';
import { openFieldCount, settledCount, type CurationFilter } from '../../annotations/review-queries.ts';
import { keyFor } from '../shortcuts.ts';

export interface CurationPanelProps {
  review: ReviewRecord;
  claims: readonly Claim[];
  filter: CurationFilter;
  onFilter(filter: CurationFilter): void;
  onAcceptAgreed(): void;
  onExport(format: ReviewReportFormat): void;
}

const RULE_LABELS = { all: 'all analysts alike', majority: 'a majority alike' } as const;
const REPORT_LABELS: Record<ReviewReportFormat, string> = { html: 'HTML report', md: 'Markdown report', json: 'JSON' };
const figure = (x: number | null) => (x === null ? 'n/a' : x.toFixed(2));

/** The head of a review's record: progress, agreement, the merge rule, filters, and the review report. */
export function CurationPanel({ review, claims, filter, onFilter, onAcceptAgreed, onExport }: CurationPanelProps) {
  const [format, setFormat] = useState<ReviewReportFormat>('html');
  const { settled, total } = settledCount(review, claims);
  const open = openFieldCount(review, claims);
  const rule = review.rule ? (review.rule.kind === 'atLeast' ? `at least ${review.rule.analysts} analysts alike` : RULE_LABELS[review.rule.kind]) : null;
  return (
    <section className="review-summary curation" aria-label="Team review">
      <div className="curation-head">
        <strong>
          Team review of{' '}
          {review.analysts.map((a, i) => {
            const key = keyFor({ type: 'takeClaim', analyst: i });
            return (
              <span key={i}>
                {i ? ', ' : ''}
                {a}
                {key ? (
                  <>
                    {' '}
                    <kbd title={`${key} takes ${a}’s answer for the whole claim`}>{key}</kbd>
                  </>
                ) : null}
              </span>
            );
          })}
        </strong>
        <span className={settled === total ? 'settled' : 'open'} aria-live="polite">
          {settled} of {total} settled · {open} field{open === 1 ? '' : 's'} open
        </span>
      </div>
      <span className="curation-figures">
        {review.agreement.map((a) => `${a.field}${a.level ? ` (${a.level})` : ''} α ${figure(a.alpha)}`).join(' · ')}
        {review.boundaryAgreement != null ? ` · boundaries alike ${Math.round(review.boundaryAgreement * 100)}%` : ''}
      </span>
      <span className="curation-figures">
        Decided: {review.analysts.map((a, i) => `${a} ${review.decided?.[i] ?? '?'}`).join(', ')}
        {rule ? ` · rule: ${rule}` : ''}
        {review.setAside?.length ? ` · ${review.setAside.length} claims set aside (see the report)` : ''}
      </span>
      <div className="curation-actions">
        <button type="button" onClick={onAcceptAgreed} title="Settle every open field on which all analysts who answered agree (Shift+G)">
          Accept everything agreed <kbd>Shift+G</kbd>
        </button>
        <label>
          Open field
          <select
            aria-label="Filter by open field"
            value={filter.field ?? ''}
            onChange={(e) => onFilter({ ...filter, field: (e.target.value || null) as CurationFilter['field'] })}
          >
            <option value="">All claims</option>
            <option value="any">Any open field</option>
            {DECIDED_FIELDS.map((f) => (
              <option key={f} value={f}>
                {fieldInfo(f).label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Analyst
          <select
            aria-label="Filter by analyst"
            value={filter.analyst ?? ''}
            onChange={(e) => onFilter({ ...filter, analyst: e.target.value === '' ? null : Number(e.target.value) })}
          >
            <option value="">Everyone</option>
            {review.analysts.map((a, i) => (
              <option key={a} value={i}>
                {a} differs
              </option>
            ))}
          </select>
        </label>
        <span className="spacer" />
        <select aria-label="Review report format" value={format} onChange={(e) => setFormat(e.target.value as ReviewReportFormat)}>
          {REVIEW_REPORT_FORMATS.map((f) => (
            <option key={f} value={f}>
              {REPORT_LABELS[f]}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => onExport(format)}>
          Export review report…
        </button>
      </div>
    </section>
  );
}
