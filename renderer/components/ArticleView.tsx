/**
 * The article with every claim highlighted by its attribution; the selected
 * claim's source phrase and the cues behind its suggestion are underlined.
 * A long text (a report of a megabyte) is drawn paragraph by paragraph, only
 * those near the view (VirtualArticleText), so it opens and reacts as fast as a
 * short story; a short one is drawn whole, so the browser's find works on it.
 */
import { forwardRef, memo } from 'react';
import type { Claim } from '../../annotations/model.ts';
import type { ClaimIndex } from '../hooks/useClaimIndex.ts';
import { VirtualArticleText } from './VirtualArticleText.tsx';
import { WholeArticleText } from './WholeArticleText.tsx';

export interface ArticleViewProps {
  title: string;
  text: string;
  index: ClaimIndex;
  selected: Claim | null;
  onSelectClaim(id: string): void;
  onCorrect(): void;
  onReview(): void;
}

/** Above this many characters the article text is drawn only near the view. */
export const VIRTUAL_TEXT_ABOVE = 100_000;

export const ArticleView = memo(
  forwardRef<HTMLDivElement, ArticleViewProps>(function ArticleView({ title, text, index, selected, onSelectClaim, onCorrect, onReview }, ref) {
    const onClick = (event: React.MouseEvent) => {
      if (!window.getSelection()?.isCollapsed) return;
      const id = (event.target as HTMLElement).closest<HTMLElement>('[data-claim]')?.dataset.claim;
      if (id) onSelectClaim(id);
    };
    const long = text.length > VIRTUAL_TEXT_ABOVE;

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
        {long ? (
          <VirtualArticleText ref={ref} text={text} index={index} selected={selected} onClick={onClick} />
        ) : (
          <WholeArticleText ref={ref} text={text} index={index} selected={selected} onClick={onClick} />
        )}
      </section>
    );
  }),
);
