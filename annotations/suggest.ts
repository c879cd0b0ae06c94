/**
 * Attribution suggestions by the codebook: image, then unnamed, then named, then
 * none; relayed sources ("Citing X, the report said" → X via the report); and
 * carry-over of the previous statement's attribution to one that continues it.
 * Every word list and pattern comes from rules.ts.
 */
import type { AttributionKind, Cue, Span, Suggestion } from './model.ts';
import {
  CONTINUATION_MARKERS,
  EVIDENCE_VERBS,
  IMAGE_CUES,
  INDEFINITE_DETERMINERS,
  LEADING_ATTRIBUTION,
  NON_ATTRIBUTING_PRECEDERS,
  PERSON_NOUNS,
  REFERRING_PRONOUNS,
  SPEECH_VERBS,
  SUBORDINATORS,
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
const LEADING_CONJUNCTIONS = new Set(['but', 'and', 'however', 'yet', 'so', 'still', 'meanwhile']);
const TRAILING_ADVERBS = new Set(['also', 'later', 'earlier', 'previously', 'repeatedly', 'then', 'now', 'too', 'again', 'further']);

interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'\u2019.\-]*/gu;

function wordsIn(text: string, from: number, to: number): Word[] {
  const words: Word[] = [];
  const slice = text.slice(from, to);
  for (const match of slice.matchAll(WORD)) {
    const raw = match[0].replace(/[.]+$/, (dots) => (titles.has(match[0].slice(0, -dots.length).toLowerCase()) ? dots : ''));
    const start = from + match.index;
    words.push({ start, end: start + raw.length, text: raw, lower: raw.toLowerCase().replace(/\.$/, '') });
  }
  return words;
}

type SubjectClass = 'pronoun' | 'unnamed' | 'generic-person' | 'named';

interface Subject {
  span: Span;
  source: Span;
  verb: Span;
  type: SubjectClass;
}

function isCapitalised(word: Word): boolean {
  return /^[\p{Lu}\p{N}]/u.test(word.text);
}

function classifyNounPhrase(words: Word[]): SubjectClass {
  const first = words[0]!;
  const last = words[words.length - 1]!;
  if (words.length === 1 && pronouns.has(first.lower)) return 'pronoun';
  const hasPerson = words.some((word) => personNouns.has(word.lower));
  const properNames = words.slice(1).filter(isCapitalised).length;
  if ((indefinite.has(first.lower) || /^\d+$/.test(first.lower)) && hasPerson) return 'unnamed';
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
  while (from > 0 && isCapitalised(words[from - 1]!)) from--;
  const trailingName = from > 0 && isCapitalised(words[words.length - 1]!) && words.slice(0, from).some((w) => !isCapitalised(w));
  const chosen = trailingName && !/['\u2019]s$/.test(words[from - 1]!.text) ? words.slice(from) : words;
  return spanAt(text, chosen[0]!.start, chosen[chosen.length - 1]!.end);
}

/** Words of a chunk without leading conjunctions and trailing adverbs ("But the panel also"). */
function coreWords(words: Word[]): Word[] {
  let from = 0;
  let to = words.length;
  while (from < to && LEADING_CONJUNCTIONS.has(words[from]!.lower)) from++;
  while (to > from && TRAILING_ADVERBS.has(words[to - 1]!.text)) to--;
  return words.slice(from, to);
}

function looksLikeName(words: Word[]): boolean {
  return words.length > 0 && (titles.has(words[0]!.lower) || words.every(isCapitalised));
}

function isParenthetical(words: Word[]): boolean {
  const first = words[0];
  return !first || subordinators.has(first.lower) || /ing$/.test(first.lower) || first.lower === 'speaking';
}

/** The main-clause subject of the first speech verb that has one. */
function findSubject(text: string, segment: Segment): Subject | null {
  const words = wordsIn(text, segment.start, segment.end);
  for (let i = 0; i < words.length; i++) {
    const verb = words[i]!;
    if (!speechVerbs.has(verb.lower)) continue;
    const before = words[i - 1];
    if (!before || nonAttributing.has(before.lower)) continue;
    const subject = subjectBefore(text, segment, verb);
    if (!subject) continue;
    return subject;
  }
  return null;
}

function subjectBefore(text: string, segment: Segment, verb: Word): Subject | null {
  const clause = text.slice(segment.start, verb.start);
  const commas: number[] = [];
  for (let i = clause.indexOf(','); i !== -1; i = clause.indexOf(',', i + 1)) commas.push(segment.start + i);
  const bounds = [segment.start, ...commas.map((c) => c + 1), verb.start];
  const chunks: Word[][] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    chunks.push(wordsIn(text, bounds[i]!, i + 1 < commas.length + 1 ? commas[i]! : verb.start));
  }
  const last = coreWords(chunks[chunks.length - 1]!);
  let subjectWords: Word[];
  let sourceWords: Word[];
  if (last.length > 0) {
    // "..., they said" or "The panel said": the words right before the verb, back to
    // a subordinator, which would put the verb in a background clause.
    const sub = last.findLastIndex((w) => subordinators.has(w.lower));
    if (sub !== -1) {
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
    const appositives = chunks.slice(1, -1).map(coreWords).filter((c) => c.length > 0 && !isParenthetical(c));
    subjectWords = head;
    sourceWords = looksLikeName(head) ? head : (appositives.find(looksLikeName) ?? head);
  }
  const type = classifyNounPhrase(subjectWords);
  const source = type === 'named' ? sourceWithin(text, sourceWords) : spanAt(text, sourceWords[0]!.start, sourceWords[sourceWords.length - 1]!.end);
  return {
    span: spanAt(text, subjectWords[0]!.start, subjectWords[subjectWords.length - 1]!.end),
    source,
    verb: spanAt(text, verb.start, verb.end),
    type,
  };
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

function isUnnamedPhrase(text: string, phrase: Span): boolean {
  const segment: Segment = { start: phrase.start, end: phrase.end, role: 'body' };
  if (firstMatch(text, segment, UNNAMED_CUES)) return true;
  const words = wordsIn(text, phrase.start, phrase.end);
  const cut = words.findIndex((w, i) => i > 0 && ['familiar', 'close', 'with', 'who', 'in', 'at', 'from', 'of'].includes(w.lower));
  return words.length > 0 && classifyNounPhrase(cut === -1 ? words : words.slice(0, cut)) === 'unnamed';
}

function startsWithContinuation(text: string, segment: Segment): Cue | null {
  const words = wordsIn(text, segment.start, Math.min(segment.end, segment.start + 80)).slice(0, 4);
  const marker = words.find((w) => continuation.has(w.lower));
  return marker ? { ...spanAt(text, marker.start, marker.end), rule: 'continuation' } : null;
}

function verbCue(subject: Subject): Cue {
  return { ...subject.verb, rule: 'speech-verb' };
}

/** One statement's suggestion; `previous` is the statement before it, for carry-over. */
export function suggestAttribution(text: string, segment: Segment, previous: Suggestion | null): Suggestion {
  const image = firstMatch(text, segment, IMAGE_CUES);
  if (image) return { attribution: 'image', cues: [image] };

  const subject = findSubject(text, segment);
  const leading = leadingPhrase(text, segment);
  const unnamedCue = firstMatch(text, segment, UNNAMED_CUES);
  const carriedKind: AttributionKind | undefined = previous?.attribution;

  if (leading && isUnnamedPhrase(text, leading.phrase)) {
    const via = leading.cue.rule === 'citing' && subject && subject.type !== 'unnamed' ? subject.source : undefined;
    return {
      attribution: 'unnamed',
      source: leading.phrase,
      ...(via ? { via } : {}),
      cues: [leading.cue, ...(subject ? [verbCue(subject)] : [])],
    };
  }
  if (unnamedCue || subject?.type === 'unnamed') {
    const source = subject && subject.type !== 'pronoun' ? subject.source : unnamedCue ? unnamedPhraseAt(text, segment, unnamedCue) : undefined;
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
  if (leading) {
    const via = leading.cue.rule === 'citing' && subject ? subject.source : undefined;
    return { attribution: 'named', source: leading.phrase, ...(via ? { via } : {}), cues: [leading.cue] };
  }
  if (subject && !(evidenceVerbs.has(subject.verb.text.toLowerCase()) && subject.type === 'pronoun')) {
    return { attribution: 'named', source: subject.source, cues: [verbCue(subject)] };
  }
  const marker = startsWithContinuation(text, segment);
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
function unnamedPhraseAt(text: string, segment: Segment, cue: Cue): Span | undefined {
  if (cue.rule !== 'unnamed') return undefined;
  const words = wordsIn(text, cue.start, segment.end);
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
