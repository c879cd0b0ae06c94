/**
 * Re-anchoring after a correction, for what an analyst would notice: a claim found
 * at its own words (exactly first), its source phrase never moved onto other words,
 * and nothing it carried lost.
 *
 * Mutants of reanchor.ts these tests leave alive, on purpose (npm run mutate):
 * - `if (!needle) return hits` removed: equivalent, a claim's quote is never empty
 *   (claims are trimmed and non-empty, and the schema checks their text).
 * - the MAX_EXACT_HITS cap removed or moved by one: a speed guard for quotes made of
 *   common words; below 200 repeats nothing differs, and pinning it needs an article
 *   of 200 identical sentences, which says nothing an analyst would notice.
 * - `if (a === b) return 1` and `longest === 0 ? 1` in similarity: equivalent, the
 *   formula gives 1 for equal strings, and two empty strings are equal.
 * - the diff options (checkLines, timeout) changed: speed settings of diff-match-patch;
 *   the differences found, and so the claims found, are the same for these texts.
 * - `end > start` before the fuzzy match dropped or made `>=`: equivalent, an empty
 *   stretch has similarity 0 with a non-empty quote and is refused anyway.
 * - `i <= suffix.length` in contextScore: it adds one point only where both the stored
 *   suffix and the article end right there, to every such hit alike; not pinned.
 */
import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../annotations/edits.ts';
import { AnnotationFile, type Claim } from '../../annotations/model.ts';
import { FUZZY_SIMILARITY, reanchorClaims, similarity } from '../../annotations/reanchor.ts';
import { quoteAt, spanAt } from '../../annotations/text.ts';
import { shortFile, SHORT_ARTICLE } from '../support/fixtures.ts';

const correct = (file: AnnotationFile, text: string) => AnnotationFile.parse(applyEdit(file, { type: 'correctText', text }));
const byId = (file: AnnotationFile, id: string) => file.claims.find((c) => c.id === id)!;

function claimAt(text: string, start: number, end: number, extra: Partial<Claim> = {}): Claim {
  return {
    id: `c${start}`,
    start,
    end,
    text: text.slice(start, end),
    quote: quoteAt(text, start, end),
    attribution: { kind: null, source: null, via: null },
    confidence: null,
    verdict: null,
    status: 'tagged',
    note: '',
    evidence: [],
    ...extra,
  };
}

