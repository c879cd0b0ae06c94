/** RFC 4180 CSV, one row per claim, safe to open in a spreadsheet. */
import Papa from 'papaparse';
import type { ReportData } from './report-data.ts';

export const CSV_COLUMNS = ['id', 'start', 'end', 'text', 'attribution', 'source', 'via', 'confidence', 'verdict', 'status', 'note', 'evidence', 'orphaned'] as const;

/**
 * Cells a spreadsheet would run as formulas. Papaparse's own default misses a
 * formula followed by a line break, so the pattern is ours.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export function toCsv(report: ReportData): string {
  const rows = report.rows.map((row) => [
    row.id,
    row.start,
    row.end,
    row.text,
    row.kind ?? '',
    row.source,
    row.via,
    row.confidence.toLowerCase(),
    row.verdict,
    row.status.toLowerCase(),
    row.note,
    row.evidence.join('\n'),
    row.orphaned ? 'yes' : '',
  ]);
  // The byte-order mark tells spreadsheet programs the file is UTF-8.
  return '\uFEFF' + Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: '\r\n', quotes: false, escapeFormulae: FORMULA_START }) + '\r\n';
}
