import { describe, expect, it } from 'vitest';
import { coincidences } from '../../annotations/agreement/coincidence.ts';
import { cohenKappa, commonRaterCount, fleissKappa } from '../../annotations/agreement/kappa.ts';
import { krippendorffAlpha } from '../../annotations/agreement/krippendorff.ts';
import { metricFor, numbersOf, ScaleError } from '../../annotations/agreement/levels.ts';
import { reliability } from '../../annotations/agreement/reliability.ts';
import { scaleOf } from '../../annotations/agreement/scale.ts';
import { MatrixError, parseMatrixCsv } from '../../annotations/agreement/matrix-csv.ts';

const _ = null;
const row = (values: (number | null)[]) => values.map((v) => (v === null ? null : String(v)));
/** Tables written one unit per line, turned into one row per analyst. */
const byUnit = (units: (string | null)[][]) => units[0]!.map((_, analyst) => units.map((unit) => unit[analyst] ?? null));

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 observers, 12 units, missing values.
const K2011 = [
  row([1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _]),
  row([1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3]),
  row([_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _]),
  row([1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _]),
];
const FIVE = ['1', '2', '3', '4', '5'];

// Wikipedia, "Krippendorff's alpha", computational example: 3 coders, 15 units.
const WIKI = [
  row([_, _, _, _, _, 3, 4, 1, 2, 1, 1, 3, 3, _, 3]),
  row([1, _, 2, 1, 3, 3, 4, 3, _, _, _, _, _, _, _]),
  row([_, _, 2, 1, 3, 4, 4, _, 2, 1, 1, 3, 3, _, 4]),
];

describe('the coincidence matrix', () => {
  it('matches the one Krippendorff (2011) prints for his example', () => {
    const table = coincidences(K2011, FIVE);
    expect(table.n).toBe(40);
    [9, 13, 10, 5, 3].forEach((total, i) => expect(table.totals[i]).toBeCloseTo(total, 10));
    expect(table.matrix[0]).toEqual([7, 4 / 3, 1 / 3, 1 / 3, 0]);
    expect(table.matrix[1]![1]).toBeCloseTo(10);
    expect(table.matrix[4]).toEqual([0, 0, 0, 0, 3]);
    expect(table.pairable).toBe(11);
  });

  it('skips units with fewer than two values and refuses a value off the scale', () => {
    expect(coincidences(byUnit([['a', null], [null, null]]), ['a']).n).toBe(0);
    expect(() => coincidences(byUnit([['a', 'z']]), ['a', 'b'])).toThrow('The value "z" is not on the scale (a, b).');
  });
});

describe("Krippendorff's alpha against published values", () => {
  it('Krippendorff (2011) at all four levels: 0.743, 0.815, 0.849, 0.797', () => {
    expect(krippendorffAlpha(K2011, FIVE, 'nominal')).toBeCloseTo(0.743, 3);
    expect(krippendorffAlpha(K2011, FIVE, 'ordinal')).toBeCloseTo(0.815, 3);
    expect(krippendorffAlpha(K2011, FIVE, 'interval')).toBeCloseTo(0.849, 3);
    expect(krippendorffAlpha(K2011, FIVE, 'ratio')).toBeCloseTo(0.797, 3);
  });

  it("Wikipedia's example: nominal 0.691, interval 0.811", () => {
    const units = WIKI;
    expect(krippendorffAlpha(units, ['1', '2', '3', '4'], 'nominal')).toBeCloseTo(0.691358, 6);
    expect(krippendorffAlpha(units, ['1', '2', '3', '4'], 'interval')).toBeCloseTo(0.810845, 6);
  });

  it('ordinal alpha depends on the order of the scale, nominal alpha does not', () => {
    const units = [['low', 'medium', 'high', 'low'], ['low', 'high', 'high', 'medium']];
    const right = krippendorffAlpha(units, ['low', 'medium', 'high'], 'ordinal')!;
    const wrong = krippendorffAlpha(units, ['medium', 'low', 'high'], 'ordinal')!;
    expect(right).not.toBeCloseTo(wrong, 3);
    expect(krippendorffAlpha(units, ['low', 'medium', 'high'])).toBeCloseTo(krippendorffAlpha(units, ['high', 'low', 'medium'])!, 12);
  });

  it('is 1 for perfect agreement, below 0 for systematic disagreement, null with nothing to measure', () => {
    expect(krippendorffAlpha(byUnit([['named', 'named'], ['none', 'none']]), ['named', 'none'])).toBe(1);
    expect(krippendorffAlpha(byUnit([['named', 'none'], ['none', 'named']]), ['named', 'none'])!).toBeLessThan(0);
    expect(krippendorffAlpha(byUnit([['named', null]]), ['named'])).toBeNull();
    // Everyone gave the one value: no variation, so no chance-corrected figure.
    expect(krippendorffAlpha(byUnit([['named', 'named'], ['named', 'named']]), ['named'])).toBeNull();
    // One unit with two different values is already a figure: as bad as chance.
    expect(krippendorffAlpha(byUnit([['named', 'none']]), ['named', 'none'])).toBe(0);
  });

  it('ratio distance treats two zeros as alike', () => {
    expect(krippendorffAlpha([['0', '1', '2'], ['0', '1', '2']], ['0', '1', '2'], 'ratio')).toBe(1);
  });
});

