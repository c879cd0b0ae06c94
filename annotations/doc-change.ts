/**
 * What one edit, undo or redo changed in a document: the message that travels
 * back to the renderer instead of the whole document (at 11,000 claims the
 * document is megabytes; a keystroke changes one claim). Claims are compared by
 * identity, which applyEdit keeps for every claim it does not change, so
 * finding the change costs one pass and no deep comparison.
 */
import type { AnnotationFile, Claim } from './model.ts';

export interface DocChange {
  /** The article the change belongs to. */
  id: string;
  /** The document's version after the change. */
  updatedAt: string;
  /** Top-level fields other than the claims that changed (the article after a correction, say). */
  // Key remapping, not Omit: Omit drops every known key of a type with an index signature (files keep unknown fields).
  fields: { [K in keyof AnnotationFile as Exclude<K, 'claims'>]?: AnnotationFile[K] };
  /** Claims that are new or changed. */
  claims: Claim[];
  /** Ids of claims that are gone. */
  removed: string[];
  /** Every claim id in order, whenever claims came, went or moved. */
  order?: string[];
}

export function diffDocs(before: AnnotationFile, after: AnnotationFile): DocChange {
  const fields: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof AnnotationFile)[]) {
    if (key !== 'claims' && after[key] !== before[key]) fields[key] = after[key];
  }
  const sameOrder = after.claims.length === before.claims.length && after.claims.every((c, i) => c.id === before.claims[i]!.id);
  // Most edits change values in place: one pass side by side, no maps.
  if (sameOrder) return { id: after.id, updatedAt: after.updatedAt, fields, claims: after.claims.filter((c, i) => c !== before.claims[i]), removed: [] };
  const old = new Map(before.claims.map((c) => [c.id, c]));
  const claims = after.claims.filter((c) => old.get(c.id) !== c);
  const present = new Set(after.claims.map((c) => c.id));
  const removed = before.claims.filter((c) => !present.has(c.id)).map((c) => c.id);
  return { id: after.id, updatedAt: after.updatedAt, fields, claims, removed, order: after.claims.map((c) => c.id) };
}

/** The document after the change; claims the change does not name stay the same objects, so memoised views skip them. */
export function applyChange(doc: AnnotationFile, change: DocChange): AnnotationFile {
  if (change.id !== doc.id) throw new Error(`A change to article ${change.id} cannot apply to ${doc.id}.`);
  const changed = new Map(change.claims.map((c) => [c.id, c]));
  let claims: Claim[];
  if (change.order) {
    const known = new Map(doc.claims.map((c) => [c.id, c]));
    claims = change.order.map((id) => {
      const claim = changed.get(id) ?? known.get(id);
      if (!claim) throw new Error(`The change names claim ${id}, which this copy of the article does not hold.`);
      return claim;
    });
  } else if (changed.size) {
    claims = doc.claims.map((c) => changed.get(c.id) ?? c);
  } else {
    claims = doc.claims;
  }
  return { ...doc, ...change.fields, updatedAt: change.updatedAt, claims };
}
