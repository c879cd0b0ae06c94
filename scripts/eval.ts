/**
 * Scores extraction and suggestions against gold files, per article and pooled per set:
 * the real-news development set (tests/fixtures/realnews), the held-out real-news set
 * (tests/fixtures/realnews-holdout, measured only), the project's own gold
 * (tests/fixtures/gold) and the shared article (../shared/eval), or the files named on
 * the command line (one set).
 * Usage: npm run eval [-- FILE.gold.json ...]
 * Exits 1 when a pooled figure falls below its target (see TARGETS).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { extractStatements } from '../annotations/extract.ts';
import { GoldFile, poolScores, scoreAgainstGold, type GoldScore, type PooledScore } from '../annotations/gold.ts';
import { normalizeArticleText } from '../annotations/text.ts';

const root = resolve(import.meta.dirname, '..');

interface GoldSet {
  name: string;
  files: string[];
  /** Pooled figures below these fail the run; a set without targets is measured only. */
  targets: { boundaries: number; attribution: number; source: number } | null;
}

/** The issue's bar for real news (issue 8), and the older gold kept where it was. */
const TARGETS = {
  realnews: { boundaries: 0.99, attribution: 0.92, source: 0.85 },
  older: { boundaries: 0.99, attribution: 0.95, source: 0.9 },
};

function goldIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort().map((f) => join(dir, f));
}

function goldSets(): GoldSet[] {
  const named = process.argv.slice(2);
  if (named.length) return [{ name: 'named files', files: named.map((f) => resolve(f)), targets: TARGETS.realnews }];
  return [
    { name: 'real-news development set (tests/fixtures/realnews)', files: goldIn(join(root, 'tests/fixtures/realnews')), targets: TARGETS.realnews },
    // Labelled blind and never tuned on: how far the rules carry to articles nobody tuned them on.
    { name: 'real-news held-out set (tests/fixtures/realnews-holdout)', files: goldIn(join(root, 'tests/fixtures/realnews-holdout')), targets: null },
    {
      name: 'older gold (tests/fixtures/gold, ../shared/eval)',
      files: [...goldIn(join(root, 'tests/fixtures/gold')), ...goldIn(join(root, '../shared/eval'))],
      targets: TARGETS.older,
    },
  ].filter((set) => set.files.length > 0);
}

const f2 = (x: number) => x.toFixed(2);
const share = (hits: number, total: number) => (total ? `${hits}/${total} = ${f2(hits / total)}` : 'none');

function line(score: GoldScore | PooledScore): string {
  return (
    `statements ${String(score.statements).padStart(3)}  boundaries ${f2(score.boundaries)}  attribution ${f2(score.attribution)}` +
    ` (own cue ${f2(score.attributionWithoutCarryover)})  source ${share(score.sourceHits, score.sourceTotal)}  via ${share(score.viaHits, score.viaTotal)}`
  );
}

const sets = goldSets();
if (sets.length === 0) {
  console.error('eval: no gold files found');
  process.exit(1);
}
let failed = false;
for (const set of sets) {
  console.log(`\n== ${set.name}`);
  const scores = set.files.map((file) => {
    const gold = GoldFile.parse(JSON.parse(readFileSync(file, 'utf8')));
    const text = normalizeArticleText(readFileSync(join(dirname(file), gold.article), 'utf8'));
    const score = scoreAgainstGold(text, gold, extractStatements(text));
    console.log(`${basename(file, '.gold.json').padEnd(36)} ${line(score)}`);
    for (const miss of score.misses) console.log(`    miss: "${miss.quote.slice(0, 60)}": ${miss.problem}`);
    return score;
  });
  const pooled = poolScores(scores);
  const source = pooled.sourceTotal ? pooled.sourceHits / pooled.sourceTotal : 1;
  console.log(`${`POOLED (${pooled.articles} articles)`.padEnd(36)} ${line(pooled)}`);
  console.log(`right among strong suggestions ${share(pooled.strongHits, pooled.strongTotal)}, among weak ${share(pooled.weakHits, pooled.weakTotal)}`);
  const { targets } = set;
  if (!targets) {
    console.log('targets: none (measured only)');
    continue;
  }
  const ok = pooled.boundaries >= targets.boundaries && pooled.attribution >= targets.attribution && source >= targets.source;
  console.log(
    `targets: boundaries ≥ ${targets.boundaries}, attribution ≥ ${targets.attribution}, source ≥ ${targets.source}: ${ok ? 'OK' : 'BELOW'}`,
  );
  if (!ok) failed = true;
}
process.exitCode = failed ? 1 : 0;
