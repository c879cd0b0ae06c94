/**
 * The claim list. Up to a few hundred claims every one is in the page (a long
 * report's ~150 sentences included, so the browser's find works on them); beyond
 * that only those near the view are (a virtual list), so a book-length text
 * scrolls and types as fast as a short one.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, type Ref } from 'react';
import type { Edit } from '../../annotations/edits.ts';
import type { Claim } from '../../annotations/model.ts';
import type { VisibleClaims } from '../hooks/useVisibleClaims.ts';
import type { ClaimScale } from '../scale.ts';
import { ClaimItem } from './ClaimItem.tsx';

/** Above this many claims the list is virtual. */
export const VIRTUAL_LIST_ABOVE = 500;
/** A folded row is one line. */
const ESTIMATED_HEIGHT = 34;

export interface ClaimListProps {
  visible: VisibleClaims;
  /** Positions in the whole article, so numbers stay put under a filter. */
  numbers: ReadonlyMap<string, number>;
  lastId: string | undefined;
  selectedId: string | null;
  scale: ClaimScale;
  /** Scroll the selected claim into view (not when the pointer picked it in the list). */
  revealSelected: boolean;
  noteRef: Ref<HTMLTextAreaElement>;
  onSelect(id: string): void;
  onEdit(edit: Edit): void;
  onSplit(): void;
  onSourceFromSelection(): void;
}

export function ClaimList(props: ClaimListProps) {
  return props.visible.claims.length > VIRTUAL_LIST_ABOVE ? <VirtualClaimList {...props} /> : <FullClaimList {...props} />;
}

function itemProps(props: ClaimListProps, claim: Claim) {
  const selected = claim.id === props.selectedId;
  return {
    claim,
    number: props.numbers.get(claim.id) ?? 0,
    selected,
    isLast: claim.id === props.lastId,
    scale: props.scale,
    noteRef: selected ? props.noteRef : undefined,
    onSelect: props.onSelect,
    onEdit: props.onEdit,
    onSplit: props.onSplit,
    onSourceFromSelection: props.onSourceFromSelection,
  };
}

function FullClaimList(props: ClaimListProps) {
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (!props.selectedId || !props.revealSelected) return;
    list.current?.querySelector(`[data-claim-id="${CSS.escape(props.selectedId)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [props.selectedId, props.revealSelected]);
  return (
    <ul ref={list} className="claim-list" aria-label="Claims">
      {props.visible.claims.map((claim) => (
        <ClaimItem key={claim.id} {...itemProps(props, claim)} />
      ))}
    </ul>
  );
}

function VirtualClaimList(props: ClaimListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const { claims, ids } = props.visible;
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_HEIGHT,
    overscan: 8,
    gap: 2,
    // Stable while the same claims are listed (a tag changes one, not the list): a new key function makes the virtualizer place every row again.
    getItemKey: useCallback((index: number) => ids[index]!, [ids]),
  });
  useEffect(() => {
    if (!props.selectedId || !props.revealSelected) return;
    const index = props.visible.indexOf(props.selectedId);
    if (index !== -1) virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [props.selectedId, props.revealSelected, ids, virtualizer]);
  return (
    <div ref={scroller} className="claim-list virtual">
      <ul aria-label="Claims" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => {
          const claim = claims[row.index]!;
          return (
            <ClaimItem
              key={claim.id}
              {...itemProps(props, claim)}
              position={{ index: row.index, setSize: claims.length, top: row.start, measure: virtualizer.measureElement }}
            />
          );
        })}
      </ul>
    </div>
  );
}
