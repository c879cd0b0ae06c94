/**
 * The one place where an annotation file changes. Every change an analyst makes
 * is an `Edit`, a plain value that crosses IPC and is parsed there; `applyEdit`
 * returns a new file and never mutates the old one, which is what makes undo a
 * matter of keeping the old value.
 */
import { dequal } from 'dequal';
import { z } from 'zod';
import { extractStatements, newClaimId, suggestedClaim } from './extract.ts';
import { AttributionKind, Confidence, MAX_ARTICLE_CHARS, type AnnotationFile, type Claim } from './model.ts';
import { hasInput, textFingerprint } from './queries.ts';
import { reanchorClaims } from './reanchor.ts';
import { acceptAgreed, takeAnswer, typedDecision } from './review-decide.ts';
import { DecidedField } from './review-model.ts';
import { normalizeArticleText, quoteAt, spanAt, trimRange } from './text.ts';

const id = z.string().min(1).max(200, 'not a valid claim id');
const Range = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

export const Edit = z.discriminatedUnion('type', [
  z.object({ type: z.literal('setAttribution'), claimId: id, kind: AttributionKind.nullable() }),
  z.object({ type: z.literal('setConfidence'), claimId: id, confidence: Confidence.nullable() }),
  z.object({ type: z.literal('setVerdict'), claimId: id, verdict: z.string().max(200).nullable() }),
  z.object({ type: z.literal('setNote'), claimId: id, note: z.string().max(100_000) }),
  z.object({ type: z.literal('setEvidence'), claimId: id, evidence: z.array(z.string().max(10_000)).max(200) }),
  z.object({ type: z.literal('setSource'), claimId: id, source: Range.nullable() }),
  z.object({ type: z.literal('acceptSuggestions'), claimIds: z.array(id).min(1).max(100_000) }),
  z.object({ type: z.literal('splitClaim'), claimId: id, at: z.number().int() }),
  z.object({ type: z.literal('mergeWithNext'), claimId: id }),
  z.object({ type: z.literal('deleteClaim'), claimId: id }),
  z.object({ type: z.literal('createClaim'), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }),
  z.object({ type: z.literal('rerunSuggestions') }),
  z.object({ type: z.literal('setTitle'), title: z.string().min(1).max(500) }),
  /** In a team review's record: take an analyst's answer (by position) for one field, or for every field when null. */
  z.object({ type: z.literal('takeAnswer'), claimId: id, analyst: z.number().int().nonnegative(), field: DecidedField.nullable() }),
  /** In a team review's record: settle every open field on which all analysts who answered agree. */
  z.object({ type: z.literal('acceptAgreed') }),
  z.object({ type: z.literal('correctText'), text: z.string().min(1, 'The article text is empty.').max(MAX_ARTICLE_CHARS, 'The article is too long.') }),
]);
export type Edit = z.infer<typeof Edit>;

/** An edit that cannot apply to this file (a stale claim id, a split outside the claim). */
export class EditError extends Error {}

/**
 * `by` is who makes the change, recorded with each decision in a team review's
 * record. An edit that changes nothing (accepting suggestions a review record
 * keeps open, accepting agreement when none is left) returns the very same
 * file, so there is nothing to write and no undo step to record.
 */
export function applyEdit(file: AnnotationFile, edit: Edit, now: Date = new Date(), by = 'unknown analyst'): AnnotationFile {
  const { claims, ...fields } = changed(file, edit, now.toISOString(), by);
  // Claims that come out equal keep their identity, which is how a change is found (doc-change.ts).
  const kept = claims.map((c, i) => (file.claims[i]?.id === c.id && dequal(file.claims[i], c) ? file.claims[i]! : c));
  const same = kept.length === file.claims.length && kept.every((c, i) => c === file.claims[i]) && Object.entries(fields).every(([key, value]) => dequal(file[key], value));
  return same ? file : { ...file, ...fields, claims: kept, updatedAt: now.toISOString() };
}

type ClaimEdit = Exclude<Edit, { type: 'setTitle' | 'correctText' | 'takeAnswer' | 'acceptAgreed' }>;

/** The review field a typed value decides, for edits that set one. */
const TYPED_FIELD: Partial<Record<Edit['type'], DecidedField>> = { setAttribution: 'attribution', setConfidence: 'confidence', setVerdict: 'verdict', setSource: 'source' };

