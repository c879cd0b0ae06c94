/**
 * Cohen's kappa (two analysts, units both rated) and Fleiss' kappa (units each
 * rated by the same number of analysts): the chance-corrected agreement most
 * other tools report beside Krippendorff's alpha. Both treat values as nominal.
 * Rows are analysts, columns units.
 */
import { encode, type Encoded, type Ratings } from './coincidence.ts';

/** Cohen (1960): (p_o − p_e) / (1 − p_e) over the units both analysts rated; null when undefined. */
export function cohenKappaOf(a: Int32Array, b: Int32Array, valueCount: number): number | null {
  const marginA = new Array<number>(valueCount).fill(0);
  const marginB = new Array<number>(valueCount).fill(0);
  let both = 0;
  let alike = 0;
  for (let u = 0; u < a.length; u++) {
    const x = a[u]!;
    const y = b[u]!;
    if (x < 0 || y < 0) continue;
    both++;
    if (x === y) alike++;
    marginA[x]!++;
    marginB[y]!++;
  }
  if (both === 0) return null;
  let chance = 0;
  for (let c = 0; c < valueCount; c++) chance += (marginA[c]! / both) * (marginB[c]! / both);
  if (chance === 1) return null;
  return (alike / both - chance) / (1 - chance);
}

const seenValues = (rows: Ratings) => [...new Set(rows.flat().filter((v): v is string => v !== null))];

export function cohenKappa(first: readonly (string | null)[], second: readonly (string | null)[]): number | null {
  const { rows, values } = encode([first, second], seenValues([first, second]));
  return cohenKappaOf(rows[0]!, rows[1]!, values.length);
}

/** How many values each rated unit has, when that number is the same for every unit (and at least 2); else null. */
export function commonRaterCountOf({ rows, units }: Encoded): number | null {
  let m: number | null = null;
  for (let u = 0; u < units; u++) {
    let count = 0;
    for (const row of rows) if (row[u]! >= 0) count++;
    if (count === 0) continue;
    if (m !== null && count !== m) return null;
    m = count;
  }
  return m !== null && m >= 2 ? m : null;
}

export const commonRaterCount = (rows: Ratings) => commonRaterCountOf(encode(rows, seenValues(rows)));

/** Fleiss (1971): (P̄ − P̄_e) / (1 − P̄_e); null unless every rated unit has the same number of values. */
export function fleissKappaOf(table: Encoded): number | null {
  const m = commonRaterCountOf(table);
  if (m === null) return null;
  const totals = new Float64Array(table.values.length);
  const counts = new Int32Array(table.values.length);
  const touched = new Int32Array(Math.max(1, table.rows.length));
  let rated = 0;
  let sumP = 0;
  for (let u = 0; u < table.units; u++) {
    let distinct = 0;
    for (const row of table.rows) {
      const at = row[u]!;
      if (at < 0) continue;
      if (counts[at] === 0) touched[distinct++] = at;
      counts[at]!++;
    }
    if (distinct === 0) continue;
    rated++;
    let squares = 0;
    for (let i = 0; i < distinct; i++) {
      const c = touched[i]!;
      squares += counts[c]! * counts[c]!;
      totals[c]! += counts[c]!;
      counts[c] = 0;
    }
    sumP += (squares - m) / (m * (m - 1));
  }
  let chance = 0;
  for (const total of totals) chance += (total / (rated * m)) ** 2;
  if (chance === 1) return null;
  return (sumP / rated - chance) / (1 - chance);
}

export const fleissKappa = (rows: Ratings) => fleissKappaOf(encode(rows, seenValues(rows)));
