/** One paragraph of a long article; memoised, so a change elsewhere in the article leaves it alone. */
import { memo, useMemo, type Ref } from 'react';
import { runsOf } from '../../annotations/highlights.ts';
import type { Claim } from '../../annotations/model.ts';
import { claimMarks, runSpans, selectionMarks } from '../article-runs.tsx';

export interface ArticleParagraphProps {
  text: string;
  start: number;
  end: number;
  index: number;
  top: number;
  /** The claims that touch this paragraph: a new list only when one of them changed. */
  claims: readonly Claim[];
  /** The selected claim, only where it or its source, via or cues touch this paragraph. */
  selected: Claim | null;
  measure: Ref<HTMLDivElement>;
}

export const ArticleParagraph = memo(function ArticleParagraph({ text, start, end, index, top, claims, selected, measure }: ArticleParagraphProps) {
  const byId = useMemo(() => new Map(claims.map((c) => [c.id, c])), [claims]);
  const runs = useMemo(() => {
    const local = [...claimMarks(claims), ...selectionMarks(selected)].map((m) => ({ ...m, start: m.start - start, end: m.end - start }));
    return runsOf(end - start, local).map((run) => ({ ...run, start: run.start + start, end: run.end + start }));
  }, [claims, selected, start, end]);
  return (
    <div ref={measure} data-index={index} className="article-paragraph" style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${top}px)`, minHeight: '1lh' }}>
      {runSpans(text, runs, byId, selected?.id)}
    </div>
  );
});