function changed(file: AnnotationFile, edit: Edit, at: string, by: string): Pick<AnnotationFile, 'claims'> & Partial<AnnotationFile> {
  switch (edit.type) {
    case 'takeAnswer':
      return takeAnswer(file, edit.claimId, edit.analyst, edit.field, by, at);
    case 'acceptAgreed':
      return acceptAgreed(file, by, at);
    case 'setTitle':
      return { article: { ...file.article, title: edit.title.trim() }, claims: file.claims };
    case 'correctText': {
      // A correction changes the text under every claim: each is found again or marked orphaned.
      const text = normalizeArticleText(edit.text);
      // The replaced text is remembered, so files of it are still found as this article's.
      const corrections = text === file.article.text ? file.article.corrections : [...(file.article.corrections ?? []), { at, replaced: textFingerprint(file.article.text) }];
      return { article: { ...file.article, text, ...(corrections ? { corrections } : {}) }, claims: reanchorClaims(file.article.text, text, file.claims) };
    }
    default: {
      const claims = nextClaims(file, edit);
      const field = TYPED_FIELD[edit.type];
      const claimId = 'claimId' in edit ? edit.claimId : null;
      const claim = field && claimId ? claims.find((c) => c.id === claimId) : undefined;
      const settled = claim && typedDecision(file, claim, [field!], by, at);
      if (!settled) return { claims };
      return { claims: claims.map((c) => (c.id === claimId ? settled.claim : c)), review: settled.review };
    }
  }
}

function nextClaims(file: AnnotationFile, edit: ClaimEdit): Claim[] {
  const text = file.article.text;
  switch (edit.type) {
    case 'setAttribution':
      return updateClaim(file, edit.claimId, (c) => ({
        ...c,
        attribution: edit.kind === c.attribution.kind ? c.attribution : { kind: edit.kind, source: keepSourceFor(edit.kind, c), via: keepViaFor(edit.kind, c) },
        status: decided(file, c),
      }));
    case 'setConfidence':
      return updateClaim(file, edit.claimId, (c) => ({ ...c, confidence: edit.confidence, status: decided(file, c) }));
    case 'setVerdict':
      return updateClaim(file, edit.claimId, (c) => ({ ...c, verdict: edit.verdict, status: decided(file, c) }));
    case 'setNote':
      return updateClaim(file, edit.claimId, (c) => ({ ...c, note: edit.note }));
    case 'setEvidence':
      return updateClaim(file, edit.claimId, (c) => ({ ...c, evidence: edit.evidence }));
    case 'setSource': {
      const source = edit.source ? checkedSpan(text, edit.source.start, edit.source.end) : null;
      return updateClaim(file, edit.claimId, (c) => ({ ...c, attribution: { ...c.attribution, source }, status: decided(file, c) }));
    }
    case 'acceptSuggestions': {
      const ids = new Set(edit.claimIds);
      return file.claims.map((c) => (ids.has(c.id) && c.status === 'suggested' ? { ...c, status: decided(file, c) } : c));
    }
    case 'splitClaim':
      return splitClaim(file, edit.claimId, edit.at);
    case 'mergeWithNext':
      return mergeWithNext(file, edit.claimId);
    case 'deleteClaim':
      findClaim(file, edit.claimId);
      return file.claims.filter((c) => c.id !== edit.claimId);
    case 'createClaim':
      return createClaim(file, edit.start, edit.end);
    case 'rerunSuggestions':
      return rerunSuggestions(file);
  }
}

/**
 * An analyst's change makes the claim theirs; in a team review's record it
 * settles the claim, and a reviewed claim stays reviewed.
 */
function decided(file: AnnotationFile, claim: Claim): Claim['status'] {
  // A claim the review compared is settled field by field (review-decide.ts), never by a single key.
  const item = file.review?.items?.find((i) => i.claimId === claim.id);
  if (item) return item.open.length ? 'suggested' : 'reviewed';
  return claim.status === 'reviewed' || file.review ? 'reviewed' : 'tagged';
}

function keepSourceFor(kind: Claim['attribution']['kind'], claim: Claim) {
  return kind === 'named' || kind === 'unnamed' ? (claim.attribution.source ?? claim.suggestion?.source ?? null) : null;
}

function keepViaFor(kind: Claim['attribution']['kind'], claim: Claim) {
  return kind === 'unnamed' || kind === 'named' ? (claim.attribution.via ?? null) : null;
}

function findClaim(file: AnnotationFile, claimId: string): Claim {
  const claim = file.claims.find((c) => c.id === claimId);
  if (!claim) throw new EditError(`No claim with id ${claimId} in "${file.article.title}".`);
  return claim;
}

function updateClaim(file: AnnotationFile, claimId: string, change: (claim: Claim) => Claim): Claim[] {
  findClaim(file, claimId);
  return file.claims.map((c) => (c.id === claimId ? change(c) : c));
}

/**
 * Claims in the order of the article, as the list shows them and "merge with next"
 * reads them. A claim drawn over others, then split or merged, would otherwise
 * leave its parts out of order.
 */
