/**
 * Krippendorff's alpha: agreement among any number of analysts, with missing
 * values allowed, corrected for chance. 1 is perfect agreement, 0 what chance
 * alone would give. Computed from the coincidence matrix as in Krippendorff,
 * "Computing Krippendorff's Alpha-Reliability" (2011).
 */

/** One unit (a claim) and the value each analyst gave it; null where an analyst gave none. */
export type Ratings<T> = readonly (readonly (T | null)[])[];

export type Distance<T> = (a: T, b: T) => number;

export const nominal = <T>(a: T, b: T): number => (a === b ? 0 : 1);

/** Squared difference of positions in an ordered scale, for values such as low < medium < high. */
export function interval<T>(scale: readonly T[]): Distance<T> {
  return (a, b) => (scale.indexOf(a) - scale.indexOf(b)) ** 2;
}

/** Alpha, or null when fewer than two values can be paired (nothing to agree on). */
export function krippendorffAlpha<T>(units: Ratings<T>, distance: Distance<T> = nominal): number | null {
  // Only units with two or more values are pairable.
  const pairable = units.map((unit) => unit.filter((v): v is T => v !== null)).filter((values) => values.length >= 2);
  const n = pairable.reduce((sum, values) => sum + values.length, 0);
  if (n < 2) return null;
  let observed = 0;
  for (const values of pairable) {
    let unitSum = 0;
    for (let i = 0; i < values.length; i++) for (let j = 0; j < values.length; j++) if (i !== j) unitSum += distance(values[i]!, values[j]!);
    observed += unitSum / (values.length - 1);
  }
  observed /= n;
  const all = pairable.flat();
  let expected = 0;
  for (let i = 0; i < all.length; i++) for (let j = 0; j < all.length; j++) if (i !== j) expected += distance(all[i]!, all[j]!);
  expected /= n * (n - 1);
  if (expected === 0) return 1;
  return 1 - observed / expected;
}

/** The share of pairable units on which every analyst gave the same value. */
export function percentAgreement<T>(units: Ratings<T>): number | null {
  const pairable = units.map((unit) => unit.filter((v): v is T => v !== null)).filter((values) => values.length >= 2);
  if (pairable.length === 0) return null;
  return pairable.filter((values) => values.every((v) => v === values[0])).length / pairable.length;
}
