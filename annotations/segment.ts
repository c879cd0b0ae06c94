/**
 * Splits an article into statements: every line is its own block (headline,
 * standfirst, paragraphs, list items), and each block splits into sentences.
 * One pass over the text with a single regular expression, so the cost grows
 * linearly with the article (see `npm run bench`).
 */
import { AGENCY_CREDIT, CLOSING_ABBREVIATIONS, PHOTO_CREDIT, PHOTOGRAPHER_CREDIT, QUOTE_CLOSING_VERBS, SENTENCE_OPENERS, TITLE_ABBREVIATIONS } from './rules.ts';
import { LETTER_OR_DIGIT, trimRange } from './text.ts';

export type SegmentRole = 'headline' | 'standfirst' | 'body';

export interface Segment {
  start: number;
  end: number;
  role: SegmentRole;
}

const titles = new Set<string>(TITLE_ABBREVIATIONS);
const closing = new Set<string>(CLOSING_ABBREVIATIONS);
const openers = new Set<string>(SENTENCE_OPENERS);
const quoteClosers = new Set<string>(QUOTE_CLOSING_VERBS);

/**
 * A sentence may end at terminal punctuation, optionally followed by closing
 * quotes or brackets, then white space or the end of the line.
 */
const TERMINATOR = /[.!?\u2026]+["'\u201D\u2019)\]]*(?=[ \t\u00A0]|$)/g;

/** The most sentences a standfirst has. */
const STANDFIRST_SENTENCES = 2;

export function segmentArticle(text: string): Segment[] {
  const segments: Segment[] = [];
  let lineStart = 0;
  let blockIndex = 0;
  let previousLineBlank = false;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const [start, end] = trimRange(text, lineStart, lineEnd);
    if (start < end) {
      // The headline is the first line; a standfirst is the line right under it.
      const role: SegmentRole =
        blockIndex === 0 ? 'headline' : blockIndex === 1 && !previousLineBlank ? 'standfirst' : 'body';
      const first = segments.length;
      splitLine(text, start, end, role, segments);
      // A line of more than two sentences under the headline is the first paragraph of the body (a page that runs
      // its whole text on one line, a lede without a standfirst), not a standfirst.
      if (role === 'standfirst' && segments.length - first > STANDFIRST_SENTENCES) for (let k = first; k < segments.length; k++) segments[k] = { ...segments[k]!, role: 'body' };
      blockIndex++;
      previousLineBlank = false;
    } else {
      previousLineBlank = true;
    }
    lineStart = lineEnd + 1;
  }
  return segments;
}

/** Whether a statement ends with a colon, opening what follows it ("..., saying of the Belgian:", "The report found:"). */
export function endsWithColon(text: string, segment: Segment): boolean {
  // Statements are trimmed, so their last character is the colon.
  return text[segment.end - 1] === ':';
}

/** Whether a line break stands between two statements: the second opens a paragraph. */
export function paragraphBreakBetween(text: string, before: Segment, after: Segment): boolean {
  return text.slice(before.end, after.start).includes('\n');
}

function splitLine(text: string, start: number, end: number, role: SegmentRole, out: Segment[]): void {
  const line = text.slice(start, end);
  let sentenceStart = 0;
  TERMINATOR.lastIndex = 0;
  for (let match = TERMINATOR.exec(line); match; match = TERMINATOR.exec(line)) {
    const boundary = match.index + match[0].length;
    if (boundary >= line.length) break;
    if (!endsSentence(line, match.index, match[0], sentenceStart, boundary)) continue;
    pushTrimmed(text, start + sentenceStart, start + boundary, role, out, start);
    sentenceStart = boundary;
  }
  pushTrimmed(text, start + sentenceStart, end, role, out, start);
}

function pushTrimmed(text: string, from: number, to: number, role: SegmentRole, out: Segment[], lineStart: number): void {
  const [start, end] = trimRange(text, from, to);
  if (start >= end) return;
  // A stretch without a letter or digit states nothing of its own.
  if (LETTER_OR_DIGIT.test(text.slice(start, end))) {
    out.push({ start, end, role });
    return;
  }
  // "…" marking a cut in a quotation ends the sentence before it on the line; a line of "* * *" is no statement.
  const last = out.at(-1);
  if (last && last.end >= lineStart) last.end = end;
}