function inArticleOrder(claims: Claim[]): Claim[] {
  return claims.sort((a, b) => a.start - b.start || a.end - b.end);
}

function checkedSpan(text: string, start: number, end: number) {
  const [from, to] = trimRange(text, start, end);
  if (from >= to || to > text.length) throw new EditError('The selection is empty or outside the article.');
  return spanAt(text, from, to);
}

function claimOver(text: string, start: number, end: number, template?: Claim): Claim {
  return {
    ...(template ?? suggestedClaim(text, spanAt(text, start, end), null)),
    id: newClaimId(),
    start,
    end,
    text: text.slice(start, end),
    quote: quoteAt(text, start, end),
  };
}

function splitClaim(file: AnnotationFile, claimId: string, at: number): Claim[] {
  const claim = findClaim(file, claimId);
  const text = file.article.text;
  const [firstStart, firstEnd] = trimRange(text, claim.start, at);
  const [secondStart, secondEnd] = trimRange(text, at, claim.end);
  if (firstStart >= firstEnd || secondStart >= secondEnd) {
    throw new EditError('Split inside the claim: both parts need some text.');
  }
  // Both halves keep what the analyst recorded, so a split loses nothing.
  const first = claimOver(text, firstStart, firstEnd, claim);
  const second = claimOver(text, secondStart, secondEnd, claim);
  return inArticleOrder(file.claims.flatMap((c) => (c.id === claimId ? [first, second] : [c])));
}

function mergeWithNext(file: AnnotationFile, claimId: string): Claim[] {
  const index = file.claims.findIndex((c) => c.id === claimId);
  if (index === -1) throw new EditError(`No claim with id ${claimId}.`);
  const claim = file.claims[index]!;
  const next = file.claims[index + 1];
  if (!next) throw new EditError('This is the last claim: there is nothing after it to merge with.');
  const merged: Claim = {
    ...claimOver(file.article.text, Math.min(claim.start, next.start), Math.max(claim.end, next.end), claim),
    note: [claim.note, next.note].filter(Boolean).join('\n'),
    evidence: [...claim.evidence, ...next.evidence],
  };
  return inArticleOrder([...file.claims.slice(0, index), merged, ...file.claims.slice(index + 2)]);
}

function createClaim(file: AnnotationFile, start: number, end: number): Claim[] {
  const text = file.article.text;
  const span = checkedSpan(text, start, end);
  // A claim drawn from a selection gets the suggestion its words would get.
  const [suggestion] = extractStatements(span.text).map((s) => s.suggestion);
  const shifted = suggestion ? shiftSuggestion(suggestion, span.start) : null;
  const claim = suggestedClaim(text, span, shifted);
  return inArticleOrder([...file.claims, claim]);
}

function shiftSuggestion(suggestion: NonNullable<Claim['suggestion']>, by: number): NonNullable<Claim['suggestion']> {
  const shift = <T extends { start: number; end: number }>(s: T): T => ({ ...s, start: s.start + by, end: s.end + by });
  return {
    ...suggestion,
    ...(suggestion.source ? { source: shift(suggestion.source) } : {}),
    ...(suggestion.via ? { via: shift(suggestion.via) } : {}),
    cues: suggestion.cues.map(shift),
  };
}

/**
 * Suggestions made again from the article (not in a team review's record). Claims an analyst tagged or a review
 * settled stay exactly as they are; untouched claims get fresh suggestions where
 * a statement starts at the same place, and new statements fill the gaps. A
 * suggestion holding something the analyst entered (a note, say, on half of a
 * split) stays too when no statement matches it, so re-running loses nothing.
 */
function rerunSuggestions(file: AnnotationFile): Claim[] {
  // A team review's record holds what its rule decided on claims still open (their status reads "suggested"):
  // suggestions made again would overrule the analysts' agreed answers there.
  if (file.review) return file.claims;
  const text = file.article.text;
  const statements = extractStatements(text);
  const matched = (c: Claim) => statements.some((s) => c.start === s.start && c.end === s.end);
  const kept = file.claims.filter((c) => c.status !== 'suggested' || (hasInput(c) && !matched(c)));
  const covered = (start: number, end: number) => kept.some((c) => !c.orphaned && c.start < end && start < c.end);
  const fresh = statements
    .filter((s) => !covered(s.start, s.end))
    .map((s) => {
      const old = file.claims.find((c) => c.status === 'suggested' && c.start === s.start && c.end === s.end);
      const claim = suggestedClaim(text, s, s.suggestion);
      return old ? { ...claim, id: old.id, note: old.note, evidence: old.evidence, confidence: old.confidence, verdict: old.verdict } : claim;
    });
  return inArticleOrder([...kept, ...fresh]);
}
