import { describe, expect, it } from 'vitest';
import { interval, krippendorffAlpha, percentAgreement } from '../../annotations/agreement.ts';

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": 4 observers, 12 units, missing values.
const K = [
  [1, 1, null, 1],
  [2, 2, 3, 2],
  [3, 3, 3, 3],
  [3, 3, 3, 3],
  [2, 2, 2, 2],
  [1, 2, 3, 4],
  [4, 4, 4, 4],
  [1, 1, 2, 1],
  [2, 2, 2, 2],
  [null, 5, 5, 5],
  [null, null, 1, 1],
  [null, 3, null, null],
];

describe("Krippendorff's alpha", () => {
  it('matches the published nominal and interval values of the reference example', () => {
    expect(krippendorffAlpha(K)).toBeCloseTo(0.743, 3);
    expect(krippendorffAlpha(K, interval([1, 2, 3, 4, 5]))).toBeCloseTo(0.849, 3);
  });

  it('is 1 for perfect agreement, below 0 for systematic disagreement, and null with nothing to pair', () => {
    expect(krippendorffAlpha([['named', 'named'], ['none', 'none']])).toBe(1);
    expect(krippendorffAlpha([['named', 'none'], ['none', 'named']])!).toBeLessThan(0);
    expect(krippendorffAlpha([['named', null]])).toBeNull();
  });

  it('counts the units on which everyone agrees', () => {
    expect(percentAgreement([['a', 'a'], ['a', 'b'], ['c', null]])).toBe(0.5);
  });
});
