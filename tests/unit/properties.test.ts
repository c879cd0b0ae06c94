/**
 * Properties of the pure core over generated articles and edit sequences
 * (fast-check): what no sequence of edits may ever break.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAnnotationFile } from '../../annotations/document.ts';
import { applyEdit, EditError, type Edit } from '../../annotations/edits.ts';
import { record, startHistory, undo, type History } from '../../annotations/history.ts';
import { ATTRIBUTION_KINDS, AnnotationFile, CONFIDENCE_LEVELS, type Claim, type Span } from '../../annotations/model.ts';
import { reanchorClaims } from '../../annotations/reanchor.ts';

/**
 * Sizes that keep this file to a few seconds in `npm test`. Under Stryker, which
 * runs the covering tests once per mutant, fewer runs keep a mutation run bearable;
 * the example-based tests are the ones meant to kill mutants.
 */
// FC_SEED=<seed from a failure report> replays that failure.
const RUNS = { numRuns: process.env.STRYKER_MUTATOR_WORKER ? 25 : 150, ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {}) };

const WORDS = ['the', 'council', 'said', 'Dr.', 'Smith', 'told', 'reporters', 'according', 'to', 'documents', 'seen', 'by', 'us', 'Photographs', 'show', 'a', 'source', 'who', 'asked', 'not', 'be', 'named', '1987', 'U.N.', 'officials', 'claimed', '“quoted”', 'café', '🧾'];

const sentence = fc
  .tuple(fc.constantFrom('The', 'A', 'Officials', 'Photographs', 'Police'), fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }), fc.constantFrom('.', '!', '?', '."', ''))
  .map(([first, words, end]) => `${first} ${words.join(' ')}${end}`);

const paragraph = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.join(' '));

const articleText = fc
  .tuple(sentence, fc.array(paragraph, { minLength: 1, maxLength: 4 }), fc.constantFrom('\n', '\n\n'))
  .map(([headline, paragraphs, gap]) => `${headline}${gap}${paragraphs.join('\n')}\n`);

/** An edit described by numbers, turned into a real edit against whatever document it meets. */
const editSeed = fc.record({
  type: fc.constantFrom<Edit['type']>('setAttribution', 'setConfidence', 'setVerdict', 'setNote', 'setEvidence', 'setSource', 'acceptSuggestions', 'splitClaim', 'mergeWithNext', 'deleteClaim', 'createClaim', 'rerunSuggestions', 'setTitle', 'correctText'),
  pick: fc.nat(),
  a: fc.nat(),
  b: fc.nat(),
  word: fc.constantFrom(...WORDS),
  kind: fc.constantFrom(...ATTRIBUTION_KINDS, null),
  confidence: fc.constantFrom(...CONFIDENCE_LEVELS, null),
});
type EditSeed = typeof editSeed extends fc.Arbitrary<infer T> ? T : never;

function toEdit(file: AnnotationFile, seed: EditSeed): Edit | null {
  const text = file.article.text;
  const claim = file.claims[seed.pick % Math.max(1, file.claims.length)];
  const range = () => {
    const x = seed.a % (text.length + 1);
    const y = seed.b % (text.length + 1);
    return { start: Math.min(x, y), end: Math.max(x, y) };
  };
  switch (seed.type) {
    case 'createClaim':
      return { type: 'createClaim', ...range() };
    case 'rerunSuggestions':
      return { type: 'rerunSuggestions' };
    case 'setTitle':
      return { type: 'setTitle', title: `${seed.word} title` };
    case 'correctText': {
      // A small correction: a word inserted or a stretch removed somewhere.
      const { start, end } = range();
      const corrected = seed.pick % 2 ? `${text.slice(0, start)}${seed.word} ${text.slice(start)}` : text.slice(0, start) + text.slice(Math.min(end, start + 12));
      return corrected.trim() ? { type: 'correctText', text: corrected } : null;
    }
  }
  if (!claim) return null;
  const claimId = claim.id;
  switch (seed.type) {
    case 'setAttribution':
      return { type: 'setAttribution', claimId, kind: seed.kind };
    case 'setConfidence':
      return { type: 'setConfidence', claimId, confidence: seed.confidence };
    case 'setVerdict':
      return { type: 'setVerdict', claimId, verdict: seed.a % 3 ? 'False' : null };
    case 'setNote':
      return { type: 'setNote', claimId, note: `note ${seed.word}` };
    case 'setEvidence':
      return { type: 'setEvidence', claimId, evidence: [seed.word, `https://e.example/${seed.a}`] };
    case 'setSource':
      return { type: 'setSource', claimId, source: seed.a % 5 ? { start: claim.start + (seed.a % (claim.end - claim.start)), end: claim.end } : null };
    case 'acceptSuggestions':
      return { type: 'acceptSuggestions', claimIds: [claimId, ...file.claims.filter((_, i) => (seed.b >> i) & 1).map((c) => c.id)] };
    case 'splitClaim':
      return { type: 'splitClaim', claimId, at: claim.start + (seed.a % (claim.end - claim.start + 1)) };
    case 'mergeWithNext':
      return { type: 'mergeWithNext', claimId };
    case 'deleteClaim':
      return { type: 'deleteClaim', claimId };
  }
  return null;
}

