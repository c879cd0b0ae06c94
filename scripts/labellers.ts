/**
 * Two labellers, one text: how far people who label the same real article by the same
 * codebook agree with each other, beside how far the rules agree with each of them.
 * A second helper labelled held-out articles (tests/fixtures/realnews-second) without
 * seeing the first labels, the rules or their output; the first labels are the held-out
 * gold (tests/fixtures/realnews-holdout). Each labeller is scored against the other
 * exactly as the rules are scored against gold (annotations/gold.ts), and attribution
 * agreement is also given chance-corrected (Cohen's kappa, Krippendorff's alpha), on the
 * statements both labellers start at the same place.
 * Usage: npm run labellers
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cohenKappa } from '../annotations/agreement/kappa.ts';
import { krippendorffAlpha } from '../annotations/agreement/krippendorff.ts';
import { extractStatements, type ExtractedStatement } from '../annotations/extract.ts';
import { GoldFile, goldStarts, poolScores, scoreAgainstGold, type GoldScore } from '../annotations/gold.ts';
import { ATTRIBUTION_KINDS, type Span } from '../annotations/model.ts';
import { normalizeArticleText } from '../annotations/text.ts';

const root = resolve(import.meta.dirname, '..');
const firstDir = join(root, 'tests/fixtures/realnews-holdout');
const secondDir = join(root, 'tests/fixtures/realnews-second');

function readGold(file: string): GoldFile {
  return GoldFile.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** A labeller's statements as if extracted, so that one labeller is scored against the other as the rules are. */
function asExtracted(text: string, gold: GoldFile): ExtractedStatement[] {
  const starts = goldStarts(text, gold);
  const spanOf = (phrase: string, from: number): Span => {
    const at = text.indexOf(phrase, from);
    const start = at === -1 ? from : at;
    return { start, end: start + phrase.length, text: phrase };
  };
  return gold.statements.map((statement, i) => {
    let end = starts[i + 1] ?? text.length;
    while (end > starts[i]! && /\s/.test(text[end - 1]!)) end--;
    return {
      start: starts[i]!,
      end,
      text: text.slice(starts[i]!, end),
      suggestion: {
        attribution: statement.attribution,
        ...(statement.source ? { source: spanOf(statement.source, starts[i]!) } : {}),
        ...(statement.via ? { via: spanOf(statement.via, starts[i]!) } : {}),
        cues: [],
      },
    };
  });
}

/** The two labellers' kinds for the statements both start at the same place. */
function pairedKinds(text: string, first: GoldFile, second: GoldFile): [string, string][] {
  const secondAt = new Map(goldStarts(text, second).map((start, i) => [start, second.statements[i]!.attribution]));
  return goldStarts(text, first).flatMap((start, i) => {
    const other = secondAt.get(start);
    return other === undefined ? [] : [[first.statements[i]!.attribution, other] as [string, string]];
  });
}

const f2 = (x: number) => x.toFixed(2);
const share = (hits: number, total: number) => `${hits}/${total} = ${f2(total ? hits / total : 1)}`;

function summary(scores: readonly GoldScore[]): string {
  const pooled = poolScores(scores);
  const right = scores.reduce((sum, s) => sum + Math.round(s.attribution * s.statements), 0);
  return `boundaries ${f2(pooled.boundaries)}  attribution ${share(right, pooled.statements)}  source ${share(pooled.sourceHits, pooled.sourceTotal)}`;
}

const comparisons = { 'second labeller, scored against the first': [] as GoldScore[], 'first labeller, scored against the second': [] as GoldScore[], 'rules, against the first labeller': [] as GoldScore[], 'rules, against the second labeller': [] as GoldScore[] };
const pairs: [string, string][] = [];
const files = readdirSync(secondDir).filter((f) => f.endsWith('.gold.json')).sort();
if (files.length === 0) {
  console.error(`labellers: no second labellings in ${secondDir}`);
  process.exit(1);
}
for (const file of files) {
  const second = readGold(join(secondDir, file));
  const first = readGold(join(firstDir, file));
  const text = normalizeArticleText(readFileSync(join(firstDir, first.article), 'utf8'));
  const rules = extractStatements(text);
  comparisons['second labeller, scored against the first'].push(scoreAgainstGold(text, first, asExtracted(text, second)));
  comparisons['first labeller, scored against the second'].push(scoreAgainstGold(text, second, asExtracted(text, first)));
  comparisons['rules, against the first labeller'].push(scoreAgainstGold(text, first, rules));
  comparisons['rules, against the second labeller'].push(scoreAgainstGold(text, second, rules));
  pairs.push(...pairedKinds(text, first, second));
}

console.log(`${files.length} articles labelled twice, blind to each other\n`);
for (const [name, scores] of Object.entries(comparisons)) console.log(`${name.padEnd(44)} ${summary(scores)}`);
const firstKinds = pairs.map(([a]) => a);
const secondKinds = pairs.map(([, b]) => b);
const kappa = cohenKappa(firstKinds, secondKinds);
const alpha = krippendorffAlpha([firstKinds, secondKinds], ATTRIBUTION_KINDS, 'nominal');
console.log(
  `\nattribution between the labellers, on the ${pairs.length} statements both start at the same place: ` +
    `raw ${f2(pairs.filter(([a, b]) => a === b).length / pairs.length)}, Cohen's kappa ${kappa === null ? 'n/a' : f2(kappa)}, Krippendorff's alpha (nominal) ${alpha === null ? 'n/a' : f2(alpha)}`,
);
const kinds = [...ATTRIBUTION_KINDS];
console.log('\nfirst labeller (rows) by second (columns):');
console.log(`${''.padEnd(10)}${kinds.map((k) => k.padStart(9)).join('')}`);
for (const row of kinds) console.log(`${row.padEnd(10)}${kinds.map((col) => String(pairs.filter(([a, b]) => a === row && b === col).length).padStart(9)).join('')}`);
