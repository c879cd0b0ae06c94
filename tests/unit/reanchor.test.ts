import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../annotations/edits.ts';
import { record, startHistory, undo } from '../../annotations/history.ts';
import { AnnotationFile } from '../../annotations/model.ts';
import { reanchorClaims } from '../../annotations/reanchor.ts';
import { shortFile, SHORT_ARTICLE } from '../support/fixtures.ts';

const correct = (file: AnnotationFile, text: string) => AnnotationFile.parse(applyEdit(file, { type: 'correctText', text }));

describe('correcting the article text', () => {
  it('moves every claim with the text when a paragraph is added before it', () => {
    const file = shortFile();
    const text = SHORT_ARTICLE.replace('\n\n', '\n\nA new opening paragraph 🧾 was added by the editor.\n');
    const next = correct(file, text);
    expect(next.article.text).toBe(text);
    const kept = next.claims.filter((c) => file.claims.some((old) => old.id === c.id));
    expect(kept).toHaveLength(file.claims.length);
    for (const claim of kept) {
      const old = file.claims.find((c) => c.id === claim.id)!;
      expect(claim.text).toBe(old.text);
      expect(text.slice(claim.start, claim.end)).toBe(claim.text);
      expect(claim.orphaned).toBeUndefined();
    }
  });

  it('carries a claim over a typo fix inside it, with its new wording', () => {
    const file = shortFile();
    const tagged = applyEdit(file, { type: 'setConfidence', claimId: file.claims[2]!.id, confidence: 'high' });
    const next = correct(tagged, SHORT_ARTICLE.replace('billed for work it never did', 'billed for work it never carried out'));
    const claim = next.claims.find((c) => c.id === file.claims[2]!.id)!;
    expect(claim.text).toBe('The city council said on Monday that the contractor had billed for work it never carried out.');
    expect(claim.confidence).toBe('high');
    expect(claim.orphaned).toBeUndefined();
    expect(claim.attribution.source?.text).toBe('The city council');
  });

  it('marks a claim orphaned when its sentence is gone, never attaching it to other words', () => {
    const file = shortFile();
    const gone = file.claims.find((c) => c.text.startsWith('Photographs'))!;
    const next = correct(file, SHORT_ARTICLE.replace('Photographs included in the audit show unfinished railings.\n', ''));
    const claim = next.claims.find((c) => c.id === gone.id)!;
    expect(claim.orphaned).toBe(true);
    expect(claim.text).toBe(gone.text);
    expect(next.claims.filter((c) => !c.orphaned).every((c) => next.article.text.slice(c.start, c.end) === c.text)).toBe(true);
  });

  it('orphans a claim whose sentence was rewritten beyond recognition', () => {
    const file = shortFile();
    const next = correct(file, SHORT_ARTICLE.replace('The bridge opened in 1987.', 'Repairs will cost the city far more than planned, officials fear.'));
    expect(next.claims.find((c) => c.id === file.claims.at(-1)!.id)!.orphaned).toBe(true);
  });

  it('an orphan past the end of a shortened text keeps its source phrase, and the file still opens', () => {
    // Found by properties.test.ts: the orphan's offsets were kept inside the text but its
    // source span was not, so the corrected file failed its own schema and would not open.
    const file = shortFile();
    const last = file.claims.at(-1)!;
    const sourced = applyEdit(file, { type: 'setSource', claimId: last.id, source: { start: last.start, end: last.start + 10 } });
    const shortened = SHORT_ARTICLE.slice(0, SHORT_ARTICLE.indexOf('A council engineer'));
    const next = correct(sourced, shortened);
    const orphan = next.claims.find((c) => c.id === last.id)!;
    expect(orphan.orphaned).toBe(true);
    expect(orphan.text).toBe('The bridge opened in 1987.');
    expect(orphan.attribution.source).toEqual({ start: shortened.length, end: shortened.length, text: 'The bridge' });
  });

  it('picks the repeated sentence whose context matches', () => {
    const text = 'Head\n\nIt was late. The ship left.\nLater that day: It was late. The crew slept.';
    const start = text.lastIndexOf('It was late.');
    const [claimFound] = reanchorClaims(
      text,
      text.replace('Head', 'Headline'),
      [
        {
          id: 'x',
          start,
          end: start + 12,
          text: 'It was late.',
          quote: { exact: 'It was late.', prefix: 'that day: ', suffix: ' The crew' },
          attribution: { kind: null },
          confidence: null,
          verdict: null,
          status: 'tagged',
          note: '',
          evidence: [],
        },
      ],
    );
    expect(claimFound!.start).toBe(start + 4);
  });

  it('can be undone like any edit: undo gives back the old text and offsets', () => {
    const file = shortFile();
    let history = startHistory(file);
    history = record(history, correct(history.present, SHORT_ARTICLE.toUpperCase()));
    expect(history.present.claims.every((c) => c.orphaned)).toBe(true);
    history = undo(history)!;
    expect(history.present).toEqual(file);
    expect(history.present.claims.some((c) => c.orphaned)).toBe(false);
  });
});
