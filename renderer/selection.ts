/**
 * Maps the browser's text selection in the article view to offsets in the
 * article text. Every run of text in the view is a span carrying the offset of
 * its first character (data-start) and holding a single text node.
 */
export interface TextRange {
  start: number;
  end: number;
}

function offsetOf(node: Node, offset: number, root: HTMLElement): number | null {
  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  if (!element || !root.contains(element)) return null;
  const run = element.closest<HTMLElement>('[data-start]');
  if (run) {
    const start = Number(run.dataset.start);
    return node.nodeType === Node.TEXT_NODE ? start + offset : start + (offset > 0 ? (run.textContent ?? '').length : 0);
  }
  // The selection ends on the container itself: between its child runs.
  const child = element.childNodes[Math.min(offset, element.childNodes.length - 1)] as HTMLElement | undefined;
  const childRun = child?.closest?.('[data-start]') as HTMLElement | null | undefined;
  if (!childRun) return null;
  const start = Number(childRun.dataset.start);
  return offset >= element.childNodes.length ? start + (childRun.textContent ?? '').length : start;
}

export function selectedRange(root: HTMLElement | null): TextRange | null {
  const selection = window.getSelection();
  if (!root || !selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const start = offsetOf(range.startContainer, range.startOffset, root);
  const end = offsetOf(range.endContainer, range.endOffset, root);
  if (start === null || end === null) return null;
  return { start: Math.min(start, end), end: Math.max(start, end) };
}
