/**
 * Which claims changed between two claim lists the renderer has held. A tag
 * or a note replaces one claim of 11,000; the views that derive data from the
 * claims (counts, the filtered list, each paragraph's highlights) ask here for
 * the few claims to update, instead of comparing every claim at every key
 * (one pass over 11,000 claims costs about a millisecond on a slow machine,
 * and a keypress made several).
 *
 * useWorkbench records each list it makes from another with the claims in the
 * same order (a value edit's guess, the main process's answer); a list opened,
 * reloaded, or with claims added, removed or moved has no parent, and the
 * views derive everything again from it.
 */
import type { Claim } from '../annotations/model.ts';

type Claims = readonly Claim[];

interface Parent {
  list: Claims;
  /** Ids of the claims that may differ from the parent's; all others are the same objects. */
  changed: readonly string[];
}

const parents = new WeakMap<Claims, Parent>();

/** Lists further back than this are forgotten, so a session of edits does not keep every list it made. */
const MEMORY = 16;

/** Records that `child` is `parent` with only the claims of these ids replaced, in the same order. */
export function recordChange(parent: Claims, child: Claims, changed: readonly string[]): void {
  if (parent === child) return;
  parents.set(child, { list: parent, changed });
  let oldest: Claims = child;
  for (let depth = 0; depth < MEMORY; depth++) {
    const up = parents.get(oldest);
    if (!up) return;
    oldest = up.list;
  }
  parents.delete(oldest);
}

/**
 * The ids of the claims that may differ between `from` and `to` (same order,
 * every other claim the same object), or null when the two are not related by
 * recorded changes: then derive everything from `to` again.
 */
export function changedBetween(from: Claims, to: Claims): ReadonlySet<string> | null {
  // The two may be on two branches (a guess shown, then the main process's answer to the list before it):
  // the claims that differ are those changed on the way from `from` up to the common ancestor and down to `to`.
  const fromAncestors = new Map<Claims, number>();
  const fromChanges: (readonly string[])[] = [];
  for (let list: Claims | undefined = from; list; list = parents.get(list)?.list) {
    fromAncestors.set(list, fromChanges.length);
    const up = parents.get(list);
    if (up) fromChanges.push(up.changed);
  }
  const toChanges: (readonly string[])[] = [];
  for (let list: Claims | undefined = to; list; list = parents.get(list)?.list) {
    const steps = fromAncestors.get(list);
    if (steps !== undefined) return new Set([...fromChanges.slice(0, steps), ...toChanges].flat());
    const up = parents.get(list);
    if (up) toChanges.push(up.changed);
  }
  return null;
}
