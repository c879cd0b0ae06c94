/** Passes over the whole article once every statement has a suggestion: speakers described first and named later, captions above credit lines. */
import type { Suggestion } from '../model.ts';
import { CAPTION_DATE_CLOSE, CREDIT_LINE, POST_SIGNATURE } from '../rules.ts';
import { opensQuotation } from '../quotations.ts';
import type { Segment } from '../segment.ts';
import { spanAt } from '../text.ts';
import { isOwnLine, lemmaOf } from './words.ts';
import { SCORE, describedPeople, determiners, persons, spokespersons } from './vocabulary.ts';

/** "A new phone is displayed at a store in New York." over "REUTERS/Brendan McDermid": the credit makes the line above a caption. */
export function captionsAboveCredits(text: string, segments: readonly Segment[], suggestions: Suggestion[]): void {
  suggestions.forEach((suggestion, i) => {
    const above = segments[i - 1];
    if (!above || !suggestion.cues.some((cue) => cue.rule === CREDIT_LINE.name) || suggestions[i - 1]!.attribution !== 'none') return;
    // The caption is the line right above the credit (no blank line between), or the credit closes the caption's line.
    const between = text.slice(above.end, segments[i]!.start);
    const adjacent = (between.match(/\n/g)?.length ?? 0) <= 1;
    const lineOfItsOwn = isOwnLine(text, above) || isOwnLine(text, { ...above, end: segments[i]!.end });
    // Under the headline, a line above a credit is the lead picture's caption where it dates the picture as agency
    // captions do ("..., Sept. 8, 2011, in San Diego."); else it is the standfirst, and the credit is the picture's alone.
    const datedCaption = i - 1 > 0 && CAPTION_DATE_CLOSE.test(text.slice(above.start, above.end));
    if ((above.role !== 'body' && !datedCaption) || !adjacent || !lineOfItsOwn || above.end - above.start > CAPTION_CHARACTERS) return;
    suggestions[i - 1] = { attribution: 'image', cues: [{ ...spanAt(text, above.start, above.end), rule: 'caption' }], score: SCORE.caption };
  });
}

/** The longest line read as a photograph's caption because a credit follows it. */
const CAPTION_CHARACTERS = 300;

/**
 * "... — National Hurricane Center (@NHC_Atlantic) September 14, 2018": an embedded post closes on its author's
 * name and handle. The author is the source of what it says, or, where the post quotes someone ("..., the agency
 * announced. — CBS News (@CBSNews)"), the carrier.
 */
export function signedPosts(text: string, segments: readonly Segment[], suggestions: Suggestion[]): void {
  segments.forEach((segment, i) => {
    const signature = POST_SIGNATURE.exec(text.slice(segment.start, segment.end));
    if (!signature) return;
    const nameStart = segment.start + signature.index + signature[0].indexOf(signature[1]!);
    const author = spanAt(text, nameStart, nameStart + signature[1]!.length);
    const cue = { ...spanAt(text, segment.start + signature.index, segment.end), rule: 'post-signature' };
    const suggestion = suggestions[i]!;
    if (suggestion.attribution === 'none' || suggestion.attribution === 'image' || !suggestion.source) {
      suggestions[i] = { attribution: 'named', source: author, cues: [cue], score: SCORE.postSignature };
    } else if (!suggestion.via) {
      suggestions[i] = { ...suggestion, via: author, cues: [...suggestion.cues, cue] };
    }
  });
}

