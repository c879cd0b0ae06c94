/**
 * The words of a statement as the rules read them: offsets, lower-case form, capital,
 * and, where a word could be a cue, part of speech and lemma from the NLP library.
 */
import { ATTITUDE_ADJECTIVES, CONTENT_LEMMAS, HEDGE_PASSIVE_LEMMAS, PARTICLE_LEMMAS, PERCEPTION_LEMMAS, REPORTING_LEMMAS } from '../lexicon.ts';
import { winkLinguistics, type Linguistics, type Pos, type TaggedToken } from '../nlp.ts';
import { CAPTION_DATE_CLOSE, CAPTION_WORDS, CLOSING_ABBREVIATIONS, NUMBER_ABBREVIATIONS, TITLE_ABBREVIATIONS } from '../rules.ts';
import { endsWithColon, type Segment } from '../segment.ts';
import { LETTER_OR_DIGIT } from '../text.ts';
import { DEMONSTRATIVES, messageNouns, officeTitles, persons, reporting } from './vocabulary.ts';

/** A sentence with none of these lemmas has no cue the tagger could confirm, so it is not tagged. */
const taggingLemmas = new Set<string>([...REPORTING_LEMMAS, ...CONTENT_LEMMAS, ...PERCEPTION_LEMMAS, ...HEDGE_PASSIVE_LEMMAS, ...PARTICLE_LEMMAS.keys(), ...ATTITUDE_ADJECTIVES, 'hear', 'paint', 'continue']);
/**
 * The NLP library in use. suggestAll sets it for the length of one synchronous run, so
 * that the bench can compare libraries without every helper taking it as a parameter.
 */
let linguistics: Linguistics = winkLinguistics;

/** Puts `library` in use and returns the one it replaces, for the caller to put back. */
export function useLinguistics(library: Linguistics): Linguistics {
  const before = linguistics;
  linguistics = library;
  return before;
}

export function lemmaOf(word: string): string {
  return linguistics.lemmaOf(word);
}

const abbreviations = new Set<string>([...TITLE_ABBREVIATIONS, ...NUMBER_ABBREVIATIONS, ...CLOSING_ABBREVIATIONS]);

export interface Word {
  start: number;
  end: number;
  /** Lower case, without an abbreviation's final full stop: the form word lists are matched in. */
  lower: string;
  /** Starts with a capital letter or a digit, as names and figures do. */
  capital: boolean;
  /** Dictionary form: from the tagger in context when the sentence was tagged, else the word form's own. */
  lemma: string;
  /** Part of speech in context (universal tags), set when the sentence was tagged. */
  pos: Pos | undefined;
}

function isWordChar(code: number, char: string): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER_OR_DIGIT.test(char);
}

/** Inside a word: apostrophes, full stops and hyphens ("Halden's", "U.N.", "62-page"). */
function isWordJoiner(char: string): boolean {
  return char === "'" || char === '\u2019' || char === '.' || char === '-';
}

/** The words of text[from, to), each with its offsets. A plain scan: this runs on every statement. */
export function wordsIn(text: string, from: number, to: number): Word[] {
  const words: Word[] = [];
  let i = from;
  while (i < to) {
    if (!isWordChar(text.charCodeAt(i), text[i]!)) {
      i++;
      continue;
    }
    const start = i;
    while (i < to && (isWordChar(text.charCodeAt(i), text[i]!) || isWordJoiner(text[i]!))) i++;
    let end = i;
    // A full stop belongs to the word only when the word is an abbreviation ("Co.", "Dr.", "U.N.").
    if (text[end - 1] === '.') {
      let bare = end;
      while (text[bare - 1] === '.') bare--;
      // "John C. Lin": a single capital is an initial, its full stop part of the name.
      const initial = bare - start === 1 && text[start]! >= 'A' && text[start]! <= 'Z' && end - bare === 1;
      if (!initial && !abbreviations.has(text.slice(start, bare).toLowerCase())) end = bare;
    }
    while (end > start && !isWordChar(text.charCodeAt(end - 1), text[end - 1]!) && text[end - 1] !== '.') end--;
    const lower = text.slice(start, end).toLowerCase();
    const first = text[start]!;
    const form = lower.endsWith('.') ? lower.slice(0, -1) : lower;
    // Every word gets all its fields at once, so that they share one shape (pos is set later, by the tagger).
    // "Ashraf al-Qudra", "Ahmed el-Sayed": a name's particle before a hyphen leaves the name capitalised.
    const afterHyphen = NAME_PARTICLE.test(lower) ? lower.indexOf('-') + 1 : -1;
    const capital = first !== lower[0] || (first >= '0' && first <= '9') || (afterHyphen !== -1 && text[start + afterHyphen] !== lower[afterHyphen]);
    words.push({ start, end, lower: form, capital, lemma: form, pos: undefined });
  }
  return words;
}