describe('levels', () => {
  it('puts the published distances between values', () => {
    const table = coincidences(K2011, FIVE);
    expect(metricFor('nominal', table)(0, 0)).toBe(0);
    expect(metricFor('nominal', table)(0, 3)).toBe(1);
    // Ordinal δ²(1,3) = (n1 + n2 + n3 − (n1 + n3)/2)² = (9 + 13 + 10 − 9.5)² = 22.5².
    expect(metricFor('ordinal', table)(0, 2)).toBe(22.5 ** 2);
    expect(metricFor('ordinal', table)(2, 0)).toBe(22.5 ** 2);
    expect(metricFor('ordinal', table)(1, 1)).toBe(0);
    expect(metricFor('interval', table)(0, 4)).toBe(16);
    expect(metricFor('ratio', table)(0, 2)).toBe(0.25);
  });

  it('interval and ratio levels need numbers; ratio needs none below zero', () => {
    expect(numbersOf(['1', '2.5'], 'interval')).toEqual([1, 2.5]);
    expect(() => numbersOf(['low'], 'interval')).toThrow(ScaleError);
    expect(() => numbersOf([' '], 'interval')).toThrow(/needs numbers/);
    expect(() => numbersOf(['-1'], 'ratio')).toThrow(/negative/);
    expect(numbersOf(['-1'], 'interval')).toEqual([-1]);
  });

  it('orders a scale as given, else numerically, else by first appearance', () => {
    expect(scaleOf(['b', 'a', null, 'b'], ['a', 'b', 'c'])).toEqual(['a', 'b', 'c']);
    expect(() => scaleOf(['a', 'x', 'y'], ['a'])).toThrow('The order does not name "x", "y".');
    expect(scaleOf(['10', '9', '2.5'])).toEqual(['2.5', '9', '10']);
    expect(scaleOf(['high', 'low', null, 'medium', 'low'])).toEqual(['high', 'low', 'medium']);
    // One value that is not a number, or a blank one, and numbers lose their numeric order.
    expect(scaleOf(['10', '9', 'low'])).toEqual(['10', '9', 'low']);
    expect(scaleOf(['2', ' ', '1'])).toEqual(['2', ' ', '1']);
  });
});