const PERSONAL = /^(?:he|she)$/i;
/** How many statements back "he" or "she" may look for the person described. */
const PRONOUN_REACH = 4;

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
    // "The official", "The US official", "The spokesperson": a person the article described a little before
    // ("A US official confirmed", "a spokesperson at a forwarder told").
    const definite = /^the (?:[\w.'\u2019-]+ ){0,3}?([a-z-]+)$/i.exec(source);
    const back = pronounLooksBackTo(text, segments, suggestions, i);
    const previous = segments[back];
    const role = definite?.[1]!.toLowerCase();
    // "..., heading toward a protester he believed had broken the law, Whitcomb said. That conduct does not appear on
    // the video, he said.": "he" goes on with the speaker the statement before names.
    const speakerBefore = suggestions[back]?.attribution === 'named' && /^\p{Lu}/u.test(suggestions[back]!.source?.text ?? '');
    const described = role
      ? (describedPeople.has(lemmaOf(role)) || spokespersons.has(role)) && new RegExp(`\\b(?:a|an|one)\\s+(?:[\\w.-]+\\s+){0,3}${role}\\b`, 'i').test(before)
      : PERSONAL.test(source) && previous !== undefined && !speakerBefore && lastPersonIsDescribed(text.slice(previous.start, segment.start));
    if (described) suggestions[i] = { ...suggestion, attribution: 'unnamed' };
  });
}

/**
 * The statement where "he" or "she" in statement i looks for the person: the one before, or before the
 * statements of the same quotation and the same "he" already resolved ('A KCDC official said... "The study
 * is... They are the same people," he said.').
 */
function pronounLooksBackTo(text: string, segments: readonly Segment[], suggestions: readonly Suggestion[], i: number): number {
  const sameRun = (k: number) => {
    const { source, attribution } = suggestions[k]!;
    return (!source && opensQuotation(text, segments[k]!)) || (attribution === 'unnamed' && PERSONAL.test(source?.text ?? ''));
  };
  let back = i - 1;
  while (back > 0 && i - back < PRONOUN_REACH && sameRun(back)) back--;
  return back;
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
    // ("one Western envoy" is one of several, never the envoy named later.)
    const described = /^an?\s+(?:[\w'\u2019-]+\s+){0,3}?([a-z-]+)$/i.exec(headPhrase(source.text));
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
  const plain = outsideQuotations(before);
  let described = -1;
  let namedBefore = false;
  // "a weeping mother lying in a bed": the person may be any of the three words after the article.
  // "A KCDC official": the words before the person may name what they belong to.
  for (const match of plain.matchAll(/\b(?:a|an|A|An)\s+((?:[\w-]+\s+){0,2}[a-z]+)\b/g)) {
    const person = match[1]!.split(/\s+/).find((word) => describedPeople.has(lemmaOf(word)));
    if (!person) continue;
    described = match.index + match[0].indexOf(person, match[0].length - match[1]!.length) + person.length;
    // "Tim Casey, an analyst with BMO", "Jasinski, a doctoral candidate": a name the description stands beside.
    namedBefore = /\p{Lu}[\p{L}'.-]+,\s*$/u.test(plain.slice(0, match.index));
  }
  if (described === -1 || namedBefore) return false;
  // A name right after the description ("a mother, Jane Doe,", "an official Ann Lee"): two capitalised words.
  return !/^,?\s+\p{Lu}[\p{L}'-]+\s+\p{Lu}[\p{L}'-]+/u.test(plain.slice(described));
}

/**
 * Text with quoted words blanked out: the people a speaker mentions ("a group of
 * people who abused the state") are not the ones the article introduces. A closing
 * mark without its opening closes a quotation begun earlier.
 */
function outsideQuotations(text: string): string {
  const paired = text.replace(/\u201C[^\u201D]*\u201D/g, ' ').replace(/"[^"]*"/g, ' ');
  // A straight mark before a word opens a quotation still open at the end: what follows it is quoted.
  const opening = /(?:^|\s)["\u201C](?=\S)[^"\u201C\u201D]*$/.exec(paired);
  const outside = opening ? paired.slice(0, opening.index) : paired;
  const unclosed = Math.max(outside.lastIndexOf('\u201D'), outside.lastIndexOf('"'));
  return unclosed === -1 ? outside : outside.slice(unclosed + 1);
}
