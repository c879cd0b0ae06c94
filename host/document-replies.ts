/**
 * Replies as text over the Playwright binding. A whole document (an opened or
 * new article) travels in the lean file format, a quarter of its full JSON,
 * and is expanded on the page's side; everything else, edit replies included,
 * as plain JSON. The main process validated the document when it read it.
 */
import type { Envelope } from '../annotations/contract.ts';
import { expand, toDisk } from '../annotations/file-format.ts';
import { FORMAT_NAME, type AnnotationFile } from '../annotations/model.ts';

const DOCUMENT_REPLY = 'D';

export function encodeReply(reply: Envelope): string {
  const value = reply.ok ? (reply.value as { format?: unknown; claims?: unknown } | null) : null;
  if (value && value.format === FORMAT_NAME && Array.isArray(value.claims)) return DOCUMENT_REPLY + toDisk(value as AnnotationFile);
  return JSON.stringify(reply);
}

export function decodeReply(text: string): Envelope {
  return text.startsWith(DOCUMENT_REPLY) ? { ok: true, value: expand(JSON.parse(text.slice(DOCUMENT_REPLY.length))) } : (JSON.parse(text) as Envelope);
}
