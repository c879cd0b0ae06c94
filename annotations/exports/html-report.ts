/**
 * A self-contained HTML report: no scripts, no network, styles inline, system
 * fonts only. The attribution chart is inline SVG. Every piece of article or
 * analyst text passes through escapeHtml.
 */
import { runsOf } from '../highlights.ts';
import type { AnnotationFile, AttributionKind } from '../model.ts';
import { ATTRIBUTION_ORDER } from '../taxonomy.ts';
import { escapeHtml as e } from './html-escape.ts';
import { reportMetadata, type ReportData } from './report-data.ts';

/** Colours for the attribution kinds, chosen to stay apart in grey print too. */
export const KIND_COLOURS: Record<AttributionKind | 'unset', string> = {
  named: '#2f6fbf',
  unnamed: '#c2571a',
  image: '#6b8e23',
  none: '#8a8a8a',
  unset: '#d0d0d0',
};

const STYLE = `
:root { color-scheme: light; }
body { font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1b1b1b; max-width: 60rem; margin: 2rem auto; padding: 0 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .5rem; } h2 { font-size: 1.15rem; margin: 2rem 0 .75rem; border-bottom: 1px solid #ddd; padding-bottom: .25rem; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0; color: #444; } dl.meta dt { font-weight: 600; }
.summary { display: flex; gap: 1rem 2.5rem; align-items: flex-start; flex-wrap: wrap; }
.summary table { border-collapse: collapse; } .summary td, .summary th { padding: .15rem .75rem .15rem 0; text-align: left; }
.summary td.n, .summary th.n { text-align: right; font-variant-numeric: tabular-nums; }
.summary tr.all td { border-top: 1px solid #ccc; font-weight: 600; }
.summary .guess { color: #666; }
p.explain { margin: 0 0 .75rem; color: #444; }
.swatch { display: inline-block; width: .8em; height: .8em; border-radius: 2px; margin-right: .4em; vertical-align: -.05em; }
.article { white-space: pre-wrap; border: 1px solid #ddd; border-radius: 6px; padding: 1rem 1.25rem; background: #fcfcfc; }
.article mark { background: none; border-bottom: 3px solid var(--kind); padding: 0 1px; color: inherit; }
.article mark sup { font-size: .65em; color: var(--kind); font-weight: 700; margin-left: 1px; }
table.claims { width: 100%; border-collapse: collapse; font-size: .9rem; table-layout: fixed; }
/* Fixed columns keep the table inside the page; only a word too long for its column (a URL) is broken. */
table.claims th, table.claims td { border: 1px solid #ddd; padding: .3rem .4rem; vertical-align: top; text-align: left; overflow-wrap: break-word; hyphens: auto; }
table.claims col.n { width: 2.8em; } table.claims col.statement { width: 27%; } table.claims col.attribution { width: 15%; }
table.claims col.confidence { width: 11%; } table.claims col.verdict { width: 15%; } table.claims col.status { width: 11%; }
table.claims small { color: #555; }
table.claims thead th { background: #f1f1f1; }
table.claims tr { break-inside: avoid; page-break-inside: avoid; }
.kind { font-weight: 600; color: var(--kind); } .orphaned { color: #a00; font-weight: 600; }
footer { margin-top: 2rem; color: #666; font-size: .8rem; }
@media print {
  body { margin: 0; max-width: none; font-size: 10.5pt; }
  h2 { break-after: avoid; page-break-after: avoid; margin-top: 1.2rem; }
  .article { border: none; padding: 0; background: none; }
  table.claims { font-size: 8.5pt; }
  table.claims thead { display: table-header-group; }
  footer { margin-top: 1rem; }
}
@page { size: A4; margin: 16mm 14mm 18mm; }`;

const KINDS = [...ATTRIBUTION_ORDER, 'unset'] as const;

/** Bars of the decided claims only: a suggestion is the rules' guess, not a finding. */
function chart(report: ReportData): string {
  const kinds = KINDS;
  const max = Math.max(1, ...kinds.map((k) => report.decided[k]));
  const barHeight = 22;
  const width = 320;
  const bars = kinds
    .map((kind, i) => {
      const count = report.decided[kind];
      const length = Math.round((count / max) * (width - 150));
      const y = i * (barHeight + 6);
      const label = report.kindLabels[kind];
      return `<text x="0" y="${y + 15}" font-size="12">${e(label)}</text><rect x="110" y="${y}" width="${length}" height="${barHeight}" fill="${KIND_COLOURS[kind]}"/><text x="${116 + length}" y="${y + 15}" font-size="12">${count}</text>`;
    })
    .join('');
  const height = kinds.length * (barHeight + 6);
  return `<svg role="img" aria-label="Decided claims by attribution" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xmlns="http://www.w3.org/2000/svg">${bars}</svg>`;
}

