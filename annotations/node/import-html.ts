/**
 * Node only. A saved web page as an article: Mozilla's Readability finds the
 * main text (navigation, ads and scripts gone) over linkedom's DOM; metadata
 * comes from the page's own tags. Paragraphs become lines, so the headline,
 * the standfirst and each paragraph segment as they do in a .txt article.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Article } from '../model.ts';
import { webUrlOrUndefined } from '../text.ts';

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, dd, dt';

const collapse = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

type PageDocument = ReturnType<typeof parseHTML>['document'];

function meta(document: PageDocument, ...names: string[]): string | undefined {
  for (const name of names) {
    const content = document.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content');
    if (collapse(content)) return collapse(content);
  }
  return undefined;
}

/** The paragraphs of Readability's cleaned HTML, one per line; nested blocks are not counted twice. */
function paragraphsOf(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return [...document.querySelectorAll(BLOCKS)]
    .filter((element) => !element.querySelector(BLOCKS))
    .map((element) => collapse(element.textContent))
    .filter(Boolean);
}

export function articleFromHtml(html: string, origin?: string): Article | null {
  const { document } = parseHTML(html);
  // Read metadata before Readability, which takes the document apart.
  // Only a web address is kept: a javascript: canonical URL would travel on into ClaimReview.
  const url = webUrlOrUndefined(document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(document, 'og:url'));
  const headline = meta(document, 'og:title', 'twitter:title') ?? collapse(document.querySelector('h1')?.textContent);
  const standfirst = meta(document, 'og:description', 'description');
  const published = meta(document, 'article:published_time', 'datePublished', 'date', 'dc.date') ?? document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
  const parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  if (!parsed?.content) return null;
  const title = headline || collapse(parsed.title);
  const byline = collapse(parsed.byline) || meta(document, 'author');
  const bylineText = byline?.replace(/^by\s+/i, '');
  const paragraphs = paragraphsOf(parsed.content).filter((p) => p !== title && p.replace(/^by\s+/i, '') !== bylineText);
  if (paragraphs.length === 0) return null;
  const lead = standfirst && !paragraphs[0]!.startsWith(standfirst.slice(0, 40)) ? [standfirst] : [];
  const text = [title, ...lead, '', ...paragraphs].join('\n');
  return {
    title,
    text,
    ...(bylineText ? { byline: bylineText } : {}),
    ...(published || parsed.publishedTime ? { published: (published ?? parsed.publishedTime)! } : {}),
    ...(url ? { url } : {}),
    ...(origin ? { origin } : {}),
  };
}
