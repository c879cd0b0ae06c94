/**
 * The Markdown and HTML reports as an analyst reads them, whole: every field of a
 * decided claim, an orphan, a verdict off the team's scale, the counts kept apart.
 * The expected reports are files under __snapshots__/, read and checked by eye when
 * written; a change to what a report says fails here until they are looked at again
 * (`npx vitest run -u` rewrites them).
 */
import { parseHTML } from 'linkedom';
import { beforeEach, describe, expect, it } from 'vitest';
import { toHtmlReport } from '../../annotations/exports/html-report.ts';
import { toMarkdown } from '../../annotations/exports/markdown.ts';
import { reportData } from '../../annotations/exports/report-data.ts';
import type { AnnotationFile } from '../../annotations/model.ts';
import { shortFile } from '../support/fixtures.ts';

const now = new Date('2026-11-28T23:30:00Z');

/** Six claims: one decided with every field, one orphan with a verdict the team's scale lacks, four untouched. */
function decidedFile(): AnnotationFile {
  const file = shortFile();
  return {
    ...file,
    analyst: 'Jo Analyst',
    article: { ...file.article, title: 'Bridge <repairs>', byline: 'By Ana Ruiz', url: 'https://news.example/bridge' },
    claims: file.claims.map((claim, i) => {
      // Fixed ids, so the expected reports hold the same anchors on every run.
      const c = { ...claim, id: `00000000-0000-4000-8000-00000000000${i}` };
      if (i === 2) {
        return {
          ...c,
          status: 'tagged',
          confidence: 'high',
          verdict: 'Mostly accurate',
          note: 'Asked the council\ntwice',
          evidence: ['Council minutes', 'https://e.example/1'],
          attribution: { ...c.attribution, kind: 'named', via: { start: c.start, end: c.start + 3, text: c.text.slice(0, 3) } },
        };
      }
      if (i === 5) return { ...c, orphaned: true, status: 'reviewed', verdict: 'Team verdict' };
      return c;
    }),
  };
}

describe('the Markdown report', () => {
  it('says, for each claim, what the analyst decided and what is still a suggestion', async () => {
    await expect(toMarkdown(reportData(decidedFile(), now))).toMatchFileSnapshot('__snapshots__/report.md');
  });
});

describe('the HTML report', () => {
  // Built in each test, not at load: mutation testing runs every test against mutants of code run outside one.
  let html: string;
  let document: Document;
  beforeEach(() => {
    html = toHtmlReport(decidedFile(), reportData(decidedFile(), now));
    ({ document } = parseHTML(html));
  });
  const cells = (row: Element) => [...row.querySelectorAll('td')].map((td) => td.textContent);

  it('is the page the analyst prints, whole', async () => {
    await expect(html).toMatchFileSnapshot('__snapshots__/report.html');
  });

  it('lists every claim with its attribution, source and via, confidence, verdict, status, note and evidence', () => {
    const rows = [...document.querySelectorAll('table.claims tbody tr')];
    expect(rows).toHaveLength(6);
    expect(cells(rows[2]!)).toEqual([
      '3',
      'The city council said on Monday that the contractor had billed for work it never did.',
      'Named sourceThe city council via The',
      'High',
      'Mostly accurate',
      'Tagged',
      'Asked the council\ntwiceEvidence: Council minutes; https://e.example/1',
    ]);
    expect(cells(rows[5]!)).toEqual(['6', 'The bridge opened in 1987. (orphaned)', 'No attribution', '', 'Team verdict', 'Reviewed', '']);
  });

  it('draws the decided claims only in the chart, each bar as long as its count', () => {
    const bars = [...document.querySelectorAll('svg rect')].map((r) => [r.getAttribute('fill'), r.getAttribute('width')]);
    // One named and one "no attribution" decided: the two longest bars, the rest empty.
    expect(bars).toEqual([
      ['#2f6fbf', '170'],
      ['#c2571a', '0'],
      ['#6b8e23', '0'],
      ['#8a8a8a', '170'],
      ['#d0d0d0', '0'],
    ]);
  });

  it('marks each placed claim in the article with its number, and leaves the orphan out', () => {
    const marks = [...document.querySelectorAll('.article mark sup')].map((s) => s.textContent);
    expect(marks).toEqual(['1', '2', '3', '4', '5']);
    expect(document.querySelector('title')?.textContent ?? document.querySelector('h1')?.textContent).toContain('Bridge <repairs>');
  });
});
