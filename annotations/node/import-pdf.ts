/**
 * Node only. A PDF's text layer as an article, through Mozilla's pdf.js; the
 * reading order and paragraphs come from pdf-layout.ts.
 */
import type { Article } from '../model.ts';
import { pageParagraphs, type TextRun } from '../pdf-layout.ts';

export async function articleFromPdf(bytes: Uint8Array, origin?: string): Promise<Article | null> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  try {
    const paragraphs: string[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const runs: TextRun[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const [a, b, , , x, y] = item.transform as number[];
        runs.push({ text: item.str, x: x!, y: y!, width: item.width, size: Math.hypot(a!, b!) || item.height });
      }
      paragraphs.push(...pageParagraphs(runs, page.view[2]! - page.view[0]!));
    }
    if (paragraphs.length === 0) return null;
    // The document's Title field is often a file name or "about:blank"; the first line is the headline.
    const info = (await pdf.getMetadata().catch(() => null))?.info as { Author?: string } | undefined;
    return {
      title: paragraphs[0]!,
      text: paragraphs.join('\n'),
      ...(info?.Author?.trim() ? { byline: info.Author.trim() } : {}),
      ...(origin ? { origin } : {}),
    };
  } finally {
    await pdf.destroy();
  }
}
