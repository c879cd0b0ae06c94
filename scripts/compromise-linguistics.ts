/**
 * The suggestions' linguistics with compromise behind them instead of wink-nlp, for
 * `npm run bench` to compare the two libraries on accuracy and speed.
 */
import nlp from 'compromise';
import type { Linguistics, Pos, TaggedToken } from '../annotations/nlp.ts';

/** compromise's tags, most specific first, as the universal tags the rules read. */
const TAGS: [string, Pos][] = [
  ['ProperNoun', 'PROPN'],
  ['Pronoun', 'PRON'],
  ['Auxiliary', 'AUX'],
  ['Copula', 'AUX'],
  ['Verb', 'VERB'],
  ['Noun', 'NOUN'],
  ['Adjective', 'ADJ'],
  ['Adverb', 'ADV'],
  ['Preposition', 'ADP'],
  ['Determiner', 'DET'],
  ['Conjunction', 'CCONJ'],
  ['Value', 'NUM'],
];

interface Term {
  text: string;
  normal: string;
  root?: string;
  tags: string[];
  offset: { start: number; length: number };
}

function tagSentence(text: string, start: number, end: number): TaggedToken[] {
  const doc = nlp(text.slice(start, end));
  doc.compute('root');
  const sentences = doc.json({ offset: true, terms: { offset: true } }) as { terms: Term[] }[];
  return sentences.flatMap(({ terms }) =>
    terms.map((term) => ({
      start: start + term.offset.start,
      end: start + term.offset.start + term.offset.length,
      pos: TAGS.find(([tag]) => term.tags.includes(tag))?.[1] ?? 'X',
      lemma: (term.root ?? term.normal).toLowerCase(),
    })),
  );
}

const lemmas = new Map<string, string>();

function lemmaOf(word: string): string {
  let lemma = lemmas.get(word);
  if (lemma === undefined) {
    lemma = tagSentence(word, 0, word.length)[0]?.lemma ?? word;
    lemmas.set(word, lemma);
  }
  return lemma;
}

export const compromiseLinguistics: Linguistics = { lemmaOf, tagSentence };
