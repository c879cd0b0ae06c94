/** From article text to suggested claims: segmentation, then suggestions. */
import type { Claim, Span, Suggestion } from './model.ts';
import { segmentArticle } from './segment.ts';
import { suggestAll } from './suggest.ts';
import { quoteAt } from './text.ts';

export interface ExtractedStatement extends Span {
  suggestion: Suggestion;
}

export type ProgressListener = (done: number, total: number) => void;

export function extractStatements(text: string, onProgress?: ProgressListener): ExtractedStatement[] {
  const segments = segmentArticle(text);
  const suggestions = suggestAll(text, segments, onProgress);
  return segments.map((segment, i) => ({
    start: segment.start,
    end: segment.end,
    text: text.slice(segment.start, segment.end),
    suggestion: suggestions[i]!,
  }));
}

export function newClaimId(): string {
  return globalThis.crypto.randomUUID();
}

/** A claim as the workbench first shows it: the suggestion filled in, status "suggested". */
export function suggestedClaim(text: string, statement: Span, suggestion: Suggestion | null): Claim {
  return {
    id: newClaimId(),
    start: statement.start,
    end: statement.end,
    text: statement.text,
    quote: quoteAt(text, statement.start, statement.end),
    attribution: {
      kind: suggestion?.attribution ?? null,
      source: suggestion?.source ?? null,
      via: suggestion?.via ?? null,
    },
    suggestion,
    confidence: null,
    verdict: null,
    status: 'suggested',
    note: '',
    evidence: [],
  };
}

export function extractClaims(text: string, onProgress?: ProgressListener): Claim[] {
  return extractStatements(text, onProgress).map((statement) => suggestedClaim(text, statement, statement.suggestion));
}
