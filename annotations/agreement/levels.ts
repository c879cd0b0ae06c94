/**
 * Levels of measurement and the squared difference (δ²) each one puts between
 * two values, as Krippendorff (2011) defines them. Nominal values only differ or
 * not; ordinal ones differ by how many values lie between them; interval and
 * ratio ones by their numbers.
 */
import type { Coincidences } from './coincidence.ts';

export const LEVELS = ['nominal', 'ordinal', 'interval', 'ratio'] as const;
export type Level = (typeof LEVELS)[number];

/** δ²(c, k) for value positions c and k of a coincidence matrix. */
export type Metric = (c: number, k: number) => number;

export class ScaleError extends Error {}

/** Numbers of the values, for interval and ratio levels; a value that is not a number is refused. */
export function numbersOf(values: readonly string[], level: Level): number[] {
  return values.map((value) => {
    const x = value.trim() === '' ? NaN : Number(value);
    if (!Number.isFinite(x)) throw new ScaleError(`The ${level} level needs numbers, and "${value}" is not one.`);
    if (level === 'ratio' && x < 0) throw new ScaleError(`The ratio level needs numbers of zero or more, and "${value}" is negative.`);
    return x;
  });
}

export function metricFor(level: Level, table: Coincidences): Metric {
  switch (level) {
    case 'nominal':
      return (c, k) => (c === k ? 0 : 1);
    case 'ordinal': {
      // prefix[i] = n_0 + … + n_(i−1): the values at or between two ranks, minus half of each end.
      const prefix = [0];
      for (const total of table.totals) prefix.push(prefix[prefix.length - 1]! + total);
      return (c, k) => {
        const [low, high] = c < k ? [c, k] : [k, c];
        return (prefix[high + 1]! - prefix[low]! - (table.totals[low]! + table.totals[high]!) / 2) ** 2;
      };
    }
    case 'interval': {
      const x = numbersOf(table.values, level);
      return (c, k) => (x[c]! - x[k]!) ** 2;
    }
    case 'ratio': {
      const x = numbersOf(table.values, level);
      return (c, k) => (x[c]! + x[k]! === 0 ? 0 : ((x[c]! - x[k]!) / (x[c]! + x[k]!)) ** 2);
    }
  }
}
