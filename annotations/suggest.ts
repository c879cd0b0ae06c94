/**
 * Attribution suggestions by the codebook: image, then unnamed, then named, then
 * none; relayed sources ("Citing X, the report said" → X via the report); and
 * carry-over of the previous statement's attribution to one that continues it.
 * Every word list and pattern comes from rules.ts.
 */
import type { AttributionKind, Cue, Span, Suggestion } from './model.ts';
import {
  CONTINUATION_MARKERS,
  DOCUMENT_NOUNS,
  EVIDENCE_VERBS,
  FINITE_OPENERS,
  TRAILING_ATTRIBUTION_WORDS,
  HEADLINE_QUOTE,
  HEADLINE_SPEAKER_ENDS,
  IMAGE_CUES,
  INDEFINITE_DETERMINERS,
  LEADING_ATTRIBUTION,
  NAME_CONNECTORS,
  NON_ATTRIBUTING_PRECEDERS,
  PERSON_NOUNS,
  LEADING_CONJUNCTIONS,
  PHRASE_QUALIFIERS,
  PREPOSITIONS,
  REFERRING_PRONOUNS,
  RELATIVE_PRONOUNS,
  TRAILING_ADVERBS,
  SPEECH_VERBS,
  SPOKESPERSON_NOUNS,
  SUBORDINATORS,
  CLOSING_ABBREVIATIONS,
  TITLE_ABBREVIATIONS,
  UNNAMED_BARE_PLURALS,
  UNNAMED_CUES,
  type CueRule,
} from './rules.ts';
import type { Segment } from './segment.ts';
import { spanAt, trimRange } from './text.ts';

const speechVerbs = new Set<string>(SPEECH_VERBS);
const evidenceVerbs = new Set<string>(EVIDENCE_VERBS);
const nonAttributing = new Set<string>(NON_ATTRIBUTING_PRECEDERS);
const subordinators = new Set<string>(SUBORDINATORS);
const pronouns = new Set<string>(REFERRING_PRONOUNS);
const continuation = new Set<string>(CONTINUATION_MARKERS);
const personNouns = new Set<string>(PERSON_NOUNS);
const barePlurals = new Set<string>(UNNAMED_BARE_PLURALS);
const indefinite = new Set<string>(INDEFINITE_DETERMINERS);
const titles = new Set<string>(TITLE_ABBREVIATIONS);
const abbreviations = new Set<string>([...TITLE_ABBREVIATIONS, ...CLOSING_ABBREVIATIONS]);
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

interface Word {
  start: number;
  end: number;
  /** Lower case, without an abbreviation's final full stop: the form word lists are matched in. */
  lower: string;
  /** Starts with a capital letter or a digit, as names and figures do. */
  capital: boolean;
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
      if (!abbreviations.has(text.slice(start, bare).toLowerCase())) end = bare;
    }
    while (end > start && !isWordChar(text.charCodeAt(end - 1), text[end - 1]!) && text[end - 1] !== '.') end--;
    const lower = text.slice(start, end).toLowerCase();
    const first = text[start]!;
    words.push({ start, end, lower: lower.endsWith('.') ? lower.slice(0, -1) : lower, capital: first !== lower[0] || (first >= '0' && first <= '9') });
  }
  return words;
}

/** The words of a sentence that lie within [from, to). */
function wordsBetween(words: readonly Word[], from: number, to: number): Word[] {
  return words.filter((w) => w.start >= from && w.end <= to);
}

type SubjectClass = 'pronoun' | 'unnamed' | 'generic-person' | 'named';

interface Subject {
  span: Span;
  source: Span;
  verb: Span;
  type: SubjectClass;
}

function isCapitalised(word: Word): boolean {
  return word.capital;
}

function classifyNounPhrase(words: Word[]): SubjectClass {
  const first = words[0]!;
  const last = words[words.length - 1]!;
  if (words.length === 1 && pronouns.has(first.lower)) return 'pronoun';
  if (words.some((w) => spokespersons.has(w.lower))) return 'named';
  const hasPerson = words.some((word) => personNouns.has(word.lower));
  const properNames = words.slice(1).filter(isCapitalised).length;
  const indefiniteStart = indefinite.has(first.lower) || /^\d+$/.test(first.lower);
  if (indefiniteStart && hasPerson) return 'unnamed';
  // "An endocrinologist at a London hospital": someone described, not named; "a study
  // published in Nature" is a document, and documents are named sources.
  const head = words[1];
  if (indefiniteStart && head && !head.capital && !words.some((w) => documentNouns.has(w.lower))) return 'unnamed';
  if (barePlurals.has(last.lower) && !['the', 'his', 'her', 'their', 'its'].includes(first.lower) && properNames === 0) {
    return 'unnamed';
  }
  if (first.lower === 'the' && personNouns.has(last.lower) && properNames === 0) return 'generic-person';
  return 'named';
}

