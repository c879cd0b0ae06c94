/**
 * Keeps the previous object for every claim the main process sent back
 * unchanged, so memoised rows skip rendering: a reply arrives as a fresh copy
 * of the whole document, but an edit usually changes one claim.
 */
import { dequal } from 'dequal';
import type { AnnotationFile } from '../annotations/model.ts';

export function shareUnchanged(previous: AnnotationFile | null, next: AnnotationFile): AnnotationFile {
  if (!previous || previous.id !== next.id) return next;
  const before = new Map(previous.claims.map((c) => [c.id, c]));
  const claims = next.claims.map((claim) => {
    const old = before.get(claim.id);
    return old && dequal(old, claim) ? old : claim;
  });
  const sameClaims = claims.length === previous.claims.length && claims.every((c, i) => c === previous.claims[i]);
  return {
    ...next,
    article: dequal(previous.article, next.article) ? previous.article : next.article,
    claims: sameClaims ? previous.claims : claims,
  };
}
