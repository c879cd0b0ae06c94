import type { ClaimCounts, ClaimFilter } from '../../annotations/queries.ts';
import { ATTRIBUTION_LABELS, ATTRIBUTION_ORDER, CONFIDENCE_LABELS, CONFIDENCE_ORDER } from '../../annotations/taxonomy.ts';

export interface ClaimFiltersProps {
  filter: ClaimFilter;
  counts: ClaimCounts;
  shown: number;
  onChange(filter: ClaimFilter): void;
}

/** Filters with the number of claims behind every option. */
export function ClaimFilters({ filter, counts, shown, onChange }: ClaimFiltersProps) {
  return (
    <div className="claim-filters">
      <label>
        <span>Attribution</span>
        <select
          aria-label="Filter by attribution"
          value={filter.attribution ?? ''}
          onChange={(e) => onChange({ ...filter, attribution: (e.target.value || null) as ClaimFilter['attribution'] })}
        >
          <option value="">All ({counts.total})</option>
          {ATTRIBUTION_ORDER.map((kind) => (
            <option key={kind} value={kind}>
              {ATTRIBUTION_LABELS[kind]} ({counts.byAttribution[kind]})
            </option>
          ))}
          <option value="unset">Not set ({counts.byAttribution.unset})</option>
        </select>
      </label>
      <label>
        <span>Confidence</span>
        <select
          aria-label="Filter by confidence"
          value={filter.confidence ?? ''}
          onChange={(e) => onChange({ ...filter, confidence: (e.target.value || null) as ClaimFilter['confidence'] })}
        >
          <option value="">All ({counts.total})</option>
          {CONFIDENCE_ORDER.map((level) => (
            <option key={level} value={level}>
              {CONFIDENCE_LABELS[level]} ({counts.byConfidence[level]})
            </option>
          ))}
          <option value="unset">Not set ({counts.byConfidence.unset})</option>
        </select>
      </label>
      <label>
        <span>Status</span>
        <select
          aria-label="Filter by status"
          value={filter.status ?? ''}
          onChange={(e) => onChange({ ...filter, status: (e.target.value || null) as ClaimFilter['status'] })}
        >
          <option value="">All ({counts.total})</option>
          <option value="suggested">Untouched ({counts.byStatus.suggested})</option>
          <option value="tagged">Tagged ({counts.byStatus.tagged})</option>
          <option value="reviewed">Reviewed ({counts.byStatus.reviewed})</option>
        </select>
      </label>
      {counts.orphaned > 0 ? (
        <label className="orphan-filter">
          <input type="checkbox" checked={filter.orphaned} onChange={(e) => onChange({ ...filter, orphaned: e.target.checked })} />
          <span>Orphaned only ({counts.orphaned})</span>
        </label>
      ) : null}
      <p className="claim-count" aria-live="polite">
        Showing {shown} of {counts.total} claims
      </p>
    </div>
  );
}
