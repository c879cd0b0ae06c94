import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createAnnotationFile } from '../../annotations/document.ts';
import { applyEdit, type Edit } from '../../annotations/edits.ts';
import { CSV_COLUMNS } from '../../annotations/exports/csv.ts';
import { exportDocument } from '../../annotations/exports/export-document.ts';
import { escapeMarkdown } from '../../annotations/exports/markdown.ts';
import { articleFromPdf } from '../../annotations/node/import-pdf.ts';
import { printPdfWithChromium } from '../../annotations/node/print-pdf-chromium.ts';
import { AnnotationFile } from '../../annotations/model.ts';
import { DEFAULT_WORKSPACE_SETTINGS, WorkspaceSettings } from '../../annotations/settings.ts';

/** An article with emoji and other astral characters before its claims, and hostile text in notes. */
const TEXT = `Regulator 🚢 accuses shipyard of faking 𝐬𝐚𝐟𝐞𝐭𝐲 tests
Report says welds were never inspected

The Maritime Board said on Monday that 12 welds 🔧 were never inspected.
Photographs included in the report show cracked hull plates.
An engineer who asked not to be named said "=cmd|' /C calc'!A0" was typed into the log, "quotes", commas, and all.
The yard opened in 1961.`;

function annotated(): AnnotationFile {
  let file = createAnnotationFile({ title: '', text: TEXT, url: 'https://news.example/shipyard', byline: 'Ada Reporter', published: '2026-04-01' });
  const [, , said, photos, engineer] = file.claims;
  const edits: Edit[] = [
    { type: 'setConfidence', claimId: said!.id, confidence: 'high' },
    { type: 'setVerdict', claimId: said!.id, verdict: 'Accurate' },
    { type: 'setNote', claimId: said!.id, note: '=HYPERLINK("http://evil.example","click")\nsecond line, with comma' },
    { type: 'setVerdict', claimId: photos!.id, verdict: 'Misleading' },
    { type: 'setNote', claimId: engineer!.id, note: '<script>alert("x")</script><img src="https://tracker.example/p.gif">' },
    { type: 'setEvidence', claimId: engineer!.id, evidence: ['+44 20 7946 0000', '@handle'] },
  ];
  for (const edit of edits) file = applyEdit(file, edit);
  return AnnotationFile.parse({ ...file, analyst: 'Jo Analyst' });
}

const options = { printPdf: printPdfWithChromium, now: new Date('2026-11-27T10:00:00Z') };
const asText = (out: string | Uint8Array) => (typeof out === 'string' ? out : new TextDecoder().decode(out));

describe('CSV export', () => {
  it('reads back with a CSV parser row for row, with formula-like cells made harmless', async () => {
    const file = annotated();
    const csv = asText(await exportDocument(file, 'csv', options));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\n');
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(parsed.data).toHaveLength(file.claims.length);
    parsed.data.forEach((row, i) => {
      const claim = file.claims[i]!;
      expect(row.id).toBe(claim.id);
      expect(Number(row.start)).toBe(claim.start);
      expect(row.text).toBe(claim.text);
      expect(row.attribution).toBe(claim.attribution.kind);
      expect(row.status).toBe(claim.status);
    });
    const said = parsed.data[2]!;
    expect(said).toMatchObject({ confidence: 'high', verdict: 'Accurate', source: 'The Maritime Board' });
    expect(said.note).toBe('\'=HYPERLINK("http://evil.example","click")\nsecond line, with comma');
    expect(parsed.data[4]!.evidence).toBe("'+44 20 7946 0000\n@handle");
    for (const row of parsed.data) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@]/);
  });
});

describe('W3C Web Annotation export', () => {
  it('selects exactly each quote by code-point positions, emoji and all', async () => {
    const file = annotated();
    const collection = JSON.parse(asText(await exportDocument(file, 'w3c', options)));
    expect(collection).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', total: file.claims.length });
    const codePoints = [...file.article.text];
    for (const [i, annotation] of collection.first.items.entries()) {
      const claim = file.claims[i]!;
      expect(annotation.type).toBe('Annotation');
      expect(annotation.target.source).toBe('https://news.example/shipyard');
      const quote = annotation.target.selector.find((s: { type: string }) => s.type === 'TextQuoteSelector');
      const position = annotation.target.selector.find((s: { type: string }) => s.type === 'TextPositionSelector');
      expect(quote.exact).toBe(claim.text);
      expect(codePoints.slice(position.start, position.end).join('')).toBe(claim.text);
      expect(file.article.text).toContain(quote.prefix + quote.exact + quote.suffix);
    }
    // Past the emoji, code points and UTF-16 indices differ: the conversion is real.
    const said = collection.first.items[2];
    expect(said.target.selector[1].start).toBeLessThan(file.claims[2]!.start);
    expect(said.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ purpose: 'classifying', value: 'attribution:named' }),
        expect.objectContaining({ purpose: 'assessing', value: 'confidence:high' }),
        expect.objectContaining({ purpose: 'assessing', value: 'Accurate' }),
        expect.objectContaining({ purpose: 'commenting' }),
      ]),
    );
  });
});

