/** Carry-over across statements: quotations that run on, list items under their lead, accounts closed by a later attribution. */
import type { Cue, Suggestion } from '../model.ts';
import { isWholeQuotation, opensQuotation, quotationRuns } from '../quotations.ts';
import { endsWithColon, paragraphBreakBetween, type Segment } from '../segment.ts';
import { spanAt } from '../text.ts';
import { classifyNounPhrase, coreWords, sourceWithin } from './phrases.ts';
import { SCORE } from './vocabulary.ts';
import { isOwnLine, type Word } from './words.ts';

/** A line that is an item of a list: "- Three in four prisons were overcrowded.", "2. Food was poor." */
const LIST_ITEM = /^(?:[-\u2022*\u2013]|\d{1,2}[.)])\s+/;

/**
 * "The report found:" and a list under it, or "..., with boss Pep Guardiola saying of the
 * Belgian:" and a paragraph of his words without quotation marks: what follows the colon
 * says what the line that opens it attributes (codebook, "Looking forward"), unless it
 * has a cue of its own. "I think" there is the speaker's, not a new source.
 */
export function carryUnderColons(text: string, segments: readonly Segment[], words: readonly (readonly Word[])[], suggestions: Suggestion[]): void {
  segments.forEach((segment, i) => {
    const next = segments[i + 1];
    if (!next || segment.role !== 'body' || !endsWithColon(text, segment)) return;
    const list = isListItem(text, next);
    // Not a list, and not a paragraph of its own: the statement after the colon is no block under it.
    if (!list && !paragraphBreakBetween(text, segment, next)) return;
    const opener = suggestions[i]!.attribution !== 'none' ? suggestions[i]! : personAsked(text, words[i]!);
    if (!opener) return;
    const block = list
      ? (k: number) => isListItem(text, segments[k]!)
      : (k: number) => k === i + 1 || !paragraphBreakBetween(text, segments[k - 1]!, segments[k]!);
    for (let k = i + 1; k < segments.length && block(k); k++) {
      const own = suggestions[k]!;
      const firstPerson = own.source !== undefined && FIRST_PERSON.test(own.source.text);
      if ((own.attribution === 'none' && own.cues.length === 0) || firstPerson) suggestions[k] = carriedOver(opener, []);
    }
  });
}

const FIRST_PERSON = /^(?:I|we)$/i;

function isListItem(text: string, segment: Segment): boolean {
  return segment.role === 'body' && (segment.start === 0 || text[segment.start - 1] === '\n') && LIST_ITEM.test(text.slice(segment.start, segment.end));
}

/**
 * "The Gunners' head coach was asked whether Tierney could play:": the question is no
 * statement of his, but the answer under it is. The person asked, as the source the block carries over.
 */
function personAsked(text: string, words: readonly Word[]): Suggestion | undefined {
  const asked = words.findIndex((w, k) => w.lower === 'asked' && k >= 2 && PASSIVE_BE.test(words[k - 1]!.lower));
  if (asked === -1) return undefined;
  const subject = coreWords(words.slice(0, asked - 1));
  if (subject.length === 0 || !subject.every((w) => w.pos !== 'VERB' && w.pos !== 'AUX')) return undefined;
  const kind = classifyNounPhrase(subject);
  if (kind !== 'named' && kind !== 'unnamed') return undefined;
  return { attribution: kind, source: sourceWithin(text, subject), cues: [] };
}
const PASSIVE_BE = /^(?:was|were|is|are)$/;

export function carriedOver(previous: Suggestion, cues: Cue[], score: number = SCORE.carryover): Suggestion {
  return {
    attribution: previous.attribution,
    ...(previous.source ? { source: previous.source } : {}),
    ...(previous.via ? { via: previous.via } : {}),
    cues,
    carryover: true,
    score,
  };
}

/** How close to its statement's end a closing attribution (", it said.") stands, in characters. */
const CLOSING_ATTRIBUTION_CHARS = 30;

/**
 * "The measures would bar trade with the networks. Any assets would be frozen, it
 * said.": an attribution that closes a paragraph covers the statements before it in
 * that paragraph which have nothing of their own (the codebook's "Looking forward").
 */
export function carryBackFromClosingAttribution(text: string, segments: readonly Segment[], suggestions: Suggestion[]): void {
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
export function isSourced(suggestion: Suggestion | undefined): boolean {
  return suggestion !== undefined && !suggestion.carryover && (suggestion.attribution === 'named' || suggestion.attribution === 'unnamed');
}

/**
 * Whether a quotation starting at `next` may go on with the speaker of `previous`: in
 * the same paragraph; or, as news copy runs a speaker's words over paragraphs, in the
 * next one when it opens with a quotation mark and the previous one quoted someone or
 * reported what its speaker said ("Police spokesperson Colonel Donald Mdhluli said that
 * ...", then '"Shortly afterwards the Field Rangers received a report...').
 */
function continuesSpeaker(text: string, previous: Segment, next: Segment, reported: boolean): boolean {
  if (!paragraphBreakBetween(text, previous, next)) return true;
  return opensQuotation(text, next) && (reported || /["\u201C\u201D]/.test(text.slice(previous.start, previous.end)));
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
export function carryThroughQuotations(text: string, segments: readonly Segment[], suggestions: Suggestion[], openAtEnd: readonly boolean[]): void {
  const unattributed = (i: number) => suggestions[i]!.attribution === 'none' && suggestions[i]!.cues.length === 0 && segments[i]!.role === 'body';
  for (const run of quotationRuns(text, segments, openAtEnd)) {
    // '"...," he said. "We make every effort. And we have been clear."': a run with no speaker of its own continues the one before.
    const first = run[0]!;
    const previous = suggestions[first - 1];
    const reported = previous !== undefined && isSourced(previous) && previous.cues.some((cue) => cue.rule === 'speech-verb');
    const before = first > 0 && continuesSpeaker(text, segments[first - 1]!, segments[first]!, reported) ? previous : undefined;
    // A speaker's words may run over several quoted paragraphs: the one before may have its speaker carried too.
    const goesOn = before !== undefined && (isSourced(before) || (before.carryover === true && before.attribution !== 'none'));
    const speaker = run.map((i) => suggestions[i]!).find(isSourced) ?? (goesOn ? before : undefined) ?? superLine(text, segments[first - 1]);
    if (!speaker) continue;
    for (const i of run) if (unattributed(i)) suggestions[i] = carriedOver(speaker, [], SCORE.quotation);
  }
  // A statement that is only a quotation: its speaker is named just before it, else just after.
  segments.forEach((segment, i) => {
    if (!unattributed(i) || !isWholeQuotation(text, segment)) return;
    const before = segments[i - 1]?.role === 'body' ? suggestions[i - 1] : undefined;
    const after = suggestions[i + 1];
    const source = before && (isSourced(before) || before.carryover) ? before : after && isSourced(after) ? after : undefined;
    if (source && source.attribution !== 'none') suggestions[i] = carriedOver(source, [], SCORE.quotation);
  });
}
