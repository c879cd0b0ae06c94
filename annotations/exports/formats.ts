/** The export formats, in the order the Export menu lists them. */
import { z } from 'zod';

export const EXPORT_FORMATS = ['json', 'csv', 'md', 'html', 'pdf', 'claimreview', 'w3c'] as const;
export const ExportFormat = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormat>;

export const EXPORT_FORMAT_INFO: Record<ExportFormat, { label: string; extension: string }> = {
  json: { label: 'Annotation file (JSON)', extension: 'json' },
  csv: { label: 'Spreadsheet (CSV)', extension: 'csv' },
  md: { label: 'Markdown report', extension: 'md' },
  html: { label: 'HTML report', extension: 'html' },
  pdf: { label: 'PDF report', extension: 'pdf' },
  claimreview: { label: 'ClaimReview (JSON-LD)', extension: 'claimreview.jsonld' },
  w3c: { label: 'W3C Web Annotations (JSON-LD)', extension: 'annotations.jsonld' },
};