describe('finding a claim again', () => {
  it('finds a moved sentence by its exact words, wherever the diff would put it', () => {
    const file = shortFile();
    const last = file.claims[5]!;
    // The last sentence moves to the top of the body; the text after the old place changes too.
    const text = SHORT_ARTICLE.replace('The bridge opened in 1987.\n', 'Officials declined to comment further.\n').replace('\n\n', '\n\nThe bridge opened in 1987.\n');
    const next = correct(file, text);
    const moved = byId(next, last.id);
    expect(moved.orphaned).toBeUndefined();
    expect(moved.text).toBe(last.text);
    expect(moved.start).toBe(text.indexOf('The bridge opened'));
    expect(moved.quote).toEqual(quoteAt(text, moved.start, moved.end));
  });

  it('of several exact hits with equal context, takes the one nearest the old place', () => {
    const text = 'One. Same words here. Two. Same words here. Three.';
    const second = text.lastIndexOf('Same words here.');
    const claim = { ...claimAt(text, second, second + 16), quote: { exact: 'Same words here.', prefix: '', suffix: '' } };
    const [found] = reanchorClaims(text, `Zero. ${text}`, [claim]);
    expect(found!.start).toBe(second + 6);
    const first = text.indexOf('Same words here.');
    const [foundFirst] = reanchorClaims(text, `Zero. ${text}`, [{ ...claim, start: first, end: first + 16 }]);
    expect(foundFirst!.start).toBe(first + 6);
  });

  it('prefers the hit whose context agrees, before and after, over a nearer one', () => {
    const text = 'Alpha said: It rained. Beta said: It rained.';
    const claim = claimAt(text, text.lastIndexOf('It rained.'), text.length);
    // The correction swaps the two speakers: the claim follows its context ("Beta said: "), not its old place.
    const corrected = 'Beta said: It rained. Alpha said: It rained.';
    expect(reanchorClaims(text, corrected, [claim])[0]!.start).toBe(corrected.indexOf('It rained.'));
    // Equal words before, different after: the words after decide.
    const after = 'X. It rained. Then A. X. It rained. Then B.';
    const second = after.lastIndexOf('It rained.');
    const byAfter = { ...claimAt(after, second, second + 10), quote: { exact: 'It rained.', prefix: 'X. ', suffix: ' Then B.' } };
    expect(reanchorClaims(after, `Intro. ${after}`, [{ ...byAfter, start: 3, end: 13 }])[0]!.start).toBe(second + 7);
    // Only the words before differ, the furthest one of them deciding.
    const before = 'A X said: Same. B X said: Same.';
    const first = before.indexOf('Same.');
    const byBefore = { ...claimAt(before, first, first + 5), quote: { exact: 'Same.', prefix: 'A X said: ', suffix: '' } };
    expect(reanchorClaims(before, `${before} `, [{ ...byBefore, start: before.lastIndexOf('Same.'), end: before.lastIndexOf('Same.') + 5 }])[0]!.start).toBe(first);
  });

  it('carries a claim over a small change inside it, and orphans it once it reads too differently', () => {
    const text = 'Head\n\nThe mayor promised twelve new buses by spring.\nEnd.';
    const start = text.indexOf('The mayor');
    const claim = claimAt(text, start, text.indexOf('\nEnd'));
    const [typo] = reanchorClaims(text, text.replace('twelve', 'twelwe'), [claim]);
    expect(typo).toMatchObject({ start, text: 'The mayor promised twelwe new buses by spring.' });
    expect(typo!.orphaned).toBeUndefined();
    const shorter = text.replace('promised twelve new buses by spring', 'denied any plan to buy trams');
    const [rewritten] = reanchorClaims(text, shorter, [claim]);
    // Its words stay; its offsets stay inside the shorter text, as the file schema requires.
    expect(rewritten).toEqual({ ...claim, end: shorter.length, orphaned: true });
  });

  it('a claim orphaned earlier is found again when its words come back, and loses the mark', () => {
    const text = 'Head\n\nThe mayor resigned.\n';
    const claim = { ...claimAt(text, 6, 25), orphaned: true };
    const [found] = reanchorClaims('Head\n\nSomething else.\n', text, [claim]);
    expect(found).toEqual(claimAt(text, 6, 25));
    expect(found).not.toHaveProperty('orphaned');
  });

  it('returns the claims in article order', () => {
    const text = 'Head\n\nFirst sentence here. Second sentence here.\n';
    const a = claimAt(text, 6, 26);
    const b = claimAt(text, 27, 48);
    const swapped = 'Head\n\nSecond sentence here. First sentence here.\n';
    expect(reanchorClaims(text, swapped, [a, b]).map((c) => c.text)).toEqual(['Second sentence here.', 'First sentence here.']);
    // Claims that start together: the shorter first.
    const whole = claimAt(text, 6, 48);
    expect(reanchorClaims(text, text, [whole, a]).map((c) => c.end)).toEqual([26, 48]);
  });
});

