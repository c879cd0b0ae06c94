/**
 * Krippendorff's alpha: agreement among any number of analysts, with missing
 * values allowed, corrected for chance; 1 is perfect agreement, 0 what chance
 * alone would give. From the coincidence matrix, as in Krippendorff (2011):
 * alpha = 1 − (n − 1) · Σ o_ck δ²_ck / Σ n_c n_k δ²_ck.
 */
import { coincidences, type Coincidences, type Ratings } from './coincidence.ts';
import { metricFor, type Level } from './levels.ts';

/** Alpha of a coincidence matrix; null when it is undefined (fewer than two values, or all values alike). */
export function alphaOf(table: Coincidences, level: Level): number | null {
  if (table.n < 2) return null;
  const metric = metricFor(level, table);
  let observed = 0;
  let expected = 0;
  table.values.forEach((_, c) => {
    table.values.forEach((_, k) => {
      const delta = metric(c, k);
      observed += table.matrix[c]![k]! * delta;
      expected += table.totals[c]! * table.totals[k]! * delta;
    });
  });
  if (expected === 0) return null;
  return 1 - ((table.n - 1) * observed) / expected;
}

/**
 * Alpha of a reliability table (one row per analyst, one column per unit); `values` is the scale in
 * order (for the ordinal level, the order matters; for interval and ratio, each
 * value must be a number).
 */
export function krippendorffAlpha(rows: Ratings, values: readonly string[], level: Level = 'nominal'): number | null {
  return alphaOf(coincidences(rows, values), level);
}
