/**
 * Every agreement figure for one reliability table (one row per analyst, one
 * column per unit): Krippendorff's alpha at the chosen level, Cohen's kappa for
 * each pair, Fleiss' kappa, each analyst against the rest, and the confusion
 * table (the coincidence matrix: how often two values met on one unit).
 */
import { coincidencesOf, encode, type Ratings } from './coincidence.ts';
import { cohenKappaOf, fleissKappaOf } from './kappa.ts';
import { alphaOf } from './krippendorff.ts';
import type { Level } from './levels.ts';

export interface PairAgreement {
  /** Analysts by their row. */
  a: number;
  b: number;
  /** Units both rated. */
  units: number;
  /** Share of those units on which they gave the same value. */
  alike: number | null;
  alpha: number | null;
  kappa: number | null;
}

export interface AnalystAgreement {
  analyst: number;
  /** Values this analyst gave. */
  values: number;
  /** Mean of this analyst's pairwise alpha and Cohen's kappa with each other analyst (pairs with a figure only). */
  alpha: number | null;
  kappa: number | null;
}

export interface Reliability {
  level: Level;
  values: string[];
  units: number;
  analysts: number;
  /** Units with at least two values: the only ones agreement is measured on. */
  pairable: number;
  alpha: number | null;
  /** Share of pairable units on which every value is the same. */
  alike: number | null;
  /** Two analysts only. */
  cohenKappa: number | null;
  /** Only when every rated unit has the same number of values. */
  fleissKappa: number | null;
  pairwise: PairAgreement[];
  vsRest: AnalystAgreement[];
  confusion: number[][];
}

function alikeShare(rows: readonly Int32Array[], units: number): number | null {
  let pairable = 0;
  let alike = 0;
  for (let u = 0; u < units; u++) {
    let first = -1;
    let given = 0;
    let same = true;
    for (const row of rows) {
      const v = row[u]!;
      if (v < 0) continue;
      if (given++ === 0) first = v;
      else if (v !== first) same = false;
    }
    if (given < 2) continue;
    pairable++;
    if (same) alike++;
  }
  return pairable ? alike / pairable : null;
}

const mean = (xs: (number | null)[]): number | null => {
  const known = xs.filter((x): x is number => x !== null);
  return known.length ? known.reduce((s, x) => s + x, 0) / known.length : null;
};

export function reliability(byAnalyst: Ratings, values: readonly string[], level: Level): Reliability {
  const encoded = encode(byAnalyst, values);
  const { rows, units } = encoded;
  const table = coincidencesOf(encoded);
  const pairwise: PairAgreement[] = [];
  for (let a = 0; a < rows.length; a++) {
    for (let b = a + 1; b < rows.length; b++) {
      const pair = [rows[a]!, rows[b]!];
      const pairTable = coincidencesOf({ values, rows: pair, units });
      pairwise.push({ a, b, units: pairTable.pairable, alike: alikeShare(pair, units), alpha: alphaOf(pairTable, level), kappa: cohenKappaOf(rows[a]!, rows[b]!, values.length) });
    }
  }
  const vsRest = rows.map((row, analyst) => {
    const mine = pairwise.filter((p) => p.a === analyst || p.b === analyst);
    return { analyst, values: row.filter((v) => v >= 0).length, alpha: mean(mine.map((p) => p.alpha)), kappa: mean(mine.map((p) => p.kappa)) };
  });
  return {
    level,
    values: [...values],
    units,
    analysts: rows.length,
    pairable: table.pairable,
    alpha: alphaOf(table, level),
    alike: alikeShare(rows, units),
    cohenKappa: rows.length === 2 ? pairwise[0]!.kappa : null,
    fleissKappa: fleissKappaOf(encoded),
    pairwise,
    vsRest,
    confusion: table.matrix,
  };
}
