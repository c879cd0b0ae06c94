/**
 * Cohen's kappa (two analysts, units both rated) and Fleiss' kappa (units each
 * rated by the same number of analysts): the chance-corrected agreement most
 * other tools report beside Krippendorff's alpha. Both treat values as nominal.
 */
import type { Ratings } from './coincidence.ts';

/** Cohen (1960): (p_o − p_e) / (1 − p_e) over the units both analysts rated; null when undefined. */
export function cohenKappa(first: readonly (string | null)[], second: readonly (string | null)[]): number | null {
  const a = new Map<string, number>();
  const b = new Map<string, number>();
  let both = 0;
  let alike = 0;
  first.forEach((x, i) => {
    const y = second[i] ?? null;
    if (x === null || y === null) return;
    both++;
    if (x === y) alike++;
    a.set(x, (a.get(x) ?? 0) + 1);
    b.set(y, (b.get(y) ?? 0) + 1);
  });
  if (both === 0) return null;
  let chance = 0;
  for (const [value, count] of a) chance += (count / both) * ((b.get(value) ?? 0) / both);
  if (chance === 1) return null;
  return (alike / both - chance) / (1 - chance);
}

/** How many values each rated unit has, when that number is the same for every unit (and at least 2); else null. */
export function commonRaterCount(units: Ratings): number | null {
  let m: number | null = null;
  for (const unit of units) {
    const count = unit.filter((v) => v !== null).length;
    if (count === 0) continue;
    if (m !== null && count !== m) return null;
    m = count;
  }
  return m !== null && m >= 2 ? m : null;
}

/** Fleiss (1971): (P̄ − P̄_e) / (1 − P̄_e); null unless every rated unit has the same number of values. */
export function fleissKappa(units: Ratings): number | null {
  const m = commonRaterCount(units);
  if (m === null) return null;
  const categoryTotals = new Map<string, number>();
  let rated = 0;
  let sumP = 0;
  for (const unit of units) {
    const counts = new Map<string, number>();
    for (const v of unit) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
    if (counts.size === 0) continue;
    rated++;
    let squares = 0;
    for (const [value, count] of counts) {
      squares += count * count;
      categoryTotals.set(value, (categoryTotals.get(value) ?? 0) + count);
    }
    sumP += (squares - m) / (m * (m - 1));
  }
  let chance = 0;
  for (const total of categoryTotals.values()) chance += (total / (rated * m)) ** 2;
  if (chance === 1) return null;
  return (sumP / rated - chance) / (1 - chance);
}
