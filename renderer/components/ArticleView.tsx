/**
 * The article with every claim highlighted by its attribution; the selected
 * claim's source phrase and the cues behind its suggestion are underlined.
 */
import { forwardRef, memo, useMemo } from 'react';
import { runsOf, type Mark } from '../../annotations/highlights.ts';
import type { Claim } from '../../annotations/model.ts';

export interface ArticleViewProps {
  title: string;
  text: string;
  claims: readonly Claim[];
  selected: Claim | null;
  onSelectClaim(id: string): void;
  onCorrect(): void;
  onReview(): void;
}

const CLAIM = 'c:';
const SOURCE = 's:source';
const VIA = 's:via';
const CUE = 'q:';

export const ArticleView = memo(
  forwardRef<HTMLDivElement, ArticleViewProps>(function ArticleView({ title, text, claims, selected, onSelectClaim, onCorrect, onReview }, ref) {
    const byId = useMemo(() => new Map(claims.map((c) => [c.id, c])), [claims]);
    const runs = useMemo(() => {
      const marks: Mark[] = claims.filter((c) => !c.orphaned).map((c) => ({ start: c.start, end: c.end, id: CLAIM + c.id }));
      if (selected) {
        const { source, via } = selected.attribution;
        if (source) marks.push({ ...source, id: SOURCE });
        if (via) marks.push({ ...via, id: VIA });
        selected.suggestion?.cues.forEach((cue, i) => marks.push({ start: cue.start, end: cue.end, id: `${CUE}${i}` }));
      }
      return runsOf(text.length, marks);
    }, [text, claims, selected]);

    return (
      <section className="article-pane" aria-label="Article">
        <div className="article-head">
          <h2 className="article-title">{title}</h2>
          <span className="article-actions">
            <button type="button" onClick={onReview}>
              Team review…
            </button>
            <button type="button" onClick={onCorrect}>
              Correct text…
            </button>
          </span>
        </div>
        <div
          ref={ref}
          className="article-text"
          onClick={(event) => {
            if (!window.getSelection()?.isCollapsed) return;
            const id = (event.target as HTMLElement).closest<HTMLElement>('[data-claim]')?.dataset.claim;
            if (id) onSelectClaim(id);
          }}
        >
          {runs.map((run) => {
            const claimId = run.marks.find((m) => m.startsWith(CLAIM))?.slice(CLAIM.length);
            const claim = claimId ? byId.get(claimId) : undefined;
            const classes = [
              claim ? `claim kind-${claim.attribution.kind ?? 'unset'} status-${claim.status}` : '',
              claim && claim.id === selected?.id ? 'selected' : '',
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
          })}
        </div>
      </section>
    );
  }),
);
