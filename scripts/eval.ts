/**
 * Scores extraction and suggestions against gold files: ../shared/eval/*.gold.json
 * and tests/fixtures/gold/*.gold.json by default, or the files named on the command line.
 * Usage: npm run eval [-- FILE.gold.json ...]
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { extractStatements } from '../annotations/extract.ts';
import { GoldFile, scoreAgainstGold } from '../annotations/gold.ts';
import { normalizeArticleText } from '../annotations/text.ts';

const root = resolve(import.meta.dirname, '..');
const defaultDirs = [join(root, '../shared/eval'), join(root, 'tests/fixtures/gold')];

function goldFiles(): string[] {
  const named = process.argv.slice(2);
  if (named.length) return named.map((f) => resolve(f));
  return defaultDirs.filter(existsSync).flatMap((dir) =>
    readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort().map((f) => join(dir, f)),
  );
}

const pct = (x: number) => x.toFixed(2);
let failed = false;
const files = goldFiles();
if (files.length === 0) {
  console.error('eval: no gold files found');
  process.exit(1);
}
for (const file of files) {
  const gold = GoldFile.parse(JSON.parse(readFileSync(file, 'utf8')));
  const text = normalizeArticleText(readFileSync(join(dirname(file), gold.article), 'utf8'));
  const score = scoreAgainstGold(text, gold, extractStatements(text));
  console.log(`\n${file}`);
  console.log(
    `  statements ${score.statements}  boundaries ${pct(score.boundaries)}  attribution ${pct(score.attribution)}` +
      `  (without carry-over ${pct(score.attributionWithoutCarryover)})  sources ${score.sourceHits}/${score.sourceTotal}`,
  );
  for (const miss of score.misses) console.log(`  miss: "${miss.quote.slice(0, 60)}": ${miss.problem}`);
  if (score.boundaries < 1 || score.attribution < 0.95) failed = true;
}
process.exitCode = failed ? 1 : 0;
