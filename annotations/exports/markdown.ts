/** A Markdown report: metadata, counts, and a section per claim. */
import { ATTRIBUTION_ORDER, ATTRIBUTION_LABELS } from '../taxonomy.ts';
import { reportMetadata, type ReportData } from './report-data.ts';

/** Keeps article text from being read as Markdown markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_{}[\]()#+\-.!|<>~])/g, '\\$1').replace(/\n/g, ' ');
}

export function toMarkdown(report: ReportData): string {
  const lines: string[] = [`# ${escapeMarkdown(report.title)}`, ''];
  for (const [label, value] of reportMetadata(report)) lines.push(`- **${label}:** ${escapeMarkdown(value)}`);
  lines.push('', '## Summary', '', '| Attribution | Claims |', '| --- | ---: |');
  for (const kind of ATTRIBUTION_ORDER) lines.push(`| ${ATTRIBUTION_LABELS[kind]} | ${report.counts.byAttribution[kind]} |`);
  lines.push(`| Not set | ${report.counts.byAttribution.unset} |`, `| **All** | **${report.counts.total}** |`, '', '## Claims', '');
  for (const row of report.rows) {
    lines.push(`### ${row.number}. ${escapeMarkdown(row.text)}`, '');
    lines.push(`- **Attribution:** ${row.attribution}${row.source ? ` (${escapeMarkdown(row.source)})` : ''}${row.via ? `, via ${escapeMarkdown(row.via)}` : ''}`);
    lines.push(`- **Confidence:** ${row.confidence || 'Not set'}`);
    if (row.verdict) lines.push(`- **Verdict:** ${escapeMarkdown(row.verdict)}`);
    lines.push(`- **Status:** ${row.status}${row.orphaned ? ' (orphaned: its text is no longer in the article)' : ''}`);
    if (row.note) lines.push(`- **Note:** ${escapeMarkdown(row.note)}`);
    for (const item of row.evidence) lines.push(`- **Evidence:** ${escapeMarkdown(item)}`);
    lines.push('');
  }
  return lines.join('\n');
}
