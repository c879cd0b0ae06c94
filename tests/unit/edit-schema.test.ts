/**
 * The Edit schema, the boundary every change crosses (IPC, the CLI): what it lets
 * through whole and what it refuses. edits.ts is imported inside the tests, so a
 * schema that fails to build fails them (and a mutation run sees it) rather than
 * the file's loading.
 */
import { describe, expect, it } from 'vitest';
import type { Edit } from '../../annotations/edits.ts';
import { MAX_ARTICLE_CHARS } from '../../annotations/model.ts';

const schema = async () => (await import('../../annotations/edits.ts')).Edit;

describe('the Edit schema refuses what would lose or bloat data', () => {
  const claimId = 'c1';
  const cases: [string, unknown, boolean][] = [
    ['a verdict of 200 characters', { type: 'setVerdict', claimId, verdict: 'v'.repeat(200) }, true],
    ['a verdict of 201 characters', { type: 'setVerdict', claimId, verdict: 'v'.repeat(201) }, false],
    ['a note of 100,000 characters', { type: 'setNote', claimId, note: 'n'.repeat(100_000) }, true],
    ['a note of 100,001 characters', { type: 'setNote', claimId, note: 'n'.repeat(100_001) }, false],
    ['200 pieces of evidence', { type: 'setEvidence', claimId, evidence: Array(200).fill('e') }, true],
    ['201 pieces of evidence', { type: 'setEvidence', claimId, evidence: Array(201).fill('e') }, false],
    ['evidence of 10,000 characters', { type: 'setEvidence', claimId, evidence: ['e'.repeat(10_000)] }, true],
    ['evidence of 10,001 characters', { type: 'setEvidence', claimId, evidence: ['e'.repeat(10_001)] }, false],
    ['an empty claim id', { type: 'setNote', claimId: '', note: '' }, false],
    ['accepting no claims', { type: 'acceptSuggestions', claimIds: [] }, false],
    ['accepting a claim with an empty id', { type: 'acceptSuggestions', claimIds: [''] }, false],
    ['an empty title', { type: 'setTitle', title: '' }, false],
    ['a title of 500 characters', { type: 'setTitle', title: 't'.repeat(500) }, true],
    ['a title of 501 characters', { type: 'setTitle', title: 't'.repeat(501) }, false],
    ['an empty corrected text', { type: 'correctText', text: '' }, false],
    ['a negative selection', { type: 'createClaim', start: -1, end: 4 }, false],
    ['a fractional selection', { type: 'createClaim', start: 0.5, end: 4 }, false],
    ['a source with a negative end', { type: 'setSource', claimId, source: { start: 0, end: -2 } }, false],
    ['a fractional split', { type: 'splitClaim', claimId, at: 1.5 }, false],
    ['an unknown attribution', { type: 'setAttribution', claimId, kind: 'rumour' }, false],
    ['an unknown confidence', { type: 'setConfidence', claimId, confidence: 'certain' }, false],
  ];
  it.each(cases)('%s', async (_name, edit, ok) => {
    expect((await schema()).safeParse(edit).success).toBe(ok);
  });

  it('says why a corrected text is refused', async () => {
    const Edit = await schema();
    expect(Edit.safeParse({ type: 'correctText', text: '' }).error?.issues[0]?.message).toBe('The article text is empty.');
    expect(Edit.safeParse({ type: 'correctText', text: 'x'.repeat(MAX_ARTICLE_CHARS + 1) }).error?.issues[0]?.message).toBe('The article is too long.');
  });
});

describe('the Edit schema passes every kind of edit through whole', () => {
  const claimId = 'c1';
  const edits: Edit[] = [
    { type: 'setAttribution', claimId, kind: 'image' },
    { type: 'setAttribution', claimId, kind: null },
    { type: 'setConfidence', claimId, confidence: 'high' },
    { type: 'setVerdict', claimId, verdict: null },
    { type: 'setNote', claimId, note: '' },
    { type: 'setEvidence', claimId, evidence: ['a', 'b'] },
    { type: 'setSource', claimId, source: { start: 1, end: 4 } },
    { type: 'setSource', claimId, source: null },
    { type: 'acceptSuggestions', claimIds: ['c1', 'c2'] },
    { type: 'splitClaim', claimId, at: 0 },
    { type: 'mergeWithNext', claimId },
    { type: 'deleteClaim', claimId },
    { type: 'createClaim', start: 0, end: 3 },
    { type: 'rerunSuggestions' },
    { type: 'setTitle', title: 'A title' },
    { type: 'correctText', text: 'x'.repeat(MAX_ARTICLE_CHARS) },
  ];
  it.each(edits.map((edit) => [edit.type, edit] as const))('%s', async (_type, edit) => {
    expect((await schema()).parse(edit)).toEqual(edit);
  });
});