describe("Cohen's and Fleiss' kappa against textbook values", () => {
  it("Cohen's kappa: 50 proposals, 20 yes–yes, 5 yes–no, 10 no–yes, 15 no–no give 0.4", () => {
    const a = [...Array(25).fill('yes'), ...Array(25).fill('no')];
    const b = [...Array(20).fill('yes'), ...Array(5).fill('no'), ...Array(10).fill('yes'), ...Array(15).fill('no')];
    expect(cohenKappa(a, b)).toBeCloseTo(0.4, 10);
  });

  it("Cohen's kappa uses only units both rated, and is undefined without variation", () => {
    expect(cohenKappa(['a', 'b', null, 'a'], ['a', 'b', 'b', null])).toBe(1);
    expect(cohenKappa(['a', 'b'], ['b', 'a'])).toBe(-1);
    expect(cohenKappa([null], ['a'])).toBeNull();
    expect(cohenKappa(['a', 'a'], ['a', 'a'])).toBeNull();
  });

  it("Fleiss' kappa: Fleiss (1971) as worked in Wikipedia, 10 subjects, 14 raters, 5 categories give 0.210", () => {
    const counts = [
      [0, 0, 0, 0, 14],
      [0, 2, 6, 4, 2],
      [0, 0, 3, 5, 6],
      [0, 3, 9, 2, 0],
      [2, 2, 8, 1, 1],
      [7, 7, 0, 0, 0],
      [3, 2, 6, 3, 0],
      [2, 5, 3, 2, 2],
      [6, 5, 2, 1, 0],
      [0, 2, 2, 3, 7],
    ];
    const units = counts.map((c) => c.flatMap((n, category) => Array<string>(n).fill(String(category + 1))));
    expect(fleissKappa(byUnit(units))).toBeCloseTo(0.20993, 5);
  });

  it("Fleiss' kappa needs the same number of values in every rated unit", () => {
    expect(commonRaterCount(byUnit([['a', 'b', null], [null, null, null], ['a', 'a', null]]))).toBe(2);
    expect(commonRaterCount(byUnit([['a', 'b', 'c'], ['a', 'a', null]]))).toBeNull();
    expect(commonRaterCount(byUnit([['a', null]]))).toBeNull();
    expect(fleissKappa(byUnit([['a', 'b', 'c'], ['a', 'a', null]]))).toBeNull();
    expect(fleissKappa(byUnit([['a', 'a'], ['a', 'a']]))).toBeNull();
    expect(fleissKappa(byUnit([['a', 'a'], ['b', 'b']]))).toBe(1);
    // A unit nobody rated changes nothing; a unit where each analyst differs counts as disagreement.
    expect(fleissKappa(byUnit([['a', 'a'], [null, null], ['b', 'b']]))).toBe(1);
    expect(fleissKappa(byUnit([['a', 'b'], ['a', 'a'], ['b', 'b']]))).toBeCloseTo(1 / 3, 12);
  });
});

describe('reliability of a whole table', () => {
  it('reports alpha, pairs, each analyst against the rest and the confusion table', () => {
    const r = reliability(K2011, FIVE, 'ordinal');
    expect(r).toMatchObject({ level: 'ordinal', units: 12, analysts: 4, pairable: 11, cohenKappa: null, fleissKappa: null });
    expect(r.alpha).toBeCloseTo(0.815, 3);
    expect(r.alike).toBeCloseTo(8 / 11, 10);
    expect(r.pairwise.map((p) => [p.a, p.b])).toEqual([[0, 1], [0, 2], [0, 3], [1, 2], [1, 3], [2, 3]]);
    const ab = r.pairwise[0]!;
    expect(ab).toMatchObject({ units: 9, alike: 8 / 9 });
    expect(ab.kappa).toBeCloseTo(cohenKappa(K2011[0]!, K2011[1]!)!, 12);
    expect(r.vsRest.map((v) => v.values)).toEqual([9, 11, 10, 11]);
    const mine = r.pairwise.filter((p) => p.a === 2 || p.b === 2);
    expect(r.vsRest[2]!.kappa).toBeCloseTo(mine.reduce((s, p) => s + p.kappa!, 0) / 3, 12);
    expect(r.vsRest[2]!.alpha).toBeCloseTo(mine.reduce((s, p) => s + p.alpha!, 0) / 3, 12);
    expect(r.confusion[4]).toEqual([0, 0, 0, 0, 3]);
  });

  it('gives Cohen for two analysts and Fleiss when every unit has as many values', () => {
    const r = reliability([row([1, 2, 1]), row([1, 2, 2])], ['1', '2'], 'nominal');
    expect(r.cohenKappa).toBeCloseTo(0.4, 10);
    expect(r.fleissKappa).not.toBeNull();
    expect(r.pairwise).toHaveLength(1);
  });

  it('spots an analyst who gives one value to everything', () => {
    const careful = ['low', 'high', 'medium', 'low', 'high', 'medium'];
    const flat = Array(6).fill('medium');
    const r = reliability([careful, careful, flat], ['low', 'medium', 'high'], 'ordinal');
    expect(r.vsRest[2]!.kappa!).toBeLessThan(0.01);
    expect(r.vsRest[0]!.kappa!).toBeGreaterThan(r.vsRest[2]!.kappa!);
  });

  it('averages an analyst against the rest over the pairs that have a figure only', () => {
    // The third analyst shares no unit with the first: that pair has no figure, and must not count as 0.
    const r = reliability([row([1, 2, _, _]), row([1, 2, 1, 2]), row([_, _, 1, 2])], ['1', '2'], 'nominal');
    expect(r.pairwise.find((p) => p.a === 0 && p.b === 2)).toMatchObject({ units: 0, alpha: null, kappa: null });
    expect(r.vsRest[2]).toMatchObject({ alpha: 1, kappa: 1 });
  });
});