describe('ClaimReview export', () => {
  it('has one item per claim with a verdict, with the required and recommended fields', async () => {
    const file = annotated();
    const reviews = JSON.parse(asText(await exportDocument(file, 'claimreview', { ...options, reviewUrl: 'https://factcheck.example/shipyard' })));
    expect(reviews).toHaveLength(2);
    for (const review of reviews) {
      expect(review['@context']).toBe('https://schema.org');
      expect(review['@type']).toBe('ClaimReview');
      expect(review.url).toMatch(/^https:\/\/factcheck\.example\/shipyard#claim-/);
      expect(review.claimReviewed.length).toBeGreaterThan(10);
      expect(review.reviewRating).toMatchObject({ '@type': 'Rating', alternateName: expect.any(String) });
      expect(review.author).toEqual({ '@type': 'Person', name: 'Jo Analyst' });
      expect(review.datePublished).toBe('2026-11-27');
      expect(review.itemReviewed['@type']).toBe('Claim');
      expect(review.itemReviewed.appearance).toMatchObject({ url: 'https://news.example/shipyard', headline: file.article.title });
    }
    expect(reviews.map((r: { reviewRating: { alternateName: string } }) => r.reviewRating.alternateName)).toEqual(['Accurate', 'Misleading']);
  });

  it('rates each verdict by its place on the team’s own scale, best first', async () => {
    const settings = WorkspaceSettings.parse({
      ...DEFAULT_WORKSPACE_SETTINGS,
      verdicts: ['True', 'Accurate', 'Missing context', 'Misleading', 'False', 'Pants on fire'].map((name) => ({ name, key: null })),
    });
    const reviews = JSON.parse(asText(await exportDocument(annotated(), 'claimreview', { ...options, settings })));
    expect(reviews.map((r: { reviewRating: object }) => r.reviewRating)).toEqual([
      { '@type': 'Rating', alternateName: 'Accurate', ratingValue: 5, bestRating: 6, worstRating: 1 },
      { '@type': 'Rating', alternateName: 'Misleading', ratingValue: 3, bestRating: 6, worstRating: 1 },
    ]);
  });

  it('gives "Unverifiable" by name only, off the rating scale, so that it never reads as worse than "False"', async () => {
    const before = annotated();
    const file = applyEdit(before, { type: 'setVerdict', claimId: before.claims[3]!.id, verdict: 'Unverifiable' });
    const reviews = JSON.parse(asText(await exportDocument(file, 'claimreview', { ...options, settings: DEFAULT_WORKSPACE_SETTINGS })));
    expect(reviews.map((r: { reviewRating: object }) => r.reviewRating)).toEqual([
      { '@type': 'Rating', alternateName: 'Accurate', ratingValue: 4, bestRating: 4, worstRating: 1 },
      { '@type': 'Rating', alternateName: 'Unverifiable' },
    ]);
  });

  it('refuses an article without a single verdict instead of writing an empty list', async () => {
    const bare = createAnnotationFile({ title: '', text: TEXT });
    await expect(exportDocument(bare, 'claimreview', options)).rejects.toThrow(/No claim of "Regulator .*" has a verdict/);
  });
});

describe('HTML report', () => {
  it('is self-contained: every claim, its findings, escaped text, and nothing loaded from the network', async () => {
    const file = annotated();
    const html = asText(await exportDocument(file, 'html', options));
    for (const claim of file.claims) expect(html).toContain(`id="claim-${claim.id}"`);
    expect(html).toContain('Jo Analyst');
    expect(html).toContain('2026-11-27');
    expect(html).toContain('<svg role="img" aria-label="Decided claims by attribution"');
    expect(html).toContain('@media print');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).not.toMatch(/<script|<link|@import|url\(|src="http/i);
    expect(html).not.toContain('<img');
  });
});

describe('PDF report', () => {
  it('holds the report text', async () => {
    const file = annotated();
    const pdf = await exportDocument(file, 'pdf', options);
    expect(typeof pdf).not.toBe('string');
    const article = await articleFromPdf(pdf as Uint8Array);
    const text = article!.text.replace(/\s+/g, ' ');
    expect(text).toContain('Regulator');
    expect(text).toContain('The Maritime Board said on Monday');
    expect(text).toContain('Misleading');
    expect(text).toContain('Jo Analyst');

    // Every page carries its number, lowest on the page.
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await getDocument({ data: new Uint8Array(pdf as Uint8Array), isEvalSupported: false, verbosity: 0 }).promise;
    expect(doc.numPages).toBeGreaterThanOrEqual(2);
    for (let number = 1; number <= doc.numPages; number++) {
      const items = (await (await doc.getPage(number)).getTextContent()).items.filter((i) => 'str' in i && i.str.trim()) as { str: string; transform: number[] }[];
      const lowest = items.reduce((low, item) => (item.transform[5]! < low.transform[5]! ? item : low));
      expect(lowest.str).toBe(String(number));
    }
    await doc.destroy();
  }, 30_000);
});

describe('JSON and Markdown exports', () => {
  it('JSON is the annotation file itself and opens again', async () => {
    const file = annotated();
    expect(AnnotationFile.parse(JSON.parse(asText(await exportDocument(file, 'json', options))))).toEqual(file);
  });

  it('Markdown lists every claim with its attribution, escaping markup in the text', async () => {
    const file = annotated();
    const md = asText(await exportDocument(file, 'md', options));
    expect(md.startsWith('# Regulator 🚢 accuses shipyard')).toBe(true);
    expect(md.match(/^### \d+\. /gm)).toHaveLength(file.claims.length);
    expect(md).toContain('**Attribution:** Named source (The Maritime Board)');
    // Markup is escaped; hyphens, full stops and numbers are not.
    expect(md).toContain('\\<script>alert("x")\\</script>');
    expect(md).toContain('The Maritime Board said on Monday that 12 welds 🔧 were never inspected.');
    expect(md).toContain('**Evidence:** +44 20 7946 0000');
    expect(md).not.toMatch(/\\[-.]/);
  });

  it('Markdown shows text that opens or closes with a space without an entity for the space', () => {
    // A claim set aside in a team review may start with the space after the sentence before it.
    expect(escapeMarkdown(' last saw flooding near the bridge ')).toBe('last saw flooding near the bridge');
  });
});

describe('Summaries in reports', () => {
  it('count what analysts decided apart from untouched suggestions, and sum up the verdicts', async () => {
    let file = annotated();
    // Four claims decided (the engineer's against its suggestion of an unnamed source); the standfirst and the last line untouched.
    const [headline, , said, , engineer] = file.claims;
    file = applyEdit(file, { type: 'setAttribution', claimId: engineer!.id, kind: 'named' });
    file = applyEdit(file, { type: 'acceptSuggestions', claimIds: [headline!.id] });
    const md = asText(await exportDocument(file, 'md', options));
    expect(md).toMatch(/\| Named source +\| +3 \| +1 \|/);
    expect(md).toMatch(/\| Unnamed source +\| +0 \| +0 \|/);
    expect(md).toMatch(/\| Report image +\| +1 \| +0 \|/);
    expect(md).toMatch(/\| No attribution +\| +0 \| +1 \|/);
    expect(md).toMatch(/\| All +\| +4 \| +2 \|/);
    expect(md).toMatch(/\| Accurate +\| +1 \|/);
    expect(md).toMatch(/\| Misleading +\| +1 \|/);
    expect(md).toMatch(/\| No verdict +\| +4 \|/);
    expect(md).toContain('**Claims:** 6: 4 decided by an analyst, 2 untouched suggestions');
    const html = asText(await exportDocument(file, 'html', options));
    expect(html).toContain('Untouched suggestions');
    expect(html).toContain('<tr class="all"><td>No verdict</td><td class="n">4</td></tr>');
    expect(said!.verdict).toBe('Accurate');
  });

  it('use the team’s labels, and keep a verdict that is no longer on the scale', async () => {
    const settings = WorkspaceSettings.parse({
      ...DEFAULT_WORKSPACE_SETTINGS,
      verdicts: [{ name: 'Accurate', key: 'a' }],
      attributionLabels: { ...DEFAULT_WORKSPACE_SETTINGS.attributionLabels, unnamed: 'Anonymous' },
    });
    const md = asText(await exportDocument(annotated(), 'md', { ...options, settings }));
    expect(md).toContain("| Misleading (not on the team's scale) |");
    expect(md).toContain('**Attribution:** Anonymous');
  });
});
