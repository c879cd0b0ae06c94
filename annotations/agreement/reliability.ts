/**
 * Every agreement figure for one reliability table (one row per analyst, one
 * column per unit): Krippendorff's alpha at the chosen level, Cohen's kappa for
 * each pair, Fleiss' kappa, each analyst against the rest, and the confusion
 * table (the coincidence matrix: how often two values met on one unit).
 */
import { coincidences, type Ratings } from './coincidence.ts';
import { cohenKappa, fleissKappa } from './kappa.ts';
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

/** Units as columns: unit u holds each analyst's value for it. */
export function unitsOf(byAnalyst: readonly (readonly (string | null)[])[]): (string | null)[][] {
  const width = Math.max(0, ...byAnalyst.map((row) => row.length));
  return Array.from({ length: width }, (_, u) => byAnalyst.map((row) => row[u] ?? null));
}

function alikeShare(units: Ratings): number | null {
  let pairable = 0;
  let alike = 0;
  for (const unit of units) {
    const given = unit.filter((v) => v !== null);
    if (given.length < 2) continue;
    pairable++;
    if (given.every((v) => v === given[0])) alike++;
  }
  return pairable ? alike / pairable : null;
}

const mean = (xs: (number | null)[]): number | null => {
  const known = xs.filter((x): x is number => x !== null);
  return known.length ? known.reduce((s, x) => s + x, 0) / known.length : null;
};

export function reliability(byAnalyst: readonly (readonly (string | null)[])[], values: readonly string[], level: Level): Reliability {
  const units = unitsOf(byAnalyst);
  const table = coincidences(units, values);
  const pairwise: PairAgreement[] = [];
  for (let a = 0; a < byAnalyst.length; a++) {
    for (let b = a + 1; b < byAnalyst.length; b++) {
      const pair = unitsOf([byAnalyst[a]!, byAnalyst[b]!]);
      const pairTable = coincidences(pair, values);
      pairwise.push({ a, b, units: pairTable.pairable, alike: alikeShare(pair), alpha: alphaOf(pairTable, level), kappa: cohenKappa(byAnalyst[a]!, byAnalyst[b]!) });
    }
  }
  const vsRest = byAnalyst.map((row, analyst) => {
    const mine = pairwise.filter((p) => p.a === analyst || p.b === analyst);
    return { analyst, values: row.filter((v) => v !== null).length, alpha: mean(mine.map((p) => p.alpha)), kappa: mean(mine.map((p) => p.kappa)) };
  });
  return {
    level,
    values: [...values],
    units: units.length,
    analysts: byAnalyst.length,
    pairable: table.pairable,
    alpha: alphaOf(table, level),
    alike: alikeShare(units),
    cohenKappa: byAnalyst.length === 2 ? cohenKappa(byAnalyst[0]!, byAnalyst[1]!) : null,
    fleissKappa: fleissKappa(units),
    pairwise,
    vsRest,
    confusion: table.matrix,
  };
}
