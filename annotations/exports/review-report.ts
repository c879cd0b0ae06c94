/**
 * The review report, for the team's files: agreement per field (alpha at the
 * field's level, Cohen's and Fleiss' kappa), the pairwise analyst table, each
 * analyst against the rest, a confusion table per field, and every dispute with
 * each analyst's answer. As JSON (also `claimbench review --json`), Markdown,
 * or a self-contained HTML page without scripts.
 */
import { z } from 'zod';
import type { ReviewReport } from '../review.ts';
import { escapeHtml as e } from './html-escape.ts';
import { escapeMarkdown as md } from './markdown.ts';

export const REVIEW_REPORT_FORMATS = ['json', 'md', 'html'] as const;
export const ReviewReportFormat = z.enum(REVIEW_REPORT_FORMATS);
export type ReviewReportFormat = z.infer<typeof ReviewReportFormat>;

const figure = (x: number | null) => (x === null ? 'n/a' : x.toFixed(3));
const share = (x: number | null) => (x === null ? 'n/a' : `${Math.round(x * 100)}%`);
/** The source and via scales hold "" for no phrase. */
const valueLabel = (v: string) => (v === '' ? '(none)' : v);

export function reviewReportJson({ table, stats, progress }: ReviewReport) {
  const name = (i: number) => table.analysts[i]!;
  return {
    title: table.title,
    analysts: table.analysts,
    statements: table.units.length,
    ...(progress ? { settled: progress.settled, compared: progress.total } : {}),
    decided: Object.fromEntries(stats.decided.map((n, i) => [name(i), n])),
    boundaryAgreement: stats.boundaryAgreement,
    agreement: stats.fields.map(({ field, reliability: r }) => ({
      field,
      level: r.level,
      alpha: r.alpha,
      alike: r.alike,
      pairable: r.pairable,
      cohenKappa: r.cohenKappa,
      fleissKappa: r.fleissKappa,
      pairwise: r.pairwise.map((p) => ({ a: name(p.a), b: name(p.b), units: p.units, alike: p.alike, alpha: p.alpha, kappa: p.kappa })),
      vsRest: r.vsRest.map((v) => ({ analyst: name(v.analyst), values: v.values, alpha: v.alpha, kappa: v.kappa })),
      confusion: { values: r.values, matrix: r.confusion },
    })),
    disputes: stats.disputes.map((d) => {
      const unit = table.units[d.unit]!;
      return { start: unit.start, end: unit.end, text: unit.text, field: d.field, answers: Object.fromEntries(d.values.map((v, i) => [name(i), v])) };
    }),
    setAside: table.setAside.map((s) => ({ analyst: name(s.analyst), reason: s.reason, text: s.answer.text, status: s.answer.status, note: s.answer.note })),
  };
}

type ReportJson = ReturnType<typeof reviewReportJson>;
type Agreement = ReportJson['agreement'][number];

/** Rows of a table as [header, ...rows]; each renderer escapes the cells its own way. */
function agreementRows(report: ReportJson): string[][] {
  return [
    ['Field', 'Level', "Krippendorff's α", "Cohen's κ", "Fleiss' κ", 'Alike', 'Statements'],
    ...report.agreement.map((a) => [a.field, a.level, figure(a.alpha), figure(a.cohenKappa), figure(a.fleissKappa), share(a.alike), String(a.pairable)]),
  ];
}

function pairwiseRows(a: Agreement): string[][] {
  return [['Pair', 'α', 'κ', 'Alike', 'Statements'], ...a.pairwise.map((p) => [`${p.a} × ${p.b}`, figure(p.alpha), figure(p.kappa), share(p.alike), String(p.units)])];
}

function restRows(a: Agreement): string[][] {
  return [['Analyst', 'Answers', 'mean α', 'mean κ'], ...a.vsRest.map((v) => [v.analyst, String(v.values), figure(v.alpha), figure(v.kappa)])];
}

function confusionRows(a: Agreement): string[][] {
  const { values, matrix } = a.confusion;
  return [['', ...values.map(valueLabel)], ...matrix.map((row, i) => [valueLabel(values[i]!), ...row.map((x) => (Number.isInteger(x) ? String(x) : x.toFixed(2)))])];
}

function summaryLines(report: ReportJson): string[] {
  return [
    `Analysts: ${report.analysts.map((a) => `${a} (${report.decided[a]} decided)`).join(', ')}`,
    `Statements compared: ${report.statements}${report.settled === undefined ? '' : `; ${report.settled} of ${report.compared} settled`}`,
    `Boundary agreement: ${share(report.boundaryAgreement)} of statements drawn alike by everyone`,
  ];
}

