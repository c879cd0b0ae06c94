import { describe, expect, it } from 'vitest';
import { applyEdit, type Edit } from '../../annotations/edits.ts';
import { AnnotationFile } from '../../annotations/model.ts';
import { compareAnnotations, mergeReview, ReviewError } from '../../annotations/review.ts';
import { shortFile } from '../support/fixtures.ts';

const base = shortFile();
const id = (i: number) => base.claims[i]!.id;
function analyst(name: string, edits: Edit[]): { analyst: string; file: AnnotationFile } {
  return { analyst: name, file: AnnotationFile.parse({ ...edits.reduce((f, e) => applyEdit(f, e), base), analyst: name }) };
}

describe('team review', () => {
  const ana = analyst('Ana', [
    { type: 'acceptSuggestions', claimIds: base.claims.map((c) => c.id) },
    { type: 'setConfidence', claimId: id(2), confidence: 'high' },
    { type: 'setNote', claimId: id(4), note: 'Ana: matches the minutes.' },
  ]);
  const ben = analyst('Ben', [
    { type: 'acceptSuggestions', claimIds: base.claims.map((c) => c.id) },
    { type: 'setConfidence', claimId: id(2), confidence: 'medium' },
    { type: 'setAttribution', claimId: id(4), kind: 'named' },
  ]);

  it('measures agreement per field and lists where the analysts differ', () => {
    const report = compareAnnotations([ana, ben]);
    expect(report.analysts).toEqual(['Ana', 'Ben']);
    expect(report.units).toHaveLength(6);
    const attribution = report.agreement.find((a) => a.field === 'attribution')!;
    expect(attribution.percent).toBeCloseTo(5 / 6);
    expect(attribution.alpha!).toBeLessThan(1);
    expect(report.disagreements.map((d) => [d.unit.text.slice(0, 20), d.field, d.values])).toEqual([
      ['The city council sai', 'confidence', ['High', 'Medium']],
      ['A council engineer, ', 'attribution', ['Unnamed source', 'Named source']],
    ]);
  });

  it('merges into one record: agreed claims reviewed, disagreements open with every answer noted', () => {
    const merged = AnnotationFile.parse(mergeReview(compareAnnotations([ana, ben]), ana.file));
    expect(merged.id).not.toBe(ana.file.id);
    expect(merged.claims.map((c) => c.status)).toEqual(['reviewed', 'reviewed', 'suggested', 'reviewed', 'suggested', 'reviewed']);
    const engineer = merged.claims[4]!;
    expect(engineer.attribution.kind).toBeNull();
    expect(engineer.note).toContain('attribution: Ana Unnamed source; Ben Named source');
    expect(engineer.note).toContain('Ana: matches the minutes.');
    expect(merged.article.title).toBe(`Review: ${base.article.title}`);
    expect(merged.review?.analysts).toEqual(['Ana', 'Ben']);
  });

  it('settles a disagreement as reviewed when the team decides in the record', () => {
    const merged = AnnotationFile.parse(mergeReview(compareAnnotations([ana, ben]), ana.file));
    const engineer = merged.claims[4]!;
    const settled = applyEdit(merged, { type: 'setAttribution', claimId: engineer.id, kind: 'unnamed' });
    expect(settled.claims[4]).toMatchObject({ status: 'reviewed', attribution: { kind: 'unnamed' } });
    const accepted = applyEdit(merged, { type: 'acceptSuggestions', claimIds: [merged.claims[2]!.id] });
    expect(accepted.claims[2]!.status).toBe('reviewed');
    // Outside a review record, the same decision tags.
    expect(applyEdit(ben.file, { type: 'setConfidence', claimId: id(0), confidence: 'low' }).claims[0]!.status).toBe('tagged');
  });

  it('counts a statement only one analyst drew as a disagreement', () => {
    const carl = analyst('Carl', [{ type: 'splitClaim', claimId: id(2), at: base.article.text.indexOf(' that the contractor') }]);
    const report = compareAnnotations([ana, carl]);
    expect(report.disagreements.filter((d) => d.field === 'statement')).toHaveLength(3);
  });

  it('gives analysts of the same name names of their own', () => {
    expect(compareAnnotations([ana, { ...ben, analyst: 'Ana' }]).analysts).toEqual(['Ana', 'Ana (2)']);
  });

  it('refuses files of different articles', () => {
    const other = { analyst: 'Dee', file: { ...base, article: { ...base.article, text: base.article.text + ' Extra.' } } };
    expect(() => compareAnnotations([ana, other])).toThrow(ReviewError);
    expect(() => compareAnnotations([ana])).toThrow(/at least two analysts/);
  });
});