describe('reliability matrices from CSV', () => {
  it('one row per analyst; empty cells and short rows are no value; cells trimmed; quotes and a BOM read', () => {
    expect(parseMatrixCsv('\uFEFFa, b,,"c, d"\r\nb,a, \r\n\r\n')).toEqual([
      ['a', 'b', null, 'c, d'],
      ['b', 'a', null, null],
    ]);
    // Only a leading byte-order mark is dropped; one inside a value is the analyst's.
    expect(parseMatrixCsv('a\uFEFFb,c\nd,e\n')[0]).toEqual(['a\uFEFFb', 'c']);
  });

  it('reads a matrix of a single unit, where no delimiter can be seen', () => {
    expect(parseMatrixCsv('1\n2\n')).toEqual([['1'], ['2']]);
  });

  it('refuses a matrix of one analyst, and CSV it cannot read, saying why', () => {
    expect(() => parseMatrixCsv('1,2,3\n')).toThrow(/at least two analysts; it has 1/);
    expect(() => parseMatrixCsv('')).toThrow(MatrixError);
    expect(() => parseMatrixCsv('a,"b\nc,d\n')).toThrow('The CSV cannot be read: Quoted field unterminated (row 1).');
  });
});

/*
 * Mutants of annotations/agreement/ that stay alive (`npm run mutate -- 'annotations/agreement/*.ts'`),
 * all equivalent: no input gives a different figure or message.
 * - coincidence.ts:76 `i < distinct` → `<=`: resets one more slot, either a count already reset to 0
 *   or past the end of a typed array (ignored).
 * - kappa.ts:31 seenValues keeping null: null gets a scale slot that no analyst's value maps to.
 * - kappa.ts:41, kappa.ts:62 `u < units` → `<=`: the extra unit reads past the typed array, has no value
 *   and is skipped. kappa.ts:48 `m !== null &&` → `true &&`: `null >= 2` is false anyway.
 * - kappa.ts:66 dropping `at < 0`: a typed array ignores index -1, so no count is made of a missing value.
 * - kappa.ts:67 `counts[at] === 0` → `true`, kappa.ts:68 `++` → `--`, kappa.ts:76 `+=` → `-=`: a value
 *   listed twice adds 0 after its count is reset; negative counts and totals are only ever squared.
 * - krippendorff.ts:12 `n < 2` → `false`: n is 0 or at least 2, and n = 0 gives no expected disagreement,
 *   which returns null as well.
 * - levels.ts:36 ordering c and k (four mutants): the ordinal distance with the ends swapped is the
 *   negative of the right one, and it is squared.
 * - levels.ts:46 ratio `x[c] + x[k] === 0` → `x[c] - x[k] === 0`: both give 0 exactly when c and k are
 *   the same number, as ratio values are never negative.
 * - reliability.ts:56 `first = -1` → `+1`: the first value given overwrites it. reliability.ts:82
 *   `a < rows.length` → `<=`: the extra row starts no pair.
 * Not pinned: matrix-csv.ts:12 (two mutants) the message of a parse error without a row: papaparse gives
 * a row for every error it reports on text read whole, so no input reaches that branch.
 */
