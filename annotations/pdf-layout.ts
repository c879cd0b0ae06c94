/**
 * Reading order for text laid out on PDF pages: lines from positioned text
 * runs, full-width bands and two columns read column by column, paragraphs
 * joined, and hyphenation at line ends undone. Pure: the PDF parsing itself
 * is in node/import-pdf.ts.
 */

/** A run of text as a PDF places it: left edge, baseline (from the bottom), width, font size. */
export interface TextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

interface Segment {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
}

/** Runs on one baseline, split where a gap is wide enough to be a column gutter. */
function segmentsOf(runs: readonly TextRun[]): Segment[] {
  const sorted = runs.filter((r) => r.text.length > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: TextRun[][] = [];
  for (const run of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line[0]!.y - run.y) < Math.max(1, run.size * 0.4)) line.push(run);
    else lines.push([run]);
  }
  const segments: Segment[] = [];
  for (const line of lines) {
    line.sort((a, b) => a.x - b.x);
    let current: Segment | null = null;
    for (const run of line) {
      const gap = current ? run.x - current.right : 0;
      if (!current || gap > run.size * 1.5) {
        if (current) segments.push(current);
        current = { text: run.text, x: run.x, right: run.x + run.width, y: run.y, size: run.size };
        continue;
      }
      const needsSpace = gap > run.size * 0.15 && !/\s$/.test(current.text) && !/^\s/.test(run.text);
      current.text += (needsSpace ? ' ' : '') + run.text;
      current.right = Math.max(current.right, run.x + run.width);
    }
    if (current) segments.push(current);
  }
  return segments.map((s) => ({ ...s, text: s.text.replace(/\s+/g, ' ').trim() })).filter((s) => s.text && !/^\d{1,4}$/.test(s.text));
}

/** Segments in reading order: full-width bands top to bottom, and inside a band the left column before the right. */
function readingOrder(segments: Segment[], pageWidth: number): Segment[][] {
  const middle = pageWidth / 2;
  const spans = (s: Segment) => s.x < middle - s.size && s.right > middle + s.size;
  const twoColumns = segments.filter((s) => s.x >= middle - s.size).length >= 2 && segments.filter((s) => s.right <= middle + s.size && !spans(s)).length >= 2;
  if (!twoColumns) return [segments];
  const columns: Segment[][] = [];
  let left: Segment[] = [];
  let right: Segment[] = [];
  const flush = () => {
    if (left.length) columns.push(left);
    if (right.length) columns.push(right);
    left = [];
    right = [];
  };
  let band: Segment[] | null = null;
  for (const segment of segments) {
    const last = band?.[band.length - 1];
    // The short last line of a full-width heading or paragraph continues its band.
    const continuesBand = last && Math.abs(last.size - segment.size) <= 1 && last.y - segment.y < segment.size * 1.6 && Math.abs(last.x - segment.x) < segment.size;
    if (spans(segment) || continuesBand) {
      if (!band || !continuesBand) {
        flush();
        band = [];
        columns.push(band);
      }
      band.push(segment);
      continue;
    }
    band = null;
    if (segment.x >= middle - segment.size) right.push(segment);
    else left.push(segment);
  }
  flush();
  return columns;
}

/** Lines of one column joined into paragraphs; "inves-" + "tigation" becomes "investigation". */
function paragraphsOf(column: Segment[]): string[] {
  const paragraphs: string[] = [];
  let current = '';
  let previous: Segment | null = null;
  for (const segment of column) {
    const lineGap = previous ? previous.y - segment.y : 0;
    const newParagraph = !previous || lineGap > Math.max(previous.size, segment.size) * 1.6 || Math.abs(segment.size - previous.size) > 1;
    if (newParagraph) {
      if (current) paragraphs.push(current);
      current = segment.text;
    } else if (/[A-Za-z\u00C0-\u024F]-$/.test(current) && /^\p{Ll}/u.test(segment.text)) {
      current = current.slice(0, -1) + segment.text;
    } else {
      current += ' ' + segment.text;
    }
    previous = segment;
  }
  if (current) paragraphs.push(current);
  return paragraphs;
}

export function pageParagraphs(runs: readonly TextRun[], pageWidth: number): string[] {
  return readingOrder(segmentsOf(runs), pageWidth).flatMap(paragraphsOf);
}
