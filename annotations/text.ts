/** Plain-text helpers shared by import, segmentation and anchoring. */
import type { Quote, Span } from './model.ts';

/** A letter or digit in any script: what a word is made of, and what a statement must hold to state anything. */
export const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** How much context either side of a quote is kept to find it again. */
export const QUOTE_CONTEXT = 32;

/**
 * One form for every article text: no byte-order mark, `\n` line endings.
 * Offsets everywhere index the text this returns, so it runs once, at import.
 */
export function normalizeArticleText(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

export function quoteAt(text: string, start: number, end: number): Quote {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT), start),
    suffix: text.slice(end, end + QUOTE_CONTEXT),
  };
}

export function spanAt(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** Shrinks [start, end) so it neither starts nor ends with white space. */
export function trimRange(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}

/** The URL when it is a web address (http or https); a javascript:, data: or file: URL is not kept. */
export function webUrlOrUndefined(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}
