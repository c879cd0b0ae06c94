/**
 * Node only. Turns a file's bytes into an article by its extension. Every
 * failure is an ImportError that names the file and the reason.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { MAX_IMPORT_BYTES } from '../contract-schemas.ts';
import { articleFromMarkdown, articleFromText } from '../import-text.ts';
import { fromDisk } from '../file-format.ts';
import { MAX_ARTICLE_CHARS, type AnnotationFile, type Article } from '../model.ts';
import { articleFromHtml } from './import-html.ts';
import { articleFromPdf } from './import-pdf.ts';

export const IMPORTABLE_EXTENSIONS = ['txt', 'text', 'md', 'markdown', 'html', 'htm', 'pdf'] as const;
/** What the Open dialog offers: articles, and annotation files exported from Claimbench. */
export const OPENABLE_EXTENSIONS = [...IMPORTABLE_EXTENSIONS, 'json'] as const;

/** An opened file is either an article to annotate or a whole annotation file (an exported .json). */
export type Imported = { article: Article } | { annotations: AnnotationFile };

export async function importFile(fileName: string, bytes: Uint8Array): Promise<Imported> {
  const name = basename(fileName);
  if (extname(name).toLowerCase() !== '.json') return { article: await articleFromFile(fileName, bytes) };
  let raw: unknown;
  try {
    raw = JSON.parse(decodeUtf8(name, bytes));
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(name, `it is not valid JSON (${(error as Error).message}).`);
  }
  const parsed = fromDisk(raw);
  if (!parsed.success) throw new ImportError(name, parsed.error.startsWith('it ') ? `${parsed.error}.` : `it is not a Claimbench annotation file (${parsed.error}).`);
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
  if (bytes.length === 0) throw new ImportError(name, 'the file is empty.');
  switch (extension) {
    case 'txt':
    case 'text':
      return nonEmpty(name, articleFromText(decodeUtf8(name, bytes), name));
    case 'md':
    case 'markdown':
      return nonEmpty(name, articleFromMarkdown(decodeUtf8(name, bytes), name));
    case 'html':
    case 'htm': {
      const article = articleFromHtml(decodeUtf8(name, bytes), name);
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

/** Reads a file from disk for import, refusing one too large before reading it. */
export async function importFileAt(path: string): Promise<Imported> {
  const { size } = await stat(path);
  if (size > MAX_IMPORT_BYTES) {
    throw new ImportError(basename(path), `it is ${Math.round(size / 1e6)} MB; files over ${MAX_IMPORT_BYTES / 1024 / 1024} MB are not imported.`);
  }
  return importFile(path, await readFile(path));
}

function isPdf(bytes: Uint8Array): boolean {
  return new TextDecoder().decode(bytes.subarray(0, 1024)).includes('%PDF-');
}

function decodeUtf8(name: string, bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new ImportError(name, 'it looks like a binary file, not text.');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError(name, 'it is not UTF-8 text.');
  }
}

function nonEmpty(name: string, article: Article): Article {
  if (!article.text.trim()) throw new ImportError(name, 'it holds no text.');
  if (article.text.length > MAX_ARTICLE_CHARS) throw new ImportError(name, `its text is over ${MAX_ARTICLE_CHARS.toLocaleString('en')} characters.`);
  return article;
}
