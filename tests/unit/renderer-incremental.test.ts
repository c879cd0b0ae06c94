/**
 * What the renderer derives from the claims (counts, the filtered list, each
 * paragraph's claims) is updated claim by claim after a tag, from the changes
 * useWorkbench records. Whatever path the lists took (a guess shown, then the
 * main process's answer to the list before it), the result must equal the
 * same data built from scratch, or the filters would count and show wrong claims.
 */
import { describe, expect, it } from 'vitest';
import { diffDocs, applyChange } from '../../annotations/doc-change.ts';
import { createAnnotationFile } from '../../annotations/document.ts';
import { applyEdit, type Edit } from '../../annotations/edits.ts';
import type { AnnotationFile, Claim } from '../../annotations/model.ts';
import { countClaims } from '../../annotations/queries.ts';
import { changedBetween, recordChange } from '../../renderer/claim-lineage.ts';
import { indexClaims, type ClaimIndex } from '../../renderer/hooks/useClaimIndex.ts';
import { filterClaimsAgain, type VisibleClaims } from '../../renderer/hooks/useVisibleClaims.ts';
import { groupClaims, paragraphsOf } from '../../renderer/paragraphs.ts';
import { BYTES_PER_CLAIM, generatedArticle } from '../../scripts/bench-articles.ts';

const doc = createAnnotationFile({ title: 'A report', text: generatedArticle(300 * BYTES_PER_CLAIM) });

/** As useWorkbench shows a value edit before the main process answers. */
function guess(file: AnnotationFile, edit: Edit & { claimId: string }): AnnotationFile {
  const next = applyEdit(file, edit);
  recordChange(file.claims, next.claims, [edit.claimId]);
  return next;
}

/** As useWorkbench applies the main process's answer to the document it last confirmed. */
function answer(confirmed: AnnotationFile, edit: Edit): AnnotationFile {
  const change = diffDocs(confirmed, applyEdit(confirmed, edit, new Date(Date.now() + 1000)));
  const next = applyChange(confirmed, change);
  if (!change.order) recordChange(confirmed.claims, next.claims, change.claims.map((c) => c.id));
  return next;
}

const isImage = (claim: Claim) => claim.attribution.kind === 'image';

function expectAsBuiltFromScratch(index: ClaimIndex, visible: VisibleClaims) {
  expect(index.counts).toEqual(countClaims(index.claims));
  const shown = index.claims.filter(isImage);
  expect(visible.claims).toEqual(shown);
  expect(visible.ids).toEqual(shown.map((c) => c.id));
  expect(visible.suggestions.open).toBe(shown.filter((c) => c.status === 'suggested').length);
  for (const claim of shown) expect(visible.claims[visible.indexOf(claim.id)]).toBe(claim);
}

describe('derived claim data after a tag', () => {
  it('follows guesses and answers as if built again, and keeps the order it already had', () => {
    const claims = doc.claims;
    expect(claims.length).toBeGreaterThan(200);
    let index = indexClaims(claims, null);
    let filtered: { from: readonly Claim[]; keep: typeof isImage; visible: VisibleClaims } = { from: claims, keep: isImage, visible: filterClaimsAgain(index, isImage, null) };
    const paragraphs = paragraphsOf(doc.article.text);
    let grouped = groupClaims(paragraphs, index, null);
    const ids = index.ids;
    const step = (now: readonly Claim[]) => {
      index = indexClaims(now, index);
      filtered = { from: now, keep: isImage, visible: filterClaimsAgain(index, isImage, filtered) };
      grouped = groupClaims(paragraphs, index, grouped);
      expectAsBuiltFromScratch(index, filtered.visible);
      expect(grouped.byParagraph).toEqual(groupClaims(paragraphs, indexClaims(now, null), null).byParagraph);
    };

    // A claim tagged as a report image joins the filtered list; the guess is shown first, then the answer.
    const into: Edit & { claimId: string } = { type: 'setAttribution', claimId: claims[120]!.id, kind: 'image' };
    const shown = guess(doc, into);
    step(shown.claims);
    expect(filtered.visible.ids).toContain(into.claimId);
    const confirmed = answer(doc, into);
    expect(changedBetween(shown.claims, confirmed.claims)).toEqual(new Set([into.claimId]));
    step(confirmed.claims);

    // Two quick keys on the way: another joins, then the first leaves.
    const other: Edit & { claimId: string } = { type: 'setAttribution', claimId: claims[7]!.id, kind: 'image' };
    const out: Edit & { claimId: string } = { type: 'setAttribution', claimId: claims[120]!.id, kind: 'named' };
    const first = guess(confirmed, other);
    const second = guess(first, out);
    step(second.claims);
    expect(filtered.visible.ids).not.toContain(out.claimId);
    const settled = answer(answer(confirmed, other), out);
    step(settled.claims);

    // An untouched suggestion of a report image, tagged otherwise, leaves the list and its count of suggestions shown.
    const suggested = claims.find((c) => c.status === 'suggested' && isImage(c))!;
    const shownBefore = filtered.visible.suggestions.open;
    step(guess(settled, { type: 'setAttribution', claimId: suggested.id, kind: 'none' }).claims);
    expect(filtered.visible.suggestions.open).toBe(shownBefore - 1);

    // No claim came, went or moved: the id list is the one built at the start.
    expect(index.ids).toBe(ids);
  });

  it('builds everything again from a list it has no record of', () => {
    const index = indexClaims(doc.claims, null);
    const split = applyEdit(doc, { type: 'splitClaim', claimId: doc.claims[3]!.id, at: doc.claims[3]!.start + 5 });
    expect(changedBetween(doc.claims, split.claims)).toBeNull();
    const next = indexClaims(split.claims, index);
    expect(next.ids).toEqual(split.claims.map((c) => c.id));
    expect(next.counts).toEqual(countClaims(split.claims));
  });

  it('forgets lists many edits back, so a long session does not keep them all', () => {
    let file = doc;
    for (let i = 0; i < 40; i++) file = guess(file, { type: 'setNote', claimId: doc.claims[i]!.id, note: `checked ${i}` });
    expect(changedBetween(doc.claims, file.claims)).toBeNull();
    expect(indexClaims(file.claims, indexClaims(doc.claims, null)).counts).toEqual(countClaims(file.claims));
  });
});