/**
 * The name within a subject: the proper name in "Environmental group Blue Shelf",
 * the whole of "The Regional Fisheries Compliance Panel" or "the panel".
 */
function sourceWithin(text: string, words: Word[]): Span {
  let from = words.length - 1;
  const continuesName = (i: number) => isCapitalised(words[i]!) || (!words[i]!.capital && connectors.has(words[i]!.lower) && i > 0 && isCapitalised(words[i - 1]!));
  while (from > 0 && continuesName(from - 1)) from--;
  const trailingName = from > 0 && isCapitalised(words[words.length - 1]!) && words.slice(0, from).some((w) => !isCapitalised(w));
  // "reports obtained by the Courier": a name after a preposition is not the head of the phrase.
  const beforeName = words[from - 1]?.lower === 'the' || words[from - 1]?.lower === 'a' ? words[from - 2] : words[from - 1];
  const afterPreposition = beforeName !== undefined && prepositions.has(beforeName.lower);
  const chosen = trailingName && !afterPreposition && !/['\u2019]s$/.test(words[from - 1]!.lower) ? words.slice(from) : words;
  return spanAt(text, chosen[0]!.start, chosen[chosen.length - 1]!.end);
}

/** Words of a chunk without leading conjunctions and trailing adverbs ("But the panel also"). */
function coreWords(words: Word[]): Word[] {
  let from = 0;
  let to = words.length;
  while (from < to && leadingConjunctions.has(words[from]!.lower)) from++;
  while (to > from && !words[to - 1]!.capital && trailingAdverbs.has(words[to - 1]!.lower)) to--;
  return words.slice(from, to);
}

function looksLikeName(words: Word[]): boolean {
  return words.length > 0 && (titles.has(words[0]!.lower) || words.every(isCapitalised));
}

function isParenthetical(words: Word[]): boolean {
  const first = words[0];
  return !first || subordinators.has(first.lower) || /ing$/.test(first.lower);
}

/**
 * The main-clause subject of a speech verb: a trailing attribution (", one of
 * the people said.") governs the whole sentence, so it wins; otherwise the first.
 */
function findSubject(text: string, segment: Segment, words: readonly Word[]): Subject | null {
  const quoted = quotedRanges(text, segment);
  let first: Subject | null = null;
  for (let i = 0; i < words.length; i++) {
    const verb = words[i]!;
    if (!speechVerbs.has(verb.lower)) continue;
    // A verb inside a quotation is the speaker's, not the article's attribution.
    if (quoted.some(([from, to]) => from <= verb.start && verb.end <= to)) continue;
    const before = words[i - 1];
    if (!before || nonAttributing.has(before.lower)) continue;
    // '"We will fight," said Maria Lopez': after a quotation the subject may follow its verb.
    if (/[,!?]["\u201D\u2019']\s*$/.test(text.slice(segment.start, verb.start))) {
      const inverted = subjectAfter(text, segment, verb, words);
      if (inverted) return inverted;
    }
    const subject = subjectBefore(text, segment, verb, words);
    if (!subject) continue;
    const trailing = words.length - i <= TRAILING_ATTRIBUTION_WORDS && /,\s*["\u201D\u2019']?\s*$/.test(text.slice(segment.start, subject.span.start));
    if (trailing) return subject;
    first ??= subject;
  }
  return first;
}

/** Stretches between paired quotation marks. */
function quotedRanges(text: string, segment: Segment): [number, number][] {
  const ranges: [number, number][] = [];
  const pattern = /["\u201C]([^"\u201C\u201D]*)["\u201D]/g;
  for (const match of text.slice(segment.start, segment.end).matchAll(pattern)) {
    ranges.push([segment.start + match.index, segment.start + match.index + match[0].length]);
  }
  return ranges;
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

function subjectAfter(text: string, segment: Segment, verb: Word, words: readonly Word[]): Subject | null {
  const rest = text.slice(verb.end, segment.end);
  const stop = rest.search(/[,;:.!?]/);
  const after = wordsBetween(words, verb.end, verb.end + (stop === -1 ? rest.length : stop));
  if (after.length === 0 || after.length > 8) return null;
  return makeSubject(text, after, after, verb);
}

/** A subject, classified; its source is the name within it when it names someone, else the phrase. */
function makeSubject(text: string, subjectWords: Word[], sourceWords: Word[], verb: Word): Subject {
  const type = classifyNounPhrase(subjectWords);
  return {
    span: spanAt(text, subjectWords[0]!.start, subjectWords[subjectWords.length - 1]!.end),
    source: type === 'named' ? sourceWithin(text, sourceWords) : spanAt(text, sourceWords[0]!.start, sourceWords[sourceWords.length - 1]!.end),
    verb: spanAt(text, verb.start, verb.end),
    type,
  };
}

function subjectBefore(text: string, segment: Segment, verb: Word, words: readonly Word[]): Subject | null {
  const clause = text.slice(segment.start, verb.start);
  const commas: number[] = [];
  for (let i = clause.indexOf(','); i !== -1; i = clause.indexOf(',', i + 1)) commas.push(segment.start + i);
  // The stretches between commas, from the sentence's start to the verb.
  const starts = [segment.start, ...commas.map((c) => c + 1)];
  const ends = [...commas, verb.start];
  const chunks = starts.map((start, i) => wordsBetween(words, start, ends[i]!));
  const last = coreWords(chunks[chunks.length - 1]!);
  let subjectWords: Word[];
  let sourceWords: Word[];
  if (last.length > 0) {
    // "..., they said" or "The panel said": the words right before the verb, back to
    // a subordinator, which would put the verb in a background clause.
    const sub = last.findLastIndex((w) => subordinators.has(w.lower));
    const relative = last.findIndex((w) => subordinators.has(w.lower));
    if (chunks.length === 1 && relative > 0 && relativePronouns.has(last[relative]!.lower)) {
      // "An official who asked not to be named said": the subject is the noun before its relative clause.
      last.splice(relative);
    } else if (sub !== -1) {
      if (sub > 0 || chunks.length === 1) return null;
      last.splice(0, sub + 1);
      if (last.length === 0) return null;
    }
    if (last.length > 8) return null;
    if (last.some((w, k) => k > 0 && nonAttributing.has(w.lower))) return null;
    subjectWords = last;
    sourceWords = last;
  } else {
    // "Dr. Amara Osei, the panel's chair, told": a subject with appositives or a
    // relative clause between commas. The sentence opens with the subject.
    const head = coreWords(chunks[0]!);
    if (head.length === 0 || head.length > 8) return null;
    // "The deal, announced in March, would create": the verb was a participle in an aside.
    const closing = text.indexOf(',', verb.end);
    if (closing !== -1 && closing < segment.end) {
      const next = words.find((w) => w.start > closing);
      if (next && finiteOpeners.has(next.lower)) return null;
    }
    const appositives = chunks.slice(1, -1).map(coreWords).filter((c) => c.length > 0 && !isParenthetical(c));
    subjectWords = head;
    sourceWords = looksLikeName(head) ? head : (appositives.find(looksLikeName) ?? head);
  }
  return makeSubject(text, subjectWords, sourceWords, verb);
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
  return { cue, phrase: spanAt(text, start, end) };
}

function isUnnamedPhrase(text: string, phrase: Span, sentence: readonly Word[]): boolean {
  const segment: Segment = { start: phrase.start, end: phrase.end, role: 'body' };
  if (firstMatch(text, segment, UNNAMED_CUES)) return true;
  const words = wordsBetween(sentence, phrase.start, phrase.end);
  const cut = words.findIndex((w, i) => i > 0 && phraseQualifiers.has(w.lower));
  return words.length > 0 && classifyNounPhrase(cut === -1 ? words : words.slice(0, cut)) === 'unnamed';
}

function startsWithContinuation(text: string, words: readonly Word[]): Cue | null {
  const marker = words.slice(0, 4).find((w) => continuation.has(w.lower));
  return marker ? { ...spanAt(text, marker.start, marker.end), rule: 'continuation' } : null;
}

function verbCue(subject: Subject): Cue {
  return { ...subject.verb, rule: 'speech-verb' };
}

/** One statement's suggestion; `previous` is the statement before it, for carry-over. */
export function suggestAttribution(text: string, segment: Segment, previous: Suggestion | null): Suggestion {
  const image = firstMatch(text, segment, IMAGE_CUES);
  if (image) return { attribution: 'image', cues: [image] };

  const words = wordsIn(text, segment.start, segment.end);
  const subject = findSubject(text, segment, words);
  const leading = leadingPhrase(text, segment);
  const unnamedCue = firstMatch(text, segment, UNNAMED_CUES);
  const carriedKind: AttributionKind | undefined = previous?.attribution;

  if (leading && isUnnamedPhrase(text, leading.phrase, words)) {
    const via = leading.cue.rule === 'citing' && subject && subject.type !== 'unnamed' ? subject.source : undefined;
    return {
      attribution: 'unnamed',
      source: leading.phrase,
      ...(via ? { via } : {}),
      cues: [leading.cue, ...(subject ? [verbCue(subject)] : [])],
    };
  }
  if (unnamedCue || subject?.type === 'unnamed') {
    const source = subject && subject.type !== 'pronoun' ? subject.source : unnamedCue ? unnamedPhraseAt(text, words, unnamedCue) : undefined;
    return {
      attribution: 'unnamed',
      ...(source ? { source } : {}),
      cues: [...(unnamedCue ? [unnamedCue] : []), ...(subject ? [verbCue(subject)] : [])],
    };
  }
  if (subject && (subject.type === 'pronoun' || subject.type === 'generic-person') && carriedKind === 'unnamed') {
    return {
      attribution: 'unnamed',
      source: subject.source,
      cues: [verbCue(subject)],
      ...(subject.type === 'pronoun' ? { carryover: true } : {}),
    };
  }
  const speaker = headlineSpeaker(text, segment, words);
  if (speaker) return { attribution: 'named', source: speaker.source, cues: [speaker.cue] };
  if (leading) {
    const via = leading.cue.rule === 'citing' && subject ? subject.source : undefined;
    return { attribution: 'named', source: leading.phrase, ...(via ? { via } : {}), cues: [leading.cue] };
  }
  if (subject && !(evidenceVerbs.has(subject.verb.text.toLowerCase()) && subject.type === 'pronoun')) {
    return { attribution: 'named', source: subject.source, cues: [verbCue(subject)] };
  }
  const marker = startsWithContinuation(text, words);
  if (marker && previous && previous.attribution !== 'none') {
    return {
      attribution: previous.attribution,
      ...(previous.source ? { source: previous.source } : {}),
      ...(previous.via ? { via: previous.via } : {}),
      cues: [marker],
      carryover: true,
    };
  }
  return { attribution: 'none', cues: [] };
}

/** "an unnamed team member": the cue and the noun phrase it opens, up to the verb or comma. */
function unnamedPhraseAt(text: string, sentence: readonly Word[], cue: Cue): Span | undefined {
  if (cue.rule !== 'unnamed') return undefined;
  const words = sentence.filter((w) => w.start >= cue.start);
  let end = 0;
  const clauseBreak = (i: number) => i > 0 && /[,;:]/.test(text.slice(words[i - 1]!.end, words[i]!.start));
  while (end < words.length && end < 6 && !speechVerbs.has(words[end]!.lower) && !clauseBreak(end)) end++;
  if (end === 0) return undefined;
  return spanAt(text, words[0]!.start, words[end - 1]!.end);
}

/** How many statements pass between progress reports. */
const PROGRESS_EVERY = 2000;

export function suggestAll(
  text: string,
  segments: readonly Segment[],
  onProgress?: (done: number, total: number) => void,
): Suggestion[] {
  const suggestions: Suggestion[] = [];
  segments.forEach((segment, i) => {
    if (onProgress && i % PROGRESS_EVERY === 0) onProgress(i, segments.length);
    // Carry-over never crosses from the headline block into the body.
    const previous = i > 0 && segment.role === 'body' && segments[i - 1]!.role === 'body' ? suggestions[i - 1]! : null;
    suggestions.push(suggestAttribution(text, segment, previous));
  });
  return suggestions;
}
