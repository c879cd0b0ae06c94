/**
 * Find in the article: every match highlighted through the CSS Custom
 * Highlight API, which paints ranges without touching the article's markup,
 * and the current one scrolled into view.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

const ALL = 'search-hit';
const CURRENT = 'search-current';

function rangesOf(root: HTMLElement, query: string): Range[] {
  const needle = query.toLocaleLowerCase();
  const nodes: { node: Text; start: number }[] = [];
  let text = '';
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push({ node: n as Text, start: text.length });
    text += n.textContent ?? '';
  }
  const haystack = text.toLocaleLowerCase();
  const ranges: Range[] = [];
  let index = 0;
  const locate = (offset: number) => {
    while (index + 1 < nodes.length && nodes[index + 1]!.start <= offset) index++;
    return [nodes[index]!.node, offset - nodes[index]!.start] as const;
  };
  for (let at = haystack.indexOf(needle); at !== -1 && ranges.length < 5000; at = haystack.indexOf(needle, at + needle.length)) {
    const range = document.createRange();
    range.setStart(...locate(at));
    range.setEnd(...locate(at + needle.length));
    ranges.push(range);
  }
  return ranges;
}

export function useArticleSearch(article: RefObject<HTMLElement | null>, query: string, text: string | undefined) {
  const [ranges, setRanges] = useState<Range[]>([]);
  const current = useRef(-1);

  useEffect(() => {
    // A DOM without the Highlight API (a test double) finds nothing rather than failing.
    if (!('highlights' in CSS)) return;
    const root = article.current;
    const found = root && query.trim() ? rangesOf(root, query.trim()) : [];
    current.current = -1;
    setRanges(found);
    CSS.highlights.set(ALL, new Highlight(...found));
    CSS.highlights.delete(CURRENT);
    return () => {
      CSS.highlights.delete(ALL);
      CSS.highlights.delete(CURRENT);
    };
  }, [article, query, text]);

  /** Moves to the next match (or the previous one), highlights it and scrolls it into view. */
  const step = useCallback(
    (by: 1 | -1) => {
      if (ranges.length === 0 || !('highlights' in CSS)) return;
      current.current = (current.current + by + ranges.length) % ranges.length;
      const range = ranges[current.current]!;
      CSS.highlights.set(CURRENT, new Highlight(range));
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    },
    [ranges],
  );

  return { matches: ranges.length, step };
}