const DOTTED_DATELINE =
  /^\p{Lu}{2,}(?:[ '-]\p{Lu}{2,})*(?:\.\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})?$/u;

const BRACKETED_CREDIT = /^\[[^\[\]\n]{1,40}\]$/;

const CLOCK_TIME = /^\s*\d{1,2}(?::\d{2})?\s*[ap]\.m\.\s*$/i;

function endsSentence(line: string, at: number, terminator: string, sentenceStart: number, boundary: number): boolean {
  // '"... However, he has decided": an ellipsis just inside an opening quotation mark marks a cut at its start.
  if (/^[.\u2026]+$/.test(terminator) && /(?:^|\s)["\u201C]$/.test(line.slice(Math.max(0, at - 2), at))) return false;
  // "SAN FRANCISCO. July 27. KAZINFORM Social networking site...": a dateline written with full stops runs on.
  if (terminator === '.' && DOTTED_DATELINE.test(line.slice(0, at))) return false;
  const next = nextWord(line, boundary);
  // A lower-case word or a digit after the mark continues the sentence:
  // '"Stop!" he said', 'at 4 a.m. local time', 'e.g. this'; but a count that opens a sentence after an
  // ordinary word does not ("the government said this week. 146 people died.").
  if (next === '' || /^[\p{Ll},;:]/u.test(next) || (/^\d/.test(next) && !countOpensSentence(line, at, sentenceStart, boundary))) return false;
  // A dateline runs on: "SALISBURY, N.C. (AP) — A woman...", "MEMPHIS, Tenn. -- An online report".
  // After a closing quotation mark a bracket opens something new: '..." (Reporting by Martyn Herman)'.
  if (/^(?:\(|-{1,2}$|[\u2013\u2014])/u.test(next) && !(next.startsWith('(') && /["\u201D]$/.test(terminator))) return false;
  // '"Why trust them?" Lulz Security had asked.': a quoted question keeps its attribution.
  if (/[?!]["\u201D\u2019']$/.test(terminator) && closesQuotation(line.slice(boundary))) return false;
  // "Fires can be made out from the station. Photo / Twitter": a photograph's credit belongs to its caption.
  // ("... at Lamu Port. [File, Standard]": a short credit in square brackets closing the line too.)
  const rest = line.slice(boundary).trim();
  if (PHOTO_CREDIT.test(rest) || AGENCY_CREDIT.test(rest) || PHOTOGRAPHER_CREDIT.test(rest) || BRACKETED_CREDIT.test(rest)) return false;
  // Only a lone full stop is ambiguous; "?", "!", an ellipsis or a closing quote ends the sentence.
  if (terminator !== '.') return true;
  // A live blog's time stamp opens its entry: "6:30 p.m. A top prosecutor says...".
  if (CLOCK_TIME.test(line.slice(sentenceStart, boundary))) return false;
  const word = wordBefore(line, at, sentenceStart);
  if (word === '') return true;
  const key = word.toLowerCase();
  // A list marker ("1. Ships...") or a single initial ("J. K. Rowling").
  if (/^\d+$/.test(word) && line.slice(sentenceStart, at).trim() === word) return false;
  if (/^\p{Lu}$/u.test(word)) return false;
  if (titles.has(key)) return false;
  if (closing.has(key)) return openers.has(stripPunctuation(next).toLowerCase());
  // Initials written together ("V.G. Somani"), other than the abbreviations above that may close a sentence ("U.S.").
  if (/^(?:\p{Lu}\.)+\p{Lu}$/u.test(word)) return false;
  return true;
}

/**
 * A short rest of the line that ends with a verb of saying: "Lulz Security had asked.", or that has one with a
 * short tail: "Greenpeace Brazil Campaigns director Nilo D'Avila said in a statement."
 */
function closesQuotation(rest: string): boolean {
  const clause = /^[^.!?]*[.!?]/.exec(rest)?.[0] ?? '';
  const words = clause.trim().split(/\s+/);
  if (!/\.$/.test(words[words.length - 1]!) || words.length > QUOTE_CLOSING_WORDS) return false;
  const verb = words.findIndex((w) => quoteClosers.has(stripPunctuation(w).toLowerCase()));
  return verb !== -1 && words.length - 1 - verb <= QUOTE_CLOSING_TAIL;
}
const QUOTE_CLOSING_WORDS = 12;
const QUOTE_CLOSING_TAIL = 4;

/**
 * "this week. 146 people died.", "on Tuesday. 146 ...": a count opening a sentence after a word, not after an
 * abbreviation ("approx. 30", "Sept. 12"; titles and "No." are held back by endsSentence's own checks after this one).
 */
function countOpensSentence(line: string, at: number, sentenceStart: number, boundary: number): boolean {
  const word = wordBefore(line, at, sentenceStart);
  return /^\p{L}{4,}$/u.test(word) && !NUMBER_LEADERS.has(word.toLowerCase()) && /^\d[\d,.]*\s+\p{Ll}/u.test(line.slice(boundary).trimStart());
}
const NUMBER_LEADERS = new Set(['approx', 'incl', 'sept']);

/** The token just before `at`, without leading brackets or quotes. */
function wordBefore(line: string, at: number, floor: number): string {
  let from = at;
  while (from > floor && !/\s/.test(line[from - 1]!)) from--;
  return line.slice(from, at).replace(/^["'\u201C\u2018(\[]+/, '');
}

function nextWord(line: string, from: number): string {
  const rest = line.slice(from, from + 40).trimStart();
  const space = rest.search(/\s/);
  return space === -1 ? rest : rest.slice(0, space);
}

function stripPunctuation(word: string): string {
  return word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}
