/** One entry point for every export format, used by the app and the command line alike. */
import { AnnotationFile } from '../model.ts';
import { DEFAULT_WORKSPACE_SETTINGS, type WorkspaceSettings } from '../settings.ts';
import { toClaimReview } from './claimreview.ts';
import { toCsv } from './csv.ts';
import type { ExportFormat } from './formats.ts';
import { toHtmlReport } from './html-report.ts';
import { toMarkdown } from './markdown.ts';
import { reportData } from './report-data.ts';
import { toW3cAnnotations } from './w3c-annotations.ts';

/** Renders a self-contained HTML page to PDF bytes (Electron's printToPDF, or Chromium from the CLI). */
export type PrintPdf = (html: string) => Promise<Uint8Array>;

export interface ExportOptions {
  printPdf: PrintPdf;
  now?: Date;
  reviewUrl?: string;
  /** The workspace's verdict scale and labels; the defaults without one. */
  settings?: WorkspaceSettings;
}

export async function exportDocument(file: AnnotationFile, format: ExportFormat, options: ExportOptions): Promise<string | Uint8Array> {
  const now = options.now ?? new Date();
  const settings = options.settings ?? DEFAULT_WORKSPACE_SETTINGS;
  const report = () => reportData(file, now, settings);
  const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';
  switch (format) {
    case 'json':
      return json(AnnotationFile.parse(file));
    case 'csv':
      return toCsv(report());
    case 'md':
      return toMarkdown(report());
    case 'html':
      return toHtmlReport(file, report());
    case 'pdf':
      return options.printPdf(toHtmlReport(file, report()));
    case 'claimreview':
      return json(toClaimReview(file, { now, settings, ...(options.reviewUrl ? { reviewUrl: options.reviewUrl } : {}) }));
    case 'w3c':
      return json(toW3cAnnotations(file, now));
  }
}
