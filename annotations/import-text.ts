/**
 * Plain-text and Markdown articles: the first line is the headline, an optional
 * standfirst line follows, then the body. Markdown markup is taken off so that
 * offsets index the words an analyst reads.
 */
import type { Article } from './model.ts';
import { firstLine } from './document.ts';
import { normalizeArticleText } from './text.ts';

export function articleFromText(raw: string, origin?: string): Article {
  const text = normalizeArticleText(raw).trim();
  return { title: firstLine(text), text, ...(origin ? { origin } : {}) };
}

export function articleFromMarkdown(raw: string, origin?: string): Article {
  const text = normalizeArticleText(raw)
    .split('\n')
    .filter((line) => !/^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/.test(line))
    .map((line) =>
      line
        .replace(/^\s{0,3}#{1,6}\s+/, '')
        .replace(/^\s{0,3}>\s?/, '')
        .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
        .replace(/(\*\*|__)(.+?)\1/g, '$2')
        .replace(/(^|[^\w*])([*_])(?!\s)(.+?)(?<!\s)\2(?!\w)/g, '$1$3')
        .replace(/`([^`]+)`/g, '$1'),
    )
    .join('\n');
  return articleFromText(text, origin);
}
