/** Headline conventions: a speaker before a colon or quotation, and tags such as "– official". */
import type { Cue, Span } from '../model.ts';
import { SECTION_WORDS, HEADLINE_TAG, HEADLINE_TAG_WORDS, HEADLINE_COLON_TAG, HEADLINE_TRAILING_TAG, HEADLINE_QUOTE, HEADLINE_SPEAKER_ENDS } from '../rules.ts';
import type { Segment } from '../segment.ts';
import { spanAt } from '../text.ts';
import { type Word, isCapitalised, nounLemma, wordsBetween } from './words.ts';
import { firstMatch, isSourceNoun } from './phrases.ts';
import { documentNouns } from './vocabulary.ts';

const sectionWords = new Set<string>(SECTION_WORDS);
const speakerEnds = new Set<string>(HEADLINE_SPEAKER_ENDS);

/** '"We were never consulted": dockworkers' leader on the strike' names its speaker after the colon. */
export function headlineSpeaker(text: string, segment: Segment, sentence: readonly Word[]): { cue: Cue; source: Span } | null {
  if (segment.role === 'body') return null;
  const cue = firstMatch(text, segment, [HEADLINE_QUOTE]);
  if (!cue) return null;
  const words = wordsBetween(sentence, cue.end, segment.end);
  const end = words.findIndex((w) => !w.capital && speakerEnds.has(w.lower));
  const speaker = end === -1 ? words : words.slice(0, end);
  if (speaker.length === 0 || speaker.length > 8) return null;
  return { cue, source: spanAt(text, speaker[0]!.start, speaker[speaker.length - 1]!.end) };
}

/** "Depot hit overnight – officials": the tag after the dash, as a source. */
export function headlineTag(text: string, segment: Segment, sentence: readonly Word[]): { cue: Cue; words: Word[] } | null {
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
