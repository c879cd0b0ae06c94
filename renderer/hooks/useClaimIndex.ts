/**
 * The claims by id, each claim's place in the article (from 1, so numbers
 * stay put under a filter), and the counts behind the filters. A tag or a
 * note replaces one claim object: the index then updates that claim's counts
 * and keeps its id-to-place map, since nothing came, went or moved
 * (claim-lineage.ts says which claims changed). Opening an article, or a
 * split, merge or delete, builds it again.
 */
import { useRef } from 'react';
import type { Claim } from '../../annotations/model.ts';
import { countClaims, recountClaims, type ClaimCounts } from '../../annotations/queries.ts';
import { changedBetween } from '../claim-lineage.ts';

export type ClaimsById = Pick<ReadonlyMap<string, Claim>, 'get'>;

export interface ClaimIndex {
  claims: readonly Claim[];
  /** The claims' ids in order: the same array while no claim comes, goes or moves. */
  ids: readonly string[];
  byId: ClaimsById;
  numbers: ReadonlyMap<string, number>;
  counts: ClaimCounts;
}

function byPlace(claims: readonly Claim[], numbers: ReadonlyMap<string, number>): ClaimsById {
  return {
    get: (id: string) => {
      const number = numbers.get(id);
      return number === undefined ? undefined : claims[number - 1];
    },
  };
}

/** The index of `claims`, from the index of an earlier list of them when the two are related by recorded changes. */
export function indexClaims(claims: readonly Claim[], previous: ClaimIndex | null): ClaimIndex {
  if (previous?.claims === claims) return previous;
  const changed = previous && changedBetween(previous.claims, claims);
  if (!previous || !changed) {
    const ids = claims.map((claim) => claim.id);
    const numbers = new Map(ids.map((id, i) => [id, i + 1]));
    return { claims, ids, byId: byPlace(claims, numbers), numbers, counts: countClaims(claims) };
  }
  const { ids, numbers } = previous;
  const left: Claim[] = [];
  const came: Claim[] = [];
  for (const id of changed) {
    const place = (numbers.get(id) ?? 0) - 1;
    if (place < 0 || previous.claims[place] === claims[place]) continue;
    left.push(previous.claims[place]!);
    came.push(claims[place]!);
  }
  return { claims, ids, byId: byPlace(claims, numbers), numbers, counts: recountClaims(previous.counts, { left, came }) };
}

export function useClaimIndex(claims: readonly Claim[]): ClaimIndex {
  const index = useRef<ClaimIndex | null>(null);
  index.current = indexClaims(claims, index.current);
  return index.current;
}
