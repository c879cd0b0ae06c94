/**
 * Every edit that changes an analyst's data, checked for what it must keep: each
 * test would fail if an edit dropped a note, evidence, a confidence or a claim,
 * or touched a claim it does not name.
 *
 * Mutants of edits.ts left alive (npm run mutate): in re-run suggestions, `c.start < end`
 * or `start < c.end` made `<=` is equivalent, since claims and statements are trimmed
 * and a sentence ends before white space, so a kept claim never starts exactly where a
 * statement ends, nor ends where one starts. Not yet pinned (the rule for a suggestion
 * the analyst wrote on is tested with a note and evidence together): `hasInput` losing
 * one of its four fields, and `matched` mutants, which keep a written-on suggestion that
 * a statement matches instead of refreshing it; both keep the analyst's words. Also not
 * pinned: the via of a suggestion shifted with its claim (edits.ts:216) and of an orphaned
 * claim's suggestion (reanchor.ts:110): no suggestion rule on the test articles gives a via
 * there; and `'reviewed'` for a claim drawn in a team record itself (edits.ts:124).
 * A forced run with --ignoreStatic also lists module-level mutants of edits.ts as alive (the
 * edit schema's messages and type names, the table of fields a typed value decides:
 * eight): there a mutant is switched on after the module has loaded, so it never takes
 * effect; they need a run with static mutants to be counted.
 */
import { describe, expect, it } from 'vitest';
import { applyEdit, EditError, type Edit } from '../../annotations/edits.ts';
import { createAnnotationFile } from '../../annotations/document.ts';
import { AnnotationFile, type Claim } from '../../annotations/model.ts';
import { shortFile, SHORT_ARTICLE } from '../support/fixtures.ts';

const apply = (file: AnnotationFile, ...edits: Edit[]) => edits.reduce((f, e) => AnnotationFile.parse(applyEdit(f, e)), file);

/** A claim that carries something in every field an analyst fills in. */
function annotated(file: AnnotationFile, index: number, label: string): AnnotationFile {
  const id = file.claims[index]!.id;
  return apply(
    file,
    { type: 'setConfidence', claimId: id, confidence: 'medium' },
    { type: 'setVerdict', claimId: id, verdict: `Verdict ${label}` },
    { type: 'setNote', claimId: id, note: `Note ${label}` },
    { type: 'setEvidence', claimId: id, evidence: [`https://evidence.example/${label}`] },
  );
}

const others = (file: AnnotationFile, ...ids: string[]) => file.claims.filter((c) => !ids.includes(c.id));
const byId = (file: AnnotationFile, id: string) => file.claims.find((c) => c.id === id)!;
const withClaim = (file: AnnotationFile, index: number, change: Partial<Claim>): AnnotationFile => ({
  ...file,
  claims: file.claims.map((c, i) => (i === index ? { ...c, ...change } : c)),
});

describe('split', () => {
  it('gives both halves everything the analyst recorded and leaves the other claims alone', () => {
    const file = annotated(shortFile(), 2, 'council');
    const claim = file.claims[2]!;
    const at = file.article.text.indexOf(' that the contractor');
    const next = apply(file, { type: 'splitClaim', claimId: claim.id, at });
    const [first, second] = next.claims.slice(2, 4) as [Claim, Claim];
    for (const half of [first, second]) {
      expect(half).toMatchObject({ confidence: 'medium', verdict: 'Verdict council', note: 'Note council', evidence: ['https://evidence.example/council'], status: 'tagged' });
      expect(half.attribution).toEqual(claim.attribution);
      expect(half.id).not.toBe(claim.id);
      expect(half.quote.exact).toBe(half.text);
    }
    expect(first.id).not.toBe(second.id);
    // The white space at the cut belongs to neither half.
    expect([first.start, first.end, first.text]).toEqual([claim.start, at, 'The city council said on Monday']);
    expect([second.start, second.end]).toEqual([at + 1, claim.end]);
    expect(others(next, first.id, second.id)).toEqual(others(file, claim.id));
  });

  it('refuses a cut at either edge or outside the claim, and changes nothing', () => {
    const file = shortFile();
    const claim = file.claims[2]!;
    for (const at of [claim.start, claim.end, claim.start - 5, claim.end + 5]) {
      expect(() => applyEdit(file, { type: 'splitClaim', claimId: claim.id, at }), String(at)).toThrow(/both parts need some text/);
    }
    expect(() => applyEdit(file, { type: 'splitClaim', claimId: 'nope', at: 120 })).toThrow(/No claim with id nope/);
  });
});