/** Applies an edit as the main process does: a refused edit changes nothing. */
function attempt(file: AnnotationFile, edit: Edit | null): AnnotationFile | null {
  if (!edit) return null;
  try {
    return applyEdit(file, edit);
  } catch (error) {
    if (error instanceof EditError) return null;
    throw error;
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

const spansOf = (claim: Claim): Span[] =>
  [claim.attribution.source, claim.attribution.via, claim.suggestion?.source, claim.suggestion?.via, ...(claim.suggestion?.cues ?? [])].filter((s): s is Span => Boolean(s));

function expectAnchored(file: AnnotationFile): void {
  expect(AnnotationFile.safeParse(file).success).toBe(true);
  for (const claim of file.claims.filter((c) => !c.orphaned)) {
    expect(file.article.text.slice(claim.start, claim.end)).toBe(claim.text);
    expect(claim.quote.exact).toBe(claim.text);
    for (const span of spansOf(claim)) expect(file.article.text.slice(span.start, span.end)).toBe(span.text);
  }
  const positions = file.claims.map((c) => [c.start, c.end] as const);
  expect(positions).toEqual([...positions].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
}

/** The claims an edit names: those it may change or remove. */
function named(file: AnnotationFile, edit: Edit): Set<string> | 'all' {
  switch (edit.type) {
    case 'acceptSuggestions':
      return new Set(edit.claimIds);
    case 'mergeWithNext': {
      const index = file.claims.findIndex((c) => c.id === edit.claimId);
      return new Set([edit.claimId, file.claims[index + 1]?.id ?? '']);
    }
    case 'createClaim':
    case 'setTitle':
      return new Set();
    case 'rerunSuggestions':
      return new Set(file.claims.filter((c) => c.status === 'suggested').map((c) => c.id));
    case 'correctText':
    case 'acceptAgreed':
      return 'all';
    default:
      return new Set([edit.claimId]);
  }
}

const fileAndEdits = fc.tuple(articleText, fc.array(editSeed, { minLength: 1, maxLength: 10 }));

describe('for any article and any sequence of edits', () => {
  it('every claim and span is the article text at its offsets, and the file stays valid', () => {
    fc.assert(
      fc.property(fileAndEdits, ([text, seeds]) => {
        let file = createAnnotationFile({ title: '', text });
        expectAnchored(file);
        for (const seed of seeds) {
          file = attempt(file, toEdit(file, seed)) ?? file;
          expectAnchored(file);
        }
      }),
      RUNS,
    );
  });

  it('undoing every edit gives back the original document, which no edit mutated', () => {
    fc.assert(
      fc.property(fileAndEdits, ([text, seeds]) => {
        const original = createAnnotationFile({ title: '', text });
        const copy = structuredClone(original);
        let history: History = startHistory(deepFreeze(original));
        for (const seed of seeds) {
          const next = attempt(history.present, toEdit(history.present, seed));
          if (next) history = record(history, deepFreeze(next));
        }
        for (let step = history.past.length; step > 0; step--) history = undo(history)!;
        expect(undo(history)).toBeNull();
        expect(history.present).toEqual(copy);
      }),
      RUNS,
    );
  });

  it('no edit changes or removes a claim it does not name', () => {
    fc.assert(
      fc.property(fileAndEdits, ([text, seeds]) => {
        let file = createAnnotationFile({ title: '', text });
        for (const seed of seeds) {
          const edit = toEdit(file, seed);
          const next = attempt(file, edit);
          if (!next || !edit) continue;
          const names = named(file, edit);
          if (names !== 'all') {
            const after = new Map(next.claims.map((c) => [c.id, c]));
            for (const claim of file.claims.filter((c) => !names.has(c.id))) expect(after.get(claim.id), `${edit.type} left ${claim.id}`).toEqual(claim);
          }
          file = next;
        }
      }),
      RUNS,
    );
  });
});

describe('re-anchoring', () => {
  it('over an unchanged text is the identity', () => {
    fc.assert(
      fc.property(fileAndEdits, ([text, seeds]) => {
        let file = createAnnotationFile({ title: '', text });
        for (const seed of seeds.filter((s) => s.type !== 'correctText')) file = attempt(file, toEdit(file, seed)) ?? file;
        expect(reanchorClaims(file.article.text, file.article.text, file.claims)).toEqual(file.claims);
      }),
      RUNS,
    );
  });

  it('after text added before and after the article, finds every claim with its own words', () => {
    fc.assert(
      fc.property(articleText, sentence, sentence, (text, before, after) => {
        const file = createAnnotationFile({ title: '', text });
        const corrected = `${before}\n${text}${after}\n`;
        const next = applyEdit(file, { type: 'correctText', text: corrected });
        expect(next.claims.map((c) => [c.id, c.text, c.orphaned])).toEqual(file.claims.map((c) => [c.id, c.text, undefined]));
        expectAnchored(next);
      }),
      RUNS,
    );
  });
});
