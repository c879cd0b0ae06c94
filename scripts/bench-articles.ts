/** Generated articles for the benchmarks: paragraphs of the project's own gold articles, numbers varied so no two are alike. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { normalizeArticleText } from '../annotations/text.ts';

const root = resolve(import.meta.dirname, '..');

export function generatedArticle(bytes: number): string {
  const dir = join(root, 'tests/fixtures/gold');
  const paragraphs = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => normalizeArticleText(readFileSync(join(dir, f), 'utf8')).split('\n').slice(3))
    .filter((p) => p.trim());
  const parts: string[] = ['Generated benchmark article for Claimbench extraction', 'A long report built from the test fixtures', ''];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const paragraph = paragraphs[i % paragraphs.length]!.replace(/\d+/g, (n) => String(Number(n) + i));
    parts.push(paragraph);
    size += Buffer.byteLength(paragraph) + 1;
  }
  return parts.join('\n');
}

/** About this many bytes of text make one claim in the generated articles. */
export const BYTES_PER_CLAIM = 88;

export function median(values: readonly number[]): number {
  return percentile(values, 0.5);
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}
