/**
 * Team review: several analysts' files of one article side by side (aligned by
 * review-align.ts), agreement measured per field (review-stats.ts), and one
 * record for the team to settle. The record keeps every analyst's answer for
 * every claim under its `review` key; a field takes a value only where the
 * merge rule decided it, and a claim is reviewed once no field is left open
 * (decisions in the record: review-decide.ts).
 */
import { newClaimId } from './extract.ts';
import type { AnnotationFile, Claim } from './model.ts';
import { alignAnnotations, ReviewError, type ReviewInput } from './review-align.ts';
import { answerOf, fieldInfo, isDecided, REVIEW_FIELDS, withField } from './review-fields.ts';
import type { DecidedField, MergeRule, ReviewAnswer, ReviewDecision, ReviewItem, ReviewRecord, SetAsideClaim } from './review-model.ts';
import { settledCount } from './review-queries.ts';
import { reviewStats, type ReviewStats, type ReviewTable } from './review-stats.ts';
import { quoteAt } from './text.ts';

export { ReviewError, type ReviewInput } from './review-align.ts';

export interface ReviewReport {
  table: ReviewTable;
  stats: ReviewStats;
  /** For a record: how many of its compared claims are settled. */
  progress?: { settled: number; total: number };
}

export const MERGE_RULE_BY = 'merge rule';

/** How many analysts must give the same answer for the rule to decide a field. */
export function ruleThreshold(rule: MergeRule, analysts: number): number {
  switch (rule.kind) {
    case 'all':
      return analysts;
    case 'majority':
      return Math.floor(analysts / 2) + 1;
    case 'atLeast':
      if (rule.analysts > analysts) throw new ReviewError(`The rule asks for at least ${rule.analysts} analysts, but the review has ${analysts}.`);
      return rule.analysts;
  }
}

/** The analyst whose answer the rule takes for a field, or null when no answer has enough analysts behind it. */
export function ruleChoice(answers: readonly (ReviewAnswer | null)[], field: DecidedField, threshold: number): number | null {
  const info = fieldInfo(field);
  const keys = answers.map((a) => (isDecided(a) ? info.key(a) : null));
  let choice: number | null = null;
  // A handful of analysts: counting each answer's matches beats building a map per claim.
  for (let i = 0; i < keys.length; i++) {
    if (keys[i] === null || keys.indexOf(keys[i]!) !== i) continue;
    let count = 0;
    for (const key of keys) if (key === keys[i]) count++;
    if (count < threshold) continue;
    if (choice !== null) return null;
    choice = i;
  }
  return choice;
}

/** A review as compared, before its record exists. */
export interface Comparison extends ReviewReport {
  /** The file of the newest text, the record's starting point. */
  base: AnnotationFile;
  /** Per statement, an analyst's claim with its boundaries, whose suggestion the record keeps. */
  templates: (Claim | null)[];
  /** Per set-aside claim, the statement it overlaps most (by index). */
  setAsideUnits: (number | null)[];
}

export function compareAnnotations(inputs: readonly ReviewInput[]): Comparison {
  const alignment = alignAnnotations(inputs);
  const units = alignment.units.map((unit) => ({ start: unit.start, end: unit.end, text: unit.text, claimId: null, answers: unit.claims.map((c) => (c ? answerOf(c) : null)) }));
  const setAside: SetAsideClaim[] = alignment.setAside.map(({ analyst, reason, claim }) => ({ analyst, reason, claimId: null, answer: { ...answerOf(claim), text: claim.text } }));
  const table: ReviewTable = { title: alignment.base.article.title, analysts: alignment.analysts, units, setAside };
  const unitIndex = new Map(alignment.units.map((u, i) => [u, i]));
  return {
    table,
    stats: reviewStats(table),
    base: alignment.base,
    templates: alignment.units.map((u) => u.claims.find((c, i) => c && u.exact[i]) ?? null),
    setAsideUnits: alignment.setAside.map((s) => (s.unit ? unitIndex.get(s.unit)! : null)),
  };
}

function combinedNote(analysts: readonly string[], answers: readonly (ReviewAnswer | null)[]): string {
  const notes = answers.flatMap((a, i) => (a?.note.trim() ? [`${analysts[i]}: ${a.note.trim()}`] : []));
  return notes.join('\n');
}

/** One record for the team: what the rule decided filled in, everything else open, every answer kept. */
export function mergeReview(report: Comparison, rule: MergeRule = { kind: 'all' }, now: Date = new Date()): AnnotationFile {
  const { table, stats, base, templates, setAsideUnits } = report;
  const threshold = ruleThreshold(rule, table.analysts.length);
  const at = now.toISOString();
  const items: ReviewItem[] = [];
  const claims = table.units.map((unit, index): Claim => {
    const template = templates[index];
    const id = newClaimId();
    let claim: Claim = {
      id,
      start: unit.start,
      end: unit.end,
      text: unit.text,
      quote: quoteAt(base.article.text, unit.start, unit.end),
      attribution: { kind: null, source: null, via: null },
      suggestion: template?.suggestion ?? null,
      confidence: null,
      verdict: null,
      status: 'suggested',
      note: combinedNote(table.analysts, unit.answers),
      evidence: [...new Set(unit.answers.flatMap((a) => a?.evidence ?? []))],
    };
    const open: DecidedField[] = [];
    const decisions: ReviewDecision[] = [];
    for (const { field } of REVIEW_FIELDS) {
      const from = ruleChoice(unit.answers, field, threshold);
      if (from === null) open.push(field);
      else {
        claim = withField(claim, field, unit.answers[from]!);
        decisions.push({ field, from, by: MERGE_RULE_BY, at });
      }
    }
    items.push({ claimId: id, answers: unit.answers, open, decisions });
    return { ...claim, status: open.length ? 'suggested' : 'reviewed' };
  });
  const setAside = table.setAside.map((s, i) => ({ ...s, claimId: setAsideUnits[i] == null ? null : claims[setAsideUnits[i]!]!.id }));
  const review: ReviewRecord = {
    analysts: table.analysts,
    agreement: stats.fields.map((f) => ({ field: f.field, level: f.reliability.level, alpha: f.reliability.alpha, percent: f.reliability.alike })),
    rule,
    decided: stats.decided,
    boundaryAgreement: stats.boundaryAgreement,
    items,
    setAside,
  };
  // A new id: the record sits beside the analysts' own files, never in place of one.
  return {
    format: base.format,
    version: base.version,
    id: globalThis.crypto.randomUUID(),
    createdAt: at,
    updatedAt: at,
    analyst: table.analysts.join(', '),
    review,
    article: { ...base.article, title: `Review: ${base.article.title}` },
    claims,
  };
}

/** The review table a record holds, so its figures and report can be made again at any time. */
export function reportOfRecord(file: AnnotationFile): ReviewReport {
  const review = file.review;
  if (!review?.items) throw new ReviewError(`"${file.article.title}" is not a team review's record.`);
  const byId = new Map(file.claims.map((c) => [c.id, c]));
  const units = review.items.flatMap((item) => {
    const claim = byId.get(item.claimId);
    return claim ? [{ start: claim.start, end: claim.end, text: claim.text, claimId: claim.id, answers: item.answers }] : [];
  });
  const title = file.article.title.replace(/^Review: /, '');
  const table: ReviewTable = { title, analysts: review.analysts, units, setAside: review.setAside ?? [] };
  return { table, stats: reviewStats(table), progress: settledCount(review, file.claims) };
}
