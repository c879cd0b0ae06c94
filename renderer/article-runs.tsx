/**
 * The article text as spans: claims, and the selected claim's source, via and
 * cue words, cut into flat runs (highlights.ts). Each span carries the offset
 * of its first character (selection.ts reads it) and its claim.
 */
import type { ReactNode } from 'react';
import type { Mark, Run } from '../annotations/highlights.ts';
import type { Claim } from '../annotations/model.ts';
import type { ClaimIndex, ClaimsById } from './hooks/useClaimIndex.ts';

export interface ArticleTextProps {
  text: string;
  index: ClaimIndex;
  selected: Claim | null;
  onClick(event: React.MouseEvent): void;
}

const CLAIM = 'c:';
const SOURCE = 's:source';
const VIA = 's:via';
const CUE = 'q:';

/** Where each claim lies, as marks; orphaned claims have no place in the text. */
export function claimMarks(claims: readonly Claim[]): Mark[] {
  return claims.filter((c) => !c.orphaned).map((c) => ({ start: c.start, end: c.end, id: CLAIM + c.id }));
}

/** The selected claim's source, via and cue words, as marks. */
export function selectionMarks(selected: Claim | null): Mark[] {
  if (!selected) return [];
  const marks: Mark[] = [];
  const { source, via } = selected.attribution;
  if (source) marks.push({ ...source, id: SOURCE });
  if (via) marks.push({ ...via, id: VIA });
  selected.suggestion?.cues.forEach((cue, i) => marks.push({ start: cue.start, end: cue.end, id: `${CUE}${i}` }));
  return marks;
}

export function runSpans(text: string, runs: readonly Run[], byId: ClaimsById, selectedId: string | undefined): ReactNode[] {
  return runs.map((run) => {
    const claimId = run.marks.find((m) => m.startsWith(CLAIM))?.slice(CLAIM.length);
    const claim = claimId ? byId.get(claimId) : undefined;
    const classes = [
      claim ? `claim kind-${claim.attribution.kind ?? 'unset'} status-${claim.status}` : '',
      claim && claim.id === selectedId ? 'selected' : '',
      run.marks.includes(SOURCE) ? 'source-phrase' : '',
      run.marks.includes(VIA) ? 'via-phrase' : '',
      run.marks.some((m) => m.startsWith(CUE)) ? 'cue' : '',
    ]
      .filter(Boolean)
      .join(' ');
    return (
      <span key={run.start} data-start={run.start} data-claim={claim?.id} className={classes || undefined}>
        {text.slice(run.start, run.end)}
      </span>
    );
  });
}
