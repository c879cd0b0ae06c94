import { mkdtemp, readFile, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../annotations/extract.ts';
import { articleFromFile, importFileAt } from '../../annotations/node/import-file.ts';
import { printPdfWithChromium } from '../../annotations/node/print-pdf-chromium.ts';

const fixtures = join(import.meta.dirname, '../fixtures/imports');

describe('importing a saved web page', () => {
  it('keeps the article and its metadata, and drops navigation, ads, scripts and comments', async () => {
    const article = await articleFromFile('harbour.html', await readFile(join(fixtures, 'saved-page.html')));
    expect(article).toMatchObject({
      title: 'Harbour authority denies cover-up of oil spill',
      byline: 'Lena Okafor',
      published: '2026-05-14T08:30:00Z',
      url: 'https://ledger.example/news/harbour-spill',
      origin: 'harbour.html',
    });
    const lines = article.text.split('\n');
    expect(lines[0]).toBe('Harbour authority denies cover-up of oil spill');
    expect(lines[1]).toBe('Leaked photographs appear to show a slick near the marina weeks before it was reported.');
    expect(article.text).toContain('A harbour pilot, who asked not to be named because he feared losing his job, said crews');
    expect(article.text).toContain('Environment Minister Tomas Berg has ordered an independent review.');
    for (const junk of ['Subscribe now', 'Buy a boat', 'dataLayer', 'INJECTED', 'tracking', 'Comments (312)', 'All rights reserved', 'Marina expansion approved']) {
      expect(article.text).not.toContain(junk);
    }
    const kinds = extractStatements(article.text).map((s) => s.suggestion.attribution);
    expect(kinds).toEqual(['named', 'image', 'named', 'image', 'unnamed', 'named', 'none']);
  });

  it('says so when a page has no article in it', async () => {
    await expect(articleFromFile('empty.html', Buffer.from('<html><body><nav>Home</nav></body></html>'))).rejects.toThrow(/Cannot import empty\.html: no article text/);
  });
});

const TWO_COLUMN_PAGE = `<!doctype html><html><head><style>
  @page { size: A4; margin: 20mm; }
  body { font: 11pt/1.4 "DejaVu Serif", serif; }
  h1 { font-size: 20pt; margin: 0 0 12pt; }
  .columns { column-count: 2; column-gap: 12mm; }
  p { margin: 0 0 10pt; }
</style></head><body>
<h1>Inspectors find cracked welds on ferry fleet</h1>
<div class="columns">
<p>The Maritime Safety Board said on Monday that it had found cracked welds on four of the six ferries that serve the islands. The board ordered two of them out of service.</p>
<p>According to the board, the cracks were first noticed during a routine inves-<br>tigation of the ferry Aurora in March.</p>
<p>A mechanic who asked not to be named said the company had delayed repairs for two years.</p>
<p style="break-before: column">Photographs included in the report show rust around the hull plates of the ferry Boreal.</p>
<p>The operator, North Isles Shipping, said passenger safety had never been at risk.</p>
<p>The ferries carry about 900,000 passengers a year.</p>
</div></body></html>`;

describe('importing a PDF', () => {
  it('reads a two-column page in reading order and undoes hyphenation at line ends', async () => {
    const pdf = await printPdfWithChromium(TWO_COLUMN_PAGE);
    const article = await articleFromFile('ferries.pdf', pdf);
    const lines = article.text.split('\n');
    expect(lines[0]).toBe('Inspectors find cracked welds on ferry fleet');
    expect(article.title).toBe('Inspectors find cracked welds on ferry fleet');
    expect(lines.slice(1)).toEqual([
      'The Maritime Safety Board said on Monday that it had found cracked welds on four of the six ferries that serve the islands. The board ordered two of them out of service.',
      'According to the board, the cracks were first noticed during a routine investigation of the ferry Aurora in March.',
      'A mechanic who asked not to be named said the company had delayed repairs for two years.',
      'Photographs included in the report show rust around the hull plates of the ferry Boreal.',
      'The operator, North Isles Shipping, said passenger safety had never been at risk.',
      'The ferries carry about 900,000 passengers a year.',
    ]);
  }, 30_000);

  it('names the file and the reason when it is not a PDF', async () => {
    await expect(articleFromFile('report.pdf', Buffer.from('just text, no PDF here'))).rejects.toThrow(/Cannot import report\.pdf: it is not a PDF file/);
    await expect(articleFromFile('broken.pdf', Buffer.from('%PDF-1.7\n garbage garbage'))).rejects.toThrow(/Cannot import broken\.pdf: the PDF cannot be read/);
  });
});

describe('importing text files', () => {
  it('refuses binary and non-UTF-8 files by name', async () => {
    await expect(articleFromFile('a.txt', Buffer.from([0x48, 0x00, 0x49]))).rejects.toThrow(/Cannot import a\.txt: it looks like a binary file/);
    await expect(articleFromFile('b.txt', Buffer.from([0x48, 0xe9, 0x49]))).rejects.toThrow(/Cannot import b\.txt: it is not UTF-8/);
    await expect(articleFromFile('c.docx', Buffer.from('x'))).rejects.toThrow(/"\.docx" files are not supported/);
  });
});

describe('huge files', () => {
  it('are refused before they are read, by name and size', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'claimbench-huge-')), 'huge.txt');
    await writeFile(path, 'x');
    await truncate(path, 200 * 1024 * 1024);
    await expect(importFileAt(path)).rejects.toThrow(/Cannot import huge\.txt: it is 210 MB, over the limit of 105 MB/);
  });
});
