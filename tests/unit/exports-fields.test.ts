/**
 * Export fields a reader of the CSV, W3C or ClaimReview output would miss or
 * misread: each optional field present and absent, each fallback, each cell kind.
 *
 * A mutant of w3c-annotations.ts left alive (npm run mutate): `i > 0` made `true`
 * or `i >= 0` in the pair test is equivalent, since at i = 0 charCodeAt(-1) is NaN,
 * which is no high surrogate.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toClaimReview } from '../../annotations/exports/claimreview.ts';
import { toCsv } from '../../annotations/exports/csv.ts';
import { reportData } from '../../annotations/exports/report-data.ts';
import { codePointIndexer, toW3cAnnotations } from '../../annotations/exports/w3c-annotations.ts';
import type { AnnotationFile, Claim } from '../../annotations/model.ts';
import { DEFAULT_WORKSPACE_SETTINGS } from '../../annotations/settings.ts';
import { shortFile } from '../support/fixtures.ts';

const now = new Date('2026-11-28T23:30:00Z');

function withClaim(file: AnnotationFile, index: number, change: Partial<Claim>): AnnotationFile {
  return { ...file, claims: file.claims.map((c, i) => (i === index ? { ...c, ...change } : c)) };
}

describe('CSV cells', () => {
  const csvRows = (file: AnnotationFile) => Papa.parse<string[]>(toCsv(reportData(file, now)).slice(1), { skipEmptyLines: true }).data;

  it('neutralises every cell a spreadsheet would run as a formula, and no other', () => {
    const starters = ['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'];
    const file = withClaim(shortFile(), 0, { evidence: [], note: '' });
    for (const starter of starters) {
      const [, row] = csvRows(withClaim(file, 0, { note: `${starter}SUM(A1)` }));
      expect(row![10], JSON.stringify(starter)).toBe(`'${starter}SUM(A1)`);
    }
    for (const harmless of ['SUM(A1)', ' =SUM(A1)', 'a=b', '#1', '*']) {
      expect(csvRows(withClaim(file, 0, { note: harmless }))[1]![10]).toBe(harmless);
    }
  });

  it('writes each field in its column: kinds, lower-case levels, evidence lines, orphans', () => {
    const file = withClaim(withClaim(shortFile(), 0, { attribution: { kind: null, source: null, via: null }, confidence: 'high', status: 'reviewed', evidence: ['one', 'two'], orphaned: true }), 1, {});
    const rows = csvRows(file);
    expect(rows[0]).toEqual(['id', 'start', 'end', 'text', 'attribution', 'source', 'via', 'confidence', 'verdict', 'status', 'note', 'evidence', 'orphaned']);
    const claim = file.claims[0]!;
    expect(rows[1]).toEqual([claim.id, String(claim.start), String(claim.end), claim.text, '', '', '', 'high', '', 'reviewed', '', 'one\ntwo', 'yes']);
    expect(rows[2]!.slice(4, 13)).toEqual(['named', 'Auditors', '', '', '', 'suggested', '', '', '']);
  });

  it('starts with a byte-order mark and ends every line, the last too, with CRLF', () => {
    const csv = toCsv(reportData(shortFile(), now));
    expect(csv.startsWith('\uFEFFid,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(shortFile().claims.length + 2);
  });
});

describe('W3C code-point positions', () => {
  it('counts a surrogate pair as one code point, at both ends of the surrogate ranges', () => {
    for (const astral of ['\uD800\uDC00', '\uDBFF\uDFFF', '🧾']) {
      const index = codePointIndexer(`a${astral}b`);
      // Index 2, inside the pair, belongs to the code point the pair makes.
      expect([0, 1, 2, 3, 4].map(index), JSON.stringify(astral)).toEqual([0, 1, 1, 2, 3]);
    }
  });

  it('counts a lone surrogate as a code point of its own', () => {
    expect([0, 1, 2, 3].map(codePointIndexer('\uDC00\uDC00b'))).toEqual([0, 1, 2, 3]);
    expect([0, 1, 2, 3].map(codePointIndexer('a\uD7FF\uDC00'))).toEqual([0, 1, 2, 3]);
    expect([0, 1, 2, 3].map(codePointIndexer('a\uDC00\uE000'))).toEqual([0, 1, 2, 3]);
    expect([0, 1, 2].map(codePointIndexer('\uD800b'))).toEqual([0, 1, 2]);
    expect([0, 1, 2].map(codePointIndexer('\uD800\uE000'))).toEqual([0, 1, 2]);
  });
});

describe('W3C annotations', () => {
  type Body = { purpose: string; value: string; label?: string };
  const items = (file: AnnotationFile) => (toW3cAnnotations(file, now) as { first: { items: { id: string; body: Body[]; target: { source: string } }[] } }).first.items;

  it('gives each claim only the bodies it has a value for', () => {
    const file = withClaim(shortFile(), 4, {
      attribution: { kind: 'unnamed', source: { start: 256, end: 274, text: 'A council engineer' }, via: { start: 256, end: 257, text: 'A' } },
      confidence: 'low',
      verdict: 'False',
      note: 'Asked twice',
    });
    expect(items(file)[4]!.body).toEqual([
      { type: 'TextualBody', purpose: 'classifying', value: 'attribution:unnamed', label: 'Unnamed source' },
      { type: 'TextualBody', purpose: 'identifying', value: 'A council engineer', label: 'source' },
      { type: 'TextualBody', purpose: 'identifying', value: 'A', label: 'via' },
      { type: 'TextualBody', purpose: 'assessing', value: 'confidence:low', label: 'Low' },
      { type: 'TextualBody', purpose: 'assessing', value: 'False', label: 'verdict' },
      { type: 'TextualBody', purpose: 'commenting', value: 'Asked twice', format: 'text/plain' },
    ]);
    expect(items(withClaim(file, 5, { attribution: { kind: null } }))[5]!.body).toEqual([
      { type: 'TextualBody', purpose: 'classifying', value: 'attribution:unset', label: expect.any(String) },
    ]);
  });

  it('leaves out orphaned claims, and names the article by URL or else by its id', () => {
    const file = withClaim(shortFile(), 3, { orphaned: true });
    const collection = toW3cAnnotations(file, now) as { total: number; id: string; generated: string; label: string };
    expect(collection).toMatchObject({ first: { type: 'AnnotationPage', startIndex: 0 }, total: 5, id: `urn:claimbench:collection:${file.id}`, generated: now.toISOString(), label: file.article.title });
    expect(items(file).every((a) => (a as unknown as { motivation: string }).motivation === 'assessing')).toBe(true);
    expect(items(file).map((a) => a.id)).toEqual(file.claims.filter((c) => !c.orphaned).map((c) => `urn:claimbench:claim:${c.id}`));
    expect(items(file)[0]!.target.source).toBe(`urn:claimbench:article:${file.id}`);
    expect(items({ ...file, article: { ...file.article, url: 'https://news.example/a' } })[0]!.target.source).toBe('https://news.example/a');
  });
});

describe('ClaimReview', () => {
  type Review = { url: string; author: object; datePublished: string; itemReviewed: { author?: object; datePublished?: string; appearance: Record<string, unknown> } };
  const judged = (file: AnnotationFile) => withClaim(withClaim(file, 2, { verdict: 'False' }), 3, { verdict: 'Accurate' });
  const reviews = (file: AnnotationFile, reviewUrl?: string) => toClaimReview(file, { now, settings: DEFAULT_WORKSPACE_SETTINGS, ...(reviewUrl ? { reviewUrl } : {}) }) as Review[];

  it('publishes at --review-url, else the article URL, else an id of the file', () => {
    const file = judged(shortFile());
    const id = file.claims[2]!.id;
    expect(reviews(file)[0]!.url).toBe(`urn:claimbench:${file.id}#claim-${id}`);
    const withUrl = { ...file, article: { ...file.article, url: 'https://news.example/a' } };
    expect(reviews(withUrl)[0]!.url).toBe(`https://news.example/a#claim-${id}`);
    expect(reviews(withUrl, 'https://checks.example/c')[0]!.url).toBe(`https://checks.example/c#claim-${id}`);
  });

  it('names the analyst as a person, else Claimbench as the organisation', () => {
    const file = judged(shortFile());
    expect(reviews(file)[0]!.author).toEqual({ '@type': 'Organization', name: 'Claimbench' });
    expect(reviews({ ...file, analyst: 'Ana' })[0]!.author).toEqual({ '@type': 'Person', name: 'Ana' });
    expect(reviews(file)[0]!.datePublished).toBe('2026-11-28');
  });

  it('describes the claim with its source and the article with what is known of it', () => {
    const bare = reviews(judged(shortFile()));
    expect(bare[0]!.itemReviewed.author).toEqual({ '@type': 'Thing', name: 'The city council' });
    expect(bare[1]!.itemReviewed).not.toHaveProperty('author');
    expect(bare[0]!.itemReviewed).not.toHaveProperty('datePublished');
    expect(bare[0]!.itemReviewed.appearance).toEqual({ '@type': 'CreativeWork', headline: 'Council accuses contractor of overcharging for bridge repairs' });
    const file = judged(shortFile());
    const full = reviews({ ...file, article: { ...file.article, url: 'https://news.example/a', published: '2026-01-02', byline: 'Lee Writer' } });
    expect(full[0]!.itemReviewed.datePublished).toBe('2026-01-02');
    expect(full[0]!.itemReviewed.appearance).toEqual({
      '@type': 'CreativeWork',
      headline: 'Council accuses contractor of overcharging for bridge repairs',
      url: 'https://news.example/a',
      datePublished: '2026-01-02',
      author: { '@type': 'Person', name: 'Lee Writer' },
    });
  });
});