function attributionTable(report: ReportData): string {
  const rows = KINDS.map(
    (kind) =>
      `<tr><td><span class="swatch" style="background:${KIND_COLOURS[kind]}"></span>${e(report.kindLabels[kind])}</td><td class="n">${report.decided[kind]}</td><td class="n guess">${report.suggested[kind]}</td></tr>`,
  ).join('');
  return `<table><thead><tr><th>Attribution</th><th class="n">Decided</th><th class="n">Untouched suggestions</th></tr></thead><tbody>${rows}<tr class="all"><td>All</td><td class="n">${report.decided.total}</td><td class="n guess">${report.suggested.total}</td></tr></tbody></table>`;
}

function verdictTable(report: ReportData): string {
  const rows = report.verdicts
    .map((v) => `<tr><td>${e(v.verdict)}${v.onScale ? '' : ' <small>(not on the team’s scale)</small>'}</td><td class="n">${v.count}</td></tr>`)
    .join('');
  return `<table><thead><tr><th>Verdict</th><th class="n">Claims</th></tr></thead><tbody>${rows}<tr class="all"><td>No verdict</td><td class="n">${report.withoutVerdict}</td></tr></tbody></table>`;
}

function highlightedArticle(file: AnnotationFile, report: ReportData): string {
  const text = file.article.text;
  const placed = file.claims.filter((c) => !c.orphaned);
  const byId = new Map(placed.map((c, i) => [c.id, { claim: c, number: file.claims.indexOf(c) + 1, index: i }]));
  return runsOf(text.length, placed)
    .map((run) => {
      const piece = e(text.slice(run.start, run.end));
      const top = run.marks[0] && byId.get(run.marks[0]);
      if (!top) return piece;
      const kind = top.claim.attribution.kind ?? 'unset';
      const endsHere = top.claim.end === run.end;
      return `<mark style="--kind:${KIND_COLOURS[kind]}" title="${e(report.kindLabels[kind as AttributionKind | 'unset'])}">${piece}${endsHere ? `<sup>${top.number}</sup>` : ''}</mark>`;
    })
    .join('');
}

export function toHtmlReport(file: AnnotationFile, report: ReportData): string {
  const rows = report.rows
    .map(
      (row) => `<tr id="claim-${e(row.id)}"><td>${row.number}</td><td>${e(row.text)}${row.orphaned ? ' <span class="orphaned">(orphaned)</span>' : ''}</td>` +
        `<td><span class="kind" style="--kind:${KIND_COLOURS[row.kind ?? 'unset']}">${e(row.attribution)}</span>` +
        `${row.source ? `<br><small>${e(row.source)}${row.via ? ` via ${e(row.via)}` : ''}</small>` : ''}</td>` +
        `<td>${e(row.confidence)}</td><td>${e(row.verdict)}</td><td>${e(row.status)}</td>` +
        `<td>${e(row.note)}${row.evidence.length ? `<br><small>Evidence: ${row.evidence.map(e).join('; ')}</small>` : ''}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(report.title)}: Claimbench report</title>
<style>${STYLE}</style></head>
<body>
<header><h1>${e(report.title)}</h1><dl class="meta">${reportMetadata(report).map(([k, v]) => `<dt>${e(k)}</dt><dd>${e(v)}</dd>`).join('')}</dl></header>
<section><h2>Summary</h2>
<p class="explain">Decided claims are those an analyst tagged or reviewed; the chart counts only them. Untouched suggestions are the rules' guesses, not yet checked, and are counted apart.</p>
<div class="summary">${chart(report)}${attributionTable(report)}${verdictTable(report)}</div></section>
<section><h2>Article</h2><div class="article">${highlightedArticle(file, report)}</div></section>
<section class="claims-section"><h2>Claims</h2>
<table class="claims"><colgroup><col class="n"><col class="statement"><col class="attribution"><col class="confidence"><col class="verdict"><col class="status"><col class="note"></colgroup>
<thead><tr><th>#</th><th>Statement</th><th>Attribution and source</th><th>Confi&shy;dence</th><th>Verdict</th><th>Status</th><th>Note and evidence</th></tr></thead>
<tbody>
${rows}
</tbody></table></section>
<footer>Made with Claimbench. Offsets and quotes are in the annotation file.</footer>
</body></html>
`;
}
