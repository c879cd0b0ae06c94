/**
 * A long article's paragraphs and the claims on each, for drawing only those
 * near the view. After a tag only the paragraphs holding the changed claim get
 * a new list of claims, so every other paragraph on screen is left as drawn.
 */
import type { Claim } from '../annotations/model.ts';
import { changedBetween } from './claim-lineage.ts';
import type { ClaimIndex } from './hooks/useClaimIndex.ts';

export interface Paragraph {
  start: number;
  end: number;
}

export function paragraphsOf(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let start = 0;
  for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
    paragraphs.push({ start, end });
    start = end + 1;
  }
  paragraphs.push({ start, end: text.length });
  return paragraphs;
}

/** The paragraph holding an offset (binary search). */
export function paragraphAt(paragraphs: readonly Paragraph[], offset: number): number {
  let low = 0;
  let high = paragraphs.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (paragraphs[mid]!.start <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

export interface ParagraphClaims {
  paragraphs: readonly Paragraph[];
  claims: readonly Claim[];
  /** For each paragraph, the claims in the text that touch it; a claim across a paragraph break is in both. */
  byParagraph: readonly (readonly Claim[])[];
}

/** The paragraphs a claim touches (orphaned claims have no place in the text). */
function* paragraphsTouched(paragraphs: readonly Paragraph[], claim: Claim): Generator<number> {
  if (claim.orphaned) return;
  for (let i = paragraphAt(paragraphs, claim.start); i < paragraphs.length && paragraphs[i]!.start < Math.max(claim.end, claim.start + 1); i++) yield i;
}

function groupAll(paragraphs: readonly Paragraph[], claims: readonly Claim[]): ParagraphClaims {
  const byParagraph = paragraphs.map((): Claim[] => []);
  for (const claim of claims) for (const i of paragraphsTouched(paragraphs, claim)) byParagraph[i]!.push(claim);
  return { paragraphs, claims, byParagraph };
}

/** The claims of each paragraph, from the grouping of an earlier list of claims when only some claims' values changed. */
export function groupClaims(paragraphs: readonly Paragraph[], index: ClaimIndex, previous: ParagraphClaims | null): ParagraphClaims {
  const { claims, numbers } = index;
  if (previous?.paragraphs === paragraphs && previous.claims === claims) return previous;
  const changed = previous?.paragraphs === paragraphs ? changedBetween(previous.claims, claims) : null;
  if (!previous || !changed) return groupAll(paragraphs, claims);
  const byParagraph = previous.byParagraph.slice();
  for (const id of changed) {
    const place = (numbers.get(id) ?? 0) - 1;
    const before = previous.claims[place];
    const after = claims[place];
    if (!before || !after || after === before) continue;
    // A claim that moved, or left or came back into the text, regroups everything (after a text correction, say).
    if (after.start !== before.start || after.end !== before.end || after.orphaned !== before.orphaned) return groupAll(paragraphs, claims);
    for (const i of paragraphsTouched(paragraphs, after)) byParagraph[i] = byParagraph[i]!.map((c) => (c === before ? after : c));
  }
  return { paragraphs, claims, byParagraph };
}
