/**
 * A reliability matrix from CSV, as other agreement tools take it: one row per
 * analyst, one column per unit, no header; an empty cell is no value.
 */
import Papa from 'papaparse';

export class MatrixError extends Error {}

export function parseMatrixCsv(text: string): (string | null)[][] {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const problem = parsed.errors.find((error) => error.type !== 'Delimiter');
  if (problem) throw new MatrixError(`The CSV cannot be read: ${problem.message}${problem.row === undefined ? '' : ` (row ${problem.row + 1})`}.`);
  const rows = parsed.data.map((row) => row.map((cell) => (cell.trim() === '' ? null : cell.trim())));
  if (rows.length < 2) throw new MatrixError(`The matrix needs a row for each of at least two analysts; it has ${rows.length}.`);
  const width = Math.max(...rows.map((row) => row.length));
  // A row cut short leaves its last units without a value, as empty cells would.
  return rows.map((row) => [...row, ...Array<null>(width - row.length).fill(null)]);
}