describe('merge with next', () => {
  it('keeps the notes and evidence of both claims, in order', () => {
    const file = annotated(annotated(shortFile(), 3, 'photos'), 4, 'engineer');
    const [photos, engineer] = [file.claims[3]!, file.claims[4]!];
    const next = apply(file, { type: 'mergeWithNext', claimId: photos.id });
    expect(next.claims).toHaveLength(file.claims.length - 1);
    const merged = next.claims[3]!;
    expect(merged.note).toBe('Note photos\nNote engineer');
    expect(merged.evidence).toEqual(['https://evidence.example/photos', 'https://evidence.example/engineer']);
    expect([merged.start, merged.end]).toEqual([photos.start, engineer.end]);
    expect(merged.text).toBe(`${photos.text}\n${engineer.text}`);
    expect(merged.quote.exact).toBe(merged.text);
    // The first claim's decisions lead; the second's are in its note and evidence.
    expect(merged.attribution).toEqual(photos.attribution);
    expect(merged.confidence).toBe('medium');
    expect(others(next, merged.id)).toEqual(others(file, photos.id, engineer.id));
  });

  it('adds no blank line when only one of the two has a note', () => {
    const file = shortFile();
    const withSecond = apply(file, { type: 'setNote', claimId: file.claims[1]!.id, note: 'Second only' });
    expect(apply(withSecond, { type: 'mergeWithNext', claimId: file.claims[0]!.id }).claims[0]!.note).toBe('Second only');
    const withFirst = apply(file, { type: 'setNote', claimId: file.claims[0]!.id, note: 'First only' });
    expect(apply(withFirst, { type: 'mergeWithNext', claimId: file.claims[0]!.id }).claims[0]!.note).toBe('First only');
  });

  it('refuses an unknown claim and the last claim', () => {
    const file = shortFile();
    expect(() => applyEdit(file, { type: 'mergeWithNext', claimId: 'nope' })).toThrow(new EditError('No claim with id nope.'));
    expect(() => applyEdit(file, { type: 'mergeWithNext', claimId: file.claims.at(-1)!.id })).toThrow(/nothing after it/);
  });
});

