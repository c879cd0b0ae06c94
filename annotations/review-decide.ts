/**
 * Decisions in a team review's record, applied by edits.ts (the one place a
 * document changes, so each decision can be undone). A decision sets the
 * record's value for a field, closes the field and is written down with who
 * took it and when; a claim is reviewed once none of its fields is open.
 */
import type { AnnotationFile, Claim } from './model.ts';
import { answersDiffer, fieldInfo, isDecided, REVIEW_FIELDS, withField } from './review-fields.ts';
import type { DecidedField, ReviewItem, ReviewRecord } from './review-model.ts';

// A type, not an interface: it must fit the file's open index signature (files keep unknown fields).
export type Decided = {
  claims: Claim[];
  review: ReviewRecord;
};

export class DecisionError extends Error {}

function itemsOf(file: AnnotationFile): ReviewItem[] {
  if (!file.review?.items) throw new DecisionError(`"${file.article.title}" is not a team review's record: there are no analysts' answers to take.`);
  return file.review.items;
}

function decide(item: ReviewItem, fields: readonly DecidedField[], from: number | null, by: string, at: string): ReviewItem {
  return {
    ...item,
    open: item.open.filter((f) => !fields.includes(f)),
    decisions: [...item.decisions.filter((d) => !fields.includes(d.field)), ...fields.map((field) => ({ field, from, by, at }))],
  };
}

const statusFor = (item: ReviewItem): Claim['status'] => (item.open.length ? 'suggested' : 'reviewed');

/** Takes an analyst's answer for one field, or (field null) for every field of the claim. */
export function takeAnswer(file: AnnotationFile, claimId: string, analyst: number, field: DecidedField | null, by: string, at: string): Decided {
  const items = itemsOf(file);
  const item = items.find((i) => i.claimId === claimId);
  const claim = file.claims.find((c) => c.id === claimId);
  if (!item || !claim) throw new DecisionError(`No claim with id ${claimId} in the review "${file.article.title}".`);
  const answer = item.answers[analyst];
  if (!answer) throw new DecisionError(`${file.review!.analysts[analyst] ?? `Analyst ${analyst + 1}`} has no claim here: there is no answer to take.`);
  const fields = field ? [field] : REVIEW_FIELDS.map((f) => f.field);
  const decidedItem = decide(item, fields, analyst, by, at);
  const changed = { ...fields.reduce((c, f) => withField(c, f, answer), claim), status: statusFor(decidedItem) };
  return {
    claims: file.claims.map((c) => (c.id === claimId ? changed : c)),
    review: { ...file.review!, items: items.map((i) => (i === item ? decidedItem : i)) },
  };
}

/**
 * Every open field on which the analysts who answered all agree (at least two
 * of them decided the claim), no value counting as an answer: the agreement the
 * merge rule could not count as enough, and never a dispute the report lists.
 */
export function acceptAgreed(file: AnnotationFile, by: string, at: string): Decided {
  const items = itemsOf(file);
  const byId = new Map(file.claims.map((c) => [c.id, c]));
  const changedClaims = new Map<string, Claim>();
  const nextItems = items.map((item) => {
    const claim = byId.get(item.claimId);
    if (!claim) return item;
    let next = item;
    let changed = claim;
    const first = item.answers.findIndex(isDecided);
    const decided = item.answers.filter(isDecided).length;
    for (const field of item.open) {
      if (decided < 2 || answersDiffer(item.answers, fieldInfo(field))) continue;
      next = decide(next, [field], first, by, at);
      changed = withField(changed, field, item.answers[first]!);
    }
    if (next !== item) changedClaims.set(claim.id, { ...changed, status: statusFor(next) });
    return next;
  });
  return { claims: file.claims.map((c) => changedClaims.get(c.id) ?? c), review: { ...file.review!, items: nextItems } };
}

/**
 * A value typed into the record (a key or a control, not an analyst's answer)
 * decides that field too. Null when the claim has no review item (a claim
 * drawn in the record itself), which then follows the ordinary rule.
 */
export function typedDecision(file: AnnotationFile, claim: Claim, fields: readonly DecidedField[], by: string, at: string): { claim: Claim; review: ReviewRecord } | null {
  const items = file.review?.items;
  const item = items?.find((i) => i.claimId === claim.id);
  if (!items || !item) return null;
  const decidedItem = decide(item, fields, null, by, at);
  return { claim: { ...claim, status: statusFor(decidedItem) }, review: { ...file.review!, items: items.map((i) => (i === item ? decidedItem : i)) } };
}
