/**
 * A long article drawn only near the view: paragraph by paragraph, through a
 * virtualizer over the article pane's scrolling. A claim selected elsewhere is
 * scrolled into view by its paragraph, since its words may not be in the page.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { forwardRef, useCallback, useEffect, useMemo, useRef } from 'react';
import { selectionMarks, type ArticleTextProps } from '../article-runs.tsx';
import type { ClaimIndex } from '../hooks/useClaimIndex.ts';
import { groupClaims, paragraphAt, paragraphsOf, type Paragraph, type ParagraphClaims } from '../paragraphs.ts';
import { ArticleParagraph } from './ArticleParagraph.tsx';

/** About this many characters fill a line of the article column; a line is this tall (px). */
const CHARS_PER_LINE = 80;
const LINE_HEIGHT = 28;

/** The claims of each paragraph, regrouped only where a claim changed. */
function useParagraphClaims(paragraphs: readonly Paragraph[], index: ClaimIndex): ParagraphClaims {
  const grouped = useRef<ParagraphClaims | null>(null);
  grouped.current = groupClaims(paragraphs, index, grouped.current);
  return grouped.current;
}

export const VirtualArticleText = forwardRef<HTMLDivElement, ArticleTextProps>(function VirtualArticleText({ text, index, selected, onClick }, ref) {
  const host = useRef<HTMLDivElement | null>(null);
  const paragraphs = useMemo(() => paragraphsOf(text), [text]);
  const { byParagraph } = useParagraphClaims(paragraphs, index);
  const virtualizer = useVirtualizer({
    count: paragraphs.length,
    getScrollElement: () => host.current?.closest<HTMLElement>('.article-pane') ?? null,
    estimateSize: (i) => Math.max(1, Math.ceil((paragraphs[i]!.end - paragraphs[i]!.start) / CHARS_PER_LINE)) * LINE_HEIGHT,
    overscan: 4,
    scrollMargin: host.current?.offsetTop ?? 0,
  });

  // The stretch the selection draws on: the claim and its source, via and cues.
  const reach = useMemo(() => {
    const all = selected ? [{ start: selected.start, end: selected.end }, ...selectionMarks(selected)] : [];
    return all.length ? { start: Math.min(...all.map((m) => m.start)), end: Math.max(...all.map((m) => m.end)) } : null;
  }, [selected]);

  const selectedStart = selected && !selected.orphaned ? selected.start : null;
  useEffect(() => {
    if (selectedStart !== null) virtualizer.scrollToIndex(paragraphAt(paragraphs, selectedStart), { align: 'auto' });
  }, [selectedStart, paragraphs, virtualizer]);

  const setRefs = useCallback(
    (element: HTMLDivElement | null) => {
      host.current = element;
      if (typeof ref === 'function') ref(element);
      else if (ref) ref.current = element;
    },
    [ref],
  );

  const margin = virtualizer.options.scrollMargin;
  return (
    <div ref={setRefs} className="article-text virtual" onClick={onClick} style={{ position: 'relative', height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((item) => {
        const paragraph = paragraphs[item.index]!;
        const touched = reach !== null && reach.start <= paragraph.end && paragraph.start <= reach.end;
        return (
          <ArticleParagraph
            key={paragraph.start}
            text={text}
            start={paragraph.start}
            end={paragraph.end}
            index={item.index}
            top={item.start - margin}
            claims={byParagraph[item.index]!}
            selected={touched ? selected : null}
            measure={virtualizer.measureElement}
          />
        );
      })}
    </div>
  );
});
