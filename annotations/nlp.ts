/**
 * The English linguistics the suggestions need, from wink-nlp with its lite web model:
 * part of speech in context (so a name such as "Maxar" or a noun such as "claims" is
 * not read as a verb, and proper nouns mark named sources) and lemmas (so every tense
 * and person of a reporting verb meets the lexicon in lexicon.ts). Pure JavaScript, no
 * DOM or Node APIs. Why wink-nlp and not compromise: `npm run bench` compares them
 * (README, "Suggestions, measured").
 *
 * The tagger reads only the sentences where one word's lemma is in the lexicon
 * (`lemmaOf` is memoised per word form), which keeps a 1 MB article within the speed
 * target while every sentence that could carry a cue is read in context.
 */
import winkNLP, { type ItsFunction, type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** Universal POS tags as wink-nlp gives them: PROPN, NOUN, VERB, AUX, ADP, SCONJ, DET, PRON, ... */
export type Pos = string;

export interface TaggedToken {
  /** Offsets into the text the sentence was taken from. */
  start: number;
  end: number;
  pos: Pos;
  /** Lower case dictionary form: "told" → "tell", "satellites" → "satellite". */
  lemma: string;
}

/** What the suggestions need from an NLP library; `npm run bench` runs them with another library behind it. */
export interface Linguistics {
  /** The lemma of a word form out of context (lower case), for deciding whether a sentence is worth tagging. */
  lemmaOf(word: string): string;
  /** Part of speech and lemma of every token of text[start, end), read as one sentence. */
  tagSentence(text: string, start: number, end: number): TaggedToken[];
}

/**
 * The model is read on first use, not at start: the CLI's commands that do not extract
 * (show, export, review) and the app's start stay as quick as before.
 */
let wink: WinkMethods | undefined;
function nlp(): WinkMethods {
  return (wink ??= winkNLP(model, ['pos']));
}
// The model package and wink-nlp declare the lemma helper's addon type apart; it is the same function.
const lemmaOfToken = () => nlp().its.lemma as unknown as ItsFunction<string>;

/** Word forms already lemmatised; bounded so that a huge vocabulary cannot grow it without end. */
const lemmaCache = new Map<string, string>();
const LEMMA_CACHE_LIMIT = 100_000;

const HAS_LETTER = /\p{L}/u;

function lemmaOf(word: string): string {
  const cached = lemmaCache.get(word);
  if (cached !== undefined) return cached;
  // Figures ("1,987", "28.4") are their own lemma: a long report has thousands, each asking once.
  if (!HAS_LETTER.test(word)) return word;
  const lemma = (nlp().readDoc(word).tokens().out(lemmaOfToken())[0] ?? word).toLowerCase();
  if (lemmaCache.size >= LEMMA_CACHE_LIMIT) lemmaCache.clear();
  lemmaCache.set(word, lemma);
  return lemma;
}

function tagSentence(text: string, start: number, end: number): TaggedToken[] {
  const sentence = text.slice(start, end);
  const tokens = nlp().readDoc(sentence).tokens();
  const values = tokens.out();
  const pos = tokens.out(nlp().its.pos);
  const lemmas = tokens.out(lemmaOfToken());
  const tagged: TaggedToken[] = [];
  let cursor = 0;
  values.forEach((value, i) => {
    const at = sentence.indexOf(value, cursor);
    // wink expands some contractions ("can't" → "ca", "n't"); a value not found as
    // written is skipped rather than placed at a wrong offset.
    if (at === -1) return;
    cursor = at + value.length;
    tagged.push({ start: start + at, end: start + cursor, pos: pos[i]!, lemma: (lemmas[i] ?? value).toLowerCase() });
  });
  return tagged;
}

/** wink-nlp with its lite English model: the workbench's linguistics. */
export const winkLinguistics: Linguistics = { lemmaOf, tagSentence };
