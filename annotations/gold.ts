/**
 * Gold files (see ../shared/ANNOTATION-GUIDE.md, "Gold files") and the scores of
 * extraction and suggestions against them.
 */
import { z } from 'zod';
import { AttributionKind } from './model.ts';
import type { ExtractedStatement } from './extract.ts';
import { WEAK_SCORE } from './rules.ts';

export const GoldFile = z.object({
  article: z.string(),
  note: z.string().optional(),
  statements: z.array(
    z.object({
      quote: z.string().min(1),
      attribution: AttributionKind,
      source: z.string().optional(),
      /** The carrier of a relayed source ("the report" in "Citing an official, the report said"). */
      via: z.string().optional(),
      carryover: z.boolean().optional(),
    }),
  ),
});
export type GoldFile = z.infer<typeof GoldFile>;

export interface Miss {
  quote: string;
  problem: string;
}

export interface GoldScore {
  statements: number;
  boundaries: number;
  attribution: number;
  attributionWithoutCarryover: number;
  /** Statements the gold labels by carry-over. */
  carryovers: number;
  sourceHits: number;
  sourceTotal: number;
  viaHits: number;
  viaTotal: number;
  /** Right attributions among suggestions the workbench called weak, and among the strong: does the score tell? */
  weakHits: number;
  weakTotal: number;
  strongHits: number;
  strongTotal: number;
  misses: Miss[];
}

/** Spans compare as the analyst reads them: case and surrounding space aside. */
function sameSpan(got: string | undefined, gold: string): boolean {
  return got !== undefined && got.trim().toLowerCase() === gold.trim().toLowerCase();
}

/** Where each of a gold file's statements starts in its article: its quote, found in order. */
export function goldStarts(text: string, gold: GoldFile): number[] {
  let cursor = 0;
  return gold.statements.map((statement) => {
    const at = text.indexOf(statement.quote, cursor);
    if (at === -1) throw new Error(`gold quote not found in order: "${statement.quote}"`);
    cursor = at + statement.quote.length;
    return at;
  });
}

/** Scores extracted statements against a gold file's statements, in order. */
export function scoreAgainstGold(text: string, gold: GoldFile, extracted: readonly ExtractedStatement[]): GoldScore {
  const misses: Miss[] = [];
  const starts = goldStarts(text, gold);
  // An ellipsis standing between two sentences marks a cut that belongs to neither ("very small. \u2026 We deeply
  // apologize"), and a bullet opens a list item without being part of it: labellers put them with either, so
  // statements are compared without them.
  const withoutCut = (start: number, end: number): [number, number] => {
    while (start < end && CUT.test(text[start]!)) start++;
    while (end > start && (/\s/.test(text[end - 1]!) || text[end - 1] === '\u2026' || BULLET.test(text[end - 1]!))) end--;
    return [start, end];
  };
  const byStart = new Map(extracted.map((s) => [withoutCut(s.start, s.end)[0], s]));
  let exact = 0;
  let kindHits = 0;
  let kindHitsNoCarry = 0;
  let noCarryTotal = 0;
  let sourceHits = 0;
  let sourceTotal = 0;
  let viaHits = 0;
  let viaTotal = 0;
  const strength = { weakHits: 0, weakTotal: 0, strongHits: 0, strongTotal: 0 };
  gold.statements.forEach((statement, i) => {
    const [start, expectedEnd] = withoutCut(starts[i]!, starts[i + 1] ?? text.length);
    const found = byStart.get(start);
    if (!found) {
      misses.push({ quote: statement.quote, problem: 'no statement starts here' });
    } else if (withoutCut(found.start, found.end)[1] !== expectedEnd) {
      misses.push({ quote: statement.quote, problem: `statement ends at "${text.slice(Math.max(found.start, found.end - 20), found.end)}"` });
    } else {
      exact++;
    }
    const kind = found?.suggestion.attribution;
    const score = found?.suggestion.score;
    if (score !== undefined) {
      const weak = score < WEAK_SCORE;
      strength[weak ? 'weakTotal' : 'strongTotal']++;
      if (kind === statement.attribution) strength[weak ? 'weakHits' : 'strongHits']++;
    }
    if (!statement.carryover) noCarryTotal++;
    if (kind === statement.attribution) {
      kindHits++;
      if (!statement.carryover) kindHitsNoCarry++;
    } else {
      misses.push({ quote: statement.quote, problem: `attribution ${kind ?? 'missing'}, gold ${statement.attribution}` });
    }
    if (statement.source) {
      sourceTotal++;
      const got = found?.suggestion.source?.text;
      if (sameSpan(got, statement.source)) sourceHits++;
      else misses.push({ quote: statement.quote, problem: `source "${got ?? ''}", gold "${statement.source}"` });
    }
    if (statement.via) {
      viaTotal++;
      const got = found?.suggestion.via?.text;
      if (sameSpan(got, statement.via)) viaHits++;
      else misses.push({ quote: statement.quote, problem: `via "${got ?? ''}", gold "${statement.via}"` });
    }
  });
  const denominator = Math.max(gold.statements.length, extracted.length);
  return {
    statements: gold.statements.length,
    boundaries: denominator ? exact / denominator : 1,
    attribution: gold.statements.length ? kindHits / gold.statements.length : 1,
    attributionWithoutCarryover: noCarryTotal ? kindHitsNoCarry / noCarryTotal : 1,
    carryovers: gold.statements.length - noCarryTotal,
    sourceHits,
    sourceTotal,
    viaHits,
    viaTotal,
    ...strength,
    misses,
  };
}

/** Several articles' scores as one: each statement weighs the same, whichever article it is in. */
export type PooledScore = Omit<GoldScore, 'carryovers' | 'misses'> & { articles: number };

export function poolScores(scores: readonly GoldScore[]): PooledScore {
  const sum = (pick: (s: GoldScore) => number) => scores.reduce((total, s) => total + pick(s), 0);
  const statements = sum((s) => s.statements);
  const ratio = (pick: (s: GoldScore) => number) => (statements ? sum((s) => pick(s) * s.statements) / statements : 1);
  return {
    articles: scores.length,
    statements,
    boundaries: ratio((s) => s.boundaries),
    attribution: ratio((s) => s.attribution),
    attributionWithoutCarryover: (() => {
      const own = statements - sum((s) => s.carryovers);
      return own ? sum((s) => s.attributionWithoutCarryover * (s.statements - s.carryovers)) / own : 1;
    })(),
    sourceHits: sum((s) => s.sourceHits),
    sourceTotal: sum((s) => s.sourceTotal),
    viaHits: sum((s) => s.viaHits),
    viaTotal: sum((s) => s.viaTotal),
    weakHits: sum((s) => s.weakHits),
    weakTotal: sum((s) => s.weakTotal),
    strongHits: sum((s) => s.strongHits),
    strongTotal: sum((s) => s.strongTotal),
  };
}

/**
 * What a cut between sentences is written with, as the start of a statement: white space and ellipses; and the bullet
 * before a list item ("  \u2022 Six people were arrested"), which labellers put with the item or leave out (h56, h68).
 */
const CUT = /[\s.\u2026\u2022\u00B7\u25AA]/;
const BULLET = /[\u2022\u00B7\u25AA]/;
