/**
 * Attribution suggestions by the codebook (ANNOTATION-GUIDE.md, with its hard cases):
 * image, then unnamed, then named, then none, over every clause of the sentence;
 * relayed sources with their carrier as via; hedges; headline tags; carry-over to a
 * statement that continues the previous one; and a score saying how sure each
 * suggestion is. Lemmas and parts of speech come from the NLP library (nlp.ts), verb
 * lemmas from lexicon.ts, every other word list and pattern from rules.ts.
 */
import type { AttributionKind, Cue, Span, Suggestion } from './model.ts';
import {
  APPEARANCE_LEMMAS,
  CONTENT_LEMMAS,
  EVIDENCE_LEMMAS,
  GROUP_LEMMAS,
  HEDGE_PASSIVE_LEMMAS,
  HEDGE_WORDS,
  INVERSION_LEMMAS,
  NOT_PASSIVE_AGENT_LEMMAS,
  PASSIVE_PERCEPTION_LEMMAS,
  MESSAGE_NOUNS,
  MESSAGE_VERB_LEMMAS,
  OFFICE_TITLES,
  ADDRESS_TITLES,
  PARTICLE_LEMMAS,
  PERCEPTION_LEMMAS,
  PERSON_LEMMAS,
  REPORTING_LEMMAS,
  STORY_PERSON_LEMMAS,
  VISUAL_LEMMAS,
} from './lexicon.ts';
import { winkLinguistics, type Linguistics, type Pos, type TaggedToken } from './nlp.ts';
import {
  BE_FORMS,
  BUSINESS_FIGURES,
  CAPTION_CUES,
  CREDIT_LINE,
  CAPTION_PARTICIPLES,
  CAPTION_WORDS,
  CONTINUATION_MARKERS,
  MODAL_AUXILIARIES,
  ADVERBIAL_SUBORDINATORS,
  QUANTIFIER_PEOPLE,
  CHANNEL_PREPOSITIONS,
  SAYING_LEMMAS,
  FOUND_STATES,
  BENCH_TITLES,
  ONE_BODY_ROLES,
  COURT_REQUESTS,
  SECTION_WORDS,
  DISCLAIMER_CUES,
  DOCUMENT_NOUNS,
  FINITE_OPENERS,
  HAVE_FORMS,
  HEADLINE_TAG,
  HEADLINE_TAG_WORDS,
  IMAGERY_ARTICLE,
  NOT_RELAYS,
  RELAY_LEMMAS,
  SUGGESTION_SCORES,
  VERB_BLOCKERS,
  TIME_WORDS,
  TIME_UNITS,
  TRAILING_ATTRIBUTION_WORDS,
  HEADLINE_COLON_TAG,
  HEADLINE_TRAILING_TAG,
  HEADLINE_QUOTE,
  HEADLINE_SPEAKER_ENDS,
  IMAGE_CUES,
  INDEFINITE_DETERMINERS,
  INSTITUTION_NOUNS,
  LEADING_ATTRIBUTION,
  NAME_CONNECTORS,
  LEADING_RELAY,
  MEDIA_NOUNS,
  NEGATIONS,
  NON_ATTRIBUTING_PRECEDERS,
  LEADING_CONJUNCTIONS,
  PHRASE_QUALIFIERS,
  PREPOSITIONS,
  REFERRING_PRONOUNS,
  RELATIVE_PRONOUNS,
  TRAILING_ADVERBS,
  SPOKESPERSON_NOUNS,
  SUBORDINATORS,
  CLOSING_ABBREVIATIONS,
  NUMBER_ABBREVIATIONS,
  TITLE_ABBREVIATIONS,
  IDENTIFIED_REPORT,
  UNNAMED_CUES,
  type CueRule,
  SPEECH_BEFORE_INFINITIVE,
  SPEAKING_BODIES,
  ESTIMATE_NOUNS,
  ORGANISATION_WORDS,
  RELEASE_EVENT,
  DEPICTION,
  PAINTED_PICTURE,
  CHANNEL_OPENING,
  NUMBER_WORDS,
  PUBLISHED_TEXTS,
  PAST_AS_BASE,
  INSTRUMENTS,
  INSTRUMENT_RECORDS,
  ACCUSING_LEMMAS,
  FIGURE_UNITS,
  SCENE_PREPOSITIONS,
} from './rules.ts';
import { insideQuotation, isWholeQuotation, openAtEnds, opensQuotation, quotationResumes, quotationRuns, quotedSpans } from './quotations.ts';
import { paragraphBreakBetween, type Segment } from './segment.ts';
import { spanAt, trimRange } from './text.ts';

const reporting = new Set<string>(REPORTING_LEMMAS);
const content = new Set<string>(CONTENT_LEMMAS);
const evidence = new Set<string>(EVIDENCE_LEMMAS);
const perception = new Set<string>(PERCEPTION_LEMMAS);
const visual = new Set<string>(VISUAL_LEMMAS);
const hedgeWords = new Set<string>(HEDGE_WORDS);
const hedgePassives = new Set<string>(HEDGE_PASSIVE_LEMMAS);
const personLemmas = new Set<string>(PERSON_LEMMAS);
/** People by their trade, listed or by a suffix that makes one ("neuroscientists", "epidemiologists", "statisticians"). */
const persons = { has: (lemma: string) => personLemmas.has(lemma) || PERSON_SUFFIX.test(lemma) };
const PERSON_SUFFIX = /.{3}(?:ologist|scientist|ician|ographer)$/;
const officeTitles = new Set<string>(OFFICE_TITLES);
const addressTitles = new Set<string>(ADDRESS_TITLES);
const groups = new Set<string>(GROUP_LEMMAS);
const timeWords = new Set<string>(TIME_WORDS);
const timeUnits = new Set<string>(TIME_UNITS);
/** Determiners that make a phrase definite: a short reference to a source already named. */
const determiners = new Set(['the', 'his', 'her', 'their', 'its', 'our', 'this', 'that', 'these', 'those']);
/** "Afghans", "Syrians", "Americans": people named by their country, not by name. */
const DEMONYM_PLURAL = /(?:ans|ians)$/;
const appearanceLemmas = new Set<string>(APPEARANCE_LEMMAS);
const describedPeople = new Set<string>([...PERSON_LEMMAS, ...STORY_PERSON_LEMMAS]);
/** A sentence with none of these lemmas has no cue the tagger could confirm, so it is not tagged. */
const taggingLemmas = new Set<string>([...REPORTING_LEMMAS, ...CONTENT_LEMMAS, ...PERCEPTION_LEMMAS, ...HEDGE_PASSIVE_LEMMAS, ...PARTICLE_LEMMAS.keys(), 'hear', 'paint']);
const beForms = new Set<string>(BE_FORMS);
const haveForms = new Set<string>(HAVE_FORMS);
const verbBlockers = new Set<string>(VERB_BLOCKERS);
const notRelays = new Set<string>(NOT_RELAYS);
const relayLemmas = new Set<string>(RELAY_LEMMAS);
const nonAttributing = new Set<string>(NON_ATTRIBUTING_PRECEDERS);
const subordinators = new Set<string>(SUBORDINATORS);
const pronouns = new Set<string>(REFERRING_PRONOUNS);
const continuation = new Set<string>(CONTINUATION_MARKERS);
const modals = new Set<string>(MODAL_AUXILIARIES);
const adverbialSubordinators = new Set<string>(ADVERBIAL_SUBORDINATORS);
const quantifierPeople = new Set<string>(QUANTIFIER_PEOPLE);
const channelPrepositions = new Set<string>(CHANNEL_PREPOSITIONS);
const sayingLemmas = new Set<string>(SAYING_LEMMAS);
const foundStates = new Set<string>(FOUND_STATES);
const benchTitles = new Set<string>(BENCH_TITLES);
const oneBodyRoles = new Set<string>(ONE_BODY_ROLES);
const courtRequests = new Set<string>(COURT_REQUESTS);
const sectionWords = new Set<string>(SECTION_WORDS);
const indefinite = new Set<string>(INDEFINITE_DETERMINERS);
const titles = new Set<string>(TITLE_ABBREVIATIONS);
/**
 * The NLP library in use. suggestAll sets it for the length of one synchronous run, so
 * that the bench can compare libraries without every helper taking it as a parameter.
 */
let linguistics: Linguistics = winkLinguistics;

function lemmaOf(word: string): string {
  return linguistics.lemmaOf(word);
}

const abbreviations = new Set<string>([...TITLE_ABBREVIATIONS, ...NUMBER_ABBREVIATIONS, ...CLOSING_ABBREVIATIONS]);
const connectors = new Set<string>(NAME_CONNECTORS);
const speakerEnds = new Set<string>(HEADLINE_SPEAKER_ENDS);
const finiteOpeners = new Set<string>(FINITE_OPENERS);
const relativePronouns = new Set<string>(RELATIVE_PRONOUNS);
const prepositions = new Set<string>(PREPOSITIONS);
const leadingConjunctions = new Set<string>(LEADING_CONJUNCTIONS);
const trailingAdverbs = new Set<string>(TRAILING_ADVERBS);
const phraseQualifiers = new Set<string>(PHRASE_QUALIFIERS);
const documentNouns = new Set<string>(DOCUMENT_NOUNS);
const spokespersons = new Set<string>(SPOKESPERSON_NOUNS);
const inversionLemmas = new Set<string>(INVERSION_LEMMAS);
const mediaNouns = new Set<string>(MEDIA_NOUNS);
const businessFigures = new Set<string>(BUSINESS_FIGURES);
const passiveAgentLemmas = new Set<string>(PASSIVE_PERCEPTION_LEMMAS);
const notPassiveAgent = new Set<string>(NOT_PASSIVE_AGENT_LEMMAS);
const institutions = new Set<string>(INSTITUTION_NOUNS);
const messageVerbs = new Set<string>(MESSAGE_VERB_LEMMAS);
const namingLemmas = new Set(['call', 'name', 'dub', 'term', 'label', 'brand', 'title', 'style']);
const claimedWins = new Set(['victory', 'win', 'title', 'titles', 'seat', 'seats', 'prize', 'medal', 'crown', 'lives', 'life', 'gold', 'trophy', 'record']);
const messageNouns = new Set<string>(MESSAGE_NOUNS);
const scenePrepositions = new Set<string>(SCENE_PREPOSITIONS);
const figureUnits = new Set<string>(FIGURE_UNITS);
const accusingLemmas = new Set<string>(ACCUSING_LEMMAS);
const instrumentRecords = new Set<string>(INSTRUMENT_RECORDS);
const instruments = new Set<string>(INSTRUMENTS);
const pastAsBase = new Set<string>(PAST_AS_BASE);
const publishedTexts = new Set<string>(PUBLISHED_TEXTS);
const numberWords = new Set<string>(NUMBER_WORDS);
const speechBeforeInfinitive = new Set<string>(SPEECH_BEFORE_INFINITIVE);
const speakingBodies = new Set<string>(SPEAKING_BODIES);
const estimateNouns = new Set<string>(ESTIMATE_NOUNS);
const orgWords = new Set<string>(ORGANISATION_WORDS);

interface Word {
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

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isWordChar(code: number, char: string): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER_OR_DIGIT.test(char);
}

/** Inside a word: apostrophes, full stops and hyphens ("Halden's", "U.N.", "62-page"). */
function isWordJoiner(char: string): boolean {
  return char === "'" || char === '\u2019' || char === '.' || char === '-';
}

/** The words of text[from, to), each with its offsets. A plain scan: this runs on every statement. */
function wordsIn(text: string, from: number, to: number): Word[] {
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
    words.push({ start, end, lower: form, capital: first !== lower[0] || (first >= '0' && first <= '9'), lemma: form, pos: undefined });
  }
  return words;
}

/** The words of a sentence that lie within [from, to). */
function wordsBetween(words: readonly Word[], from: number, to: number): Word[] {
  return words.filter((w) => w.start >= from && w.end <= to);
}

/**
 * The words of a statement; when one of them could be a cue, tagged in context by
 * the NLP library (part of speech and lemma), so that only real verbs count as verbs.
 */
function analyse(text: string, segment: Segment): Word[] {
  const words = wordsIn(text, segment.start, segment.end);
  if (worthTagging(words, segment) || (words.length <= CAPTION_WORDS && isOwnLine(text, segment))) applyTags(words, linguistics.tagSentence(text, segment.start, segment.end));
  return words;
}

/** A word that could be a cue, or a demonstrative opening a carry-over ("That data covered..."): the tagger must confirm it. */
function worthTagging(words: readonly Word[], segment: Segment): boolean {
  if (DEMONSTRATIVES.has(words[0]?.lower ?? '')) return true;
  const titleCase = inTitleCase(words, segment);
  // "published evidence that ...": a message with its content, though no word of it is a cue alone.
  return words.some((w, k) => ((!w.capital || w === words[0] || titleCase) && couldBeCue(w.lower)) || (messageNouns.has(w.lower) && words[k + 1]?.lower === 'that'));
}

/** "Judge Castigates Prosecutors Over Leak": a headline with every word capitalised, its verbs too. */
function inTitleCase(words: readonly Word[], segment: Segment): boolean {
  return segment.role === 'headline' && words.length >= 4 && words.every((w) => w.capital || w.lower.length <= 3);
}

/**
 * Gives words the part of speech and lemma of the tag that starts where they start,
 * reading tags from index `from`; returns where it stopped, for the next statement of
 * the same tagged run to go on from there.
 */
function applyTags(words: Word[], tags: readonly TaggedToken[], from = 0): number {
  let k = from;
  for (const word of words) {
    while (k < tags.length && tags[k]!.start < word.start) k++;
    const tag = tags[k];
    if (tag && tag.start === word.start) {
      word.pos = tag.pos;
      word.lemma = tag.lemma;
    }
  }
  return k;
}

/** How much text the tagger reads in one call, in characters. */
const TAGGING_BATCH = 8_000;

/**
 * The words of every statement, tagged where worth it. The tagger reads a run of
 * consecutive statements worth tagging in one call rather than each alone (a call has
 * a fixed cost), and skips the statements between runs: tagging is most of the time
 * extraction takes.
 */
