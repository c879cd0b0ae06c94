import type { Ref } from 'react';
import type { Edit } from '../../annotations/edits.ts';
import type { Claim } from '../../annotations/model.ts';
import { ClaimItem } from './ClaimItem.tsx';

export interface ClaimListProps {
  claims: readonly Claim[];
  /** Positions in the whole article, so numbers stay put under a filter. */
  numbers: ReadonlyMap<string, number>;
  lastId: string | undefined;
  selectedId: string | null;
  noteRef: Ref<HTMLTextAreaElement>;
  onSelect(id: string): void;
  onEdit(edit: Edit): void;
  onSplit(): void;
  onSourceFromSelection(): void;
}

export function ClaimList({ claims, numbers, lastId, selectedId, noteRef, onSelect, onEdit, onSplit, onSourceFromSelection }: ClaimListProps) {
  return (
    <ul className="claim-list" aria-label="Claims">
      {claims.map((claim) => (
        <ClaimItem
          key={claim.id}
          claim={claim}
          number={numbers.get(claim.id) ?? 0}
          selected={claim.id === selectedId}
          isLast={claim.id === lastId}
          noteRef={claim.id === selectedId ? noteRef : undefined}
          onSelect={onSelect}
          onEdit={onEdit}
          onSplit={onSplit}
          onSourceFromSelection={onSourceFromSelection}
        />
      ))}
    </ul>
  );
}
