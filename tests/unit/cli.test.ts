/**
 * The claimbench command, run as a user runs it: the package's bin (the bundle
 * the Vitest global setup builds), with arguments, files, stdout, stderr and an exit code.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { applyEdit } from '../../annotations/edits.ts';
import { AnnotationFile } from '../../annotations/model.ts';
import { runClaimbench } from '../support/claimbench-cli.ts';
import { SHORT_ARTICLE } from '../support/fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'claimbench-cli-'));
const article = join(dir, 'bridge.txt');
writeFileSync(article, SHORT_ARTICLE.replace(/\n/g, '\r\n'));

/** Each test starts the command a few times, which on a busy machine takes more than Vitest's 5 s. */
const SEVERAL_PROCESSES_MS = 30_000;

const claimbench = (...args: string[]) => runClaimbench(dir, args);

describe('claimbench', { timeout: SEVERAL_PROCESSES_MS }, () => {
  it('new makes an annotation file as the app would, and show summarises it', () => {
    const out = join(dir, 'bridge.json');
    const made = claimbench('new', article, '-o', out);
    expect(made.code).toBe(0);
    const file = AnnotationFile.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(file.claims).toHaveLength(6);
    expect(file.article.text).not.toContain('\r');
    const shown = claimbench('show', out);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('Council accuses contractor of overcharging for bridge repairs');
    expect(shown.stdout).toContain('6 claims: 0 tagged, 0 reviewed, 6 suggested');
    expect(shown.stdout).toMatch(/Unnamed source · source "A council engineer"/);
    expect(claimbench('new', article, '-o', out).stderr).toMatch(/already exists; pass --force/);
    // An empty file, as mktemp leaves, holds nothing to lose.
    const empty = join(dir, 'empty.json');
    writeFileSync(empty, '');
    expect(claimbench('new', article, '-o', empty).code).toBe(0);
  });

  it('extract --json prints exactly one JSON document whose offsets index article.text', () => {
    const { code, stdout } = claimbench('extract', article, '--json');
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc.claims).toHaveLength(6);
    for (const claim of doc.claims) {
      expect(doc.article.text.slice(claim.start, claim.end)).toBe(claim.text);
      expect(['named', 'unnamed', 'image', 'none']).toContain(claim.suggestion.attribution);
      for (const span of [claim.suggestion.source, claim.suggestion.via, ...claim.suggestion.cues].filter(Boolean)) {
        expect(doc.article.text.slice(span.start, span.end)).toBe(span.text);
      }
    }
    expect(doc.claims[4].suggestion).toMatchObject({ attribution: 'unnamed', source: { text: 'A council engineer' } });
  });

  it('extract without --json prints a readable table', () => {
    const { code, stdout } = claimbench('extract', article);
    expect(code).toBe(0);
    expect(stdout).toMatch(/\s+4\s+image\s+Photographs included in the audit/);
  });

  it('export writes each format to a file, every claim in it', () => {
    const file = join(dir, 'for-export.json');
    claimbench('new', article, '-o', file);
    const made = AnnotationFile.parse(JSON.parse(readFileSync(file, 'utf8')));
    // Two claims with a verdict and a note, so ClaimReview has items and the reports have notes to show.
    const judged = [made.claims[2]!.id, made.claims[5]!.id];
    const annotated = judged.reduce(
      (f, claimId, i) => applyEdit(applyEdit(f, { type: 'setVerdict', claimId, verdict: i ? 'Accurate' : 'Misleading' }), { type: 'setNote', claimId, note: `Checked, note ${i}` }),
      made,
    );
    writeFileSync(file, JSON.stringify(annotated));
    const texts = annotated.claims.map((c) => c.text);
    const checks: [string, (t: string) => void][] = [
      ['csv', (t) => {
        const rows = Papa.parse<Record<string, string>>(t.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
        expect(rows.map((r) => [r.id, r.text, r.attribution])).toEqual(annotated.claims.map((c) => [c.id, c.text, c.attribution.kind]));
        expect(rows[2]).toMatchObject({ verdict: 'Misleading', note: 'Checked, note 0' });
      }],
      ['md', (t) => {
        expect(t.startsWith('# Council accuses')).toBe(true);
        // Markdown escapes punctuation with a backslash; the words are what matter.
        const plain = t.replace(/\\(.)/g, '$1');
        for (const text of [...texts, 'Checked, note 0', 'Checked, note 1', 'Misleading']) expect(plain).toContain(text);
      }],
      ['html', (t) => {
        expect(t.startsWith('<!doctype html>')).toBe(true);
        for (const text of [...texts, 'Checked, note 0', 'Misleading']) expect(t).toContain(text);
        expect(t).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
      }],
      ['w3c', (t) => {
        const collection = JSON.parse(t);
        expect(collection.type).toBe('AnnotationCollection');
        expect(collection.first.items.map((a: { target: { selector: { exact?: string }[] } }) => a.target.selector[0]!.exact)).toEqual(texts);
      }],
      ['claimreview', (t) => {
        const items = JSON.parse(t);
        expect(items.map((r: { claimReviewed: string; reviewRating: { alternateName: string } }) => [r.claimReviewed, r.reviewRating.alternateName])).toEqual([
          [texts[2], 'Misleading'],
          [texts[5], 'Accurate'],
        ]);
      }],
      ['json', (t) => expect(AnnotationFile.parse(JSON.parse(t))).toEqual(annotated)],
    ];
    for (const [format, check] of checks) {
      const out = join(dir, `out.${format}`);
      writeFileSync(out, 'an older export');
      const result = claimbench('export', file, '--format', format, '-o', out);
      expect(result.code, result.stderr).toBe(0);
      check(readFileSync(out, 'utf8'));
    }
  });

  it('export --format claimreview says so and exits non-zero when no claim has a verdict; with one, it lists it', () => {
    const file = join(dir, 'no-verdicts.json');
    claimbench('new', article, '-o', file);
    const out = join(dir, 'out.claimreview.jsonld');
    const refused = claimbench('export', file, '--format', 'claimreview', '-o', out);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/has a verdict/);
    expect(existsSync(out)).toBe(false);

    const doc = AnnotationFile.parse(JSON.parse(readFileSync(file, 'utf8')));
    writeFileSync(file, JSON.stringify({ ...doc, claims: doc.claims.map((c, i) => (i === 2 ? { ...c, verdict: 'False', status: 'tagged' } : c)) }));
    const done = claimbench('export', file, '--format', 'claimreview', '-o', out);
    expect(done.code, done.stderr).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).map((r: { reviewRating: { alternateName: string } }) => r.reviewRating.alternateName)).toEqual(['False']);
  });

  it('review prints agreement and disputes of two analysts, writes the record and the review report', () => {
    const a = join(dir, 'ana.json');
    const b = join(dir, 'ben.json');
    claimbench('new', article, '-o', a, '--analyst', 'Ana', '--force');
    const start = AnnotationFile.parse(JSON.parse(readFileSync(a, 'utf8')));
    const decided = { ...start, claims: start.claims.map((c) => ({ ...c, status: 'tagged' as const })) };
    writeFileSync(a, JSON.stringify(decided));
    const engineer = start.claims.findIndex((c) => c.text.startsWith('A council engineer'));
    const ben = { ...decided, analyst: 'Ben', updatedAt: '2030-01-01T00:00:00.000Z', claims: decided.claims.map((c, i) => (i === engineer ? { ...c, attribution: { ...c.attribution, kind: 'named' as const } } : c)) };
    writeFileSync(b, JSON.stringify(ben));
    const text = claimbench('review', a, b);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Ana, Ben (6 statements)');
    expect(text.stdout).toContain('Decided: Ana 6, Ben 6');
    expect(text.stdout).toMatch(/attribution\s+nominal\s+alpha 0\.\d{3}\s+alike 83%/);
    expect(text.stdout).toMatch(/confidence\s+ordinal/);
    expect(text.stdout).toContain('attribution: Ana Unnamed source · Ben Named source');
    const merged = join(dir, 'merged.json');
    const report = join(dir, 'review.html');
    const json = claimbench('review', a, b, '--json', '--record', merged, '--format', 'html', '-o', report, '--rule', 'majority');
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.stdout);
    expect(parsed.agreement[0]).toMatchObject({ field: 'attribution', level: 'nominal', alpha: expect.any(Number), pairwise: [expect.objectContaining({ a: 'Ana', b: 'Ben' })] });
    expect(parsed.disputes).toEqual([expect.objectContaining({ field: 'attribution', answers: { Ana: 'Unnamed source', Ben: 'Named source' } })]);
    const record = AnnotationFile.parse(JSON.parse(readFileSync(merged, 'utf8')));
    expect(record.review!.rule).toEqual({ kind: 'majority' });
    expect(record.claims.filter((c) => c.status === 'reviewed')).toHaveLength(5);
    expect(readFileSync(report, 'utf8')).toContain('Confusion table');
    const md = join(dir, 'review.md');
    expect(claimbench('review', a, b, '--format', 'md', '-o', md).code).toBe(0);
    expect(readFileSync(md, 'utf8')).toContain('## Disputes (1)');
    expect(claimbench('review', a).code).toBe(2);
    expect(claimbench('review', a, b, '-o', md).stderr).toMatch(/--format F and -o OUT together/);
    expect(claimbench('review', a, b, '--format', 'pdf', '-o', md).stderr).toMatch(/--format must be one of json, md, html/);
    expect(claimbench('review', a, b, '--rule', 'most').code).toBe(2);
    expect(claimbench('review', a, b, '--rule', '3', '--record', join(dir, 'r3.json')).stderr).toMatch(/at least 3 analysts, but the review has 2/);
    expect(claimbench('review', a, a).stderr).toMatch(/same file/);
    expect(claimbench('review', a, merged).stderr).toMatch(/is a review record/);
  }, 60_000);

  it('agreement measures any reliability matrix at the level asked, as other tools would', () => {
    // Krippendorff (2011): one row per observer, one column per unit, empty cells missing.
    const matrix = join(dir, 'k2011.csv');
    writeFileSync(matrix, ['1,2,3,3,2,1,4,1,2,,,', '1,2,3,3,2,2,4,1,2,5,,3', ',3,3,3,2,3,4,2,2,5,1,', '1,2,3,3,2,4,4,1,2,5,1,'].join('\n') + '\n');
    const expected = { nominal: 0.743, ordinal: 0.815, interval: 0.849, ratio: 0.797 };
    for (const [level, alpha] of Object.entries(expected)) {
      const out = claimbench('agreement', matrix, '--level', level, '--json');
      expect(out.code).toBe(0);
      const json = JSON.parse(out.stdout);
      expect(json).toMatchObject({ level, units: 12, analysts: 4 });
      expect(json.alpha).toBeCloseTo(alpha, 3);
      expect(json).not.toHaveProperty('cohenKappa');
      expect(json).not.toHaveProperty('fleissKappa');
    }
    expect(claimbench('agreement', matrix).stdout).toContain("Krippendorff's alpha 0.743");
    // Two analysts, every unit rated by both: Cohen's and Fleiss' kappa too; order from --order.
    const pair = join(dir, 'pair.csv');
    writeFileSync(pair, 'low,medium,high,high\r\nlow,high,high,medium\r\n');
    const ordered = JSON.parse(claimbench('agreement', pair, '--level', 'ordinal', '--order', 'low,medium,high', '--json').stdout);
    expect(ordered.values).toEqual(['low', 'medium', 'high']);
    expect(ordered.cohenKappa).toBeCloseTo(0.2, 10);
    expect(ordered.fleissKappa).toEqual(expect.any(Number));
    const firstSeen = JSON.parse(claimbench('agreement', pair, '--level', 'ordinal', '--json').stdout);
    expect(firstSeen.values).toEqual(['low', 'medium', 'high']);
    expect(claimbench('agreement', pair, '--level', 'interval').stderr).toMatch(/interval level needs numbers, and "low" is not one/);
    expect(claimbench('agreement', pair, '--order', 'low,high').stderr).toMatch(/does not name "medium"/);
    expect(claimbench('agreement', pair, '--level', 'loud').code).toBe(2);
    const one = join(dir, 'one.csv');
    writeFileSync(one, '1,2,3\n');
    expect(claimbench('agreement', one).stderr).toMatch(/at least two analysts/);
    expect(claimbench('agreement', join(dir, 'missing.csv')).stderr).toMatch(/missing\.csv cannot be read: there is no such file/);
  }, 60_000);

  it('reports errors on stderr with a non-zero exit', () => {
    const missing = claimbench('show', join(dir, 'nope.json'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^claimbench: .*nope\.json/);
    writeFileSync(join(dir, 'foreign.json'), JSON.stringify({ hello: 'world' }));
    expect(claimbench('show', join(dir, 'foreign.json')).stderr).toMatch(/foreign\.json cannot be read: it is not a Claimbench annotation file \(it is JSON of another kind\)\./);
    const usage = claimbench('export', join(dir, 'foreign.json'), '--format', 'docx', '-o', 'x');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/--format must be one of json, csv, md, html, pdf, claimreview, w3c/);
    expect(claimbench('frobnicate').code).toBe(2);
    const own = join(dir, 'own.json');
    claimbench('new', article, '-o', own);
    expect(claimbench('export', own, '--format', 'json', '-o', own).stderr).toMatch(/is .*own\.json itself \(the same file\)/);
    expect(claimbench('new', join(dir, 'missing.txt'), '-o', join(dir, 'x.json')).code).toBe(1);
  });
});