describe('delete', () => {
  it('removes exactly the one claim named', () => {
    const file = annotated(shortFile(), 3, 'photos');
    const gone = file.claims[3]!;
    const next = apply(file, { type: 'deleteClaim', claimId: gone.id });
    expect(next.claims).toEqual(others(file, gone.id));
    expect(next.claims).toHaveLength(5);
  });

  it('refuses an unknown id and deletes nothing', () => {
    const file = shortFile();
    expect(() => applyEdit(file, { type: 'deleteClaim', claimId: 'nope' })).toThrow(/No claim with id nope in "Council accuses/);
  });
});

describe('create from a selection', () => {
  it('adds one suggested claim over the trimmed selection, suggested from its own words, in article order', () => {
    const file = annotated(shortFile(), 4, 'engineer');
    const text = file.article.text;
    const start = text.indexOf('A council engineer');
    const end = text.indexOf(' anyway.');
    const next = apply(file, { type: 'createClaim', start: start - 1, end: end + 1 });
    expect(next.claims).toHaveLength(7);
    const created = next.claims.find((c) => !file.claims.some((old) => old.id === c.id))!;
    expect(created).toMatchObject({ start, end, text: 'A council engineer, who asked not to be named, said the invoices were signed', status: 'suggested', note: '', evidence: [], confidence: null });
    // The suggestion's spans index the article, not the selection.
    for (const cue of created.suggestion!.cues) expect(text.slice(cue.start, cue.end)).toBe(cue.text);
    expect(created.suggestion!.cues.map((c) => c.text)).toContain('said');
    expect(created.attribution).toEqual({ kind: 'unnamed', source: { start, end: start + 18, text: 'A council engineer' }, via: null });
    // Same start as the engineer's sentence, shorter: before it.
    expect(next.claims.indexOf(created)).toBe(4);
    expect(others(next, created.id)).toEqual(file.claims);
  });

  it('orders a claim that starts where another does after the shorter one', () => {
    const file = shortFile();
    const claim = file.claims[2]!;
    const next = apply(file, { type: 'createClaim', start: claim.start, end: claim.start + 16 });
    expect(next.claims.slice(2, 4).map((c) => c.text)).toEqual(['The city council', claim.text]);
    const longer = apply(file, { type: 'createClaim', start: claim.start, end: claim.end + 10 });
    expect(longer.claims[2]!.id).toBe(claim.id);
  });

  it('refuses an empty, blank or out-of-range selection', () => {
    const file = shortFile();
    const blank = SHORT_ARTICLE.indexOf('\n\n');
    for (const [start, end] of [[5, 5], [blank, blank + 2], [10, 5], [SHORT_ARTICLE.length - 2, SHORT_ARTICLE.length + 40]] as const) {
      expect(() => applyEdit(file, { type: 'createClaim', start, end }), `${start}-${end}`).toThrow(/empty or outside the article/);
    }
  });
});

describe('source from a selection', () => {
  it('sets the source phrase of the named claim only, and tags it', () => {
    const file = shortFile();
    const claim = file.claims[4]!;
    const start = SHORT_ARTICLE.indexOf('A council engineer');
    const next = apply(file, { type: 'setSource', claimId: claim.id, source: { start: start + 2, end: start + 9 } });
    expect(byId(next, claim.id).attribution).toEqual({ kind: 'unnamed', source: { start: start + 2, end: start + 9, text: 'council' }, via: null });
    expect(byId(next, claim.id).status).toBe('tagged');
    expect(others(next, claim.id)).toEqual(others(file, claim.id));
  });

  it('takes a selection that ends with the article', () => {
    const file = createAnnotationFile({ title: '', text: 'Head\n\nThe mayor said so' });
    const claim = file.claims[1]!;
    const next = apply(file, { type: 'setSource', claimId: claim.id, source: { start: 6, end: 23 } });
    expect(byId(next, claim.id).attribution.source).toEqual({ start: 6, end: 23, text: 'The mayor said so' });
  });

  it('clears the source with null, and refuses a blank selection', () => {
    const file = shortFile();
    const claim = file.claims[4]!;
    expect(byId(apply(file, { type: 'setSource', claimId: claim.id, source: null }), claim.id).attribution).toEqual({ kind: 'unnamed', source: null, via: null });
    const blank = SHORT_ARTICLE.indexOf('\n\n');
    expect(() => applyEdit(file, { type: 'setSource', claimId: claim.id, source: { start: blank, end: blank + 2 } })).toThrow(EditError);
    expect(() => applyEdit(file, { type: 'setSource', claimId: claim.id, source: { start: 360, end: 400 } })).toThrow(EditError);
  });
});

describe('attribution', () => {
  const withVia = (file: AnnotationFile, index: number): AnnotationFile => {
    const claim = file.claims[index]!;
    const via = { start: claim.start, end: claim.start + 3, text: claim.text.slice(0, 3) };
    return { ...file, claims: file.claims.map((c, i) => (i === index ? { ...c, attribution: { ...c.attribution, via } } : c)) };
  };

  it('drops the source and via of a claim switched to a report image or no attribution', () => {
    const file = withVia(shortFile(), 4);
    const claim = file.claims[4]!;
    for (const kind of ['image', 'none', null] as const) {
      const next = apply(file, { type: 'setAttribution', claimId: claim.id, kind });
      expect(byId(next, claim.id).attribution, String(kind)).toEqual({ kind, source: null, via: null });
    }
  });

  it('keeps the source and via between named and unnamed, and takes the suggested source when there is none', () => {
    const file = withVia(shortFile(), 4);
    const claim = file.claims[4]!;
    const named = apply(file, { type: 'setAttribution', claimId: claim.id, kind: 'named' });
    expect(byId(named, claim.id).attribution).toEqual({ kind: 'named', source: claim.attribution.source, via: claim.attribution.via });
    const viaImage = apply(file, { type: 'setAttribution', claimId: claim.id, kind: 'image' }, { type: 'setAttribution', claimId: claim.id, kind: 'unnamed' });
    expect(byId(viaImage, claim.id).attribution).toEqual({ kind: 'unnamed', source: claim.suggestion!.source, via: null });
    const same = apply(file, { type: 'setAttribution', claimId: claim.id, kind: 'unnamed' });
    expect(byId(same, claim.id).attribution).toEqual(claim.attribution);
    expect(byId(same, claim.id).status).toBe('tagged');
  });

  it('a claim with neither source nor suggestion gets none', () => {
    const file = shortFile();
    const claim = file.claims[5]!;
    const next = apply(file, { type: 'setAttribution', claimId: claim.id, kind: 'named' });
    expect(byId(next, claim.id).attribution).toEqual({ kind: 'named', source: null, via: null });
    // A claim from an older file or a merge may have no suggestion at all.
    const bare = withClaim(file, 5, { suggestion: null });
    expect(byId(apply(bare, { type: 'setAttribution', claimId: claim.id, kind: 'unnamed' }), claim.id).attribution).toEqual({ kind: 'unnamed', source: null, via: null });
  });

  it('keeps the via phrase of a named claim made unnamed', () => {
    const file = withVia(shortFile(), 2);
    const claim = file.claims[2]!;
    const next = apply(file, { type: 'setAttribution', claimId: claim.id, kind: 'unnamed' });
    expect(byId(next, claim.id).attribution).toEqual({ kind: 'unnamed', source: claim.attribution.source, via: claim.attribution.via });
  });

  it('choosing the kind a claim already has keeps a source the analyst cleared', () => {
    const file = shortFile();
    const claim = file.claims[2]!;
    const cleared = apply(file, { type: 'setSource', claimId: claim.id, source: null });
    const again = apply(cleared, { type: 'setAttribution', claimId: claim.id, kind: 'named' });
    expect(byId(again, claim.id).attribution).toEqual({ kind: 'named', source: null, via: null });
  });
});

describe('status', () => {
  it('a note or evidence alone leaves a suggestion suggested; a decision tags it', () => {
    const file = shortFile();
    const id = file.claims[0]!.id;
    expect(byId(apply(file, { type: 'setNote', claimId: id, note: 'x' }, { type: 'setEvidence', claimId: id, evidence: ['y'] }), id).status).toBe('suggested');
    for (const edit of [
      { type: 'setVerdict', claimId: id, verdict: 'False' },
      { type: 'setConfidence', claimId: id, confidence: 'low' },
      { type: 'setAttribution', claimId: id, kind: 'none' },
      { type: 'setSource', claimId: id, source: null },
    ] as const) {
      expect(byId(apply(file, edit), id).status, edit.type).toBe('tagged');
    }
  });

  it('a reviewed claim stays reviewed, and in a review record every decision settles the claim', () => {
    const file = shortFile();
    const id = file.claims[0]!.id;
    const reviewed = { ...file, claims: file.claims.map((c) => (c.id === id ? { ...c, status: 'reviewed' as const } : c)) };
    expect(byId(apply(reviewed, { type: 'setConfidence', claimId: id, confidence: 'low' }), id).status).toBe('reviewed');
    const record = { ...file, review: { analysts: ['Ana', 'Ben'], agreement: [] } };
    expect(byId(apply(record, { type: 'setVerdict', claimId: id, verdict: 'False' }), id).status).toBe('reviewed');
    expect(apply(record, { type: 'acceptSuggestions', claimIds: [id] }).claims[0]!.status).toBe('reviewed');
    // Accepting is for suggestions: a tagged claim in a review record is not settled by it.
    const tagged = withClaim(record, 0, { status: 'tagged' });
    expect(apply(tagged, { type: 'acceptSuggestions', claimIds: [id] }).claims[0]!.status).toBe('tagged');
  });

  it('accepting changes only the status of the suggested claims named', () => {
    const file = annotated(shortFile(), 1, 'tagged');
    const ids = [file.claims[0]!.id, file.claims[1]!.id, file.claims[3]!.id];
    const next = apply(file, { type: 'acceptSuggestions', claimIds: ids });
    expect(next.claims.map((c) => c.status)).toEqual(['tagged', 'tagged', 'suggested', 'tagged', 'suggested', 'suggested']);
    expect(next.claims.map(({ status: _s, ...rest }) => rest)).toEqual(file.claims.map(({ status: _s, ...rest }) => rest));
    expect(next.claims[1]).toEqual(file.claims[1]);
  });
});

describe('re-running suggestions', () => {
  it('keeps the note, evidence, confidence and verdict of an untouched suggestion, and tagged claims exactly', () => {
    const base = annotated(shortFile(), 2, 'tagged');
    const untouched = base.claims[4]!;
    // A suggestion can carry a note and evidence (they do not tag it) and, from an import, a confidence.
    const file = {
      ...base,
      claims: base.claims.map((c) => (c.id === untouched.id ? { ...c, note: 'Ask the engineer', evidence: ['call log'], confidence: 'low' as const, verdict: 'Unverifiable' } : c)),
    };
    const next = apply(file, { type: 'rerunSuggestions' });
    expect(next.claims.map((c) => c.id)).toEqual(file.claims.map((c) => c.id));
    expect(byId(next, untouched.id)).toMatchObject({ note: 'Ask the engineer', evidence: ['call log'], confidence: 'low', verdict: 'Unverifiable', status: 'suggested' });
    expect(byId(next, base.claims[2]!.id)).toEqual(file.claims[2]);
  });

  it('gives untouched suggestions fresh suggestions, and leaves every tagged claim alone', () => {
    const base = annotated(annotated(shortFile(), 0, 'head'), 5, 'last');
    // A suggestion from an older rule set: the engineer's sentence once read as having no source.
    const stale = withClaim(base, 4, { attribution: { kind: 'none', source: null, via: null }, suggestion: { attribution: 'none', cues: [] } });
    const next = apply(stale, { type: 'rerunSuggestions' });
    expect(next.claims.map((c) => c.id)).toEqual(base.claims.map((c) => c.id));
    expect(next.claims[4]!.attribution).toEqual(base.claims[4]!.attribution);
    expect(next.claims[4]!.suggestion).toEqual(base.claims[4]!.suggestion);
    expect([next.claims[0], next.claims[5]]).toEqual([base.claims[0], base.claims[5]]);
  });

  it('puts back the sentence of a split nobody wrote on, as a new claim', () => {
    const file = shortFile();
    const claim = file.claims[2]!;
    const split = apply(file, { type: 'splitClaim', claimId: claim.id, at: SHORT_ARTICLE.indexOf(' that the contractor') });
    const next = apply(split, { type: 'rerunSuggestions' });
    expect(next.claims.map((c) => c.text)).toEqual(file.claims.map((c) => c.text));
    expect([split.claims[2]!.id, split.claims[3]!.id]).not.toContain(next.claims[2]!.id);
    expect(new Set(next.claims.map((c) => c.id)).size).toBe(6);
  });

  it('brings back a deleted suggestion, but not over a tagged claim covering its words', () => {
    const file = shortFile();
    const [head, stand] = [file.claims[0]!, file.claims[1]!];
    const deleted = apply(file, { type: 'setConfidence', claimId: stand.id, confidence: 'high' }, { type: 'deleteClaim', claimId: head.id });
    const next = apply(deleted, { type: 'rerunSuggestions' });
    expect(next.claims.map((c) => c.text)).toEqual(file.claims.map((c) => c.text));
    expect(next.claims[0]!.id).not.toBe(head.id);
    const createdOver = apply(file, { type: 'createClaim', start: head.start, end: head.start + 7 }, { type: 'setConfidence', claimId: file.claims[0]!.id, confidence: 'low' });
    const taggedPart = createdOver.claims.find((c) => c.text === 'Council')!;
    const rerun = apply(apply(createdOver, { type: 'setConfidence', claimId: taggedPart.id, confidence: 'low' }), { type: 'deleteClaim', claimId: head.id }, { type: 'rerunSuggestions' });
    expect(rerun.claims.filter((c) => c.start < head.end).map((c) => c.text)).toEqual(['Council']);
  });

  it('keeps a suggestion the analyst split and wrote a note on, rather than the sentence it came from', () => {
    const file = shortFile();
    const claim = file.claims[2]!;
    const split = apply(file, { type: 'splitClaim', claimId: claim.id, at: SHORT_ARTICLE.indexOf(' that the contractor') });
    const half = split.claims[3]!;
    const noted = apply(split, { type: 'setNote', claimId: half.id, note: 'Check the invoices' }, { type: 'setEvidence', claimId: half.id, evidence: ['audit p. 3'] });
    expect(byId(noted, half.id).status).toBe('suggested');
    const next = apply(noted, { type: 'rerunSuggestions' });
    expect(byId(next, half.id)).toEqual(byId(noted, half.id));
    // The untouched first half gives way to nothing: the sentence it came from is covered by the kept half.
    expect(next.claims.map((c) => c.text)).toEqual(noted.claims.filter((c) => c.id !== split.claims[2]!.id).map((c) => c.text));
  });

  it('an orphaned tagged claim does not keep a statement from being suggested again', () => {
    const file = shortFile();
    const last = file.claims[5]!;
    const orphan = { ...file, claims: file.claims.map((c) => (c.id === last.id ? { ...c, status: 'tagged' as const, orphaned: true } : c)) };
    const next = apply(orphan, { type: 'rerunSuggestions' });
    expect(next.claims.filter((c) => c.text === last.text)).toHaveLength(2);
    expect(new Set(next.claims.map((c) => c.id)).size).toBe(next.claims.length);
  });
});

describe('the article itself', () => {
  it('a new title is trimmed, and changes no claim', () => {
    const file = shortFile();
    const next = apply(file, { type: 'setTitle', title: '  Bridge audit  ' });
    expect(next.article).toEqual({ ...file.article, title: 'Bridge audit' });
    expect(next.claims).toEqual(file.claims);
  });

  it('a corrected text gets the same line endings as an import, and the change time is recorded', () => {
    const file = shortFile();
    const now = new Date('2026-11-28T12:00:00Z');
    const next = applyEdit(file, { type: 'correctText', text: `\uFEFF${SHORT_ARTICLE.replace(/\n/g, '\r\n')}` }, now);
    expect(next.article.text).toBe(SHORT_ARTICLE);
    expect(next.updatedAt).toBe(now.toISOString());
    expect(next.claims.map(({ start, end, text }) => ({ start, end, text }))).toEqual(file.claims.map(({ start, end, text }) => ({ start, end, text })));
  });
});
