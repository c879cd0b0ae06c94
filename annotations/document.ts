/** Making a new annotation file from an article. */
import { extractClaims, type ProgressListener } from './extract.ts';
import { FORMAT_NAME, FORMAT_VERSION, type AnnotationFile, type Article } from './model.ts';
import { normalizeArticleText } from './text.ts';

export function createAnnotationFile(article: Article, onProgress?: ProgressListener): AnnotationFile {
  const now = new Date();
  const id = globalThis.crypto.randomUUID();
  const text = normalizeArticleText(article.text);
  const stamp = now.toISOString();
  return {
    format: FORMAT_NAME,
    version: FORMAT_VERSION,
    id,
    createdAt: stamp,
    updatedAt: stamp,
    article: { ...article, title: article.title.trim() || firstLine(text), text },
    claims: extractClaims(text, onProgress),
  };
}

export function firstLine(text: string): string {
  return text.trimStart().split('\n', 1)[0]!.trim().slice(0, 200) || 'Untitled article';
}