/** The words of a sentence that lie within [from, to). */
export function wordsBetween(words: readonly Word[], from: number, to: number): Word[] {
  return words.filter((w) => w.start >= from && w.end <= to);
}

/** "issued this update: \u201CBecause...": a message, then its words quoted. */
const QUOTED_AFTER_COLON = /^\s*:\s*["\u201C]/;

/** Enough of a statement's end to hold a caption's date: ", Sept. 8, 2011, in San Diego." */
const CAPTION_DATE_CHARS = 64;

/** A word that could be a cue, or a demonstrative opening a carry-over ("That data covered..."): the tagger must confirm it. */
function worthTagging(text: string, words: readonly Word[], segment: Segment): boolean {
  if (DEMONSTRATIVES.has(words[0]?.lower ?? '')) return true;
  const titleCase = inTitleCase(words, segment);
  // "published evidence that ...", "gave updates on Jesus and Aguero:": a message with its content, though no word
  // of it is a cue alone.
  const opensBlock = endsWithColon(text, segment);
  // An agency caption is told by its verb's tense (images.ts, datedScene).
  if (CAPTION_DATE_CLOSE.test(text.slice(Math.max(segment.start, segment.end - CAPTION_DATE_CHARS), segment.end))) return true;
  return words.some((w, k) => ((!w.capital || w === words[0] || titleCase) && couldBeCue(w.lower)) || (opensBlock && messageNouns.has(nounLemma(w))) || (messageNouns.has(w.lower) && (words[k + 1]?.lower === 'that' || QUOTED_AFTER_COLON.test(text.slice(w.end, w.end + 4)))));
}

/** "Judge Castigates Prosecutors Over Leak": a headline with every word capitalised, its verbs too. */
export function inTitleCase(words: readonly Word[], segment: Segment): boolean {
  return segment.role === 'headline' && words.length >= 4 && words.every((w) => w.capital || w.lower.length <= 3);
}

/**
 * Gives words the part of speech and lemma of the tag that starts where they start,
 * reading tags from index `from`; returns where it stopped, for the next statement of
 * the same tagged run to go on from there.
 */
function applyTags(words: Word[], tags: readonly TaggedToken[], from = 0): number {
  let k = from;
  words.forEach((word, i) => {
    while (k < tags.length && tags[k]!.start < word.start) k++;
    const tag = tags[k];
    if (tag && tag.start === word.start) {
      word.pos = tag.pos;
      word.lemma = tag.lemma;
    }
    // "Analysts had forecast a drop": the tagger takes a participle written like its noun for the noun; and "He has
    // claims against the firm", "She has doubts" the other way round (no participle ends in -s).
    if (PERFECT.test(words[i - 1]?.lower ?? '') && reporting.has(word.lemma)) {
      if (word.pos === 'NOUN' && !word.lower.endsWith('s')) word.pos = 'VERB';
      else if (word.pos === 'VERB' && word.lower.endsWith('s')) word.pos = 'NOUN';
    }
  });
  // "The government report claims the company...": a reporting verb the tagger took for a plural.
  // "In a later post he said": after "a" and a modifier comes a noun, whatever the tagger made of it.
  words.forEach((word, i) => {
    if (reporting.has(word.lemma) && missedVerb(words, i)) word.pos = 'VERB';
    if (word.pos === 'VERB' && SINGULAR_ARTICLES.has(words[i - 2]?.lower ?? '') && (words[i - 1]!.pos === 'ADJ' || words[i - 1]!.pos === 'ADV')) word.pos = 'NOUN';
    pastAfterPerson(words, i);
  });
  // "Earlier reports described the victim as...": a word in -s right before a past verb of saying is its subject.
  words.forEach((word, i) => {
    const next = words[i + 1];
    if (word.pos === 'VERB' && /[^s]s$/.test(word.lower) && next?.pos === 'VERB' && /ed$/.test(next.lower) && reporting.has(next.lemma)) word.pos = 'NOUN';
  });
  return k;
}

/**
 * "The report claims the company", "The cancellation hits 14 dates": a word in -s tagged as a plural, after the noun
 * phrase of its subject and before an article or a count, is a verb. A noun phrase after a preposition is no subject
 * ("beyond the temperature records that...").
 */
export function missedVerb(words: readonly Word[], i: number): boolean {
  const [word, before, next] = [words[i]!, words[i - 1], words[i + 1]];
  if (word.pos !== 'NOUN' || word.capital || !/[^s']s$/.test(word.lower) || before?.pos !== 'NOUN' || next === undefined) return false;
  if (!(next.pos === 'NUM' || (next.pos === 'DET' && next.lower !== 'that'))) return false;
  let from = i - 1;
  while (from > 0 && words[from]!.pos !== 'DET' && ['NOUN', 'ADJ', 'DET', 'PROPN'].includes(words[from - 1]!.pos ?? '')) from--;
  return words[from - 1]?.pos !== 'ADP';
}
const PERFECT = /^(?:had|has|have)$/;
const SINGULAR_ARTICLES = new Set(['a', 'an']);

/**
 * "The bloc's trade chief accused the US of...": a past form after a person's word and before its object, which the
 * tagger read as a noun ("the accused"), is the verb.
 */
function pastAfterPerson(words: Word[], i: number): void {
  const [word, before, next] = [words[i]!, words[i - 1], words[i + 1]];
  if (word.pos !== 'NOUN' || word.capital || !/ed$/.test(word.lower) || !before || !next) return;
  const person = persons.has(nounLemma(before)) || officeTitles.has(before.lower);
  if (!person || before.lower !== nounLemma(before) || !['DET', 'PROPN', 'PRON'].includes(next.pos ?? '')) return;
  const lemma = reportingLemmaOf(word.lower);
  if (!lemma) return;
  word.pos = 'VERB';
  word.lemma = lemma;
}

/** How much text the tagger reads in one call, in characters. */
const TAGGING_BATCH = 8_000;

/**
 * The words of every statement, tagged where worth it. The tagger reads a run of
 * consecutive statements worth tagging in one call rather than each alone (a call has
 * a fixed cost), and skips the statements between runs: tagging is most of the time
 * extraction takes.
 */
export function analyseAll(text: string, segments: readonly Segment[]): Word[][] {
  text = withLedesInLowerCase(text, segments);
  const all = segments.map((segment) => wordsIn(text, segment.start, segment.end));
  // A short line of its own may be a caption, which is told by having no verb.
  const worth = all.map((words, i) => worthTagging(text, words, segments[i]!) || (words.length <= CAPTION_WORDS && isOwnLine(text, segments[i]!)));
  let from = 0;
  while (from < segments.length) {
    if (!worth[from]) {
      from++;
      continue;
    }
    let to = from + 1;
    while (to < segments.length && worth[to] && segments[to]!.end - segments[from]!.start < TAGGING_BATCH) to++;
    const tags = linguistics.tagSentence(text, segments[from]!.start, segments[to - 1]!.end);
    let tag = 0;
    for (let k = from; k < to; k++) tag = applyTags(all[k]!, tags, tag);
    from = to;
  }
  return all;
}

/** A name's particle joined by a hyphen: "al-Qudra", "el-Sayed", "bin-Salman". */
const NAME_PARTICLE = /^(?:al|el|ad|as|ash|at|az|abu|bin|ibn|ben|ul)-/;

/** A word of two or more letters, all capitals. */
const SHOUTED_WORD = /^\p{Lu}[\p{Lu}'\u2019-]+$/u;

/**
 * "A LEADING opposition councillor has criticised...": British papers set a lede's first
 * words in capitals, which would read as a name. The words and the tagger get them in
 * lower case (same offsets); sources keep the text as written.
 */
function withLedesInLowerCase(text: string, segments: readonly Segment[]): string {
  const parts: string[] = [];
  let copied = 0;
  for (const segment of segments) {
    if (segment.role !== 'body' || (segment.start > 0 && text[segment.start - 1] !== '\n')) continue;
    const opening = /^(?:\p{Lu}\s+)?(?:\p{Lu}[\p{Lu}'\u2019-]+\s+){1,4}(?=\p{Ll})/u.exec(text.slice(segment.start, Math.min(segment.end, segment.start + LEDE_CAPITALS_REACH)));
    if (!opening) continue;
    // Two words at least: "UNICEF said" is an acronym, not a lede in capitals.
    const opened = opening[0].trim().split(/\s+/);
    if (opened.length < 2 || !opened.some((w) => SHOUTED_WORD.test(w) && w.length > 3)) continue;
    const end = segment.start + opening[0].length;
    parts.push(text.slice(copied, segment.start + 1), text.slice(segment.start + 1, end).toLowerCase());
    copied = end;
  }
  return copied === 0 ? text : parts.join('') + text.slice(copied);
}
const LEDE_CAPITALS_REACH = 80;

/**
 * Whether a word form may be a cue, read out of context: its lemma, or the form less a
 * regular ending ("alleged" is read as an adjective alone, but may be the verb "allege").
 */
export function couldBeCue(form: string): boolean {
  let answer = cueForms.get(form);
  if (answer === undefined) {
    answer = taggingLemmas.has(lemmaOf(form)) || regularStems(form).some((stem) => taggingLemmas.has(stem));
    if (cueForms.size >= CUE_FORMS_LIMIT) cueForms.clear();
    cueForms.set(form, answer);
  }
  return answer;
}

/** A form less a regular ending, and with its "e" put back: "alleged" gives "alleg" and "allege", "denied" gives "deny". */
function regularStems(form: string): string[] {
  const stem = form.replace(/(?:ied|ies)$/, 'y').replace(/(?:ed|es|s|ing)$/, '');
  return stem === form ? [] : [stem, `${stem}e`];
}

/** The reporting lemma of a form read out of context, where the tagger gave none ("accused" → "accuse", "Warning" → "warn"). */
export function reportingLemmaOf(form: string): string | undefined {
  return [lemmaOf(form), ...regularStems(form)].find((lemma) => reporting.has(lemma));
}

/** couldBeCue's answers per word form: every word of every statement asks. */
const cueForms = new Map<string, boolean>();
const CUE_FORMS_LIMIT = 100_000;

/** A word's lemma as a noun, whatever the tagger made of a capitalised first word ("Officials" → "official"). */
export function nounLemma(word: Word): string {
  return lemmaOf(word.lower);
}

export function isCapitalised(word: Word): boolean {
  return word.capital;
}

export function isPlural(word: Word): boolean {
  return word.lower !== nounLemma(word) && /s$/.test(word.lower);
}

/** A statement that is a paragraph by itself, as captions are. */
export function isOwnLine(text: string, segment: Segment): boolean {
  let before = segment.start;
  while (before > 0 && (text[before - 1] === ' ' || text[before - 1] === '\t')) before--;
  let after = segment.end;
  while (after < text.length && (text[after] === ' ' || text[after] === '\t')) after++;
  return (before === 0 || text[before - 1] === '\n') && (after === text.length || text[after] === '\n');
}