function toMarkdown(report: ReportJson): string {
  // The delimiter row is markup, not text: escaped ("\---") it would leave no table at all.
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const mdTable = ([head, ...body]: string[][]) => [row(head!.map(md)), row(head!.map(() => '---')), ...body.map((cells) => row(cells.map(md)))];
  const lines = [`# Team review: ${md(report.title)}`, '', ...summaryLines(report).map((l) => `- ${md(l)}`), '', '## Agreement per field', '', ...mdTable(agreementRows(report))];
  for (const a of report.agreement) {
    lines.push('', `## ${md(a.field)} (${a.level})`, '', '### Pairwise', '', ...mdTable(pairwiseRows(a)), '', '### Each analyst against the rest', '', ...mdTable(restRows(a)));
    if (a.confusion.values.length <= 12) lines.push('', '### Confusion table (pairs of answers on one statement)', '', ...mdTable(confusionRows(a)));
  }
  lines.push('', `## Disputes (${report.disputes.length})`, '');
  for (const d of report.disputes) {
    lines.push(`- **${md(d.field)}** at ${d.start}–${d.end}: ${md(d.text)}`, ...Object.entries(d.answers).map(([who, v]) => `  - ${md(who)}: ${md(v)}`));
  }
  if (report.setAside.length) {
    lines.push('', `## Claims set aside (${report.setAside.length})`, '');
    for (const s of report.setAside) lines.push(`- ${md(s.analyst)}, ${s.reason}: ${md(s.text)}${s.note ? ` (note: ${md(s.note)})` : ''}`);
  }
  return lines.join('\n') + '\n';
}

const STYLE = `
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1b1b1b; max-width: 62rem; margin: 2rem auto; padding: 0 1.5rem; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.15rem; margin-top: 2rem; border-bottom: 1px solid #ddd; } h3 { font-size: 1rem; margin: 1rem 0 .4rem; }
table { border-collapse: collapse; font-size: .9rem; margin: .25rem 0 .75rem; } th, td { border: 1px solid #ddd; padding: .25rem .5rem; text-align: left; vertical-align: top; }
thead th { background: #f1f1f1; } td.n { text-align: right; font-variant-numeric: tabular-nums; }
.dispute { break-inside: avoid; margin-bottom: .75rem; } .dispute blockquote { margin: .25rem 0; color: #333; border-left: 3px solid #c2571a; padding-left: .6rem; }
.fields { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 0 2rem; }
@media print { body { margin: 0; max-width: none; font-size: 10pt; } }`;

function htmlTable(rows: string[][]): string {
  const [head, ...body] = rows;
  const cell = (x: string, i: number) => `<td${i > 0 && /^[-\d.%n/a]+$/.test(x) ? ' class="n"' : ''}>${e(x)}</td>`;
  return `<table><thead><tr>${head!.map((h) => `<th>${e(h)}</th>`).join('')}</tr></thead><tbody>${body.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('')}</tbody></table>`;
}

function toHtml(report: ReportJson): string {
  const fields = report.agreement
    .map(
      (a) => `<section><h2>${e(a.field)} <small>(${e(a.level)})</small></h2><div class="fields">
<div><h3>Pairwise</h3>${htmlTable(pairwiseRows(a))}<h3>Each analyst against the rest</h3>${htmlTable(restRows(a))}</div>
${a.confusion.values.length <= 12 ? `<div><h3>Confusion table</h3>${htmlTable(confusionRows(a))}</div>` : ''}</div></section>`,
    )
    .join('\n');
  const disputes = report.disputes
    .map((d) => `<div class="dispute"><strong>${e(d.field)}</strong> at ${d.start}–${d.end}<blockquote>${e(d.text)}</blockquote>${htmlTable([['Analyst', 'Answer'], ...Object.entries(d.answers)])}</div>`)
    .join('\n');
  const setAside = report.setAside.length
    ? `<h2>Claims set aside (${report.setAside.length})</h2>${htmlTable([['Analyst', 'Why', 'Claim', 'Note'], ...report.setAside.map((s) => [s.analyst, s.reason, s.text, s.note])])}`
    : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Team review: ${e(report.title)}</title><style>${STYLE}</style></head>
<body><h1>Team review: ${e(report.title)}</h1>
<ul>${summaryLines(report).map((l) => `<li>${e(l)}</li>`).join('')}</ul>
<h2>Agreement per field</h2>${htmlTable(agreementRows(report))}
${fields}
<h2>Disputes (${report.disputes.length})</h2>
${disputes || '<p>None.</p>'}
${setAside}
</body></html>
`;
}

export function toReviewReport(report: ReviewReport, format: ReviewReportFormat): string {
  const json = reviewReportJson(report);
  switch (format) {
    case 'json':
      return JSON.stringify(json, null, 2) + '\n';
    case 'md':
      return toMarkdown(json);
    case 'html':
      return toHtml(json);
  }
}
