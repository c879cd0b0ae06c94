/**
 * Team review speed: five analysts' files of one article with 10,000 claims,
 * compared and merged into a record in-process (target: under 1 s). Run by
 * `npm run bench`, or alone: node --import tsx scripts/bench-review.ts
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createAnnotationFile } from '../annotations/document.ts';
import { ATTRIBUTION_KINDS, CONFIDENCE_LEVELS, type AnnotationFile } from '../annotations/model.ts';
import { compareAnnotations, mergeReview, type ReviewInput } from '../annotations/review.ts';

export const REVIEW_TARGET_MS = 1000;

/** A small deterministic generator, so every run measures the same files. */
function random(seed: number): () => number {
  let state = seed;
  return () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

function reviewInputs(claims: number, analysts: number): ReviewInput[] {
  const sentences = Array.from({ length: claims - 1 }, (_, i) => `The council said on day ${i} that invoice ${i * 7} was paid in full.`);
  const base = createAnnotationFile({ title: 'Bench', text: `Bench article\n\n${sentences.join(' ')}` });
  return Array.from({ length: analysts }, (_, a) => {
    const next = random(a + 1);
    // Each analyst decides most claims, mostly as the suggestion has it; some they leave, some they drop.
    const file: AnnotationFile = {
      ...base,
      analyst: `Analyst ${a + 1}`,
      updatedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, a)).toISOString(),
      claims: base.claims.flatMap((claim) => {
        const roll = next();
        if (roll < 0.02) return [];
        if (roll < 0.1) return [claim];
        const kind = next() < 0.85 ? (claim.suggestion?.attribution ?? 'none') : ATTRIBUTION_KINDS[Math.floor(next() * 4)]!;
        return [{ ...claim, status: 'tagged' as const, attribution: { ...claim.attribution, kind }, confidence: CONFIDENCE_LEVELS[Math.floor(next() * 3)]! }];
      }),
    };
    return { analyst: file.analyst!, file };
  });
}

/** Median wall-clock and CPU time of compare + merge; CPU time shows the cost when the shared machine is busy. */
export function benchReview(claims = 10_000, analysts = 5, runs = 5): { ms: number; cpuMs: number; statements: number } {
  const inputs = reviewInputs(claims, analysts);
  const wall: number[] = [];
  const cpu: number[] = [];
  let statements = 0;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const used = process.cpuUsage();
    const record = mergeReview(compareAnnotations(inputs), { kind: 'majority' });
    const { user, system } = process.cpuUsage(used);
    wall.push(performance.now() - start);
    cpu.push((user + system) / 1000);
    statements = record.claims.length;
  }
  const median = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(runs / 2)]!;
  return { ms: median(wall), cpuMs: median(cpu), statements };
}

export function printReviewBench(): boolean {
  const { ms, cpuMs, statements } = benchReview();
  const ok = ms < REVIEW_TARGET_MS;
  console.log(
    `Team review, 5 analysts × 10,000 claims (${statements} statements), compare + merge in-process: ${ms.toFixed(0)} ms (CPU ${cpuMs.toFixed(0)} ms; target < ${REVIEW_TARGET_MS} ms) ${ok ? 'OK' : 'OVER'}`,
  );
  return ok;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = printReviewBench() ? 0 : 1;
