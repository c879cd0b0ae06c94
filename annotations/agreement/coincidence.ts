/**
 * The coincidence matrix of Krippendorff (2011), "Computing Krippendorff's
 * Alpha-Reliability": every pair of values two analysts gave one unit, each
 * unit weighted by 1 / (values in it − 1). Values are first turned into their
 * positions on the scale; the matrix is then built in one pass over the units
 * without allocating per unit, so its cost grows with the number of values,
 * not with their square.
 */

/** A reliability table, one row per analyst, one column per unit; null where an analyst gave no value. */
export type Ratings = readonly (readonly (string | null)[])[];

/** A table as positions on its scale: -1 where an analyst gave no value. */
export interface Encoded {
  values: readonly string[];
  rows: Int32Array[];
  units: number;
}

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

export function encode(rows: Ratings, values: readonly string[]): Encoded {
  const index = new Map(values.map((v, i) => [v, i]));
  const units = rows.reduce((width, row) => Math.max(width, row.length), 0);
  const encoded = rows.map((row) => {
    const positions = new Int32Array(units).fill(-1);
    row.forEach((value, u) => {
      if (value === null) return;
      const at = index.get(value);
      if (at === undefined) throw new RangeError(`The value "${value}" is not on the scale (${values.join(', ')}).`);
      positions[u] = at;
    });
    return positions;
  });
  return { values, rows: encoded, units };
}

export function coincidencesOf({ values, rows, units }: Encoded): Coincidences {
  const size = values.length;
  const flat = new Float64Array(size * size);
  const counts = new Int32Array(size);
  // The values one unit holds, without clearing an array per unit.
  const touched = new Int32Array(Math.max(1, rows.length));
  let pairable = 0;
  for (let u = 0; u < units; u++) {
    let m = 0;
    let distinct = 0;
    for (const row of rows) {
      const at = row[u]!;
      if (at < 0) continue;
      if (counts[at] === 0) touched[distinct++] = at;
      counts[at]!++;
      m++;
    }
    if (m >= 2) {
      pairable++;
      for (let i = 0; i < distinct; i++) {
        const c = touched[i]!;
        for (let j = 0; j < distinct; j++) {
          const k = touched[j]!;
          flat[c * size + k]! += (counts[c]! * (counts[k]! - (c === k ? 1 : 0))) / (m - 1);
        }
      }
    }
    for (let i = 0; i < distinct; i++) counts[touched[i]!] = 0;
  }
  const matrix = values.map((_, c) => Array.from(flat.subarray(c * size, (c + 1) * size)));
  const totals = matrix.map((row) => row.reduce((sum, x) => sum + x, 0));
  return { values, matrix, totals, n: totals.reduce((sum, x) => sum + x, 0), pairable };
}

export function coincidences(rows: Ratings, values: readonly string[]): Coincidences {
  return coincidencesOf(encode(rows, values));
}
