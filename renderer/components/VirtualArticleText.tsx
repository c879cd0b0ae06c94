/**
 * A long article drawn only near the view: paragraph by paragraph, through a
 * virtualizer over the article pane's scrolling. A claim selected elsewhere is
 * scrolled into view by its paragraph, since its words may not be in the page.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { forwardRef, useCallback, useEffect, useMemo, useRef } from 'react';
import type { Mark } from '../../annotations/highlights.ts';
import { claimMarks, selectionMarks, type ArticleTextProps } from '../article-runs.tsx';
import { ArticleParagraph } from './ArticleParagraph.tsx';

interface Paragraph {
  start: number;
  end: number;
}

/** About this many characters fill a line of the article column; a line is this tall (px). */
const CHARS_PER_LINE = 80;
const LINE_HEIGHT = 28;

function paragraphsOf(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let start = 0;
  for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
    paragraphs.push({ start, end });
    start = end + 1;
  }
  paragraphs.push({ start, end: text.length });
  return paragraphs;
}

/** The paragraph holding an offset (binary search). */
function paragraphAt(paragraphs: readonly Paragraph[], offset: number): number {
  let low = 0;
  let high = paragraphs.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (paragraphs[mid]!.start <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The claim marks of each paragraph; a claim across a paragraph break is in both. */
function marksByParagraph(paragraphs: readonly Paragraph[], marks: readonly Mark[]): Mark[][] {
  const grouped = paragraphs.map((): Mark[] => []);
  for (const mark of marks) {
    for (let i = paragraphAt(paragraphs, mark.start); i < paragraphs.length && paragraphs[i]!.start < Math.max(mark.end, mark.start + 1); i++) grouped[i]!.push(mark);
  }
  return grouped;
}

/** The same marks as last time when no claim moved, came or went: a tag or a note leaves every paragraph's marks alone. */
function useStableMarks(marks: Mark[]): Mark[] {
  const previous = useRef(marks);
  const before = previous.current;
  const same = before.length === marks.length && marks.every((m, i) => m.id === before[i]!.id && m.start === before[i]!.start && m.end === before[i]!.end);
  if (!same) previous.current = marks;
  return previous.current;
}

export const VirtualArticleText = forwardRef<HTMLDivElement, ArticleTextProps>(function VirtualArticleText({ text, claims, byId, selected, onClick }, ref) {
  const host = useRef<HTMLDivElement | null>(null);
  const paragraphs = useMemo(() => paragraphsOf(text), [text]);
  const marks = useStableMarks(useMemo(() => claimMarks(claims), [claims]));
  const grouped = useMemo(() => marksByParagraph(paragraphs, marks), [paragraphs, marks]);
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
            marks={grouped[item.index]!}
            byId={byId}
            selected={touched ? selected : null}
            measure={virtualizer.measureElement}
          />
        );
      })}
    </div>
  );
});
