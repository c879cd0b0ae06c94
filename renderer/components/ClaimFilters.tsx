import type { ClaimCounts, ClaimFilter } from '../../annotations/queries.ts';
import { ATTRIBUTION_LABELS, ATTRIBUTION_ORDER, CONFIDENCE_LABELS, CONFIDENCE_ORDER } from '../../annotations/taxonomy.ts';
import { FilterSelect } from './FilterSelect.tsx';

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
      <FilterSelect
        label="Attribution"
        total={counts.total}
        value={filter.attribution}
        onChange={(attribution) => onChange({ ...filter, attribution })}
        options={[
          ...ATTRIBUTION_ORDER.map((kind) => ({ value: kind, label: ATTRIBUTION_LABELS[kind], count: counts.byAttribution[kind] })),
          { value: 'unset' as const, label: 'Not set', count: counts.byAttribution.unset },
        ]}
      />
      <FilterSelect
        label="Confidence"
        total={counts.total}
        value={filter.confidence}
        onChange={(confidence) => onChange({ ...filter, confidence })}
        options={[
          ...CONFIDENCE_ORDER.map((level) => ({ value: level, label: CONFIDENCE_LABELS[level], count: counts.byConfidence[level] })),
          { value: 'unset' as const, label: 'Not set', count: counts.byConfidence.unset },
        ]}
      />
      <FilterSelect
        label="Status"
        total={counts.total}
        value={filter.status}
        onChange={(status) => onChange({ ...filter, status })}
        options={[
          { value: 'suggested', label: 'Untouched', count: counts.byStatus.suggested },
          { value: 'tagged', label: 'Tagged', count: counts.byStatus.tagged },
          { value: 'reviewed', label: 'Reviewed', count: counts.byStatus.reviewed },
        ]}
      />
      <FilterSelect
        label="Suggestion"
        total={counts.total}
        value={filter.strength ?? null}
        onChange={(strength) => onChange({ ...filter, strength })}
        options={[
          { value: 'weak', label: 'Weak first: unsure', count: counts.byStrength.weak },
          { value: 'strong', label: 'Strong', count: counts.byStrength.strong },
        ]}
      />
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
