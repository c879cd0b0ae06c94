/**
 * A Markdown report: metadata, attribution decided apart from suggested, the
 * verdicts, and a section per claim. The document is built as an mdast tree and
 * written by mdast-util-to-markdown, which escapes a character only where
 * Markdown would read it as markup, so "fact-check." stays as it is written.
 */
import type { List, ListItem, PhrasingContent, Root, RootContent, Table, TableRow } from 'mdast';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { toMarkdown as mdastToMarkdown } from 'mdast-util-to-markdown';
import { ATTRIBUTION_ORDER } from '../taxonomy.ts';
import { reportMetadata, type ReportData } from './report-data.ts';

/** A heading or table cell holds one line. */
/** On one line, without the spaces around it, which Markdown would keep only as entities ("&#x20;"). */
const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();
const text = (value: string): PhrasingContent => ({ type: 'text', value });
const strong = (value: string): PhrasingContent => ({ type: 'strong', children: [text(value)] });
const heading = (depth: 1 | 2 | 3, value: string): RootContent => ({ type: 'heading', depth, children: [text(oneLine(value))] });
const paragraph = (...children: PhrasingContent[]): RootContent => ({ type: 'paragraph', children });
const item = (...children: PhrasingContent[]): ListItem => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children }] });
const list = (items: ListItem[]): List => ({ type: 'list', ordered: false, spread: false, children: items });
const labelled = (label: string, value: string) => item(strong(`${label}:`), text(` ${value}`));

function table(header: string[], rows: (string | number)[][], align: ('left' | 'right')[]): Table {
  const row = (cells: (string | number)[]): TableRow => ({ type: 'tableRow', children: cells.map((cell) => ({ type: 'tableCell', children: [text(oneLine(String(cell)))] })) });
  return { type: 'table', align, children: [row(header), ...rows.map(row)] };
}

/**
 * One line of text for the review report's hand-built Markdown: escaped as mdast
 * escapes text (only what would read as markup), and pipes, which end a table cell.
 */
export function escapeMarkdown(value: string): string {
  return mdastToMarkdown({ type: 'paragraph', children: [text(oneLine(value))] }).trim().replace(/\|/g, '\\|');
}

export function toMarkdown(report: ReportData): string {
  const kinds = [...ATTRIBUTION_ORDER, 'unset'] as const;
  const content: RootContent[] = [
    heading(1, report.title),
    list(reportMetadata(report).map(([label, value]) => labelled(label, value))),
    heading(2, 'Summary'),
    paragraph(
      text(
        `Decided claims are those an analyst tagged or reviewed. Untouched suggestions are the rules' guesses, not yet checked, and are counted apart (${report.suggested.total} of ${report.counts.total}).`,
      ),
    ),
    table(
      ['Attribution', 'Decided', 'Untouched suggestions'],
      [...kinds.map((kind) => [report.kindLabels[kind], report.decided[kind], report.suggested[kind]]), ['All', report.decided.total, report.suggested.total]],
      ['left', 'right', 'right'],
    ),
    heading(2, 'Verdicts'),
    table(
      ['Verdict', 'Claims'],
      [...report.verdicts.map((v) => [v.onScale ? v.verdict : `${v.verdict} (not on the team's scale)`, v.count]), ['No verdict', report.withoutVerdict]],
      ['left', 'right'],
    ),
    heading(2, 'Claims'),
  ];
  for (const row of report.rows) {
    const attribution = `${row.attribution}${row.source ? ` (${row.source})` : ''}${row.via ? `, via ${row.via}` : ''}`;
    const facts = [labelled('Attribution', attribution), labelled('Confidence', row.confidence || 'Not set')];
    if (row.verdict) facts.push(labelled('Verdict', row.verdict));
    facts.push(labelled('Status', `${row.status}${row.orphaned ? ' (orphaned: its text is no longer in the article)' : ''}`));
    if (row.note) facts.push(labelled('Note', oneLine(row.note)));
    for (const evidence of row.evidence) facts.push(labelled('Evidence', evidence));
    content.push(heading(3, `${row.number}. ${row.text}`), list(facts));
  }
  const root: Root = { type: 'root', children: content };
  return mdastToMarkdown(root, { bullet: '-', extensions: [gfmTableToMarkdown()] });
}