function analyseAll(text: string, segments: readonly Segment[]): Word[][] {
  const all = segments.map((segment) => wordsIn(text, segment.start, segment.end));
  // A short line of its own may be a caption, which is told by having no verb.
  const worth = all.map((words, i) => worthTagging(words, segments[i]!) || (words.length <= CAPTION_WORDS && isOwnLine(text, segments[i]!)));
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

/**
 * Whether a word form may be a cue, read out of context: its lemma, or the form less a
 * regular ending ("alleged" is read as an adjective alone, but may be the verb "allege").
 */
function couldBeCue(form: string): boolean {
  let answer = cueForms.get(form);
  if (answer === undefined) {
    const stem = form.replace(/(?:ied|ies)$/, 'y').replace(/(?:ed|es|s|ing)$/, '');
    answer = taggingLemmas.has(lemmaOf(form)) || (stem !== form && (taggingLemmas.has(stem) || taggingLemmas.has(`${stem}e`)));
    if (cueForms.size >= CUE_FORMS_LIMIT) cueForms.clear();
    cueForms.set(form, answer);
  }
  return answer;
}

/** couldBeCue's answers per word form: every word of every statement asks. */
const cueForms = new Map<string, boolean>();
const CUE_FORMS_LIMIT = 100_000;

/** A word's lemma as a noun, whatever the tagger made of a capitalised first word ("Officials" → "official"). */
function nounLemma(word: Word): string {
  return lemmaOf(word.lower);
}

type SubjectClass = 'pronoun' | 'unnamed' | 'generic-person' | 'named';

interface Subject {
  span: Span;
  source: Span;
  verb: Span;
  lemma: string;
  type: SubjectClass;
  /** Closes the sentence (", the official said."), so it governs all of it. */
  trailing: boolean;
  /** Stands in a clause after "that" ("The agency reported that officials said"): counts only as a relayed source. */
  embedded: boolean;
  /** The outlet or person the verb's speaker told ("told Radio Nord"): a relay. */
  via?: Span;
  /** Whom the subject quotes ("The Journal quoted US officials as saying"): the source, with the subject as via. */
  quoted?: Subject;
}

/** A reporting verb with the auxiliaries before it: "has said", "are telling". */
interface VerbGroup {
  head: Word;
  /** The first word of the group: the subject ends before it. */
  anchor: Word;
}

function isCapitalised(word: Word): boolean {
  return word.capital;
}

function isPlural(word: Word): boolean {
  return word.lower !== nounLemma(word) && /s$/.test(word.lower);
}

/** The head of a phrase, without what qualifies it ("officials in Ghazni district", "a group of scientists"). */
function headOfPhrase(words: Word[]): Word[] {
  // "economists polled by Reuters": a participle with its agent qualifies the noun before it.
  const cut = words.findIndex((w, i) => i > 0 && (phraseQualifiers.has(w.lower) || (words[i + 1]?.lower === 'by' && w.pos === 'VERB' && /ed$/.test(w.lower))));
  return cut > 1 || (cut === 1 && !indefinite.has(words[0]!.lower) && !/^\d+$/.test(words[0]!.lower)) ? words.slice(0, cut) : words;
}

function classifyNounPhrase(all: Word[]): SubjectClass {
  const words = headOfPhrase(all);
  const first = words[0]!;
  const last = words[words.length - 1]!;
  if (words.length === 1 && pronouns.has(first.lower)) return 'pronoun';
  if (words.length === 1 && quantifierPeople.has(first.lower)) return 'unnamed';
  // "Prosecutor says ...": a headline drops the article of "A prosecutor"; an office held by one ("Sheriff",
  // "Mayor") or the story's one body or judge ("Regulator", "Judge") stays named.
  const bareRole = words.length === 1 && first.lower === nounLemma(first) && persons.has(first.lower);
  if (bareRole && !officeTitles.has(first.lower) && !oneBodyRoles.has(first.lower)) return 'unnamed';
  const indefiniteStart = indefinite.has(first.lower) || /^\d+$/.test(first.lower);
  if (words.some((w) => spokespersons.has(w.lower))) return indefiniteStart ? 'unnamed' : 'named';
  if (institutions.has(last.lower)) return 'named';
  const hasPerson = words.some((word) => persons.has(nounLemma(word)));
  const properNames = words.slice(1).filter(isCapitalised).length;
  if (indefiniteStart && hasPerson) return 'unnamed';
  const hasDocument = words.some((w) => documentNouns.has(w.lower));
  const hasReport = words.some((w) => w.lower === 'report' || w.lower === 'reports');
  // "An endocrinologist at a London hospital": someone described, not named; "a study
  // published in Nature" is a document, and documents are named sources.
  const head = words[1];
  if (indefiniteStart && head && !head.capital && !hasDocument && !namesIssuer(all)) return 'unnamed';
  // "a report", "published reports": a document the article does not identify.
  const unidentified = all.slice(1).every((w) => !w.capital) && (first.lower === 'a' || first.lower === 'an' || (!first.capital && !determiners.has(first.lower)) || documentNouns.has(first.lower));
  if (hasReport && unidentified && (indefiniteStart || isPlural(last))) return 'unnamed';
  // "Officials", "U.S. officials", "senior Western diplomats", "Afghans": plural people without names.
  const pluralPeople = ((persons.has(nounLemma(last)) || groups.has(nounLemma(last))) && isPlural(last)) || (last.capital && DEMONYM_PLURAL.test(last.lower) && words.length <= 2);
  // "its forensic experts", "his lawyers": people without names; "the experts" takes up ones already met.
  if (pluralPeople && (!determiners.has(first.lower) || POSSESSIVES.has(first.lower))) return 'unnamed';
  // "The seven opposition candidates": people counted are people without names.
  if (first.lower === 'the' && pluralPeople && words.slice(1).some((w) => numberWords.has(w.lower) || /^\d+$/.test(w.lower))) return 'unnamed';
  if (first.lower === 'the' && persons.has(nounLemma(last)) && properNames === 0) return 'generic-person';
  return 'named';
}

/**
 * The name within a subject: the proper name in "Environmental group Blue Shelf",
 * the whole of "The Regional Fisheries Compliance Panel" or "the panel".
 */
function sourceWithin(text: string, words: Word[]): Span {
  // "Merera Gudina of the Medrek coalition", "Tundu Lissu of the Party for...": a person's name, then where they belong.
  const of = words.findIndex((w, k) => k >= 2 && k <= 3 && w.lower === 'of' && words[k + 1]?.lower === 'the');
  const nameWord = (w: Word) => w.capital && !orgWords.has(w.lower) && !officeTitles.has(w.lower) && !determiners.has(w.lower) && !prepositions.has(w.lower) && !/['\u2019]s$/.test(w.lower);
  const person = of !== -1 && words.slice(0, of).every(nameWord);
  if (person && !institutions.has(words[of - 1]!.lower) && !speakingBodies.has(words[of - 1]!.lower)) words = words.slice(0, of);
  let from = words.length - 1;
  const continuesName = (i: number) => isCapitalised(words[i]!) || (!words[i]!.capital && connectors.has(words[i]!.lower) && i > 0 && isCapitalised(words[i - 1]!));
  while (from > 0 && continuesName(from - 1)) from--;
  // "the Treasury Department" keeps its article; "Environmental group Blue Shelf" gives "Blue Shelf".
  const onlyArticle = from === 1 && determiners.has(words[0]!.lower);
  const trailingName = from > 0 && !onlyArticle && isCapitalised(words[words.length - 1]!) && words.slice(0, from).some((w) => !isCapitalised(w));
  // "reports obtained by the Courier": a name after a preposition is not the head of the phrase.
  const beforeName = words[from - 1]?.lower === 'the' || words[from - 1]?.lower === 'a' ? words[from - 2] : words[from - 1];
  const afterPreposition = beforeName !== undefined && prepositions.has(beforeName.lower);
  let chosen = trailingName && !afterPreposition && !/['\u2019]s$/.test(words[from - 1]!.lower) ? words.slice(from) : words;
  // "the elder Zachs": a name with only an adjective and its article before it is written whole.
  if (chosen !== words && determiners.has(words[0]!.lower) && from === 2 && words[1]!.pos === 'ADJ') chosen = words;
  // "Treasury Secretary Janet Yellen", "Troy Police Capt. Bob Redmond", "78-year-old Frederick Zachs",
  // "Israel-based Hudson Rock": an office, an age or a place before a name is a description; a rank stays, and so
  // does an office written alone before the name as its title ("Mayor Tito Brown").
  // "U.S. District Judge Harvey Bartle": a judge's title is written with the name, as a rank is.
  const rank = chosen.findIndex((w, k) => titles.has(w.lower) || (benchTitles.has(w.lower) && w.capital && chosen[k + 1]?.capital === true));
  const lastTitle = chosen.findLastIndex((w) => officeTitles.has(w.lower));
  const addressed = lastTitle === 0 && addressTitles.has(chosen[0]!.lower);
  if (rank > 0 && chosen.slice(0, rank).every(isCapitalised)) chosen = chosen.slice(rank);
  else if (lastTitle !== -1 && !addressed && chosen.length - lastTitle - 1 >= 2 && chosen.slice(lastTitle + 1).every(isCapitalised) && chosen.slice(0, lastTitle + 1).every(isCapitalised)) {
    chosen = chosen.slice(lastTitle + 1);
  }
  while (chosen.length > 2 && /^\d|-based$/.test(chosen[0]!.lower) && chosen.slice(1).every(isCapitalised)) chosen = chosen.slice(1);
  return closedSpan(text, chosen[0]!.start, chosen[chosen.length - 1]!.end);
}

/** A span that closes the bracket it opens ("The National Electoral Commission (NEC)"). */
function closedSpan(text: string, start: number, end: number): Span {
  const inside = text.slice(start, end);
  if ((inside.match(/\(/g)?.length ?? 0) > (inside.match(/\)/g)?.length ?? 0) && text[end] === ')') end++;
  return spanAt(text, start, end);
}

/** A subject without the dateline before it ("JOHANNESBURG (AP) — The World Health Organization", "Paris: France's minister"). */
function afterDateline(text: string, words: Word[]): Word[] {
  // "Acme Corp. (NASDAQ: ACME) said": a colon inside brackets is a ticker's, not a dateline's.
  const gap = (i: number) => text.slice(words[i - 1]!.end, words[i]!.start).replace(/\([^()]*\)/g, ' ');
  const at = words.findLastIndex((w, i) => i > 0 && /[:\u2013\u2014]|--|\s-\s/.test(gap(i)));
  const after = at > 0 ? words.slice(at) : words;
  // "6:30 p.m. A top federal prosecutor": a live blog's time stamp.
  const stamp = after.length > 2 && /^\d+$/.test(after[0]!.lower) && (after[1]!.lower === 'a.m' || after[1]!.lower === 'p.m');
  return stamp ? after.slice(2) : after;
}

/** Words of how something looks in a picture. */
const LOOKS = new Set(['apparent', 'visible', 'seemingly']);
const DEMONSTRATIVES = new Set(['that', 'this', 'these', 'those']);
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our']);
/** Nouns that make "this year", "that day" a time rather than a reference to what was reported. */
const timeNouns = new Set(['year', 'years', 'week', 'weeks', 'month', 'months', 'day', 'days', 'morning', 'evening', 'night', 'time', 'weekend', 'season', 'quarter']);
/** A word that opens a clause's own subject: after "that" it shows a relative clause with a subject of its own. */
const OWN_SUBJECT_POS = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ']);
const negations = new Set<string>(NEGATIONS);
const MONTH_ABBREVIATIONS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/** Words that join a time to a phrase: "on Thursday", "late Thursday". */
const TIME_LINKS = ['on', 'last', 'this', 'late', 'early'];

/** A word of a stated time: "on Thursday", "late Saturday and Monday", "in 2009". */
function isTimeWord(word: Word): boolean {
  return timeWords.has(word.lower) || timeUnits.has(word.lower) || TIME_LINKS.includes(word.lower) || word.lower === 'and' || /^\d/.test(word.lower);
}

/** A subject without the time that follows it ("John Mahama on Thursday", "The statement Saturday"). */
function withoutTime(words: Word[]): Word[] {
  const at = words.findIndex((w, i) => {
    const next = words[i + 1]?.lower ?? '';
    return i > 0 && (timeWords.has(w.lower) || (TIME_LINKS.includes(w.lower) && (timeWords.has(next) || timeUnits.has(next))));
  });
  // Only a time that closes the phrase: "a study published on Monday in the journal X" keeps it, and so does
  // "ministry data released on Friday", where the time belongs to the participle.
  const participle = at > 0 && words[at - 1]!.pos !== 'NOUN' && words[at - 1]!.pos !== 'PROPN' && !words[at - 1]!.capital && /[a-z](?:ed|en)$/.test(words[at - 1]!.lower);
  return at <= 0 || participle || !words.slice(at).every(isTimeWord) ? words : words.slice(0, at);
}

/** Words of a chunk without leading conjunctions and trailing adverbs ("But the panel also", "Experts widely"). */
function coreWords(words: Word[]): Word[] {
  let from = 0;
  let to = words.length;
  while (from < to && leadingConjunctions.has(words[from]!.lower)) from++;
  while (to > from && !words[to - 1]!.capital && (trailingAdverbs.has(words[to - 1]!.lower) || words[to - 1]!.pos === 'ADV')) to--;
  return words.slice(from, to);
}

/**
 * A long subject cut to its head: "Tundu Lissu of the Party for Democracy and
 * Progress" to "Tundu Lissu", "The observer mission led by a former president" to
 * "The observer mission".
 */
function shortHead(words: Word[]): Word[] {
  if (words.length <= 8) return words;
  const cut = words.findIndex((w, i) => i > 0 && (phraseQualifiers.has(w.lower) || (w.pos === 'VERB' && words[i + 1]?.lower === 'by')));
  return cut > 0 ? words.slice(0, cut) : words;
}

function looksLikeName(words: Word[]): boolean {
  return words.length > 0 && (titles.has(words[0]!.lower) || words.every(isCapitalised));
}

/** A subordinator, unless written in capitals as an acronym ("The WHO statement"). */
function isSubordinator(text: string, word: Word): boolean {
  return subordinators.has(word.lower) && !(word.end - word.start > 1 && text.slice(word.start, word.end) === text.slice(word.start, word.end).toUpperCase());
}

/** A chunk that opens with a preposition: "On Thursday", "In January 2020", "Between January and March". */
function isAdverbial(words: Word[]): boolean {
  const first = words[0];
  return first !== undefined && (prepositions.has(first.lower) || ['between', 'during', 'after', 'before', 'under', 'since', 'earlier', 'later'].includes(first.lower));
}

function isParenthetical(words: Word[]): boolean {
  const first = words[0];
  return !first || subordinators.has(first.lower) || /ing$/.test(first.lower);
}

const PROGRESSIVE_REACH = 8;
const RESPONSE_WORDS = 10;
const ARTICLES_AND_POSSESSIVES = new Set(['the', 'a', 'an', 'my', 'your', ...POSSESSIVES]);

/**
 * A reporting verb at words[i], in any tense, with its auxiliaries; null for a noun
 * or a name that looks like one ("claims", "Maxar"), a passive ("was told"), an
 * infinitive ("to say"), a negation or a modal ("did not deny", "would not comment").
 */
function verbGroupAt(text: string, words: readonly Word[], i: number, titleCase = false): VerbGroup | null {
  const head = words[i]!;
  if (!head.pos) return null;
  // "Chamisa alleged that", "...not to be named said staff": the tagger may read a past form as an adjective.
  const before = words[i - 1];
  const pastAsAdjective = head.pos === 'ADJ' && before !== undefined && !determiners.has(before.lower) && couldBeCue(head.lower);
  if (pastAsAdjective) head.lemma = [lemmaOf(head.lower), head.lower.slice(0, -1), head.lower.slice(0, -2)].find((stem) => reporting.has(stem)) ?? head.lemma;
  const particles = PARTICLE_LEMMAS.get(head.lemma);
  const message = putsOutMessage(words, i) || putsFigureAt(words, i) || hearsEvidence(words, i) || paintsPicture(words, i);
  if (!reporting.has(head.lemma) && !content.has(head.lemma) && !particles && !message) return null;
  if (head.capital && i > 0 && !titleCase) return null;
  // "see" attributes as an attitude ("sees the deal as a threat", "saw that"), not as witnessing ("Saturday saw the release").
  if (head.lemma === 'see' && !words.slice(i + 1, i + 12).some((w) => w.lower === 'as' || w.lower === 'that')) return null;
  // "The hospital has revealed little about", "said nothing about": what the source did not say.
  // ("said nothing produced at the trial proved..." has "nothing" as the subject of what was said.)
  if (['little', 'nothing'].includes(words[i + 1]?.lower ?? '') && words[i + 2]?.pos !== 'VERB' && words[i + 2]?.pos !== 'AUX') return null;
  // "The newspaper posted on its website the full text of the judge's comments": a publication event (codebook).
  if ((head.lemma === 'post' || head.lemma === 'publish' || head.lemma === 'report') && publishesOnly(text, words, i)) return null;
  // "gave commands to the suspect": after an article or a possessive comes a noun, whatever the tagger made of it.
  if (before !== undefined && ARTICLES_AND_POSSESSIVES.has(before.lower) && !titleCase) return null;
  // "Researchers discovered that...": a finding; "Police discovered a body": a discovery, no statement.
  if (head.lemma === 'discover' && words[i + 1]?.lower !== 'that') return null;
  // "Deputies responded to Y Highway": went there; a response in words says something ("responded that", "saying").
  if (head.lemma === 'respond' && !words.slice(i + 1, i + RESPONSE_WORDS).some((w) => w.lower === 'that' || w.lower === 'saying' || w.lower === 'by')) return null;
  // "Shareholders applauded after those remarks": clapping, not praise, when nothing is applauded.
  if ((head.lemma === 'applaud' || head.lemma === 'cheer') && !['DET', 'PRON', 'NOUN', 'PROPN', 'ADJ', 'NUM'].includes(words[i + 1]?.pos ?? '')) return null;
  // "a US think tank": a compound noun the tagger may read as a verb and its object.
  if (head.lemma === 'think' && /^tanks?$/.test(words[i + 1]?.lower ?? '')) return null;
  // "The division posted net revenue of $1.5 billion": results, not a message.
  if (head.lemma === 'post' && words.slice(i + 1, i + 5).some((w) => businessFigures.has(w.lower) || /^\d/.test(w.lower))) return null;
  if (head.pos !== 'VERB' && !(head.pos === 'NOUN' && (readAsVerb(text, words, i) || message)) && !(pastAsAdjective && reporting.has(head.lemma))) return null;
  // A bare "-ing" form opens a participle clause (", saying that..."), not a finite verb.
  if (particles && !reporting.has(head.lemma) && !message && !particles.includes(words[i + 1]?.lower ?? '')) return null;
  // "As the mayor put it," but not "He put it on the table".
  if (head.lemma === 'put' && words[i + 1]?.lower === 'it' && prepositions.has(words[i + 2]?.lower ?? '')) return null;
  let anchor = head;
  let passive = false;
  let progressive = false;
  for (let j = i - 1; j >= 0; j--) {
    const word = words[j]!;
    if (verbBlockers.has(word.lower)) return null;
    if (beForms.has(word.lower)) {
      if (/ing$/.test(head.lower)) progressive = true;
      else passive = true;
      anchor = word;
    } else if (haveForms.has(word.lower)) {
      anchor = word;
    } else if (!(word.pos === 'ADV' && !word.capital && !subordinators.has(word.lower))) {
      break;
    }
  }
  // "are strengthening their response and urging the public": an "-ing" verb after "and" shares the auxiliary of
  // the progressive before it.
  if (!progressive && /ing$/.test(head.lower) && words[i - 1]?.lower === 'and') {
    const from = Math.max(0, i - PROGRESSIVE_REACH);
    const earlier = words.slice(from, i - 1).findLastIndex((w) => w.pos === 'VERB' && /ing$/.test(w.lower));
    const at = earlier === -1 ? -1 : from + earlier;
    if (at > 0 && beForms.has(words[at - 1]!.lower)) {
      progressive = true;
      anchor = words[at - 1]!;
    }
  }
  const next = words[i + 1];
  // "was quoted as saying": the passive names the speaker as its subject.
  if (passive && !(head.lemma === 'quote' && (next?.lower === 'as' || quotedIn(words, i) !== null))) return null;
  if (/ing$/.test(head.lower) && !progressive) return null;
  // "Emails seen by the ombudsman": a participle with its agent, passive without an auxiliary.
  if (next?.lower === 'by' && head.lower !== head.lemma) return null;
  // "agreed to pay", "said to have": the verb governs an infinitive, not a statement ("points to flawed research" does not).
  const infinitive = words[i + 2] !== undefined && (words[i + 2]!.pos === 'AUX' || (words[i + 2]!.pos === 'VERB' && words[i + 2]!.lower === words[i + 2]!.lemma));
  if (next?.lower === 'to' && infinitive && !speechBeforeInfinitive.has(head.lemma)) return null;
  // "is adding to the misery", "glaciers add freshwater to the oceans": "add to" is to increase, not to say more.
  if (head.lemma === 'add' && words.slice(i + 1, i + 5).some((w) => w.lower === 'to') && !words.slice(i + 1, i + 5).some((w) => w.lower === 'that')) return null;
  // "She claimed a rare victory": a win taken, not a claim made.
  if (head.lemma === 'claim' && words.slice(i + 1, i + 4).some((w) => claimedWins.has(w.lower))) return null;
  // "Intel declined comment", "declined to comment": a refusal says nothing.
  if ((head.lemma === 'comment' || head.lemma === 'elaborate') && (before?.lemma === 'decline' || (before?.lower === 'to' && words[i - 2]?.lemma === 'decline'))) return null;
  // "asked Bertil Borg to assess the research": a commission to act, not a statement.
  // "who asked not to be named": a request about the source itself.
  if (head.lemma === 'ask' && words.slice(i + 1, i + 9).some((w, k) => w.lower === 'to' && (words[i + k + 2]?.pos === 'VERB' || words[i + k + 2]?.pos === 'AUX'))) return null;
  // "Prosecutors are seeking a prison term of 17 years": a request to a court; "the firm is seeking buyers" is none.
  if (head.lemma === 'seek' && !words.slice(i + 1, i + 6).some((w) => courtRequests.has(w.lower))) return null;
  // "She commented after a judge sentenced him", "Residents spoke up in opposition": speech without its content.
  if ((head.lemma === 'comment' || head.lemma === 'speak') && next && next.lower !== 'that' && !/^\s*[:"\u201C,]/.test(text.slice(head.end, next.start))) return null;
  // "Police found the woman dead": a discovery, not a finding.
  if (head.lemma === 'find' && words.slice(i + 1, i + 6).some((w) => foundStates.has(w.lower))) return null;
  // "The court held that": "hold" reports only a ruling with its content.
  if (head.lemma === 'hold' && next?.lower !== 'that') return null;
  if (namesSomething(words, i)) return null;
  if (anchor === head && qualifiesNoun(words, i)) return null;
  // "30 positive confirmed cases", "the reported attack", "An earlier, suspected Israeli strike": a participle
  // before its noun describes it.
  const article = (w: Word | undefined) => w !== undefined && (determiners.has(w.lower) || indefinite.has(w.lower));
  const joined = before !== undefined && !/["\u201D\u2019,;:]/.test(text.slice(before.end, head.start));
  // "With confirmed cases climbing": after a preposition too.
  const describes = (joined && (before.pos === 'ADJ' || before.pos === 'NUM' || before.pos === 'ADP' || article(before))) || (before?.pos === 'ADV' && article(words[i - 2]));
  const noun = next?.pos === 'NOUN' || ((next?.pos === 'ADJ' || next?.pos === 'PROPN') && words[i + 2]?.pos === 'NOUN');
  if (anchor === head && head.lower !== head.lemma && describes && noun) return null;
  return { head, anchor };
}

/** The tags of the words of a short noun phrase before its head: "a new joint statement". */
const NOUN_PHRASE_TAGS = new Set(['DET', 'ADJ', 'NUM', 'NOUN']);
const NOUN_PHRASE_WORDS = 5;

/**
 * "Cases linked to the outbreak have been confirmed", "Figures released on Monday
 * showed": a past participle right after a noun, with the clause's own finite verb
 * still to come, qualifies the noun (a reduced relative clause); it is not the verb.
 */
function qualifiesNoun(words: readonly Word[], i: number): boolean {
  const head = words[i]!;
  const before = words[i - 1];
  if (head.lower === head.lemma || /s$/.test(head.lower) || !before || (before.pos !== 'NOUN' && before.pos !== 'PROPN')) return false;
  // "Police said in a statement the man was held": verbs of saying, and people or bodies as the noun, keep the verb reading.
  if (head.lemma === 'say' || head.lemma === 'tell' || words[i + 1]?.pos !== 'ADP' || words[i + 1]!.lower === 'that') return false;
  const noun = nounLemma(before);
  // A name is a speaker; a capitalised plural opening the sentence ("Cases") is a common noun the tagger took for one.
  const name = before.pos === 'PROPN' && !(i === 1 && noun !== before.lower);
  if (describedPeople.has(noun) || groups.has(noun) || institutions.has(noun) || spokespersons.has(noun) || name) return false;
  // "said in a statement posted on its website": a noun after a preposition is no subject; the participle describes it.
  let phrase = i - 1;
  while (phrase > 0 && i - phrase < NOUN_PHRASE_WORDS && NOUN_PHRASE_TAGS.has(words[phrase - 1]!.pos ?? '')) phrase--;
  if (phrase > 0 && words[phrase - 1]!.pos === 'ADP') return true;
  for (let j = i + 1; j < words.length; j++) {
    const word = words[j]!;
    if (subordinators.has(word.lower) || word.lower === 'and' || word.lower === 'but') return false;
    if (word.pos === 'AUX' || (word.pos === 'VERB' && word.lower !== word.lemma && !/(?:ing|ed|en)$/.test(word.lower))) return true;
    if (word.pos === 'VERB' && /ed$/.test(word.lower) && words[j - 1]!.pos !== 'ADP') return true;
  }
  return false;
}

/** "the drug, called Ocaliva,", "a group called Jaish": a participle that gives a name, not a verb of saying. */
function namesSomething(words: readonly Word[], i: number): boolean {
  const head = words[i]!;
  if (!namingLemmas.has(head.lemma) || head.lower === head.lemma || /s$/.test(head.lower)) return false;
  const before = words[i - 1];
  const next = words[i + 1];
  if (!before || !next || before.pos !== 'NOUN') return false;
  // "a group called Lulz", "signals called pheromones", "a structure ..., called the olfactory bulb": the name given.
  let end = i + 1;
  if (next.capital) {
    while (words[end]?.capital) end++;
  } else {
    if (determiners.has(next.lower)) end++;
    while (words[end] && !words[end]!.capital && (words[end]!.pos === 'NOUN' || words[end]!.pos === 'ADJ')) end++;
    if (end === i + 1 || words[end - 1]!.pos !== 'NOUN') return false;
  }
  // "The minister called Smith a liar", "called the vote rigged": a second object or a complement makes it the verb.
  const after = words[end];
  if (!after) return true;
  if (next.capital) return !determiners.has(after.lower) && !indefinite.has(after.lower);
  return after.pos === 'ADP' || after.pos === 'CCONJ' || after.pos === 'SCONJ' || relativePronouns.has(after.lower);
}

/**
 * "posted on its website the full text of the comments", "published its annual report":
 * a document or message as the object, with nothing after it that gives its content
 * ("that", "saying", "showing", a quotation, a colon).
 */
function publishesOnly(text: string, words: readonly Word[], i: number): boolean {
  const rest = text.slice(words[i]!.end, words.at(-1)!.end);
  if (/["\u201C:]|\b(?:that|saying|showing|which|who|warning|urging|calling)\b/.test(rest)) return false;
  // The object's noun, past a phrase with a preposition ("on its website").
  let inPhrase = false;
  const object = words.slice(i + 1, i + 1 + PUBLISHED_OBJECT_WORDS).find((w) => {
    if (w.pos === 'ADP') inPhrase = true;
    else if (w.pos === 'NOUN' && inPhrase) inPhrase = false;
    else if (w.pos === 'NOUN') return true;
    return false;
  });
  return object !== undefined && (documentNouns.has(object.lower) || messageNouns.has(nounLemma(object)) || publishedTexts.has(object.lower));
}
const PUBLISHED_OBJECT_WORDS = 8;

/** "The ministry put the death toll at 41": an estimate given, as a statement of it; "put the blame on" blames. */
function putsFigureAt(words: readonly Word[], i: number): boolean {
  if (words[i]!.lemma !== 'put') return false;
  if (words[i + 1]?.lower === 'the' && words[i + 2]?.lower === 'blame' && words[i + 3]?.lower === 'on') return true;
  const at = words.slice(i + 1, i + FIGURE_AT_WORDS).findIndex((w) => w.lower === 'at');
  return at > 0 && words.slice(i + 1, i + 1 + at).some((w) => estimateNouns.has(nounLemma(w)));
}
const FIGURE_AT_WORDS = 8;

/** "The company painted a bleak picture of the market": a description given. */
function paintsPicture(words: readonly Word[], i: number): boolean {
  return words[i]!.lemma === 'paint' && words.slice(i + 1, i + 5).some((w) => w.lower === 'picture');
}

/** "The court heard that...", "The jury heard how...": evidence given in court, reported as heard. */
function hearsEvidence(words: readonly Word[], i: number): boolean {
  return words[i]!.lemma === 'hear' && (words[i + 1]?.lower === 'that' || words[i + 1]?.lower === 'how');
}

/** "issued a statement condemning", "put out a statement Wednesday saying": a message with what it says. */
function putsOutMessage(words: readonly Word[], i: number): boolean {
  if (!messageVerbs.has(words[i]!.lemma)) return false;
  let k = i + 1;
  if (words[i]!.lemma === 'put' && words[k]?.lower === 'out') k++;
  const noun = words.slice(k, k + 4).findIndex((w) => messageNouns.has(w.lower) || messageNouns.has(nounLemma(w)));
  if (noun === -1) return false;
  k += noun + 1;
  while (k < words.length && (isTimeWord(words[k]!) || TIME_LINKS.includes(words[k]!.lower))) k++;
  const said = words[k];
  // "began to publish evidence that acidification alters fish behaviour": the content in a "that" clause,
  // not a relative clause about the message ("a report that was leaked").
  if (said?.lower === 'that') {
    const next = words[k + 1];
    const between = words.slice(i + 1, k - 1);
    return words[i]!.pos === 'VERB' && between.every((w) => w.pos !== 'VERB' && w.pos !== 'AUX') && next !== undefined && next.pos !== 'VERB' && next.pos !== 'AUX' && !relativePronouns.has(next.lower);
  }
  return said !== undefined && said.pos === 'VERB' && /ing$/.test(said.lower) && (reporting.has(said.lemma) || content.has(said.lemma) || PARTICLE_LEMMAS.has(said.lemma));
}

const LIST_WORDS = 4;

/**
 * "The study, which tracked 5,000 adults, links": when a relative clause or participle
 * aside between commas comes right before words[i], the noun before the aside.
 */
function nounBeforeAside(text: string, words: readonly Word[], i: number): Word | undefined {
  if (!commaBefore(text, words, i)) return undefined;
  for (let k = i - 1; k > 0 && i - k <= ASIDE_WORDS; k--) {
    if (!commaBefore(text, words, k)) continue;
    const opener = words[k]!;
    return relativePronouns.has(opener.lower) || (opener.pos === 'VERB' && /ed$/.test(opener.lower)) ? words[k - 1] : undefined;
  }
  return undefined;
}
const ASIDE_WORDS = 12;

/** ", the IMF forecast in April.": the verb at words[i] closes the sentence, its subject a short phrase after a comma. */
function closingAfterComma(text: string, words: readonly Word[], i: number): boolean {
  let start = i - 1;
  while (start > 0 && i - start < NOUN_PHRASE_WORDS && !commaBefore(text, words, start) && ['DET', 'ADJ', 'NOUN', 'PROPN'].includes(words[start - 1]!.pos ?? '')) start--;
  return start > 0 && commaBefore(text, words, start) && closesSentence(words, i);
}

/** A comma and a space between words[k - 1] and words[k]; a comma inside a figure ("5,000") has no space after it. */
function commaBefore(text: string, words: readonly Word[], k: number): boolean {
  return k > 0 && /,\s+$/.test(text.slice(words[k - 1]!.end, words[k]!.start));
}

/**
 * The tagger reads some verbs after a noun as nouns ("The report details the abuses",
 * "Court documents show", "Competition body fears higher prices"). Such a word is a
 * verb when it agrees with the noun before it (a plural subject with the base form, a
 * singular one with "-s") and no verb or "of" follows.
 */
function readAsVerb(text: string, words: readonly Word[], i: number): boolean {
  const head = words[i]!;
  const before = nounBeforeAside(text, words, i) ?? words[i - 1];
  const after = words[i + 1];
  // "..., reports CBS Sacramento.": a verb of saying turned round before a name that closes the sentence.
  const rest = words.slice(i + 1);
  if (inversionLemmas.has(head.lemma) && /s$/.test(head.lower) && rest.length > 0 && rest.length <= 5 && rest.every(isCapitalised)) return true;
  if (!before || (before.pos !== 'NOUN' && before.pos !== 'PROPN')) return false;
  if (pastAsBase.has(head.lower) && (after?.lower === 'that' || closingAfterComma(text, words, i))) return true;
  // "This summer's record heat": after a possessive comes its noun.
  if (/['\u2019]s$/.test(before.lower)) return false;
  // "In Texas, beyond the daily temperature records that...": an opening phrase after a preposition is no subject
  // ("Figures from the ministry show" is one).
  let start = i - 1;
  while (start > 0 && ['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM'].includes(words[start - 1]!.pos ?? '')) start--;
  const preposition = words[start - 1];
  const opens = preposition !== undefined && (start === 1 || /,\s*$/.test(text.slice(words[start - 2]!.end, preposition.start)));
  if (preposition !== undefined && prepositions.has(preposition.lower) && opens) return false;
  // "email addresses and names": a noun in a list, not a verb with its object.
  if (after && (after.pos === 'VERB' || after.pos === 'AUX' || after.pos === 'PUNCT' || after.pos === 'CCONJ' || (after.pos === 'ADP' && after.lower !== 'at'))) return false;
  // "Court documents show": the later word is the verb.
  if (after && (reporting.has(after.lemma) || content.has(after.lemma))) return false;
  // "infections reported from Ondo, Edo and Benue states.": a list that closes the sentence ends in its noun.
  if (!after && words.slice(Math.max(0, i - LIST_WORDS), i).some((w) => w.lower === 'and')) return false;
  if (head.lower !== head.lemma) return /s$/.test(head.lower) && !isPlural(before);
  // A base form needs a plural head noun before it, within its clause ("reports obtained by the Courier show").
  for (let j = i - 1; j >= 0 && j >= i - 8; j--) {
    const word = words[j]!;
    if ((word.pos === 'NOUN' || word.pos === 'PROPN') && isPlural(word)) return true;
    // A participle after a noun qualifies it ("reports obtained by"); any other verb ends the subject.
    const qualifier = word.pos === 'VERB' && /(?:ed|en)$/.test(word.lower) && (words[j - 1]?.pos === 'NOUN' || words[j - 1]?.pos === 'PROPN');
    if ((word.pos === 'VERB' && !qualifier) || word.pos === 'AUX') return false;
  }
  return false;
}

/**
 * The subjects of the reporting verbs of a sentence, in order: main-clause ones, and
 * those of a "that" clause marked embedded. A verb inside a quotation is the
 * speaker's, not the article's attribution.
 */
function findSubjects(text: string, segment: Segment, words: readonly Word[], quoted: readonly [number, number][]): Subject[] {
  const titleCase = inTitleCase(words, segment);
  const subjects: Subject[] = [];
  for (let i = 0; i < words.length; i++) {
    const group = verbGroupAt(text, words, i, titleCase);
    if (!group) continue;
    const verb = group.head;
    if (insideQuotation(quoted, verb)) continue;
    if (group.anchor === words[0]) continue;
    // "Man held after shooting": a headline's bare past participle is a passive; its active verbs are present
    // ("denies"), and a past tense closes it as a tag ("..., aides said").
    if (segment.role === 'headline' && group.anchor === verb && verb.lemma !== 'say' && i < words.length - 1 && verb.lower !== verb.lemma && !/(?:s|ing)$/.test(verb.lower)) continue;
    // '"We will fight," said Maria Lopez', '..., said Ana Ruiz': the subject may follow its verb.
    const before = text.slice(segment.start, verb.start);
    if (group.anchor === verb && /[,!?]["\u201D\u2019']?\s*$/.test(before)) {
      const afterQuotation = /["\u201D\u2019']\s*$/.test(before);
      const inverted = subjectAfter(text, segment, verb, words, afterQuotation, titleCase);
      if (inverted) {
        subjects.push({ ...inverted, trailing: true });
        continue;
      }
      // What stands before '...,” said' is the quotation itself, never its speaker.
      if (afterQuotation) continue;
    }
    const subject = subjectBefore(text, segment, group, words, quoted);
    if (!subject) continue;
    if (words[i + 1]?.lower === 'to' && speechBeforeInfinitive.has(verb.lemma) && !canSpeak(words, subject)) continue;
    // "...; 7 cases confirmed, more suspected": a headline's closing participle has a speaker before it only when
    // that can be one ("..., aides said").
    const tagHead = wordsBetween(words, subject.source.start, subject.source.end).at(-1);
    const participle = verb.lower !== verb.lemma && !/s$/.test(verb.lower);
    if (segment.role === 'headline' && participle && tagHead && !tagHead.capital && !mayBeSource(tagHead) && !speakingBodies.has(tagHead.lower)) continue;
    subject.trailing = closesSentence(words, i) && /,\s*["\u201D\u2019']?\s*$/.test(text.slice(segment.start, subject.span.start));
    subject.via ??= relayAfter(text, words, i);
    subject.quoted = quotedSpeaker(text, words, i);
    subjects.push(subject);
  }
  const agent = passiveAgent(text, words);
  if (agent) subjects.push(agent);
  if (subjects.length === 0) {
    const saying = sayingAfterComma(text, segment, words, quoted);
    if (saying) subjects.push(saying);
  }
  return subjects;
}

/**
 * "Analyst Andy Perkins upgraded the stock, saying that checks had come up strong", "They did not explain
 * how, saying only that": a participle of saying after a comma speaks for the main clause's subject.
 */
function sayingAfterComma(text: string, segment: Segment, words: readonly Word[], quoted: readonly [number, number][]): Subject | null {
  const k = words.findIndex((w, i) => i > 1 && w.pos === 'VERB' && /ing$/.test(w.lower) && sayingLemmas.has(w.lemma) && /,["\u201D\u2019']?\s*$/.test(text.slice(words[i - 1]!.end, w.start)));
  // "saying nothing", "saying little": what the subject did not say.
  if (k === -1 || insideQuotation(quoted, words[k]!) || ['nothing', 'little'].includes(words[k + 1]?.lower ?? '')) return null;
  // The main clause's finite verb, whose subject speaks.
  const main = words.findIndex((w, i) => i > 0 && i < k && (w.pos === 'VERB' || w.pos === 'AUX') && !/ing$/.test(w.lower));
  if (main === -1) return null;
  return subjectBefore(text, segment, { head: words[k]!, anchor: words[main]! }, words, quoted);
}

/**
 * The verb at words[i] ends its sentence but for a few words, or for phrases of place
 * and time (", the agency said in a safety announcement on Thursday"), so its subject
 * governs the whole sentence.
 */
function closesSentence(words: readonly Word[], i: number): boolean {
  if (words.length - i <= TRAILING_ATTRIBUTION_WORDS) return true;
  const rest = words.slice(i + 1);
  return rest[0]?.pos === 'ADP' && rest[0].lower !== 'that' && rest.length <= 12 && !rest.some((w) => w.pos === 'VERB' || w.pos === 'AUX' || w.pos === 'SCONJ' || w.pos === 'PRON');
}

/** The words after a passive participle's "by", up to the clause's end: "by Louisiana State University chemists". */
function agentAfter(text: string, words: readonly Word[], participle: number): Word[] {
  let by = participle + 1;
  while (words[by]?.pos === 'ADV') by++;
  if (words[by]?.lower !== 'by') return [];
  const agent: Word[] = [];
  for (let k = by + 1; k < words.length; k++) {
    const word = words[k]!;
    if (k > by + 1 && /[,;:!?(\u2013\u2014]/.test(text.slice(words[k - 1]!.end, word.start))) break;
    if (word.pos === 'VERB' || word.pos === 'AUX' || word.pos === 'SCONJ' || word.lower === 'to' || word.lower === 'as') break;
    // "accused by critics of nepotism": the charge, not the accusers.
    if (word.lower === 'of' && accusingLemmas.has(words[participle]!.lemma)) break;
    if (word.pos === 'ADP' && !connectors.has(word.lower)) break;
    agent.push(word);
  }
  return agent;
}

/**
 * "The oil was first spotted by pilot Bonny Schumaker", "The samples were determined by
 * university chemists to share...": a passive reporting or perception verb with its
 * agent, who vouches for the statement as the subject of the active verb would.
 */
function passiveAgent(text: string, words: readonly Word[]): Subject | null {
  for (let i = 1; i < words.length; i++) {
    const verb = words[i]!;
    if (verb.pos !== 'VERB' || verb.lower === verb.lemma || !(passiveAgentLemmas.has(verb.lemma) || (reporting.has(verb.lemma) && !notPassiveAgent.has(verb.lemma)))) continue;
    let j = i - 1;
    while (j > 0 && words[j]!.pos === 'ADV') j--;
    if (!beForms.has(words[j]!.lower)) continue;
    // "Its stock had jumped since merger talks were first reported by the Journal": a background clause.
    if (inAdverbialClause(text, words, j)) continue;
    const agent = agentAfter(text, words, i);
    // "A decision is expected by Oct. 15": a deadline, not an agent.
    if (agent.length === 0 || agent.length > 8 || agent.every((w) => isTimeWord(w) || MONTH_ABBREVIATIONS.has(w.lower))) continue;
    return makeSubject(text, agent, agent, verb);
  }
  return null;
}

/** Whether words[at] stands in a clause opened by "since", "after", "because" and the like, within its comma-free stretch. */
function inAdverbialClause(text: string, words: readonly Word[], at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    if (adverbialSubordinators.has(words[k]!.lower)) return true;
    if (/[,;:]/.test(text.slice(words[k]!.end, words[k + 1]!.start))) return false;
  }
  return false;
}

/** "The Journal quoted US officials as saying", "the article quotes a Coast Guard spokesman": whom it quotes. */
function quotedSpeaker(text: string, words: readonly Word[], verbIndex: number): Subject | undefined {
  const verb = words[verbIndex]!;
  if (verb.lemma !== 'quote' && verb.lemma !== 'cite') return undefined;
  const object: Word[] = [];
  for (let k = verbIndex + 1; k < words.length && object.length <= 8; k++) {
    const word = words[k]!;
    if (['as', 'saying', 'that', 'in', 'on'].includes(word.lower) || /[,;:!?]/.test(text.slice(words[k - 1]!.end, word.start))) break;
    object.push(word);
  }
  if (object.length === 0 || object.length > 8) return undefined;
  return makeSubject(text, object, object, verb);
}

/** "were quoted in reports as saying": where the words were quoted, up to "as". */
function quotedIn(words: readonly Word[], i: number): readonly Word[] | null {
  if (words[i]!.lemma !== 'quote' || words[i + 1]?.lower !== 'in') return null;
  const as = words.slice(i + 2, i + 7).findIndex((w) => w.lower === 'as');
  return as > 0 && words[i + 2 + as + 1]?.lemma === 'say' ? words.slice(i + 2, i + 2 + as) : null;
}

/** "told Radio Nord", "in an interview with the BBC": the outlet a speaker told, unless it is the press at large. */
function relayAfter(text: string, words: readonly Word[], verbIndex: number): Span | undefined {
  const verb = words[verbIndex]!;
  const quoted = quotedIn(words, verbIndex);
  if (quoted) return spanAt(text, quoted[0]!.start, quoted[quoted.length - 1]!.end);
  let from = verbIndex + 1;
  const next = words[from]?.lower;
  if (verb.lemma !== 'tell' && next !== 'in' && next !== 'to') return undefined;
  if (verb.lemma !== 'tell') {
    const window = words.slice(verbIndex + 1, verbIndex + 6).map((w) => w.lower).join(' ');
    const lead = /^(?:in an interview with|in comments to|to)\b/.exec(window);
    if (!lead) return undefined;
    from += lead[0].split(' ').length;
  }
  return outletAt(text, words, from);
}

/**
 * The outlet's name from words[from]: capitalised words, with the kind of medium
 * written after it ("Europe 1 radio", "ABS-CBN television"); undefined for the press
 * at large ("reporters").
 */
function outletAt(text: string, words: readonly Word[], from: number): Span | undefined {
  // "the prosecutor told the newspaper": an outlet the article named before, taken up by its kind.
  const taken = words[from + 1];
  if (words[from]?.lower === 'the' && taken && mediaNouns.has(taken.lower) && taken.lower !== 'agency') return spanAt(text, words[from]!.start, taken.end);
  // "told the club's website": an owner's medium.
  const medium = words[from + 2];
  if (words[from]?.lower === 'the' && taken && /['\u2019]s$/.test(taken.lower) && medium && mediaNouns.has(medium.lower)) return spanAt(text, words[from]!.start, medium.end);
  let to = from;
  if (words[to]?.lower === 'the' && words[to + 1]?.capital) to++;
  const joined = (k: number) => k === from || !/[,;:.!?]/.test(text.slice(words[k - 1]!.end, words[k]!.start));
  // "told Seacoast Current on Wednesday": a time after the outlet is not part of its name.
  const timeAfter = (k: number) => timeWords.has(words[k + 1]?.lower ?? '');
  while (to < words.length && joined(to) && (words[to]!.capital || (to > from && connectors.has(words[to]!.lower) && words[to + 1]?.capital && !timeAfter(to)))) to++;
  if (to === from || !words[to - 1]!.capital) return undefined;
  if (to < words.length && mediaNouns.has(words[to]!.lower)) to++;
  const span = spanAt(text, words[from]!.start, words[to - 1]!.end);
  return notRelays.has(span.text.toLowerCase()) ? undefined : span;
}

/** "In an interview with the Associated Press, Chamisa alleged", "Speaking to Al-Manar TV, Qmati said": the outlet told. */
function leadingRelay(text: string, segment: Segment, words: readonly Word[]): Span | undefined {
  LEADING_RELAY.lastIndex = 0;
  const lead = LEADING_RELAY.exec(text.slice(segment.start, segment.end));
  if (!lead) return undefined;
  const from = words.findIndex((w) => w.start >= segment.start + lead[0].length);
  return from === -1 ? undefined : outletAt(text, words, from);
}

/** '"We were never consulted": dockworkers' leader on the strike' names its speaker after the colon. */
function headlineSpeaker(text: string, segment: Segment, sentence: readonly Word[]): { cue: Cue; source: Span } | null {
  if (segment.role === 'body') return null;
  const cue = firstMatch(text, segment, [HEADLINE_QUOTE]);
  if (!cue) return null;
  const words = wordsBetween(sentence, cue.end, segment.end);
  const end = words.findIndex((w) => !w.capital && speakerEnds.has(w.lower));
  const speaker = end === -1 ? words : words.slice(0, end);
  if (speaker.length === 0 || speaker.length > 8) return null;
  return { cue, source: spanAt(text, speaker[0]!.start, speaker[speaker.length - 1]!.end) };
}

/** "Iran", "the ministry", "officials", "he" threaten and vow in words; "the storm" or "the deal" only in a figure of speech. */
function canSpeak(words: readonly Word[], subject: Subject): boolean {
  if (subject.type !== 'named') return true;
  const source = wordsBetween(words, subject.source.start, subject.source.end);
  const head = source.at(-1);
  const name = source.some((w, k) => w.capital && (k > 0 || !determiners.has(w.lower)));
  return head !== undefined && (name || isSourceNoun(nounLemma(head)) || speakingBodies.has(head.lower) || documentNouns.has(head.lower));
}

/** A noun that names who speaks: a person by role, a group or an institution ("official", "residents", "police"). */
function isSourceNoun(lemma: string): boolean {
  return persons.has(lemma) || groups.has(lemma) || institutions.has(lemma);
}

/** "Depot hit overnight – officials": the tag after the dash, as a source. */
function headlineTag(text: string, segment: Segment, sentence: readonly Word[]): { cue: Cue; words: Word[] } | null {
  if (segment.role === 'body') return null;
  const line = text.slice(segment.start, segment.end);
  HEADLINE_TAG.pattern.lastIndex = 0;
  const dash = HEADLINE_TAG.pattern.exec(line);
  const colon = dash ? null : HEADLINE_COLON_TAG.exec(line);
  let words: Word[] = [];
  if (dash) words = wordsBetween(sentence, segment.start + dash.index + dash[0].length - dash[1]!.length, segment.end);
  else if (colon?.[1]) {
    // "WHO: ...", "Sheriff: ...", "NorCal fire officials: ...": a source before the colon is a name, an office
    // or people described, not a topic ("Tanzania election:").
    words = wordsBetween(sentence, segment.start, segment.start + colon[1].length);
    const last = words[words.length - 1];
    const named = words.length <= 2 && last?.capital && !/^\d/.test(last.lower) && !sectionWords.has(last.lower);
    const people = last !== undefined && words.length <= 4 && isSourceNoun(nounLemma(last)) && !words.some((w) => w.pos === 'VERB' || w.pos === 'AUX');
    if (!named && !people) words = [];
  }
  // "US prepares fresh Iran sanctions: Report": else the tag after the last colon.
  const after = dash || words.length > 0 ? null : HEADLINE_TRAILING_TAG.exec(line);
  if (after) {
    // A tag names a source: a name, a person or a document; "Tanzania election: Magufuli wins landslide" has a clause there.
    const tag = wordsBetween(sentence, segment.end - after[1]!.length, segment.end);
    const last = tag[tag.length - 1];
    const source = last !== undefined && (tag.every(isCapitalised) && tag.length <= 3 ? true : isSourceNoun(nounLemma(last)) || documentNouns.has(last.lower));
    if (source && !tag.some((w) => w.pos === 'VERB' || w.pos === 'AUX')) words = tag;
  }
  if (words.length === 0 || words.length > HEADLINE_TAG_WORDS) return null;
  return { cue: { ...spanAt(text, words[0]!.start, words[words.length - 1]!.end), rule: HEADLINE_TAG.name }, words };
}

/**
 * The subject after its verb: after a quotation anything up to the next comma; after
 * a plain comma only a name or a short phrase that ends the clause (", said Ana Ruiz,"
 * but not ", said diet was a factor").
 */
function subjectAfter(text: string, segment: Segment, verb: Word, words: readonly Word[], afterQuotation: boolean, titleCase: boolean): Subject | null {
  const rest = text.slice(verb.end, segment.end);
  const stop = clauseEnd(rest);
  const after = wordsBetween(words, verb.end, verb.end + (stop === -1 ? rest.length : stop));
  // '"They knew," said a worker who asked not to be named': the speaker, without the relative clause about them.
  const relative = after.findIndex((w, k) => k > 0 && (w.lower === 'who' || w.lower === 'whose'));
  if (relative !== -1) after.splice(relative);
  // "says AstraZeneca chief amid claims he was offered a rival role": the subject ends at a preposition.
  const cut = after.findIndex((w, k) => k > 0 && w.pos === 'ADP' && !connectors.has(w.lower));
  const qualifier = cut > 0 ? after.splice(cut) : [];
  // "said Kate Lin of the Federal Reserve Bank of New York": a long subject is cut after the person's name.
  const employer = after.length > 8 ? after.findIndex((w, k) => k >= 2 && w.lower === 'of' && looksLikeName(after.slice(0, k)) && !institutions.has(after[k - 1]!.lower)) : -1;
  if (employer !== -1) qualifier.unshift(...after.splice(employer));
  if (after.length === 0 || after.length > 8) return null;
  if (!afterQuotation) {
    // After a plain comma only a verb of saying turns round ("..., said Ana Ruiz"); "Ligue Iteka, a rights
    // group, documented 67 killings" has its object there, not its subject.
    if (!inversionLemmas.has(verb.lemma)) return null;
    // "Col. John Thomas, a spokesman, told CNN": after a comma "told" has its hearer after it, not its speaker.
    if (verb.lemma === 'tell') return null;
    const first = after[0]!;
    // A name opens with a capital letter; "spokesman Jim Prosser" with an office before it.
    const name = /^\p{Lu}/u.test(text[first.start]!) && !pronouns.has(first.lower);
    const office = (officeTitles.has(first.lower) || spokespersons.has(first.lower)) && after[1]?.capital === true;
    // "Rates will rise, says central bank": a short phrase for a person or a body that closes the sentence.
    const head = after[after.length - 1]!;
    // "..., said senior analysts at the bank.": what follows the phrase qualifies it and ends the sentence.
    // "Fed" read as a verb: a capital is a name's, except in a headline written in title case.
    const isVerb = (w: Word) => (w.pos === 'VERB' || w.pos === 'AUX') && (titleCase || !w.capital);
    const closing = !qualifier.some(isVerb) && /^\s*[.!?]?["\u201D\u2019']?\s*$/.test(stop === -1 ? '' : rest.slice(stop));
    const role = (w: Word) => persons.has(nounLemma(w)) || officeTitles.has(w.lower) || spokespersons.has(w.lower);
    const body = closing && after.length <= 4 && (role(head) || institutions.has(head.lower));
    // "says chief executive Ann Lee", "says Fed chair Jerome Powell", "said electoral commission spokesman Salif
    // Kebe": offices before a name.
    const nameStart = after.findLastIndex((w) => !w.capital) + 1;
    const describedName = head.capital && (after.slice(0, nameStart).every((w) => w.capital || role(w)) || role(after[nameStart - 1]!));
    // "said the Federal Reserve Bank of New York": a body's proper name after its article.
    const properName = first.lower === 'the' && after.length > 1 && after.slice(1).every((w) => w.capital || connectors.has(w.lower));
    if (!name && !office && !body && !describedName && !properName && !(first.lower === 'the' && after.length <= 4)) return null;
    if (after.some((w) => isVerb(w) && !role(w))) return null;
  }
  return makeSubject(text, after, after, verb);
}

/** "after a Bloomberg report that ...": the report's named author is the source. */
function identifiedReport(text: string, segment: Segment): { cue: Cue; source: Span } | null {
  IDENTIFIED_REPORT.pattern.lastIndex = 0;
  const match = IDENTIFIED_REPORT.pattern.exec(text.slice(segment.start, segment.end));
  const name = match?.[1] ?? match?.[2];
  if (!match || !name) return null;
  const at = segment.start + match.index;
  const nameStart = at + match[0].indexOf(name);
  return { cue: { ...spanAt(text, at, at + match[0].length), rule: IDENTIFIED_REPORT.name }, source: spanAt(text, nameStart, nameStart + name.length) };
}

const TITLE_LOOKBACK = 40;

/** Where the words after a verb end: at a comma or the sentence's end, not at the full stop of "Dr." or "Sr.". */
function clauseEnd(rest: string): number {
  for (const match of rest.matchAll(/[,;:.!?]/g)) {
    if (match[0] === '.') {
      // Titles and initials are short: the word before the stop is read from a short stretch, not the whole rest.
      const word = /([\p{L}.]+)$/u.exec(rest.slice(Math.max(0, match.index - TITLE_LOOKBACK), match.index))?.[1];
      // "Dr. Amara Osei", "John C. Lin": a title's or an initial's full stop is inside the name.
      if (word && (titles.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word))) continue;
    }
    return match.index;
  }
  return -1;
}

function within(inner: Span, outer: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** A wire headline's topic or status slug: "Soccer-Mourinho calls...", "UPDATE 2-Bank weighs...". */
const HEADLINE_SLUG = /^(?:UPDATE\s\d+|EXCLUSIVE|BRIEF|RPT|CORRECTED|REFILE|Soccer|Football|Tennis|Golf|Cricket|Rugby|Athletics|Olympics|Cycling|Boxing|Basketball|Baseball|Motor racing)-(?=\p{Lu})/u;

function withoutSlug(text: string, span: Span): Span {
  const slug = HEADLINE_SLUG.exec(span.text);
  return slug ? spanAt(text, span.start + slug[0].length, span.end) : span;
}

/** A word inside a stock ticker's brackets: "Acme Corp. (NASDAQ: ACME)" names the company without them. */
function inTicker(text: string, word: Word): boolean {
  // A ticker is short: it is looked for near the word, not through the whole article.
  const from = Math.max(0, word.start - TICKER_REACH);
  const before = text.slice(from, word.start);
  const open = before.lastIndexOf('(');
  if (open === -1 || open < before.lastIndexOf(')')) return false;
  const close = text.slice(word.start, word.start + TICKER_REACH).indexOf(')');
  return close !== -1 && /^[A-Z][\w .-]*:\s*[A-Z][\w.]*$/.test(text.slice(from + open + 1, word.start + close));
}
const TICKER_REACH = 40;

/** A subject, classified; its source is the name within it when it names someone, else the phrase. */
function makeSubject(text: string, allSubjectWords: Word[], allSourceWords: Word[], verb: Word, embedded = false): Subject {
  allSourceWords = allSourceWords.filter((w) => !inTicker(text, w));
  const subjectWords = withoutTime(afterDateline(text, allSubjectWords));
  // "A previously unknown group called Jaish-e Fursan": the name given is the source.
  const naming = allSourceWords.findIndex((w, k) => k > 0 && namesSomething(allSourceWords, k));
  const sourceWords = withoutTime(afterDateline(text, naming === -1 ? allSourceWords : allSourceWords.slice(naming + 1)));
  // "Local security officials quoted by the Associated Press said": the officials speak, the agency relays.
  const quotedBy = subjectWords.findIndex((w, k) => k > 0 && (w.lemma === 'quote' || w.lemma === 'cite') && subjectWords[k + 1]?.lower === 'by');
  if (quotedBy !== -1 && naming === -1 && subjectWords.length > quotedBy + 2) {
    const speaker = makeSubject(text, subjectWords.slice(0, quotedBy), subjectWords.slice(0, quotedBy), verb, embedded);
    const carrier = subjectWords.slice(quotedBy + 2);
    return { ...speaker, via: spanAt(text, carrier[0]!.start, carrier[carrier.length - 1]!.end) };
  }
  const type = naming === -1 ? classifyNounPhrase(subjectWords) : 'named';
  return {
    span: spanAt(text, subjectWords[0]!.start, subjectWords[subjectWords.length - 1]!.end),
    source: withoutSlug(text, type === 'named' ? sourceWithin(text, sourceWords) : closedSpan(text, sourceWords[0]!.start, sourceWords[sourceWords.length - 1]!.end)),
    verb: spanAt(text, verb.start, verb.end),
    lemma: verb.lemma,
    type,
    trailing: false,
    embedded,
  };
}

/**
 * "The Pentagon declined to comment but said", "Tesla did not respond, but has said": a
 * verb right after "and" or "but" shares the subject of the clause before it, when what
 * follows the verb is a statement (a clause of its own), not an act ("and pleaded guilty",
 * "but called it off").
 */
function sharedSubject(text: string, chunks: readonly Word[][], clauseAfter: () => readonly Word[]): Word[] | null {
  const conjunction = chunks.at(-1)!.at(-1);
  if (!conjunction || !['and', 'but', 'yet'].includes(conjunction.lower)) return null;
  const after = clauseAfter();
  const statement = after[0]?.lower === 'that' || after.slice(0, COMPLEMENT_WORDS).some((w) => w.pos === 'AUX' || (w.pos === 'VERB' && !/ing$/.test(w.lower)));
  if (!statement) return null;
  const verbal = (w: Word) => (w.pos === 'VERB' || w.pos === 'AUX') && !w.capital;
  const clause = chunks.find((chunk) => chunk.some(verbal) && !isAdverbial(chunk) && !isParenthetical(chunk));
  if (!clause) return null;
  const subject = coreWords(clause.slice(0, clause.findIndex(verbal)));
  if (subject.length === 0 || subject.length > SHARED_SUBJECT_WORDS || subject.some((w) => isSubordinator(text, w))) return null;
  return subject;
}
const SHARED_SUBJECT_WORDS = 6;
const COMPLEMENT_WORDS = 8;

function subjectBefore(text: string, segment: Segment, group: VerbGroup, words: readonly Word[], quoted: readonly [number, number][]): Subject | null {
  const verb = group.head;
  // "Measles outbreak strikes Spanish Lookout; 7 cases confirmed": a semicolon ends a clause, and a subject with it.
  // (Searched within the statement: a search back through the whole article would cost a long one dear.)
  const semicolon = text.slice(segment.start, group.anchor.start).lastIndexOf(';');
  if (semicolon !== -1) segment = { ...segment, start: segment.start + semicolon + 1 };
  const clause = text.slice(segment.start, group.anchor.start);
  const commas: number[] = [];
  for (let i = clause.indexOf(','); i !== -1; i = clause.indexOf(',', i + 1)) commas.push(segment.start + i);
  // The stretches between commas, from the sentence's start to the verb.
  const starts = [segment.start, ...commas.map((c) => c + 1)];
  const ends = [...commas, group.anchor.start];
  const chunks = starts.map((start, i) => wordsBetween(words, start, ends[i]!));
  const shared = sharedSubject(text, chunks, () => {
    const end = clauseEnd(text.slice(verb.end, segment.end));
    return wordsBetween(words, verb.end, end === -1 ? segment.end : verb.end + end);
  });
  if (shared) {
    const subject = makeSubject(text, shared, shared, verb);
    return canSpeak(words, subject) ? subject : null;
  }
  // "An opposition leader in Comoros, the archipelago, on Monday rejected": a time alone is not the subject.
  // '"Why trust them?" Lulz Security had asked': the quotation before the speaker is no part of the subject.
  const lastChunk = coreWords(chunks[chunks.length - 1]!.filter((w) => !insideQuotation(quoted, w)));
  const last = lastChunk.every(isTimeWord) ? [] : lastChunk;
  let subjectWords: Word[];
  let sourceWords: Word[];
  let embedded = false;
  if (last.length > 0) {
    // "..., they said" or "The panel said": the words right before the verb, back to
    // a subordinator, which would put the verb in a background clause.
    // "That day Schumaker reported": a sentence's first "that" before a noun is a determiner.
    const opensWithDeterminer = last[0] === words[0] && last[0]!.lower === 'that' && last[1]?.pos === 'NOUN';
    // "Later that day they said": "that" before a unit of time is a determiner too.
    const timeDeterminer = (w: Word, k: number) => w.lower === 'that' && last[k + 1] !== undefined && timeUnits.has(last[k + 1]!.lower);
    const clauseWord = (w: Word, k: number) => isSubordinator(text, w) && !(k === 0 && opensWithDeterminer) && !timeDeterminer(w, k);
    const sub = last.findLastIndex(clauseWord);
    const relative = last.findIndex(clauseWord);
    // "reported that officials said": "that" after a verb opens its complement, not a relative clause.
    const afterVerb = relative > 0 && last[relative - 1]!.pos === 'VERB';
    if (chunks.length === 1 && relative > 0 && relativePronouns.has(last[relative]!.lower) && sub === relative && !afterVerb) {
      // "organizations that the government believes played a part": a clause with a subject of its own holds the verb.
      if (OWN_SUBJECT_POS.has(last[relative + 1]?.pos ?? '')) return null;
      // "An official who asked not to be named said": the subject is the noun before its relative clause.
      last.splice(relative);
    } else if (sub === 0 && last[0]!.lower === 'as' && chunks.length === 1 && /^[^,;:.!?]{0,24}[,:]/.test(text.slice(verb.end, segment.end))) {
      // "As one journalist put it, ...", "As the report notes, ...": a comment clause gives the rest its source.
      last.splice(0, 1);
      if (last.length === 0) return null;
    } else if (sub !== -1) {
      // "The agency reported that officials said": a subject in a "that" clause may be a relayed source.
      // "that" after a noun opens a relative clause ("organizations that the government believes"), not a complement.
      embedded = last[sub]!.lower === 'that' && sub > 0 && last[sub - 1]!.pos === 'VERB';
      if (!embedded && (sub > 0 || chunks.length === 1)) return null;
      // "..., which both said", "..., as other studies have found that...": a relative clause, or a
      // subordinate one that does not close the sentence, does not attribute it.
      const trailing = words.length - words.indexOf(verb) <= TRAILING_ATTRIBUTION_WORDS;
      if (!embedded && (relativePronouns.has(last[sub]!.lower) || !trailing)) return null;
      last.splice(0, sub + 1);
      if (last.length === 0) return null;
    }
    // "Sony has said its forensic experts have confirmed": a complement without "that" holds a relayed subject.
    // "reported 10 deaths tied to": without an auxiliary, only a pronoun, article or name opens such a subject.
    const saidBefore = last.findLastIndex((w, k) => k < last.length - 1 && w.pos === 'VERB' && reporting.has(w.lemma) && !namesSomething(words, words.indexOf(w)));
    const opener = last[saidBefore + 1]?.pos ?? '';
    if (saidBefore !== -1 && !embedded && (group.anchor !== verb ? OWN_SUBJECT_POS.has(opener) && opener !== 'ADJ' : ['PRON', 'DET', 'PROPN'].includes(opener))) {
      embedded = true;
      last.splice(0, saidBefore + 1);
    }
    // "That patient died and she said": after a coordinated clause, its own subject.
    const conjunction = last.findLastIndex((w, k) => k > 0 && (w.lower === 'and' || w.lower === 'but') && last.slice(0, k).some((v) => (v.pos === 'VERB' || v.pos === 'AUX') && !v.capital));
    if (conjunction !== -1) last.splice(0, conjunction + 1);
    if (last.length === 0) return null;
    // A pronoun takes no words before it: "On Monday she said", "Last week he said" open with a time or a place.
    // After a noun, a pronoun opens a relative clause without "that": with the verb ("sanctions on four companies
    // it accused of") nothing is attributed; before it ("The firms they named have denied") the noun is the subject.
    const zeroRelative = last.findIndex((w, k) => k > 0 && pronouns.has(w.lower) && (last[k - 1]!.pos === 'NOUN' || last[k - 1]!.pos === 'PROPN') && !isTimeWord(last[k - 1]!));
    if (zeroRelative !== -1 && !isAdverbial(last)) {
      if (zeroRelative === last.length - 1) return null;
      last.splice(zeroRelative);
    } else if (last.length > 1 && pronouns.has(last.at(-1)!.lower)) {
      last.splice(0, last.length - 1);
    }
    // "Judging by the present rate of burning experts fear": after an opening participle clause, the noun before the verb.
    if (/ing$/.test(last[0]!.lower) && last[0]!.pos === 'VERB') {
      const lastVerb = last.findLastIndex((w) => w.pos === 'VERB');
      last.splice(0, lastVerb + 1);
      if (last.length === 0) return null;
    }
    // "Los Angeles County interim health officer Dr. Jeffrey Gunzenhauser said": a long description may end in a name.
    // A longer subject may still have a short head before what qualifies it ("paleoanthropologist Brian Richmond of the
    // American Museum of Natural History in New York told").
    if (last.length > (last.at(-1)!.capital && !last.some((w) => w.pos === 'VERB' || w.pos === 'AUX') ? 12 : 8)) {
      const head = shortHead(last);
      if (head.length > 8 || head.some((w) => w.pos === 'VERB' || w.pos === 'AUX')) return null;
      last.splice(head.length);
    }
    // "A source close to the talks said": "to" as a preposition belongs to the subject; as an infinitive's mark it does not.
    if (last.some((w, k) => k > 0 && nonAttributing.has(w.lower) && !(w.lower === 'to' && w.pos === 'ADP'))) return null;
    // "The proposed measures would": a participle after an article qualifies a noun; there is no subject.
    // "Some said", "Others said": people the article does not name.
    const people = last.length === 1 && quantifierPeople.has(last[0]!.lower);
    if (!people && last.every((w) => determiners.has(w.lower) || indefinite.has(w.lower))) return null;
    // "Each red dot represents a hotspot recorded in June": a finite verb before makes it a clause, and the participle qualifies.
    // "well below the 13 percent analysts had expected": people right after a figure open a relative clause without
    // "that"; they are not the sentence's subject.
    const figure = last.at(-2);
    if (figure && (figureUnits.has(figure.lower) || text[figure.end] === '%') && persons.has(nounLemma(last.at(-1)!))) return null;
    // ("Combs said", "Banks says": a capitalised word is a name, whatever the tagger made of it.)
    if (last.some((w) => w.pos === 'VERB' && !w.capital && /[^s]s$/.test(w.lower) && w.lower !== w.lemma)) return null;
    // "St. Michael in a statement on its website said": the channel is not part of the speaker.
    const channel = last.findIndex((w, k) => k > 0 && channelPrepositions.has(w.lower) && last.slice(k + 1, k + 4).some((x) => messageNouns.has(x.lower)));
    if (channel > 0) last.splice(channel);
    // "Diplomats, Syrian rebels and security sources said": a list of sources opening the sentence, its first items
    // before commas.
    const listItem = (c: Word[]) => c.length > 0 && c.length <= 3 && c.every((w) => w.pos === 'NOUN' || w.pos === 'PROPN' || w.pos === 'ADJ');
    if (chunks.length >= 2 && last.some((w) => w.lower === 'and') && chunks.slice(0, -1).every(listItem)) last.unshift(...chunks.slice(0, -1).flat());
    subjectWords = last;
    sourceWords = last;
    // "Dr. Bruce Anderson, Director of the DOH said": an office after a name, its closing comma left out.
    const named = chunks.length === 2 ? coreWords(chunks[0]!) : [];
    const office = determiners.has(last[0]!.lower) || indefinite.has(last[0]!.lower) ? last[1] : last[0];
    // "Nicole Sapstead, UKAD Chief Executive said": the office may also close the description.
    const isOffice = (w: Word | undefined) => w !== undefined && (officeTitles.has(w.lower) || spokespersons.has(w.lower));
    if (named.length > 1 && looksLikeName(named) && !isAdverbial(chunks[0]!) && (isOffice(office) || isOffice(last.at(-1)))) {
      subjectWords = named;
      sourceWords = named;
    }
  } else {
    // "Dr. Amara Osei, the panel's chair, told": a subject with appositives or a
    // relative clause between commas. The sentence opens with the subject.
    // "On Thursday, Mr Lissu, the Chadema candidate, said": an opening adverbial is not the subject.
    // '"This is serious," Col. John Thomas, a spokesman, told CNN': the quotation before its speaker is not the subject.
    const quotedChunk = (chunk: Word[]) => chunk.length > 0 && chunk.every((w) => insideQuotation(quoted, w));
    // "The mayor of Springfield, Illinois, said", "A supporter in the capital, Lome, says": a place after a place
    // names no one.
    const placeAfterPlace = (k: number) => {
      const [chunk, before] = [chunks[k]!, chunks[k - 1]!];
      const place = before.length > 1 && (prepositions.has(before.at(-2)!.lower) || (before.at(-2)!.lower === 'the' && prepositions.has(before.at(-3)?.lower ?? '')));
      return chunk.length === 1 && chunk[0]!.capital && place;
    };
    // "Addressing journalists in the capital, Conakry, Augustin Matata Ponyo, ... said": an opening participle clause
    // and the place after it are not the subject either.
    const participleOpening = (chunk: Word[]) => chunk[0] !== undefined && chunk[0].pos === 'VERB' && /ing$/.test(chunk[0].lower);
    const skipped = (k: number) => isAdverbial(chunks[k]!) || quotedChunk(chunks[k]!) || participleOpening(chunks[k]!) || (k > 0 && placeAfterPlace(k));
    let opening = 0;
    while (opening < chunks.length - 2 && skipped(opening)) opening++;
    // "The commission has not released results, but the observer group, an umbrella body, said": the clause after "but".
    const coordinated = chunks.findLastIndex((c, k) => k > opening && k < chunks.length - 1 && (c[0]?.lower === 'but' || c[0]?.lower === 'and' || c[0]?.lower === 'yet'));
    if (coordinated !== -1 && chunks[opening]!.some((w) => w.pos === 'VERB' || w.pos === 'AUX')) opening = coordinated;
    // "Prices will rise, said Kate Lin of the Federal Reserve Bank of New York": a clause before the comma is what was
    // said, not who said it ("Farmers who lost crops, ..., said" has its verb in a relative clause).
    // A capital marks a name's word ("Human Rights Watch"), not a verb.
    const clause = chunks[opening]!.findIndex((w) => !w.capital && (w.pos === 'AUX' || (w.pos === 'VERB' && !/(?:ed|en|ing)$/.test(w.lower))));
    if (clause !== -1 && !chunks[opening]!.slice(0, clause).some((w) => relativePronouns.has(w.lower))) return null;
    const head = shortHead(coreWords(chunks[opening]!));
    if (head.length === 0 || head.length > 8) return null;
    // "The deal, announced in March, would create": the verb was a participle in an aside.
    const closing = text.indexOf(',', verb.end);
    if (closing !== -1 && closing < segment.end) {
      const next = words.find((w) => w.start > closing);
      if (next && finiteOpeners.has(next.lower)) return null;
    }
    const appositives = chunks
      .slice(opening + 1, -1)
      .filter((_, k) => !placeAfterPlace(opening + 1 + k))
      .map(coreWords)
      .filter((c) => c.length > 0 && !isParenthetical(c));
    subjectWords = head;
    // "Conde's main challenger, former Prime Minister Cellou Dalein Diallo,": an appositive that ends in a name names the subject.
    const endsInName = (c: Word[]) => c.length >= 2 && c.at(-1)!.capital && c.at(-2)!.capital && c.every((w) => w.capital || officeTitles.has(w.lower) || w.lower === 'former');
    sourceWords = looksLikeName(head) ? head : (appositives.find(looksLikeName) ?? appositives.find(endsInName) ?? head);
  }
  return makeSubject(text, subjectWords, sourceWords, verb, embedded);
}

function firstMatch(text: string, segment: Segment, rules: readonly CueRule[]): Cue | null {
  const sentence = text.slice(segment.start, segment.end);
  let best: Cue | null = null;
  for (const rule of rules) {
    rule.pattern.lastIndex = 0;
    const match = rule.pattern.exec(sentence);
    if (!match) continue;
    const [start, end] = trimRange(text, segment.start + match.index, segment.start + match.index + match[0].length);
    if (!best || start < best.start) best = { ...spanAt(text, start, end), rule: rule.name };
  }
  return best;
}

/** "According to X," / "Citing X," : the phrase X, up to the next comma or the sentence's end. */
function leadingPhrase(text: string, segment: Segment): { cue: Cue; phrase: Span } | null {
  const cue = firstMatch(text, segment, LEADING_ATTRIBUTION);
  if (!cue) return null;
  let from = cue.end;
  while (from < segment.end && /\s/.test(text[from]!)) from++;
  const rest = text.slice(from, segment.end);
  const stop = rest.search(/[,;:]|[.!?]["'\u201D\u2019]?\s*$/);
  const [start, end] = trimRange(text, from, from + (stop === -1 ? rest.length : stop));
  if (start >= end) return null;
  // "published reports late Thursday": the time is not part of the source; "a new study that highlights...": nor is
  // a relative clause about a thing ("a security researcher who monitors the forum" is described, as the older gold has it).
  const all = withoutTime(wordsIn(text, start, end));
  const relative = all.findIndex((w, k) => k > 0 && (w.lower === 'that' || w.lower === 'which'));
  const words = relative === -1 ? all : all.slice(0, relative);
  if (!words.length) return { cue, phrase: spanAt(text, start, end) };
  // "..., citing fraud", "citing security concerns": a reason, not a source.
  if (cue.rule === 'citing' && !words.some((w) => w.capital || mayBeSource(w))) return null;
  // "site tracking portal DownDetector" is a description and a name; "a study published ... in the journal
  // Occupational Health" is one phrase, which the codebook keeps whole as the document it names.
  const oneNounPhrase = !words.some((w) => prepositions.has(w.lower));
  return { cue, phrase: oneNounPhrase ? sourceWithin(text, words) : closedSpan(text, start, words[words.length - 1]!.end) };
}

/** A word that may head a source: a person, a group, a body, a document, a spokesperson. */
function mayBeSource(word: Word): boolean {
  const noun = nounLemma(word);
  return persons.has(noun) || groups.has(noun) || institutions.has(word.lower) || documentNouns.has(word.lower) || spokespersons.has(word.lower) || describedPeople.has(noun) || /^sources?$/.test(word.lower);
}

/** "a news release from the Arkansas Department of Public Safety": a message whose issuer is named is named. */
function namesIssuer(words: readonly Word[]): boolean {
  const issuer = words.findIndex((w, k) => k > 0 && (w.lower === 'from' || w.lower === 'by') && (words[k + 1]?.capital || (determiners.has(words[k + 1]?.lower ?? '') && words[k + 2]?.capital)));
  return issuer !== -1 && words.slice(0, issuer).some((w) => messageNouns.has(w.lower) || documentNouns.has(w.lower));
}

function isUnnamedPhrase(text: string, phrase: Span, sentence: readonly Word[]): boolean {
  const segment: Segment = { start: phrase.start, end: phrase.end, role: 'body' };
  if (firstMatch(text, segment, UNNAMED_CUES)) return true;
  const words = wordsBetween(sentence, phrase.start, phrase.end);
  if (namesIssuer(words)) return false;
  const cut = words.findIndex((w, i) => i > 0 && phraseQualifiers.has(w.lower));
  return words.length > 0 && classifyNounPhrase(cut === -1 ? words : words.slice(0, cut)) === 'unnamed';
}

/**
 * Images through instruments and perception: "Satellites detected trucks", "tents were
 * seen at the site, the imaging company said", "craters are visible in the pictures".
 */
function perceptionCue(text: string, words: readonly Word[], context: ArticleContext, previous: Suggestion | null, headline = false): Cue | null {
  const seeing = words.find((w, k) => perception.has(w.lemma) && (w.pos === 'VERB' || w.pos === 'ADJ') && !publicationOrSearch(words, k));
  if (seeing && !describedBySpeaker(words, words.indexOf(seeing) - 4, words.indexOf(seeing))) {
    const instrument = words.some((w) => visual.has(nounLemma(w)) && w.pos !== 'VERB' && w.pos !== 'ADV');
    // "fires were seen in the west", "buildings can be seen": in an article about imagery, what is seen is in it.
    // "have been captured by Russian forces": an agent that is no instrument makes it something else.
    const agent = agentAfter(text, words, words.indexOf(seeing));
    const byNonVisual = agent.length > 0 && !agent.some((w) => visual.has(nounLemma(w)));
    // "Damage seen at Iran air base": a headline's bare participle is a passive.
    const bare = headline && words.indexOf(seeing) > 0 && seeing.lower !== seeing.lemma && !/(?:s|ing)$/.test(seeing.lower);
    const passive = context.imagery && !byNonVisual && (seeing.pos === 'ADJ' || bare || beForms.has(words[words.indexOf(seeing) - 1]?.lower ?? ''));
    if (instrument || passive) return { ...spanAt(text, seeing.start, seeing.end), rule: 'perception' };
  }
  // The appearance words below go on describing an image; in a sentence with its own verb of saying they are
  // the speaker's hedge ("Diplomats said Israeli jets bombed a convoy, apparently hitting weapons").
  // ("which Channel 2 said was the research center" is a relative clause, and no speaker of the sentence.)
  const saying = (w: Word, k: number) => w.pos === 'VERB' && sayingLemmas.has(w.lemma) && !w.capital && !words.slice(Math.max(0, k - 4), k).some((v) => relativePronouns.has(v.lower));
  if (words.some(saying)) return null;
  // "Two apparent impact craters lie close to one of the shelters", after an image: more of what it shows.
  if (previous?.attribution === 'image') {
    const appearance = words.find((w) => appearanceLemmas.has(nounLemma(w)) || appearanceLemmas.has(w.lemma));
    if (appearance) return { ...spanAt(text, appearance.start, appearance.end), rule: 'appearance' };
  }
  // A statement later, in an article about imagery, only how things look counts ("what appears to be burn
  // marks"), not "the findings appear in a report".
  if (context.imagery && context.recentImage) {
    const looks = words.find((w, k) => LOOKS.has(w.lower) || (w.lemma === 'appear' && words[k + 1]?.lower === 'to') || (/^look(?:s|ed|ing)?$/.test(w.lower) && words[k + 1]?.lower === 'like'));
    if (looks) return { ...spanAt(text, looks.start, looks.end), rule: 'appearance' };
  }
  return null;
}

/** "The video appeared on a Facebook page", "looking into video": where material was put, or a search, is no seeing. */
function publicationOrSearch(words: readonly Word[], k: number): boolean {
  const next = words[k + 1]?.lower ?? '';
  return (words[k]!.lemma === 'appear' && next !== 'to' && words[k + 1]?.pos === 'ADP') || (words[k]!.lemma === 'look' && (next === 'into' || next === 'for'));
}

/**
 * "The military put out a statement saying it was investigating a video that appears to
 * show...": what the footage seems to show, in a relative clause inside what a speaker
 * said, is the speaker's statement; the speaker is the source.
 */
function describedBySpeaker(words: readonly Word[], from: number, to: number): boolean {
  const relative = words.findIndex((w, k) => k >= from && k <= to && relativePronouns.has(w.lower) && k > 0 && visual.has(nounLemma(words[k - 1]!)));
  if (relative === -1) return false;
  return words.slice(0, relative - 1).some((w) => w.pos === 'VERB' && (reporting.has(w.lemma) || PARTICLE_LEMMAS.has(w.lemma)));
}

/** A statement that is a paragraph by itself, as captions are. */
function isOwnLine(text: string, segment: Segment): boolean {
  let before = segment.start;
  while (before > 0 && (text[before - 1] === ' ' || text[before - 1] === '\t')) before--;
  let after = segment.end;
  while (after < text.length && (text[after] === ' ' || text[after] === '\t')) after++;
  return (before === 0 || text[before - 1] === '\n') && (after === text.length || text[after] === '\n');
}

/**
 * A short line of its own without a verb ("The outside of the US Department of the
 * Treasury"): a caption of a photograph in the article. With a full stop only beside
 * an image or naming visual material ("Damage in the eastern district.", after a
 * satellite image): elsewhere it may be a sentence whose verb the tagger missed.
 */
function verblessLine(text: string, segment: Segment, words: readonly Word[], previous: Suggestion | null): Cue | null {
  if (segment.role !== 'body' || words.length < 3 || words.length > CAPTION_WORDS || !isOwnLine(text, segment)) return null;
  const fullStop = /[.!?]["'\u201D\u2019]?$/.test(text.slice(segment.start, segment.end));
  if (fullStop && previous?.attribution !== 'image' && !words.some((w) => visual.has(nounLemma(w)))) return null;
  // A line without a full stop may be a subheading ("No independent confirmation", "USA – Norovirus Outbreak – Resort"):
  // a caption places its scene ("Rescuers at the site in Oslo") and is not written in title case or cut by dashes.
  const heading = words.filter(isCapitalised).length * 2 > words.length || /\s[\u2013\u2014-]\s|\((?:AP|Reuters|AFP)\)/.test(text.slice(segment.start, segment.end));
  if (!fullStop && (heading || !words.some((w) => scenePrepositions.has(w.lower)))) return null;
  if (words.some((w) => w.pos === undefined || w.pos === 'VERB' || w.pos === 'AUX' || couldBeCue(w.lower))) return null;
  return { ...spanAt(text, segment.start, segment.end), rule: 'caption' };
}

/** "The ministry building in Oslo is seen on March 27." standing alone: the wording of a photograph's caption. */
function passiveCaption(text: string, segment: Segment, words: readonly Word[]): Cue | null {
  if (segment.role !== 'body' || words.length > CAPTION_WORDS * 2) return null;
  const at = words.findIndex((w, i) => i > 0 && (w.lower === 'is' || w.lower === 'are') && CAPTION_PARTICIPLES.includes(words[i + 1]?.lower ?? '') && !['as', 'to'].includes(words[i + 2]?.lower ?? ''));
  return at === -1 || !isOwnLine(text, segment) ? null : { ...spanAt(text, words[at]!.start, words[at + 1]!.end), rule: 'caption' };
}

/** "reportedly", "allegedly", "is said to": a hedge, standing for an unnamed source. */
function hedgeCue(text: string, words: readonly Word[]): Cue | null {
  const word = words.find((w) => hedgeWords.has(w.lower));
  if (word) return { ...spanAt(text, word.start, word.end), rule: 'hedge' };
  // "it has been reported that", "it is believed that": a passive with no one behind it.
  for (let i = 2; i + 1 < words.length; i++) {
    const verb = words[i]!;
    if (!hedgePassives.has(verb.lemma) || verb.lower === verb.lemma || words[i + 1]!.lower !== 'that') continue;
    let from = i - 1;
    while (from > 0 && (beForms.has(words[from]!.lower) || haveForms.has(words[from]!.lower))) from--;
    if (from < i - 1 && words[from]!.lower === 'it') return { ...spanAt(text, words[from]!.start, verb.end), rule: 'hedge' };
  }
  for (let i = 1; i + 1 < words.length; i++) {
    const verb = words[i]!;
    if (!hedgePassives.has(verb.lemma) || verb.pos !== 'VERB' || words[i + 1]!.lower !== 'to' || verb.lower === verb.lemma) continue;
    // "is said to" or, in a headline, "Twitter said to have suffered"; without "is" only before a verb
    // ("reported to the coast guard" is someone reporting).
    const passive = beForms.has(words[i - 1]!.lower);
    if (!passive && words[i + 2]?.pos !== 'VERB' && words[i + 2]?.pos !== 'AUX') continue;
    const from = passive ? i - 1 : i;
    return { ...spanAt(text, words[from]!.start, words[i + 1]!.end), rule: 'hedge' };
  }
  return null;
}

/**
 * "It also transferred ships", "Moscow also supplied...": a marker of continuation with
 * an actor as subject (a pronoun or a name). "The vote was also hit by a shortage" or
 * "It is also unclear whether" add background, and carry nothing.
 */
function startsWithContinuation(text: string, words: readonly Word[]): Cue | null {
  // "Moreover, the offer is highly conditional.", "In addition, patients show...": an additive opening goes on with the
  // account before it.
  // "Eight of them lived in Co-Op City.", "Seven of the cases are confirmed": a count taken from the set just reported.
  const opening =
    /^(?:in\s+addition|additionally|furthermore|moreover)\s*,/i.exec(text.slice(words[0]?.start ?? 0, words[2]?.end ?? 0)) ??
    /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+of\s+(?:the|them|those|these)\b./i.exec(text.slice(words[0]?.start ?? 0, words[3]?.end ?? 0));
  if (opening) return { ...spanAt(text, words[0]!.start, words[0]!.start + opening[0].length - 1), rule: 'continuation' };
  const at = words.slice(0, 4).findIndex((w) => continuation.has(w.lower));
  if (at < 1) return null;
  const subject = words.slice(0, at);
  const actor = subject.length === 1 && (pronouns.has(subject[0]!.lower) || (subject[0]!.capital && subject[0]!.pos === 'PROPN'));
  const named = subject.length > 1 && subject.every(isCapitalised);
  if (!actor && !named) return null;
  if (beForms.has(words[at - 1]!.lower) || beForms.has(words[at + 1]?.lower ?? '')) return null;
  const marker = words[at]!;
  return { ...spanAt(text, marker.start, marker.end), rule: 'continuation' };
}

/**
 * Carry-over without "also" (codebook: Carry-over, Narrative continuation), in two
 * shapes: "That total is also up 18%" or, in the same paragraph, "That data covered
 * phone numbers" (a demonstrative taking up what the previous statement reported);
 * and "The group's third shelter has been wiped out" in the paragraph of an image
 * statement of an article about imagery. A negation or a doubt is the outlet's own
 * ("It was not clear..."). A sentence that only talks of the same thing ("Thin sheens
 * break down fast" after "According to NOAA, thin sheens...") was tried and left out:
 * on the development set it was as often background ("Legionnaires' is a severe type
 * of pneumonia") as continuation.
 */
function continuesAccount(text: string, words: readonly Word[], previous: Suggestion | null, context: ArticleContext): Cue | null {
  if (!previous || previous.attribution === 'none' || words.length < 3) return null;
  if (words.some((w) => negations.has(w.lower))) return null;
  const first = words[0]!;
  const cue = (word: Word): Cue => ({ ...spanAt(text, word.start, word.end), rule: 'continuation' });
  // "That data covered", "That total is also up": a demonstrative before a noun, not a time ("That day").
  const second = words[1]!;
  const demonstrative = DEMONSTRATIVES.has(first.lower) && !timeNouns.has(second.lower) && (second.pos === 'NOUN' || words[2]?.pos === 'AUX' || words[2]?.pos === 'VERB');
  if (demonstrative && (!context.newParagraph || words.some((w) => continuation.has(w.lower)))) return cue(first);
  // "Such a sense of smell might also have helped": more of the same finding, hedged as the source hedged it.
  const also = words.findIndex((w, k) => k > 0 && continuation.has(w.lower) && modals.has(words[k - 1]!.lower) && !beForms.has(words[k + 1]?.lower ?? ''));
  if (also !== -1) return cue(words[also]!);
  if (context.newParagraph) return null;
  if (previous.attribution === 'image' && context.imagery) return cue(first);
  return null;
}

function verbCue(subject: Subject): Cue {
  return { ...subject.verb, rule: 'speech-verb' };
}

/**
 * A trailing attribution governs the sentence (what comes before is its content);
 * otherwise precedence over every clause: an unnamed subject wins ("…, but officials
 * blamed the army"); else the first.
 */
function governingSubject(subjects: readonly Subject[]): Subject | null {
  const main = subjects.filter((s) => !s.embedded);
  const trailing = main.find((s) => s.trailing);
  // "The opposition leader alleged fraud, the Associated Press reported": the outlet closing the sentence relays
  // the speaker before it (codebook: Via for named sources too); relayingOutlet gives it as via.
  const relayed = trailing && trailing.type === 'named' && relayLemmas.has(trailing.lemma) ? main.find((s) => s !== trailing && !relayLemmas.has(s.lemma)) : undefined;
  return relayed ?? trailing ?? main.find((s) => s.type === 'unnamed') ?? main[0] ?? null;
}

/** An unnamed source relayed by the governing subject: "Radio Nord reported that officials said". */
function relayedUnnamed(subjects: readonly Subject[], governing: Subject | null): Subject | null {
  if (!governing || governing.type !== 'named') return null;
  // "The company said its own inspectors found": the company speaks for its own people.
  const ownPeople = (s: Subject) => /^(?:its|their)\s/i.test(s.source.text);
  return subjects.find((s) => s.embedded && s.type === 'unnamed' && s.verb.start > governing.verb.start && !ownPeople(s)) ?? null;
}

/** Another named subject whose verb relays ("said Ana Ruiz, the Radio Nord agency reported"): the carrier. */
function relayingOutlet(subjects: readonly Subject[], governing: Subject): Subject | null {
  return subjects.find((s) => s !== governing && !s.embedded && s.type === 'named' && relayLemmas.has(s.lemma)) ?? null;
}

const SCORE = SUGGESTION_SCORES;

/** What the whole article says about how to read a statement. */
export interface ArticleContext {
  /** The article is about visual material: a passive "were seen" there rests on it. */
  imagery: boolean;
  /** The statement opens a paragraph: a continuation without a word saying so stops here. */
  newParagraph?: boolean;
  /** One of the two statements before is an image: what follows may go on describing it. */
  recentImage?: boolean;
  /** The nearest statement before with a source, within ANTECEDENT_STATEMENTS: what a pronoun stands for. */
  antecedent?: Suggestion;
  /** A quotation opened before the statement in its paragraph is still open at its start; read from the paragraph when not given. */
  inQuotation?: boolean;
}

/** One statement's suggestion; `previous` is the statement before it, for carry-over. */
export function suggestAttribution(text: string, segment: Segment, previous: Suggestion | null, context: ArticleContext = { imagery: false }): Suggestion {
  return suggestFor(text, segment, analyse(text, segment), previous, context);
}

/** The source before is a group ("officials", "the ministry") that a plural noun may take up. */
function takesUpGroup(antecedent: Suggestion | undefined): boolean {
  const source = antecedent?.source?.text;
  return source !== undefined && (!/^\p{Lu}/u.test(source) || determiners.has(source.split(/\s+/)[0]!.toLowerCase()));
}

function suggestFor(text: string, segment: Segment, words: Word[], previous: Suggestion | null, context: ArticleContext): Suggestion {
  const ranges = quotedSpans(text, segment, context.inQuotation);
  const disclaimer = firstMatch(text, segment, DISCLAIMER_CUES);
  if (!disclaimer) {
    // '"There is video evidence showing...," he said': footage a speaker mentions is his word, not the outlet's image.
    const cue = firstMatch(text, segment, IMAGE_CUES);
    const sentence = text.slice(segment.start, segment.end);
    // "the company painted a bleak picture of...": a figure of speech, no picture.
    const released = (RELEASE_EVENT.test(sentence) && !DEPICTION.test(sentence)) || PAINTED_PICTURE.test(sentence);
    const image = cue && !released && !insideQuotation(ranges, cue) && !describedBySpeaker(words, words.findIndex((w) => w.start >= cue.start), words.findLastIndex((w) => w.end <= cue.end)) ? cue : null;
    if (image) return { attribution: 'image', cues: [image], score: SCORE.imagePattern };
    const seen = perceptionCue(text, words, context, previous, segment.role === 'headline');
    if (seen && !insideQuotation(ranges, seen)) return { attribution: 'image', cues: [seen], score: SCORE.perception };
    const caption = firstMatch(text, segment, CAPTION_CUES) ?? verblessLine(text, segment, words, previous) ?? passiveCaption(text, segment, words);
    if (caption) return { attribution: 'image', cues: [caption], score: SCORE.caption };
  }

  const subjects = findSubjects(text, segment, words, ranges);
  const quoting = governingSubject(subjects);
  // A subject that quotes someone relays them: the quoted speaker is the source, the subject the carrier.
  const speaking = quoting?.quoted ? { ...quoting.quoted, via: quoting.source } : quoting;
  const toldOutlet = speaking && !speaking.via ? leadingRelay(text, segment, words) : undefined;
  const subject = speaking && toldOutlet ? { ...speaking, via: toldOutlet } : speaking;
  if (!disclaimer && subject && subject.type === 'named' && isVisualMaterial(wordsBetween(words, subject.span.start, subject.span.end))) {
    // "The video, uploaded by an activist, claims the family was hit": the footage is the evidence.
    return { attribution: 'image', cues: [verbCue(subject)], score: SCORE.perception };
  }
  const leading = leadingPhrase(text, segment);
  // "According to NASA-processed satellite microwave data, ...": an instrument's record is visual evidence (codebook).
  const recorded = leading ? wordsBetween(words, leading.phrase.start, leading.phrase.end) : [];
  if (!disclaimer && leading?.cue.rule === 'according-to' && recorded.some((w) => instruments.has(nounLemma(w))) && instrumentRecords.has(recorded.at(-1)!.lower)) {
    return { attribution: 'image', cues: [leading.cue], score: SCORE.perception };
  }
  const anyUnnamedCue = firstMatch(text, segment, UNNAMED_CUES);
  // A report the article does not identify counts only where no one in the sentence speaks for it.
  const unnamedCue = anyUnnamedCue?.rule === 'unidentified-report' && subject && subject.type !== 'pronoun' ? null : anyUnnamedCue;
  // "..., it said" after statements without a source of their own: "it" is the last source named. "She"
  // may be a person the statements between name without a cue ("Ola Brandt apologised"), so it looks only one back.
  const impersonal = subject?.type === 'pronoun' && ['it', 'they'].includes(subject.source.text.toLowerCase());
  const carriedKind: AttributionKind | undefined = (impersonal ? context.antecedent?.attribution : undefined) ?? previous?.attribution;

  if (leading && isUnnamedPhrase(text, leading.phrase, words)) {
    const via = leading.cue.rule === 'citing' && subject && subject.type !== 'unnamed' ? subject.source : undefined;
    return {
      attribution: 'unnamed',
      source: leading.phrase,
      ...(via ? { via } : {}),
      cues: [leading.cue, ...(subject ? [verbCue(subject)] : [])],
      score: SCORE.accordingTo,
    };
  }
  if (unnamedCue || subject?.type === 'unnamed') {
    const source = subject && subject.type !== 'pronoun' ? subject.source : unnamedCue ? unnamedPhraseAt(text, words, unnamedCue) : undefined;
    const via = subject?.via ?? relayingOutlet(subjects, subject!)?.source;
    return {
      attribution: 'unnamed',
      ...(source ? { source } : {}),
      ...(via && subject ? { via } : {}),
      cues: [...(unnamedCue ? [unnamedCue] : []), ...(subject ? [verbCue(subject)] : [])],
      score: unnamedCue ? SCORE.anonymity : SCORE.unnamedSubject,
    };
  }
  const report = subject ? null : identifiedReport(text, segment);
  if (report) return { attribution: 'named', source: report.source, cues: [report.cue], score: SCORE.accordingTo };
  const relayed = relayedUnnamed(subjects, subject);
  if (relayed && subject) {
    return { attribution: 'unnamed', source: relayed.source, via: subject.source, cues: [verbCue(subject), verbCue(relayed)], score: SCORE.relay };
  }
  // "the researchers said", first or after "Jasinski said": people without names, not the one person named before.
  const unnamedPlural = subject?.type === 'generic-person' && isPlural(wordsBetween(words, subject.source.start, subject.source.end).at(-1)!) && !takesUpGroup(context.antecedent);
  if (subject && (subject.type === 'pronoun' || subject.type === 'generic-person') && (carriedKind === 'unnamed' || unnamedPlural)) {
    return {
      attribution: 'unnamed',
      source: subject.source,
      cues: [verbCue(subject)],
      ...(subject.type === 'pronoun' ? { carryover: true } : {}),
      score: SCORE.carryover,
    };
  }
  const speaker = headlineSpeaker(text, segment, words);
  if (speaker) return { attribution: 'named', source: speaker.source, cues: [speaker.cue], score: SCORE.headlineSpeaker };
  // '"I have read every one of them," he said, according to the newspaper's transcript': the speaker, through the transcript.
  // "According to the news release, Long said he asked...": the same relay, the carrier first. A closing attribution
  // is the outer one: "According to Nigeria's military, 30 militants died, the presidency said" is the military's
  // account, carried by the presidency.
  const saidBy = subject && (sayingLemmas.has(subject.lemma) || subject.lemma === 'tell');
  const relays = leading && leading.cue.rule === 'according-to' && subject && saidBy && (subject.type === 'named' || subject.type === 'pronoun');
  if (relays && !within(subject.source, leading.phrase) && canSpeak(words, subject)) {
    const [source, via] = subject.trailing && leading.cue.start < subject.verb.start ? [leading.phrase, subject.source] : [subject.source, leading.phrase];
    return { attribution: 'named', source, via, cues: [verbCue(subject), leading.cue], score: SCORE.speechVerb };
  }
  if (leading) {
    const via = leading.cue.rule === 'citing' && subject ? subject.source : undefined;
    return { attribution: 'named', source: leading.phrase, ...(via ? { via } : {}), cues: [leading.cue], score: SCORE.accordingTo };
  }
  if (subject && !(evidence.has(subject.lemma) && subject.type === 'pronoun')) {
    const outlet = relayingOutlet(subjects, subject);
    const via = subject.via ?? outlet?.source;
    return { attribution: 'named', source: subject.source, ...(via ? { via } : {}), cues: [verbCue(subject)], score: SCORE.speechVerb };
  }
  const tag = headlineTag(text, segment, words);
  if (tag) {
    // "…: Report" names no one: a report the headline does not identify.
    const unidentified = tag.words.length === 1 && documentNouns.has(tag.words[0]!.lower);
    const kind = tag.words.some((w) => visual.has(nounLemma(w))) ? 'image' : unidentified || classifyNounPhrase(tag.words) === 'unnamed' ? 'unnamed' : 'named';
    return { attribution: kind, ...(kind === 'image' ? {} : { source: tag.cue }), cues: [tag.cue], score: SCORE.headlineTag };
  }
  const hedge = hedgeCue(text, words);
  if (hedge) return { attribution: 'unnamed', source: hedge, cues: [hedge], score: SCORE.hedge };
  const channel = channelSpeaker(text, segment, words);
  if (channel) return { attribution: channel.type === 'unnamed' ? 'unnamed' : 'named', source: channel.source, cues: [verbCue(channel)], score: SCORE.channel };
  const marker = startsWithContinuation(text, words) ?? continuesAccount(text, words, previous, context);
  if (marker && previous && previous.attribution !== 'none') return carriedOver(previous, [marker]);
  // A reporting verb that was set aside (a noun, a passive, a subordinate clause) makes "none" less sure.
  const besideCue = words.some((w) => w.pos !== undefined && (reporting.has(w.lemma) || perception.has(w.lemma)));
  return { attribution: 'none', cues: [], score: besideCue || disclaimer ? SCORE.noneBesideCue : SCORE.none };
}

/** "In a statement Monday, he also encouraged...": the subject of a sentence that opens with a message's channel. */
function channelSpeaker(text: string, segment: Segment, words: readonly Word[]): Subject | null {
  const opening = CHANNEL_OPENING.exec(text.slice(segment.start, segment.end));
  if (!opening) return null;
  const after = words.filter((w) => w.start >= segment.start + opening[0].length);
  const verb = after.findIndex((w) => (w.pos === 'VERB' || w.pos === 'AUX') && !w.capital);
  const subject = verb > 0 && verb <= CHANNEL_SUBJECT_WORDS ? coreWords(after.slice(0, verb)) : [];
  return subject.length > 0 ? makeSubject(text, subject, subject, after[verb]!) : null;
}
const CHANNEL_SUBJECT_WORDS = 6;

/** A line that is an item of a list: "- Three in four prisons were overcrowded.", "2. Food was poor." */
const LIST_ITEM = /^(?:[-\u2022*\u2013]|\d{1,2}[.)])\s+/;

/**
 * "The report found:" and a list under it: each item of the list says what the line that
 * opens it attributes (codebook, "Looking forward"), unless the item has a cue of its own.
 */
function carryIntoLists(text: string, segments: readonly Segment[], suggestions: Suggestion[]): void {
  let opener: Suggestion | undefined;
  segments.forEach((segment, i) => {
    const line = text.slice(segment.start, segment.end);
    const item = segment.role === 'body' && (segment.start === 0 || text[segment.start - 1] === '\n') && LIST_ITEM.test(line);
    if (!item) {
      opener = /:\s*$/.test(line) && suggestions[i]!.attribution !== 'none' ? suggestions[i] : undefined;
      return;
    }
    if (opener && suggestions[i]!.attribution === 'none' && suggestions[i]!.cues.length === 0) suggestions[i] = carriedOver(opener, []);
  });
}

function carriedOver(previous: Suggestion, cues: Cue[]): Suggestion {
  return {
    attribution: previous.attribution,
    ...(previous.source ? { source: previous.source } : {}),
    ...(previous.via ? { via: previous.via } : {}),
    cues,
    carryover: true,
    score: SCORE.carryover,
  };
}

/** A phrase whose head is visual material ("The video", "the footage from the scene"), not a firm that makes it ("the satellite firm"). */
function isVisualMaterial(phrase: Word[]): boolean {
  const head = headOfPhrase(phrase);
  const last = head[head.length - 1];
  // "Sony Pictures said": a word of a name is no picture.
  const inName = last !== undefined && last !== phrase[0] && last.capital && head.length > 1 && head[head.length - 2]!.capital;
  return last !== undefined && !inName && visual.has(nounLemma(last));
}

/** "an unnamed team member": the cue and the noun phrase it opens, up to the verb or comma. */
function unnamedPhraseAt(text: string, sentence: readonly Word[], cue: Cue): Span | undefined {
  // "after a report that...": the report is the source, as the text words it.
  if (cue.rule === 'unidentified-report') return spanAt(text, cue.start, cue.end);
  if (cue.rule !== 'unnamed') return undefined;
  const words = sentence.filter((w) => w.start >= cue.start);
  let end = 0;
  const clauseBreak = (i: number) => i > 0 && /[,;:]/.test(text.slice(words[i - 1]!.end, words[i]!.start));
  while (end < words.length && end < 6 && !(words[end]!.pos === 'VERB' && reporting.has(words[end]!.lemma)) && !clauseBreak(end)) end++;
  if (end === 0) return undefined;
  return spanAt(text, words[0]!.start, words[end - 1]!.end);
}

/** How far back, in statements, a pronoun looks for the source it stands for. */
const ANTECEDENT_STATEMENTS = 3;

/** How many statements pass between progress reports. */
const PROGRESS_EVERY = 2000;

export function suggestAll(
  text: string,
  segments: readonly Segment[],
  onProgress?: (done: number, total: number) => void,
  library: Linguistics = winkLinguistics,
): Suggestion[] {
  const before = linguistics;
  linguistics = library;
  const article = text;
  // Wire copy from India writes a quotation mark as two apostrophes (''Crops were damaged,'' he said): the rules
  // read it as one mark and a space, at the same offsets; every span's words are then taken from the article.
  text = article.includes("''") ? article.replaceAll("''", '" ') : article;
  try {
    const context: ArticleContext = { imagery: IMAGERY_ARTICLE.test(text) };
    const suggestions: Suggestion[] = [];
    const words = analyseAll(text, segments);
    const openAtEnd = openAtEnds(text, segments);
    segments.forEach((segment, i) => {
      if (onProgress && i % PROGRESS_EVERY === 0) onProgress(i, segments.length);
      // Carry-over never crosses from the headline block into the body.
      const previous = i > 0 && segment.role === 'body' && segments[i - 1]!.role === 'body' ? suggestions[i - 1]! : null;
      const newParagraph = i === 0 || paragraphBreakBetween(text, segments[i - 1]!, segment);
      const recentImage = previous !== null && suggestions.slice(Math.max(0, i - 2), i).some((s) => s.attribution === 'image');
      const antecedent = previous === null ? undefined : suggestions.slice(Math.max(0, i - ANTECEDENT_STATEMENTS), i).findLast(isSourced);
      const inQuotation = openAtEnd[i - 1] === true && (!newParagraph || quotationResumes(text, segments, i));
      suggestions.push(suggestFor(text, segment, words[i]!, previous, { imagery: context.imagery, newParagraph, recentImage, inQuotation, antecedent }));
    });
    resolveDescribedSpeakers(text, segments, suggestions);
    resolveSpeakersNamedLater(text, segments, suggestions);
    carryThroughQuotations(text, segments, suggestions, openAtEnd);
    carryIntoLists(text, segments, suggestions);
    carryBackFromClosingAttribution(text, segments, suggestions);
    captionsAboveCredits(text, segments, suggestions);
    return text === article ? suggestions : suggestions.map((suggestion) => spansFrom(article, suggestion));
  } finally {
    linguistics = before;
  }
}

/** "A new phone is displayed at a store in New York." over "REUTERS/Brendan McDermid": the credit makes the line above a caption. */
function captionsAboveCredits(text: string, segments: readonly Segment[], suggestions: Suggestion[]): void {
  suggestions.forEach((suggestion, i) => {
    const above = segments[i - 1];
    if (!above || !suggestion.cues.some((cue) => cue.rule === CREDIT_LINE.name) || suggestions[i - 1]!.attribution !== 'none') return;
    // The caption is the line right above the credit (no blank line between), or the credit closes the caption's line.
    const between = text.slice(above.end, segments[i]!.start);
    const adjacent = (between.match(/\n/g)?.length ?? 0) <= 1;
    const lineOfItsOwn = isOwnLine(text, above) || isOwnLine(text, { ...above, end: segments[i]!.end });
    if (above.role !== 'body' || !adjacent || !lineOfItsOwn || above.end - above.start > CAPTION_CHARACTERS) return;
    suggestions[i - 1] = { attribution: 'image', cues: [{ ...spanAt(text, above.start, above.end), rule: 'caption' }], score: SCORE.caption };
  });
}

/** The longest line read as a photograph's caption because a credit follows it. */
const CAPTION_CHARACTERS = 300;

function spansFrom(article: string, suggestion: Suggestion): Suggestion {
  const again = <S extends Span>(span: S): S => ({ ...span, text: article.slice(span.start, span.end) });
  return {
    ...suggestion,
    ...(suggestion.source ? { source: again(suggestion.source) } : {}),
    ...(suggestion.via ? { via: again(suggestion.via) } : {}),
    cues: suggestion.cues.map(again),
  };
}

/** How far back a pronoun or "the grandfather" looks for the person it stands for, in characters. */
const ANTECEDENT_WINDOW = 600;

/**
 * "A grieving grandfather says... the grandfather cries out", "The video shows a mother
 * crying... she says": a pronoun or a definite description that stands for a person the
 * article only described is an unnamed source, as the description was.
 */
function resolveDescribedSpeakers(text: string, segments: readonly Segment[], suggestions: Suggestion[]): void {
  segments.forEach((segment, i) => {
    const suggestion = suggestions[i]!;
    const source = suggestion.source?.text;
    if (suggestion.attribution !== 'named' || !source || segment.role !== 'body') return;
    const before = text.slice(Math.max(0, segment.start - ANTECEDENT_WINDOW), segment.start);
    // "The official", "The US official": a person the article described a little before ("A US official confirmed").
    const definite = /^the (?:[\w.'\u2019-]+ ){0,3}?([a-z-]+)$/i.exec(source);
    const previous = segments[i - 1];
    const described = definite
      ? describedPeople.has(lemmaOf(definite[1]!.toLowerCase())) && new RegExp(`\\b(?:a|an|one)\\s+(?:[\\w.-]+\\s+){0,3}${definite[1]!.toLowerCase()}\\b`, 'i').test(before)
      : /^(?:he|she)$/i.test(source) && previous !== undefined && lastPersonIsDescribed(text.slice(previous.start, segment.start));
    if (described) suggestions[i] = { ...suggestion, attribution: 'unnamed' };
  });
}

/** How many statements on a speaker described by role may be named ("A top official said... That official, Dr X,"). */
const NAMED_LATER_WITHIN = 2;
/** How far from a name its role may stand in that later statement, in characters ("Daoud Mohamed, 50, a former minister and leader"). */
const ROLE_NEAR_NAME = 60;

/**
 * "A top hospital official revealed... That official, Dr. Sandra Sulik, said": a
 * speaker first described by role ("an opposition leader") whom the next statements
 * name, with the same role beside the name, is a source the article names.
 */
function resolveSpeakersNamedLater(text: string, segments: readonly Segment[], suggestions: Suggestion[]): void {
  segments.forEach((segment, i) => {
    const suggestion = suggestions[i]!;
    const source = suggestion.source;
    if (suggestion.attribution !== 'unnamed' || !source || segment.role !== 'body') return;
    const described = /^(?:an?|one)\s+(?:[\w'\u2019-]+\s+){0,3}?([a-z-]+)$/i.exec(headPhrase(source.text));
    if (!described || !persons.has(lemmaOf(described[1]!.toLowerCase()))) return;
    const role = new RegExp(`\\b${described[1]!.toLowerCase()}\\b`, 'i');
    for (let k = i + 1; k <= i + NAMED_LATER_WITHIN && k < segments.length; k++) {
      const later = suggestions[k]!;
      const name = later.source;
      // "That official, Dr. Sandra Sulik": a name, not "The US official" taking up the description.
      if (later.attribution !== 'named' || !name || !/^\p{Lu}/u.test(name.text) || name.text.split(/\s+/).length < 2 || determiners.has(name.text.split(/\s+/)[0]!.toLowerCase())) continue;
      const around = text.slice(Math.max(segments[k]!.start, name.start - ROLE_NEAR_NAME), Math.min(segments[k]!.end, name.end + ROLE_NEAR_NAME));
      if (role.test(around)) {
        suggestions[i] = { ...suggestion, attribution: 'named' };
        return;
      }
    }
  });
}

/** A source phrase without what qualifies it: "An opposition leader in Comoros" gives "An opposition leader". */
function headPhrase(phrase: string): string {
  return phrase.split(/\s+(?:in|at|from|of|with|for|on)\s+/i)[0]!;
}

/** Whether the last person the text mentions is described ("a mother") rather than named ("Mark Toner"). */
function lastPersonIsDescribed(before: string): boolean {
  let described = -1;
  // "a weeping mother lying in a bed": the person may be any of the three words after the article.
  for (const match of outsideQuotations(before).matchAll(/\b(?:a|an)\s+((?:[a-z-]+\s+){0,2}[a-z]+)\b/g)) {
    if (match[1]!.split(/\s+/).some((word) => describedPeople.has(lemmaOf(word)))) described = match.index;
  }
  if (described === -1) return false;
  // A name after the description: two capitalised words not opening a sentence.
  return !/[a-z,]\s+\p{Lu}[\p{L}'-]+\s+\p{Lu}[\p{L}'-]+/u.test(before.slice(described));
}

/**
 * Text with quoted words blanked out: the people a speaker mentions ("a group of
 * people who abused the state") are not the ones the article introduces. A closing
 * mark without its opening closes a quotation begun earlier.
 */
function outsideQuotations(text: string): string {
  const paired = text.replace(/\u201C[^\u201D]*\u201D/g, ' ').replace(/"[^"]*"/g, ' ');
  const unclosed = Math.max(paired.lastIndexOf('\u201D'), paired.lastIndexOf('"'));
  return unclosed === -1 ? paired : paired.slice(unclosed + 1);
}

/** How close to its statement's end a closing attribution (", it said.") stands, in characters. */
const CLOSING_ATTRIBUTION_CHARS = 30;

/**
 * "The measures would bar trade with the networks. Any assets would be frozen, it
 * said.": an attribution that closes a paragraph covers the statements before it in
 * that paragraph which have nothing of their own (the codebook's "Looking forward").
 */
function carryBackFromClosingAttribution(text: string, segments: readonly Segment[], suggestions: Suggestion[]): void {
  segments.forEach((segment, i) => {
    const suggestion = suggestions[i]!;
    const source = suggestion.source;
    const next = segments[i + 1];
    const closesParagraph = !next || paragraphBreakBetween(text, segment, next);
    const ownCue = isSourced(suggestion) || (suggestion.carryover === true && suggestion.cues.length > 0);
    if (!closesParagraph || !ownCue || !source || segment.role !== 'body') return;
    const closing = /,\s*$/.test(text.slice(segment.start, source.start)) && segment.end - source.end <= CLOSING_ATTRIBUTION_CHARS;
    if (!closing) return;
    for (let k = i - 1; k >= 0 && !paragraphBreakBetween(text, segments[k]!, segments[k + 1]!); k--) {
      const earlier = suggestions[k]!;
      if (earlier.attribution !== 'none' || earlier.cues.length > 0 || segments[k]!.role !== 'body') break;
      suggestions[k] = carriedOver(suggestion, []);
    }
  });
}

/** Sourced by a cue of its own, so others may take its attribution. */
function isSourced(suggestion: Suggestion | undefined): boolean {
  return suggestion !== undefined && !suggestion.carryover && (suggestion.attribution === 'named' || suggestion.attribution === 'unnamed');
}

/**
 * Whether a quotation starting at `next` may go on with the speaker of `previous`: in
 * the same paragraph; or, as news copy runs a speaker's words over paragraphs, in the
 * next one when it opens with a quotation mark and the previous one quoted someone.
 */
function continuesSpeaker(text: string, previous: Segment, next: Segment): boolean {
  if (!paragraphBreakBetween(text, previous, next)) return true;
  return opensQuotation(text, next) && /["\u201C\u201D]/.test(text.slice(previous.start, previous.end));
}

/**
 * A broadcast script names the speaker of a sound bite on a line of its own before it
 * ("Dr. Melissa Diaz-Musa, Director of Public Health & Wellness", then the quotation):
 * the name is the quotation's source.
 */
function superLine(text: string, segment: Segment | undefined): Suggestion | undefined {
  if (!segment || segment.role !== 'body' || !isOwnLine(text, segment)) return undefined;
  const line = SUPER_LINE.exec(text.slice(segment.start, segment.end));
  if (!line) return undefined;
  const source = spanAt(text, segment.start, segment.start + line[1]!.length);
  return { attribution: 'named', source, cues: [{ ...spanAt(text, segment.start, segment.end), rule: 'speaker-line' }], score: SCORE.carryover };
}
const SUPER_LINE = /^((?:(?:Dr|Mr|Mrs|Ms|Prof|Doctor)\.?\s+)?\p{Lu}[\p{L}'\u2019.-]*(?:\s+\p{Lu}[\p{L}'\u2019.-]*){1,3}),\s+\p{Lu}[^.!?"\u201C\u201D]{2,80}$/u;

/** Statements with nothing of their own, inside a quotation whose speaker another statement names. */
function carryThroughQuotations(text: string, segments: readonly Segment[], suggestions: Suggestion[], openAtEnd: readonly boolean[]): void {
  const unattributed = (i: number) => suggestions[i]!.attribution === 'none' && suggestions[i]!.cues.length === 0 && segments[i]!.role === 'body';
  for (const run of quotationRuns(text, segments, openAtEnd)) {
    // '"...," he said. "We make every effort. And we have been clear."': a run with no speaker of its own continues the one before.
    const first = run[0]!;
    const before = first > 0 && continuesSpeaker(text, segments[first - 1]!, segments[first]!) ? suggestions[first - 1] : undefined;
    const speaker = run.map((i) => suggestions[i]!).find(isSourced) ?? (before && isSourced(before) ? before : undefined) ?? superLine(text, segments[first - 1]);
    if (!speaker) continue;
    for (const i of run) if (unattributed(i)) suggestions[i] = carriedOver(speaker, []);
  }
  // A statement that is only a quotation: its speaker is named just before it, else just after.
  segments.forEach((segment, i) => {
    if (!unattributed(i) || !isWholeQuotation(text, segment)) return;
    const before = segments[i - 1]?.role === 'body' ? suggestions[i - 1] : undefined;
    const after = suggestions[i + 1];
    const source = before && (isSourced(before) || before.carryover) ? before : after && isSourced(after) ? after : undefined;
    if (source && source.attribution !== 'none') suggestions[i] = carriedOver(source, []);
  });
}