describe('the source phrase and the suggestion', () => {
  it('move with the claim when text is added before it', () => {
    const file = shortFile();
    const engineer = file.claims[4]!;
    const text = SHORT_ARTICLE.replace('\n\n', '\n\nA new paragraph.\n');
    const moved = byId(correct(file, text), engineer.id);
    const shift = 'A new paragraph.\n'.length;
    expect(moved.attribution.source).toEqual(spanAt(text, engineer.attribution.source!.start + shift, engineer.attribution.source!.end + shift));
    expect(moved.suggestion!.source).toEqual(moved.attribution.source);
    expect(moved.suggestion!.cues.map((c) => [c.text, c.rule, c.start - shift])).toEqual(engineer.suggestion!.cues.map((c) => [c.text, c.rule, c.start]));
    for (const cue of moved.suggestion!.cues) expect(text.slice(cue.start, cue.end)).toBe(cue.text);
  });

  it('is dropped, never moved onto other words, when its words change', () => {
    const file = shortFile();
    const engineer = file.claims[4]!;
    const text = SHORT_ARTICLE.replace('A council engineer', 'A city engineer');
    const moved = byId(correct(file, text), engineer.id);
    expect(moved.orphaned).toBeUndefined();
    expect(moved.attribution).toEqual({ kind: 'unnamed', source: null, via: null });
    expect(moved.suggestion!.source).toBeUndefined();
    expect(moved.suggestion!.cues.map((c) => c.text)).toEqual(['who asked not to be named', 'said']);
    expect(moved.suggestion!.attribution).toBe('unnamed');
  });

  it('is dropped when a correction changes even one letter of it, though the claim carries over', () => {
    const file = shortFile();
    const council = file.claims[2]!;
    const text = SHORT_ARTICLE.replace('The city council said', 'The city councel said');
    const moved = byId(correct(file, text), council.id);
    expect(moved.text).toBe('The city councel said on Monday that the contractor had billed for work it never did.');
    expect(moved.attribution.source).toBeNull();
    expect(moved.suggestion!.source).toBeUndefined();
  });

  it('keeps a via phrase that is still there and drops one that is gone', () => {
    const text = 'Head\n\nThe minister told reporters, citing a memo, that talks failed.\n';
    const start = text.indexOf('The minister');
    const via = spanAt(text, text.indexOf('a memo'), text.indexOf('a memo') + 6);
    const source = spanAt(text, start, start + 12);
    const claim = claimAt(text, start, text.length - 1, {
      attribution: { kind: 'named', source, via },
      suggestion: { attribution: 'named', source, via, cues: [{ ...via, rule: 'citing' }] },
    });
    const kept = reanchorClaims(text, `${text}More.\n`, [claim])[0]!;
    expect(kept.attribution).toEqual({ kind: 'named', source, via });
    expect(kept.suggestion).toEqual(claim.suggestion);
    const gone = reanchorClaims(text, text.replace('a memo', 'a leak'), [claim])[0]!;
    expect(gone.attribution).toEqual({ kind: 'named', source, via: null });
    expect(gone.suggestion).toMatchObject({ source, via: undefined, cues: [] });
  });

  it('keeps everything the analyst entered on a claim that moves', () => {
    const text = 'Head\n\nThe port closed.\n';
    const claim = claimAt(text, 6, 22, { confidence: 'high', verdict: 'False', note: 'Asked the port', evidence: ['log'], status: 'reviewed', attribution: { kind: 'none', source: null, via: null } });
    const [moved] = reanchorClaims(text, `Intro\n${text}`, [claim]);
    expect(moved).toEqual({ ...claim, start: 12, end: 28, quote: quoteAt(`Intro\n${text}`, 12, 28) });
  });
});

describe('similarity', () => {
  it('is one minus the edit distance over the longer length', () => {
    expect(similarity('same', 'same')).toBe(1);
    expect(similarity('', '')).toBe(1);
    expect(similarity('abcd', '')).toBe(0);
    expect(similarity('abcd', 'abce')).toBe(0.75);
    expect(similarity('kitten', 'sitting')).toBeCloseTo(1 - 3 / 7);
    expect(similarity('ab', 'ba')).toBe(0);
    expect(similarity('abcdef', 'abXYef')).toBeCloseTo(1 - 2 / 6);
    expect(similarity('abcdef', 'abef')).toBeCloseTo(1 - 2 / 6);
  });

  it('a stretch exactly at the threshold still carries the claim', () => {
    expect(FUZZY_SIMILARITY).toBe(0.75);
    const text = 'Head\n\nabcdefgh\n';
    const claim = claimAt(text, 6, 14);
    const [atThreshold] = reanchorClaims(text, 'Head\n\nabcdefXY\n', [claim]);
    expect(atThreshold!.orphaned).toBeUndefined();
    const [below] = reanchorClaims(text, 'Head\n\nabcdeXYZ\n', [claim]);
    expect(below!.orphaned).toBe(true);
  });
});
