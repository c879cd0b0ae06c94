/**
 * The codebook's defaults (../shared/ANNOTATION-GUIDE.md): the labels analysts see,
 * in the order the guide gives them, and the precedence suggestions follow.
 */
import type { AttributionKind, ClaimStatus, Confidence } from './model.ts';

export const ATTRIBUTION_LABELS: Record<AttributionKind, string> = {
  named: 'Named source',
  unnamed: 'Unnamed source',
  image: 'Report image',
  none: 'No attribution',
};

/** The order the controls show them in; also their number keys (1-4). */
export const ATTRIBUTION_ORDER: readonly AttributionKind[] = ['named', 'unnamed', 'image', 'none'];

/** "Where several apply, the first in this order wins." */
export const ATTRIBUTION_PRECEDENCE: readonly AttributionKind[] = ['image', 'unnamed', 'named', 'none'];

export const CONFIDENCE_LABELS: Record<Confidence, string> = { low: 'Low', medium: 'Medium', high: 'High' };
export const CONFIDENCE_ORDER: readonly Confidence[] = ['low', 'medium', 'high'];

export const STATUS_LABELS: Record<ClaimStatus, string> = {
  suggested: 'Suggested',
  tagged: 'Tagged',
  reviewed: 'Reviewed',
};

/** The analyst's finding about a statement; a team may use its own labels. */
export const DEFAULT_VERDICTS: readonly string[] = ['Accurate', 'Mostly accurate', 'Misleading', 'False', 'Unverifiable'];

export function attributionLabel(kind: AttributionKind | null | undefined): string {
  return kind ? ATTRIBUTION_LABELS[kind] : 'Not set';
}

export function confidenceLabel(level: Confidence | null | undefined): string {
  return level ? CONFIDENCE_LABELS[level] : 'Not set';
}
