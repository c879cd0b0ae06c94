/**
 * Finding claims again after the article text is corrected. Each claim's quote
 * is looked for exactly first (several hits: the best context, then the
 * nearest to where the claim was); failing that, the stretch the old position
 * maps to through a diff of the two texts is taken if it still reads much the
 * same. A claim found neither way is marked orphaned, never attached to other text.
 */
import { DIFF_DELETE, DIFF_INSERT, makeDiff, xIndex, type Diff } from '@sanity/diff-match-patch';
import type { Claim, Span, Suggestion } from './model.ts';
import { quoteAt, spanAt, trimRange } from './text.ts';

/** How alike a stretch must read to the old quote to carry the claim over (1 = identical). */
export const FUZZY_SIMILARITY = 0.75;
/** Exact hits considered per quote; a quote found more often than this is common words, not a claim. */
const MAX_EXACT_HITS = 200;

function exactHits(text: string, needle: string): number[] {
  const hits: number[] = [];
  if (!needle) return hits;
  for (let at = text.indexOf(needle); at !== -1 && hits.length < MAX_EXACT_HITS; at = text.indexOf(needle, at + 1)) hits.push(at);
  return hits;
}

/** Characters of context that agree, reading outward from the quote. */
function contextScore(text: string, at: number, length: number, prefix: string, suffix: string): number {
  let score = 0;
  for (let i = 1; i <= prefix.length && text[at - i] === prefix[prefix.length - i]; i++) score++;
  for (let i = 0; i < suffix.length && text[at + length + i] === suffix[i]; i++) score++;
  return score;
}

/** Levenshtein distance read off a diff, as diff-match-patch defines it. */
function editDistance(diffs: Diff[]): number {
  let distance = 0;
  let inserted = 0;
  let deleted = 0;
  for (const [op, data] of diffs) {
    if (op === DIFF_INSERT) inserted += data.length;
    else if (op === DIFF_DELETE) deleted += data.length;
    else {
      distance += Math.max(inserted, deleted);
      inserted = 0;
      deleted = 0;
    }
  }
  return distance + Math.max(inserted, deleted);
}

export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - editDistance(makeDiff(a, b, { checkLines: false, timeout: 0.2 })) / longest;
}

interface Found {
  start: number;
  end: number;
}

function findAgain(newText: string, diffs: Diff[], old: { start: number; end: number; exact: string; prefix: string; suffix: string }): Found | null {
  const near = xIndex(diffs, old.start);
  const hits = exactHits(newText, old.exact);
  if (hits.length > 0) {
    const best = hits
      .map((at) => ({ at, context: contextScore(newText, at, old.exact.length, old.prefix, old.suffix), distance: Math.abs(at - near) }))
      .sort((a, b) => b.context - a.context || a.distance - b.distance)[0]!;
    return { start: best.at, end: best.at + old.exact.length };
  }
  const [start, end] = trimRange(newText, near, xIndex(diffs, old.end));
  if (end > start && similarity(newText.slice(start, end), old.exact) >= FUZZY_SIMILARITY) return { start, end };
  return null;
}

function spanAgain(oldText: string, newText: string, diffs: Diff[], span: Span): Span | null {
  const quote = quoteAt(oldText, span.start, span.end);
  const found = findAgain(newText, diffs, { start: span.start, end: span.end, ...quote });
  // The span keeps what else it carries (a rule name, say); only its place moves.
  return found && newText.slice(found.start, found.end) === span.text ? { ...span, ...spanAt(newText, found.start, found.end) } : null;
}

function suggestionAgain(oldText: string, newText: string, diffs: Diff[], suggestion: Suggestion): Suggestion {
  const source = suggestion.source ? spanAgain(oldText, newText, diffs, suggestion.source) : null;
  const via = suggestion.via ? spanAgain(oldText, newText, diffs, suggestion.via) : null;
  return {
    ...suggestion,
    source: source ?? undefined,
    via: via ?? undefined,
    cues: suggestion.cues.flatMap((cue) => {
      const moved = spanAgain(oldText, newText, diffs, cue);
      return moved ? [{ ...moved, rule: cue.rule }] : [];
    }),
  };
}

/**
 * An orphan keeps its words and its source phrases as the analyst saw them; its offsets,
 * its spans' included, are only kept inside the new text, which the file schema requires
 * (a span left past the end would make the file refuse to open).
 */
function orphan(claim: Claim, length: number): Claim {
  const inside = <S extends Span>(span: S): S => ({ ...span, start: Math.min(span.start, length), end: Math.min(span.end, length) });
  const { source, via } = claim.attribution;
  const { suggestion } = claim;
  return {
    ...inside(claim),
    attribution: { ...claim.attribution, source: source && inside(source), via: via && inside(via) },
    suggestion: suggestion && {
      ...suggestion,
      ...(suggestion.source ? { source: inside(suggestion.source) } : {}),
      ...(suggestion.via ? { via: inside(suggestion.via) } : {}),
      cues: suggestion.cues.map(inside),
    },
    orphaned: true,
  };
}

export function reanchorClaims(oldText: string, newText: string, claims: readonly Claim[]): Claim[] {
  const diffs = makeDiff(oldText, newText, { checkLines: true, timeout: 2 });
  const result = claims.map((claim): Claim => {
    const found = findAgain(newText, diffs, { start: claim.start, end: claim.end, ...claim.quote });
    if (!found) return orphan(claim, newText.length);
    const { orphaned: _wasOrphaned, ...rest } = claim;
    const source = claim.attribution.source ? spanAgain(oldText, newText, diffs, claim.attribution.source) : null;
    const via = claim.attribution.via ? spanAgain(oldText, newText, diffs, claim.attribution.via) : null;
    return {
      ...rest,
      start: found.start,
      end: found.end,
      text: newText.slice(found.start, found.end),
      quote: quoteAt(newText, found.start, found.end),
      attribution: { ...claim.attribution, source, via },
      suggestion: claim.suggestion ? suggestionAgain(oldText, newText, diffs, claim.suggestion) : claim.suggestion,
    };
  });
  return result.sort((a, b) => a.start - b.start || a.end - b.end);
}
