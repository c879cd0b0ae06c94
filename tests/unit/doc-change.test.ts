import { beforeEach, describe, expect, it } from 'vitest';
import { applyChange, diffDocs } from '../../annotations/doc-change.ts';
import { applyEdit, type Edit } from '../../annotations/edits.ts';
import type { AnnotationFile, Claim } from '../../annotations/model.ts';
import { shortFile, SHORT_ARTICLE } from '../support/fixtures.ts';

// Built in each test, not at load: mutation testing runs every test against mutants of code run outside one.
let file: AnnotationFile;
let second: Claim;
beforeEach(() => {
  file = shortFile();
  second = file.claims[1]!;
});

describe('edit replies carry only what changed', () => {
  it('a tag sends the one claim it changed, and the copy it applies to keeps every other claim object', () => {
    const after = applyEdit(file, { type: 'setAttribution', claimId: second.id, kind: 'image' });
    const change = diffDocs(file, after);
    expect(change.claims).toEqual([after.claims[1]]);
    expect(change.removed).toEqual([]);
    expect(change.order).toBeUndefined();
    const copy = applyChange(structuredClone(file), structuredClone(change));
    expect(copy).toEqual(after);
    const renderersCopy = structuredClone(file);
    const applied = applyChange(renderersCopy, change);
    applied.claims.forEach((claim, i) => (i === 1 ? expect(claim).not.toBe(renderersCopy.claims[i]) : expect(claim).toBe(renderersCopy.claims[i])));
  });

  it.each<[string, (claim: Claim) => Edit]>([
    ['a split', (c) => ({ type: 'splitClaim', claimId: c.id, at: c.start + 8 })],
    ['a merge', (c) => ({ type: 'mergeWithNext', claimId: c.id })],
    ['a deletion', (c) => ({ type: 'deleteClaim', claimId: c.id })],
    ['a new claim', () => ({ type: 'createClaim', start: 0, end: 7 })],
    ['a correction', () => ({ type: 'correctText', text: SHORT_ARTICLE.replace('1987', '1988') })],
  ])('%s arrives whole: claims come, go and keep their order', (_, editOf) => {
    const after = applyEdit(file, editOf(second));
    const change = diffDocs(file, after);
    expect(JSON.stringify(change).length).toBeLessThan(JSON.stringify(after).length);
    expect(applyChange(structuredClone(file), structuredClone(change))).toEqual(after);
  });

  it('undo is a change like any other, back to the objects held before', () => {
    const after = applyEdit(file, { type: 'deleteClaim', claimId: second.id });
    const back = diffDocs(after, file);
    expect(back.claims).toEqual([second]);
    expect(applyChange(after, back)).toEqual(file);
  });

  it('refuses a change for another article or one naming a claim the copy does not hold', () => {
    const change = diffDocs(file, applyEdit(file, { type: 'deleteClaim', claimId: second.id }));
    expect(() => applyChange(shortFile(), change)).toThrow(/cannot apply/);
    expect(() => applyChange({ ...file, claims: file.claims.slice(2) }, change)).toThrow(/does not hold/);
  });
});
