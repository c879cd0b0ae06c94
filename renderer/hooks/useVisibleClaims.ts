/**
 * The claims the filters and the search let through, in article order. The
 * list is filtered once when the filters change; after a tag only the claims
 * that changed are looked at again, each found in the list by its place
 * (binary search), replaced, dropped or put in. With no filter it is the
 * index's own list, with nothing to filter at all.
 */
import { useRef } from 'react';
import type { Claim } from '../../annotations/model.ts';
import { suggestionStrength } from '../../annotations/suggestion-strength.ts';
import { changedBetween } from '../claim-lineage.ts';
import type { ClaimIndex } from './useClaimIndex.ts';

export interface VisibleClaims {
  claims: readonly Claim[];
  /** Their ids: a new array only when claims join or leave the list, so a virtual list keeps its measurements across a tag. */
  ids: readonly string[];
  /** Untouched suggestions among them, and how many of those the workbench is sure of (for accepting what is shown). */
  suggestions: Suggestions;
  /** Where a claim is in the list, or -1. */
  indexOf(id: string): number;
}

interface Suggestions {
  open: number;
  strong: number;
}

function tally(suggestions: Suggestions, claim: Claim, by: 1 | -1): void {
  if (claim.status !== 'suggested') return;
  suggestions.open += by;
  if (suggestionStrength(claim) === 'strong') suggestions.strong += by;
}

interface Filtered {
  from: readonly Claim[];
  keep: (claim: Claim) => boolean;
  visible: VisibleClaims;
}

function visibleClaims(claims: readonly Claim[], ids: readonly string[], suggestions: Suggestions, numbers: ReadonlyMap<string, number>): VisibleClaims {
  return {
    claims,
    ids,
    suggestions,
    indexOf: (id) => {
      const at = placeIn(ids, numbers, numbers.get(id) ?? 0);
      return ids[at] === id ? at : -1;
    },
  };
}

/** The first position in `ids` (in article order) whose claim's number is at least `number`. */
function placeIn(ids: readonly string[], numbers: ReadonlyMap<string, number>, number: number): number {
  let low = 0;
  let high = ids.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (numbers.get(ids[mid]!)! < number) low = mid + 1;
    else high = mid;
  }
  return low;
}

function filterAll(index: ClaimIndex, keep: (claim: Claim) => boolean): VisibleClaims {
  const claims: Claim[] = [];
  const ids: string[] = [];
  const suggestions = { open: 0, strong: 0 };
  for (const claim of index.claims) {
    if (!keep(claim)) continue;
    claims.push(claim);
    ids.push(claim.id);
    tally(suggestions, claim, 1);
  }
  return visibleClaims(claims, ids, suggestions, index.numbers);
}

export function filterClaimsAgain(index: ClaimIndex, keep: (claim: Claim) => boolean, previous: Filtered | null): VisibleClaims {
  if (previous?.from === index.claims && previous.keep === keep) return previous.visible;
  const changed = previous?.keep === keep ? changedBetween(previous.from, index.claims) : null;
  if (!previous || !changed) return filterAll(index, keep);
  const before = previous.visible;
  // Copied at the first change only; the ids only when claims join or leave.
  let claims: Claim[] | null = null;
  let ids: string[] | null = null;
  const suggestions = { ...before.suggestions };
  for (const id of changed) {
    const number = index.numbers.get(id);
    const after = number === undefined ? undefined : index.claims[number - 1];
    if (number === undefined || !after || after === previous.from[number - 1]) continue;
    const at = placeIn(ids ?? before.ids, index.numbers, number);
    const listed = (ids ?? before.ids)[at] === id;
    const kept = keep(after);
    if (!listed && !kept) continue;
    claims ??= before.claims.slice();
    if (listed) tally(suggestions, claims[at]!, -1);
    if (kept) tally(suggestions, after, 1);
    if (listed && kept) {
      claims[at] = after;
      continue;
    }
    ids ??= before.ids.slice();
    if (listed) {
      claims.splice(at, 1);
      ids.splice(at, 1);
    } else {
      claims.splice(at, 0, after);
      ids.splice(at, 0, id);
    }
  }
  return claims ? visibleClaims(claims, ids ?? before.ids, suggestions, index.numbers) : before;
}

function allClaims(index: ClaimIndex): VisibleClaims {
  return {
    claims: index.claims,
    ids: index.ids,
    suggestions: { open: index.counts.byStatus.suggested, strong: index.counts.byStrength.strong },
    indexOf: (id) => (index.numbers.get(id) ?? 0) - 1,
  };
}

/** `keep` null: every claim is shown. */
export function useVisibleClaims(index: ClaimIndex, keep: ((claim: Claim) => boolean) | null): VisibleClaims {
  const last = useRef<Filtered | null>(null);
  const visible = keep ? filterClaimsAgain(index, keep, last.current) : allClaims(index);
  last.current = keep ? { from: index.claims, keep, visible } : null;
  return visible;
}
