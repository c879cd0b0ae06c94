import { describe, expect, it } from 'vitest';
import { applyEdit, EditError, type Edit } from '../../annotations/edits.ts';
import { record, redo, startHistory, undo } from '../../annotations/history.ts';
import { AnnotationFile } from '../../annotations/model.ts';
import { countClaims, filterClaims } from '../../annotations/queries.ts';
import { shortFile } from '../support/fixtures.ts';

const apply = (file: AnnotationFile, ...edits: Edit[]) => edits.reduce((f, e) => AnnotationFile.parse(applyEdit(f, e)), file);

describe('a new annotation file', () => {
  it('holds every statement as a suggested claim whose text is its slice of the article', () => {
    const file = shortFile();
    expect(file.article.title).toBe('Council accuses contractor of overcharging for bridge repairs');
    expect(file.claims).toHaveLength(6);
    for (const claim of file.claims) {
      expect(file.article.text.slice(claim.start, claim.end)).toBe(claim.text);
      expect(claim.quote.exact).toBe(claim.text);
      expect(claim.status).toBe('suggested');
      expect(claim.confidence).toBeNull();
    }
    expect(file.claims.map((c) => c.attribution.kind)).toEqual(['named', 'named', 'named', 'image', 'unnamed', 'none']);
  });
});

describe('applyEdit', () => {
  it('tags a claim when the analyst sets attribution or confidence, leaving the old file unchanged', () => {
    const file = shortFile();
    const id = file.claims[2]!.id;
    const next = apply(file, { type: 'setAttribution', claimId: id, kind: 'unnamed' }, { type: 'setConfidence', claimId: id, confidence: 'high' });
    expect(next.claims[2]).toMatchObject({ status: 'tagged', confidence: 'high', attribution: { kind: 'unnamed' } });
    expect(file.claims[2]).toMatchObject({ status: 'suggested', confidence: null, attribution: { kind: 'named' } });
  });

  it('accepts suggestions without changing their values', () => {
    const file = shortFile();
    const ids = file.claims.slice(0, 3).map((c) => c.id);
    const next = apply(file, { type: 'acceptSuggestions', claimIds: ids });
    expect(next.claims.map((c) => c.status)).toEqual(['tagged', 'tagged', 'tagged', 'suggested', 'suggested', 'suggested']);
    expect(next.claims.map((c) => c.attribution)).toEqual(file.claims.map((c) => c.attribution));
  });

  it('records a source phrase from a selection, trimmed to its words', () => {
    const file = shortFile();
    const claim = file.claims[2]!;
    const start = file.article.text.indexOf('The city council');
    const next = apply(file, { type: 'setSource', claimId: claim.id, source: { start: start - 1, end: start + 'The city council'.length + 1 } });
    expect(next.claims[2]!.attribution.source).toEqual({ start, end: start + 16, text: 'The city council' });
  });

  it('splits a claim in two at a position and merges it back', () => {
    const file = shortFile();
    const claim = file.claims[2]!;
    const at = file.article.text.indexOf('that the contractor');
    const split = apply(file, { type: 'setConfidence', claimId: claim.id, confidence: 'low' }, { type: 'splitClaim', claimId: claim.id, at });
    expect(split.claims).toHaveLength(7);
    expect(split.claims[2]!.text).toBe('The city council said on Monday');
    expect(split.claims[3]!.text).toBe('that the contractor had billed for work it never did.');
    expect(split.claims[3]!.confidence).toBe('low');
    const merged = apply(split, { type: 'mergeWithNext', claimId: split.claims[2]!.id });
    expect(merged.claims).toHaveLength(6);
    expect(merged.claims[2]!.text).toBe(claim.text);
  });

  it('refuses a split at the edge of a claim and a merge of the last claim', () => {
    const file = shortFile();
    const claim = file.claims[2]!;
    expect(() => applyEdit(file, { type: 'splitClaim', claimId: claim.id, at: claim.start })).toThrow(EditError);
    expect(() => applyEdit(file, { type: 'mergeWithNext', claimId: file.claims.at(-1)!.id })).toThrow(/last claim/);
    expect(() => applyEdit(file, { type: 'deleteClaim', claimId: 'gone' })).toThrow(/No claim/);
  });

  it('creates a claim from any selection, suggested like the rest, in article order', () => {
    const file = shortFile();
    const start = file.article.text.indexOf('A council engineer');
    const end = file.article.text.indexOf(' said the invoices');
    const next = apply(file, { type: 'createClaim', start, end });
    expect(next.claims).toHaveLength(7);
    const created = next.claims.find((c) => c.start === start && c.end === end)!;
    expect(created.text).toBe('A council engineer, who asked not to be named,');
    expect(created.attribution.kind).toBe('unnamed');
    expect(next.claims.map((c) => c.start)).toEqual([...next.claims.map((c) => c.start)].sort((a, b) => a - b));
  });

  it('re-runs suggestions without touching claims an analyst tagged', () => {
    const file = shortFile();
    const tagged = file.claims[5]!;
    const changed = apply(file, { type: 'setAttribution', claimId: tagged.id, kind: 'named' }, { type: 'setNote', claimId: tagged.id, note: 'Checked with the archive.' }, { type: 'deleteClaim', claimId: file.claims[0]!.id });
    // The delete must have happened, or the re-run below would hide a delete that does nothing.
    expect(changed.claims.map((c) => c.text)).toEqual(file.claims.slice(1).map((c) => c.text));
    const rerun = apply(changed, { type: 'rerunSuggestions' });
    expect(rerun.claims).toHaveLength(6);
    expect(rerun.claims.find((c) => c.id === tagged.id)).toEqual(changed.claims.find((c) => c.id === tagged.id));
    expect(rerun.claims[0]!.text).toBe(file.claims[0]!.text);
  });
});

