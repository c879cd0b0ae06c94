/**
 * Node only. Turns a file's bytes into an article by its extension. Every
 * failure is an ImportError that names the file and the reason.
 */
import { basename, extname } from 'node:path';
import { MAX_IMPORT_BYTES } from '../contract-schemas.ts';
import { articleFromMarkdown, articleFromText } from '../import-text.ts';
import { fromDisk } from '../file-format.ts';
import { MAX_ARTICLE_CHARS, type AnnotationFile, type Article } from '../model.ts';
import { articleFromHtml } from './import-html.ts';
import { articleFromPdf } from './import-pdf.ts';
import { decodeText, readBytesSafely, SafeReadError, TextDecodingError } from './safe-read.ts';

export const IMPORTABLE_EXTENSIONS = ['txt', 'text', 'md', 'markdown', 'html', 'htm', 'pdf'] as const;
/** What the Open dialog offers: articles, and annotation files exported from Claimbench. */
export const OPENABLE_EXTENSIONS = [...IMPORTABLE_EXTENSIONS, 'json'] as const;

/** An opened file is either an article to annotate or a whole annotation file (an exported .json). */
export type Imported = { article: Article } | { annotations: AnnotationFile };

export async function importFile(fileName: string, bytes: Uint8Array): Promise<Imported> {
  const name = basename(fileName);
  if (bytes.length === 0) throw new ImportError(name, 'the file is empty.');
  if (extname(name).toLowerCase() !== '.json') return { article: await articleFromFile(fileName, bytes) };
  let raw: unknown;
  try {
    raw = JSON.parse(decodeFileText(name, bytes));
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(name, `it is not valid JSON (${(error as Error).message}).`);
  }
  const parsed = fromDisk(raw);
  if (!parsed.success) throw new ImportError(name, `${parsed.error}.`);
  return { annotations: parsed.data };
}

export class ImportError extends Error {
  constructor(fileName: string, reason: string) {
    super(`Cannot import ${fileName}: ${reason}`);
  }
}

export async function articleFromFile(fileName: string, bytes: Uint8Array): Promise<Article> {
  const name = basename(fileName);
  const extension = extname(name).slice(1).toLowerCase();
  switch (extension) {
    case 'txt':
    case 'text':
      return nonEmpty(name, articleFromText(decodeFileText(name, bytes), name));
    case 'md':
    case 'markdown':
      return nonEmpty(name, articleFromMarkdown(decodeFileText(name, bytes), name));
    case 'html':
    case 'htm': {
      const article = articleFromHtml(decodeFileText(name, bytes), name);
      if (!article) throw new ImportError(name, 'no article text was found in the page.');
      return nonEmpty(name, article);
    }
    case 'pdf': {
      if (!isPdf(bytes)) throw new ImportError(name, 'it is not a PDF file (no %PDF header).');
      let article: Article | null;
      try {
        article = await articleFromPdf(bytes, name);
      } catch (error) {
        throw new ImportError(name, `the PDF cannot be read (${(error as Error).message}).`);
      }
      if (!article) throw new ImportError(name, 'the PDF has no text layer (a scan needs OCR first).');
      return nonEmpty(name, article);
    }
    default:
      throw new ImportError(name, `".${extension || '(none)'}" files are not supported; use ${IMPORTABLE_EXTENSIONS.map((e) => '.' + e).join(', ')}.`);
  }
}

/** Reads a file from disk for import, refusing a pipe, a device or one too large before reading it. */
export async function importFileAt(path: string): Promise<Imported> {
  let bytes: Buffer;
  try {
    bytes = await readBytesSafely(path, MAX_IMPORT_BYTES);
  } catch (error) {
    if (error instanceof SafeReadError) throw new ImportError(basename(path), `${error.reason}.`);
    throw error;
  }
  return importFile(path, bytes);
}

function isPdf(bytes: Uint8Array): boolean {
  return new TextDecoder().decode(bytes.subarray(0, 1024)).includes('%PDF-');
}

function decodeFileText(name: string, bytes: Uint8Array): string {
  try {
    return decodeText(bytes);
  } catch (error) {
    if (error instanceof TextDecodingError) throw new ImportError(name, `${error.message}.`);
    throw error;
  }
}

function nonEmpty(name: string, article: Article): Article {
  if (!article.text.trim()) throw new ImportError(name, 'it holds no text.');
  if (article.text.length > MAX_ARTICLE_CHARS) throw new ImportError(name, `its text is over ${MAX_ARTICLE_CHARS.toLocaleString('en')} characters.`);
  return article;
}
