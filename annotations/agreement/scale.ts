/** The order of a scale's values, which the ordinal level depends on. */
import { ScaleError } from './levels.ts';

/**
 * The given order (every value seen must be in it), else numeric order when
 * every value is a number, else the order in which values first appear.
 */
export function scaleOf(seen: Iterable<string | null>, order?: readonly string[]): string[] {
  const distinct = [...new Set([...seen].filter((v): v is string => v !== null))];
  if (order) {
    const missing = distinct.filter((v) => !order.includes(v));
    if (missing.length) throw new ScaleError(`The order does not name ${missing.map((v) => `"${v}"`).join(', ')}.`);
    return [...new Set(order)];
  }
  const numeric = distinct.every((v) => v.trim() !== '' && Number.isFinite(Number(v)));
  return numeric ? distinct.sort((a, b) => Number(a) - Number(b)) : distinct;
}
