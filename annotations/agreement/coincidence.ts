/**
 * The coincidence matrix of Krippendorff (2011), "Computing Krippendorff's
 * Alpha-Reliability": every pair of values two analysts gave one unit, each
 * unit weighted by 1 / (values in it − 1). Built in one pass over the units, so
 * its cost grows with the number of values, not with their square.
 */

/** One unit (a claim) and the value each analyst gave it; null where an analyst gave none. */
export type Ratings = readonly (readonly (string | null)[])[];

export interface Coincidences {
  /** The values the matrix's rows and columns stand for, in scale order. */
  values: readonly string[];
  /** matrix[c][k]: how often value c was paired with value k within a unit. */
  matrix: number[][];
  /** Row sums: how often each value was given in a pairable unit (n_c). */
  totals: number[];
  /** All pairable values (n). */
  n: number;
  /** Units with at least two values. */
  pairable: number;
}

export function coincidences(units: Ratings, values: readonly string[]): Coincidences {
  const index = new Map(values.map((v, i) => [v, i]));
  const matrix = values.map(() => values.map(() => 0));
  let pairable = 0;
  for (const unit of units) {
    const counts = new Map<number, number>();
    let m = 0;
    for (const value of unit) {
      if (value === null) continue;
      const at = index.get(value);
      if (at === undefined) throw new RangeError(`The value "${value}" is not on the scale (${values.join(', ')}).`);
      counts.set(at, (counts.get(at) ?? 0) + 1);
      m++;
    }
    if (m < 2) continue;
    pairable++;
    for (const [c, countC] of counts) {
      for (const [k, countK] of counts) matrix[c]![k]! += (countC * (countK - (c === k ? 1 : 0))) / (m - 1);
    }
  }
  const totals = matrix.map((row) => row.reduce((sum, x) => sum + x, 0));
  return { values, matrix, totals, n: totals.reduce((sum, x) => sum + x, 0), pairable };
}
