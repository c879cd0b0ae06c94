/** What README.md promises of the claimbench command, each promise run as a user runs it. */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../annotations/edits.ts';
import { AnnotationFile } from '../../annotations/model.ts';
import { articleFromFile } from '../../annotations/node/import-file.ts';
import { printPdfWithChromium } from '../../annotations/node/print-pdf-chromium.ts';
import { runClaimbench } from '../support/claimbench-cli.ts';
import { SHORT_ARTICLE } from '../support/fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'claimbench-readme-'));
const article = join(dir, 'bridge.txt');
writeFileSync(article, SHORT_ARTICLE);
const claimbench = (...args: string[]) => runClaimbench(dir, args);
const readFile = (path: string) => AnnotationFile.parse(JSON.parse(readFileSync(path, 'utf8')));

describe('claimbench new', () => {
  it('keeps an existing annotation file, and replaces it with --force', () => {
    const out = join(dir, 'force.json');
    writeFileSync(out, '{"an analyst\'s": "work"}');
    const refused = claimbench('new', article, '-o', out);
    expect([refused.code, refused.stderr]).toEqual([1, expect.stringMatching(/force\.json already exists; pass --force to replace it/)]);
    expect(readFileSync(out, 'utf8')).toBe('{"an analyst\'s": "work"}');
    expect(claimbench('new', article, '-o', out, '--force').code).toBe(0);
    expect(readFile(out).claims).toHaveLength(6);
  });

  it('names the analyst from --analyst, else CLAIMBENCH_ANALYST', () => {
    const fromEnv = join(dir, 'env.json');
    expect(runClaimbench(dir, ['new', article, '-o', fromEnv], { ...process.env, CLAIMBENCH_ANALYST: '  Dana Reyes ' }).code).toBe(0);
    expect(readFile(fromEnv).analyst).toBe('Dana Reyes');
    const fromFlag = join(dir, 'flag.json');
    runClaimbench(dir, ['new', article, '-o', fromFlag, '--analyst', 'Ana'], { ...process.env, CLAIMBENCH_ANALYST: 'Dana Reyes' });
    expect(readFile(fromFlag).analyst).toBe('Ana');
  });

  it('imports a saved web page named .htm', () => {
    const page = join(dir, 'harbour.htm');
    copyFileSync(join(import.meta.dirname, '../fixtures/imports/saved-page.html'), page);
    const out = join(dir, 'harbour.json');
    const made = claimbench('new', page, '-o', out);
    expect(made.code, made.stderr).toBe(0);
    expect(readFile(out).article).toMatchObject({ title: 'Harbour authority denies cover-up of oil spill', origin: 'harbour.htm', byline: 'Lena Okafor' });
  });

  it('says a PDF without a text layer needs OCR first', async () => {
    const scan = join(dir, 'scan.pdf');
    writeFileSync(scan, await printPdfWithChromium('<!doctype html><body><div style="width:300px;height:400px;background:#444"></div></body>'));
    const result = claimbench('new', scan, '-o', join(dir, 'scan.json'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Cannot import scan\.pdf: the PDF has no text layer \(a scan needs OCR first\)/);
  });
});

describe('claimbench export', () => {
  const file = join(dir, 'judged.json');
  function judgedFile() {
    claimbench('new', article, '-o', file, '--force');
    const made = readFile(file);
    writeFileSync(file, JSON.stringify(applyEdit(made, { type: 'setVerdict', claimId: made.claims[2]!.id, verdict: 'False' })));
    return made;
  }

  it('--review-url is where each ClaimReview item is published', () => {
    const made = judgedFile();
    const out = join(dir, 'review.jsonld');
    expect(claimbench('export', file, '--format', 'claimreview', '-o', out, '--review-url', 'https://checks.example/bridge').code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).map((item: { url: string }) => item.url)).toEqual([`https://checks.example/bridge#claim-${made.claims[2]!.id}`]);
  });

  it('--format pdf prints the report to a PDF holding the article and its claims', async () => {
    judgedFile();
    const out = join(dir, 'report.pdf');
    const result = claimbench('export', file, '--format', 'pdf', '-o', out);
    expect(result.code, result.stderr).toBe(0);
    const bytes = readFileSync(out);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = (await articleFromFile('report.pdf', bytes)).text.replace(/\s+/g, ' ');
    expect(text).toContain('Council accuses contractor of overcharging for bridge repairs');
    expect(text).toContain('The bridge opened in 1987.');
  });
});

describe('claimbench review --record', () => {
  it('refuses to write over an existing file, which it leaves as it was', () => {
    const [a, b] = [join(dir, 'ana.json'), join(dir, 'ben.json')];
    claimbench('new', article, '-o', a, '--analyst', 'Ana');
    claimbench('new', article, '-o', b, '--analyst', 'Ben');
    const merged = join(dir, 'settled.json');
    writeFileSync(merged, 'yesterday’s settled review');
    const result = claimbench('review', a, b, '--record', merged);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/settled\.json already exists; pass --force/);
    expect(readFileSync(merged, 'utf8')).toBe('yesterday’s settled review');
    expect(claimbench('review', a, b, '--record', merged, '--force').code).toBe(0);
    expect(readFile(merged).review?.analysts).toEqual(['Ana', 'Ben']);
  });
});
