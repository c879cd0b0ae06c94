/**
 * How sure a suggestion is, in the two bands the workbench shows: strong, and weak
 * (worth a look first). Pure and small, so the renderer can use it without the NLP model.
 */
import type { Claim } from './model.ts';
import { WEAK_SCORE } from './rules.ts';

export type SuggestionStrength = 'weak' | 'strong';

/** The band of an untouched claim's suggestion; null once an analyst has tagged it, or for a suggestion without a score. */
export function suggestionStrength(claim: Claim): SuggestionStrength | null {
  const score = claim.suggestion?.score;
  if (claim.status !== 'suggested' || score === undefined) return null;
  return score < WEAK_SCORE ? 'weak' : 'strong';
}
