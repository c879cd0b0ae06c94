/**
 * Quotations that run over several statements ("“We make every effort. And we have
 * been clear,” he said.") and statements that are a quotation and nothing else: the
 * codebook's carry-over, backwards too ("Looking forward"). A statement inside such a
 * run takes the attribution of the run's statement that names its speaker.
 */
import { paragraphBreakBetween, type Segment } from './segment.ts';

// Guillemets (« ») open and close as curly marks do: copy translated or republished from other languages keeps them.
const OPENING = /["\u201C\u00AB]/;
const QUOTE_MARK = /["\u201C\u201D\u00AB\u00BB]/;
// Compared character by character: these run over every character of the article.
const isOpen = (char: string | undefined) => char === '\u201C' || char === '\u00AB';
const isClose = (char: string | undefined) => char === '\u201D' || char === '\u00BB';

/** Whether a quotation is still open at the end of text[start, end), given its state at the start. */
function openAfter(text: string, start: number, end: number, open: boolean): boolean {
  for (let i = start; i < end; i++) {
    const char = text[i];
    if (isOpen(char)) open = true;
    else if (isClose(char)) open = false;
    else if (char === '"') open = !open;
  }
  return open;
}

/**
 * Whether a quotation is left open at the end of each statement, read in one pass: a
 * paragraph starts outside one (where news style carries a quotation over paragraphs,
 * the next paragraph opens it again).
 */
export function openAtEnds(text: string, segments: readonly Segment[]): boolean[] {
  let open = false;
  return segments.map((segment, i) => {
    if (i > 0 && paragraphBreakBetween(text, segments[i - 1]!, segment) && !quotationResumes(text, segments, i)) open = false;
    open = openAfter(text, segment.start, segment.end, open);
    return open;
  });
}

/**
 * The stretches of a statement inside quotation marks, as [start, end) offsets, marks
 * included. `openAtStart` says whether a quotation opened earlier in the paragraph
 * covers the statement's start ("“We will appeal. There is video evidence,” he said."
 * holds the second statement from its first word); for a statement read alone it is
 * read from the paragraph's start.
 */
export function quotedSpans(text: string, segment: Segment, openAtStart = openAfter(text, text.lastIndexOf('\n', segment.start - 1) + 1, segment.start, false)): [number, number][] {
  const spans: [number, number][] = [];
  let from = openAtStart ? segment.start : -1;
  for (let i = segment.start; i < segment.end; i++) {
    const char = text[i];
    const opens = isOpen(char) || (char === '"' && from === -1);
    const closes = isClose(char) || (char === '"' && from !== -1);
    if (opens && from === -1) from = i;
    else if (closes && from !== -1) {
      spans.push([from, i + 1]);
      from = -1;
    }
  }
  if (from !== -1) spans.push([from, segment.end]);
  return spans;
}

/** Whether a span lies wholly within one of the quoted stretches. */
export function insideQuotation(spans: readonly (readonly [number, number])[], span: { start: number; end: number }): boolean {
  return spans.some(([from, to]) => from <= span.start && span.end <= to);
}

/**
 * A line that closes a quotation it did not open: the line before broke inside it
 * ('"Parents have been told about what has been happening.' / 'We do advise that
 * students get checked."'), as text with a line to each sentence has it. A paragraph
 * that opens with a quotation mark starts a quotation instead.
 */
function closesOpenQuotation(text: string, segment: Segment): boolean {
  if (opensQuotation(text, segment)) return false;
  const line = text.slice(segment.start, segment.end);
  const first = QUOTE_MARK.exec(line);
  if (!first) return false;
  if (first[0] !== '"') return isClose(first[0]);
  return (line.match(/"/g)?.length ?? 0) % 2 === 1;
}

/**
 * Whether a quotation left open before segments[i], across a line break, goes on there:
 * the next line with a quotation mark in it, within a few, closes one it did not open
 * (the lines between, without marks, are more of the same quotation).
 */
export function quotationResumes(text: string, segments: readonly Segment[], i: number): boolean {
  for (let k = i; k < Math.min(segments.length, i + RESUME_WITHIN); k++) {
    const segment = segments[k]!;
    if (QUOTE_MARK.test(text.slice(segment.start, segment.end))) return closesOpenQuotation(text, segment);
  }
  return false;
}
const RESUME_WITHIN = 6;

/** A statement that opens with a quotation mark. */
export function opensQuotation(text: string, segment: Segment): boolean {
  return OPENING.test(text[segment.start] ?? '');
}

/** A statement that is one quotation from its first character to its last. */
export function isWholeQuotation(text: string, segment: Segment): boolean {
  return opensQuotation(text, segment) && /["\u201D\u00BB]/.test(text.slice(segment.end - 2, segment.end));
}

/**
 * Groups of consecutive statements joined by a quotation that is open across the
 * boundary between them. At a paragraph break a quotation left open goes on only
 * where the next paragraph reopens it, as news style writes a quotation over
 * paragraphs (no closing mark, an opening mark again); otherwise it starts closed.
 */
export function quotationRuns(text: string, segments: readonly Segment[], openAtEnd: readonly boolean[] = openAtEnds(text, segments)): number[][] {
  const runs: number[][] = [];
  let current: number[] = [];
  segments.forEach((segment, i) => {
    const open = i > 0 && openAtEnd[i - 1]!;
    const continues = i > 0 && paragraphBreakBetween(text, segments[i - 1]!, segment) ? open && (opensQuotation(text, segment) || quotationResumes(text, segments, i)) : open;
    if (continues) current.push(i);
    else {
      if (current.length > 1) runs.push(current);
      current = [i];
    }
  });
  if (current.length > 1) runs.push(current);
  return runs;
}
