/**
 * The claims by id, and each claim's place in the article (from 1, so numbers
 * stay put under a filter). The id-to-place map is kept while no claim comes,
 * goes or moves: a tag or a note replaces one claim object, and a new Map of
 * 11,000 ids on every keypress cost a good part of the frame.
 */
import { useMemo, useRef } from 'react';
import type { Claim } from '../../annotations/model.ts';

export type ClaimsById = Pick<ReadonlyMap<string, Claim>, 'get'>;

export function useClaimIndex(claims: readonly Claim[]): { byId: ClaimsById; numbers: ReadonlyMap<string, number> } {
  const places = useRef<{ ids: string[]; numbers: Map<string, number> } | null>(null);
  const known = places.current;
  const sameOrder = known !== null && known.ids.length === claims.length && claims.every((claim, i) => claim.id === known.ids[i]);
  const numbers = sameOrder ? known.numbers : new Map(claims.map((claim, i) => [claim.id, i + 1]));
  if (!sameOrder) places.current = { ids: claims.map((claim) => claim.id), numbers };
  return useMemo(
    () => ({
      byId: {
        get: (id: string) => {
          const number = numbers.get(id);
          return number === undefined ? undefined : claims[number - 1];
        },
      },
      numbers,
    }),
    [claims, numbers],
  );
}