describe('history', () => {
  it('undoes and redoes edits in order, and a new edit clears redo', () => {
    const file = shortFile();
    const id = file.claims[0]!.id;
    let history = startHistory(file);
    history = record(history, applyEdit(history.present, { type: 'setConfidence', claimId: id, confidence: 'low' }));
    history = record(history, applyEdit(history.present, { type: 'setConfidence', claimId: id, confidence: 'high' }));
    history = undo(history)!;
    expect(history.present.claims[0]!.confidence).toBe('low');
    history = undo(history)!;
    expect(history.present).toBe(file);
    expect(undo(history)).toBeNull();
    history = redo(history)!;
    expect(history.present.claims[0]!.confidence).toBe('low');
    history = record(history, applyEdit(history.present, { type: 'setConfidence', claimId: id, confidence: 'medium' }));
    expect(redo(history)).toBeNull();
  });
});

describe('queries', () => {
  it('filters by attribution, confidence and status and counts each', () => {
    const file = shortFile();
    const next = apply(file, { type: 'setConfidence', claimId: file.claims[3]!.id, confidence: 'high' });
    expect(filterClaims(next.claims, { attribution: 'named', confidence: null, status: null, orphaned: false })).toHaveLength(3);
    expect(filterClaims(next.claims, { attribution: null, confidence: 'high', status: 'tagged', orphaned: false }).map((c) => c.id)).toEqual([file.claims[3]!.id]);
    expect(filterClaims(next.claims, { attribution: null, confidence: 'unset', status: 'suggested', orphaned: false })).toHaveLength(5);
    const counts = countClaims(next.claims);
    expect(counts.byAttribution).toEqual({ named: 3, unnamed: 1, image: 1, none: 1, unset: 0 });
    expect(counts.byStatus).toEqual({ suggested: 5, tagged: 1, reviewed: 0 });
  });
});

describe('the file schema', () => {
  it('rejects a claim whose offsets do not select its text', () => {
    const file = shortFile();
    const broken = { ...file, claims: [{ ...file.claims[0]!, end: file.claims[0]!.end - 3 }] };
    expect(AnnotationFile.safeParse(broken).success).toBe(false);
  });
});
