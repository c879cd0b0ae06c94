/** Which claim an undo or redo changed, so the window can bring it into view. */
import { dequal } from 'dequal';
import type { Claim } from '../annotations/model.ts';

export type ClaimChange = { kind: 'changed'; id: string } | { kind: 'removed'; start: number } | null;

export function changedClaim(before: readonly Claim[], after: readonly Claim[]): ClaimChange {
  const old = new Map(before.map((c) => [c.id, c]));
  const changed = after.find((c) => !dequal(old.get(c.id), c));
  if (changed) return { kind: 'changed', id: changed.id };
  const kept = new Set(after.map((c) => c.id));
  const removed = before.find((c) => !kept.has(c.id));
  return removed ? { kind: 'removed', start: removed.start } : null;
}
