/** Passes over the whole article once every statement has a suggestion: speakers described first and named later, captions above credit lines. */
import type { Suggestion } from '../model.ts';
import { CREDIT_LINE } from '../rules.ts';
import type { Segment } from '../segment.ts';
import { spanAt } from '../text.ts';
import { isOwnLine, lemmaOf } from './words.ts';
import { SCORE, describedPeople, determiners, persons } from './vocabulary.ts';

/** "A new phone is displayed at a store in New York." over "REUTERS/Brendan McDermid": the credit makes the line above a caption. */
export function captionsAboveCredits(text: string, segments: readonly Segment[], suggestions: Suggestion[]): void {
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

/** How far back a pronoun or "the grandfather" looks for the person it stands for, in characters. */
const ANTECEDENT_WINDOW = 600;

/**
 * "A grieving grandfather says... the grandfather cries out", "The video shows a mother
 * crying... she says": a pronoun or a definite description that stands for a person the
 * article only described is an unnamed source, as the description was.
 */
export function resolveDescribedSpeakers(text: string, segments: readonly Segment[], suggestions: Suggestion[]): void {
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
export function resolveSpeakersNamedLater(text: string, segments: readonly Segment[], suggestions: Suggestion[]): void {
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
