/**
 * The curation view's state for a team review's record: its filters, and the
 * keyboard commands that take analysts' answers. Every decision is an Edit, so
 * it is saved, recorded with who took it, and undone like any other change.
 */
import { useCallback, useMemo, useState } from 'react';
import type { Edit } from '../../annotations/edits.ts';
import type { AnnotationFile, Claim } from '../../annotations/model.ts';
import type { ReviewItem } from '../../annotations/review-model.ts';
import { matchesCuration, NO_CURATION_FILTER, type CurationFilter } from '../../annotations/review-queries.ts';
import type { Command } from '../shortcuts.ts';

export type CurationCommand = Extract<Command, { type: 'takeClaim' | 'takeField' | 'nextOpen' }>;

export interface Curation {
  /** Null unless the open document is a review's record. */
  items: ReadonlyMap<string, ReviewItem> | null;
  filter: CurationFilter;
  setFilter(filter: CurationFilter): void;
  /** Whether the curation filter hides any claim at all. */
  filters: boolean;
  /** Whether the curation filter shows a claim; the same function while the filter and the review's items are. */
  keeps(claim: Claim): boolean;
  /** The edit a command makes for the selected claim, or the claim to move to; null when it does nothing here. */
  resolve(command: CurationCommand, selected: Claim | null, visible: readonly Claim[]): { edit: Edit } | { select: string } | null;
}

export function useCuration(doc: AnnotationFile | null): Curation {
  const reviewItems = doc?.review?.items;
  const [filter, setFilter] = useState<CurationFilter>(NO_CURATION_FILTER);
  const items = useMemo(() => (reviewItems ? new Map(reviewItems.map((i) => [i.claimId, i])) : null), [reviewItems]);
  const keeps = useCallback((claim: Claim) => !items || matchesCuration(items.get(claim.id), filter), [items, filter]);
  const resolve = useCallback<Curation['resolve']>(
    (command, selected, visible) => {
      if (!items) return null;
      if (command.type === 'nextOpen') {
        // The next claim with an open field after the selected one, wrapping round.
        const start = visible.findIndex((c) => c.id === selected?.id);
        const order = [...visible.slice(start + 1), ...visible.slice(0, start + 1)];
        const next = order.find((c) => (items.get(c.id)?.open.length ?? 0) > 0);
        return next ? { select: next.id } : null;
      }
      const item = selected && items.get(selected.id);
      if (!item || !item.answers[command.analyst]) return null;
      if (command.type === 'takeClaim') return { edit: { type: 'takeAnswer', claimId: item.claimId, analyst: command.analyst, field: null } };
      const field = item.open[0];
      return field ? { edit: { type: 'takeAnswer', claimId: item.claimId, analyst: command.analyst, field } } : null;
    },
    [items],
  );
  return { items, filter, setFilter, filters: items !== null && (filter.field !== null || filter.analyst !== null), keeps, resolve };
}
