/** A short article drawn whole: every run of text in the page. */
import { forwardRef, useMemo } from 'react';
import { runsOf } from '../../annotations/highlights.ts';
import { claimMarks, runSpans, selectionMarks, type ArticleTextProps } from '../article-runs.tsx';

export const WholeArticleText = forwardRef<HTMLDivElement, ArticleTextProps>(function WholeArticleText({ text, index, selected, onClick }, ref) {
  const runs = useMemo(() => runsOf(text.length, [...claimMarks(index.claims), ...selectionMarks(selected)]), [text, index.claims, selected]);
  return (
    <div ref={ref} className="article-text" onClick={onClick}>
      {runSpans(text, runs, index.byId, selected?.id)}
    </div>
  );
});
