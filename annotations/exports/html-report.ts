/**
 * A self-contained HTML report: no scripts, no network, styles inline, system
 * fonts only. The attribution chart is inline SVG. Every piece of article or
 * analyst text passes through escapeHtml.
 */
import { runsOf } from '../highlights.ts';
import type { AnnotationFile, AttributionKind } from '../model.ts';
import { ATTRIBUTION_LABELS, ATTRIBUTION_ORDER } from '../taxonomy.ts';
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
.summary { display: flex; gap: 2rem; align-items: center; flex-wrap: wrap; }
.summary table { border-collapse: collapse; } .summary td, .summary th { padding: .15rem .75rem .15rem 0; text-align: left; }
.swatch { display: inline-block; width: .8em; height: .8em; border-radius: 2px; margin-right: .4em; vertical-align: -.05em; }
.article { white-space: pre-wrap; border: 1px solid #ddd; border-radius: 6px; padding: 1rem 1.25rem; background: #fcfcfc; }
.article mark { background: none; border-bottom: 3px solid var(--kind); padding: 0 1px; color: inherit; }
.article mark sup { font-size: .65em; color: var(--kind); font-weight: 700; margin-left: 1px; }
table.claims { width: 100%; border-collapse: collapse; font-size: .9rem; }
table.claims th, table.claims td { border: 1px solid #ddd; padding: .35rem .5rem; vertical-align: top; text-align: left; }
table.claims thead th { background: #f1f1f1; }
table.claims tr { break-inside: avoid; page-break-inside: avoid; }
.kind { font-weight: 600; color: var(--kind); } .orphaned { color: #a00; font-weight: 600; }
footer { margin-top: 2rem; color: #666; font-size: .8rem; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  h2 { break-after: avoid; page-break-after: avoid; }
  .article { border: none; padding: 0; background: none; }
  section.claims-section { break-before: page; page-break-before: always; }
  table.claims thead { display: table-header-group; }
  @page { margin: 18mm 16mm; }
}`;

function chart(report: ReportData): string {
  const kinds = [...ATTRIBUTION_ORDER, 'unset'] as const;
  const max = Math.max(1, ...kinds.map((k) => report.counts.byAttribution[k]));
  const barHeight = 22;
  const width = 320;
  const bars = kinds
    .map((kind, i) => {
      const count = report.counts.byAttribution[kind];
      const length = Math.round((count / max) * (width - 150));
      const y = i * (barHeight + 6);
      const label = kind === 'unset' ? 'Not set' : ATTRIBUTION_LABELS[kind];
      return `<text x="0" y="${y + 15}" font-size="12">${e(label)}</text><rect x="110" y="${y}" width="${length}" height="${barHeight}" fill="${KIND_COLOURS[kind]}"/><text x="${116 + length}" y="${y + 15}" font-size="12">${count}</text>`;
    })
    .join('');
  const height = kinds.length * (barHeight + 6);
  return `<svg role="img" aria-label="Claims by attribution" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xmlns="http://www.w3.org/2000/svg">${bars}</svg>`;
}

function highlightedArticle(file: AnnotationFile): string {
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
      return `<mark style="--kind:${KIND_COLOURS[kind]}" title="${e(ATTRIBUTION_LABELS[kind as AttributionKind] ?? 'Not set')}">${piece}${endsHere ? `<sup>${top.number}</sup>` : ''}</mark>`;
    })
    .join('');
}

export function toHtmlReport(file: AnnotationFile, report: ReportData): string {
  const legend = [...ATTRIBUTION_ORDER, 'unset' as const]
    .map((kind) => `<tr><td><span class="swatch" style="background:${KIND_COLOURS[kind]}"></span>${kind === 'unset' ? 'Not set' : ATTRIBUTION_LABELS[kind]}</td><td>${report.counts.byAttribution[kind]}</td></tr>`)
    .join('');
  const rows = report.rows
    .map(
      (row) => `<tr id="claim-${e(row.id)}"><td>${row.number}</td><td>${e(row.text)}${row.orphaned ? ' <span class="orphaned">(orphaned)</span>' : ''}</td>` +
        `<td><span class="kind" style="--kind:${KIND_COLOURS[row.kind ?? 'unset']}">${e(row.attribution)}</span></td>` +
        `<td>${e(row.source)}${row.via ? `<br><small>via ${e(row.via)}</small>` : ''}</td><td>${e(row.confidence)}</td><td>${e(row.verdict)}</td>` +
        `<td>${e(row.status)}</td><td>${e(row.note)}</td><td>${row.evidence.map(e).join('<br>')}</td></tr>`,
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
<section><h2>Summary</h2><div class="summary">${chart(report)}<table><tbody>${legend}<tr><th>All</th><th>${report.counts.total}</th></tr></tbody></table></div></section>
<section><h2>Article</h2><div class="article">${highlightedArticle(file)}</div></section>
<section class="claims-section"><h2>Claims</h2>
<table class="claims"><thead><tr><th>#</th><th>Statement</th><th>Attribution</th><th>Source</th><th>Confidence</th><th>Verdict</th><th>Status</th><th>Note</th><th>Evidence</th></tr></thead>
<tbody>
${rows}
</tbody></table></section>
<footer>Made with Claimbench. Offsets and quotes are in the annotation file.</footer>
</body></html>
`;
}
