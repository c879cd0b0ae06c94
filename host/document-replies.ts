/**
 * Replies as text over the Playwright binding. A whole document (an opened or
 * new article) travels in the lean file format, deflated and in base64: a
 * fifth of the lean text, which is itself a quarter of the full JSON. At
 * 11,000 claims moving 3.8 MB across the binding was most of an open; 0.8 MB
 * deflated took an open from 736 to about 480 ms. The page inflates and
 * expands it; everything else, edit replies included, is plain JSON. The main
 * process validated the document when it read it. Encoding is Node's
 * (reply-encoding.ts); this side runs in the page.
 */
import type { Envelope } from '../annotations/contract.ts';
import { expand } from '../annotations/file-format.ts';

export const DOCUMENT_REPLY = 'D';

/** Chromium's own base64 decoder (since version 140): a loop over 800,000 characters cost more than the inflating. */
declare global {
  interface Uint8ArrayConstructor {
    fromBase64(base64: string): Uint8Array<ArrayBuffer>;
  }
}

export async function decodeReply(text: string): Promise<Envelope> {
  if (!text.startsWith(DOCUMENT_REPLY)) return JSON.parse(text) as Envelope;
  const deflated = new Blob([Uint8Array.fromBase64(text.slice(DOCUMENT_REPLY.length))]);
  const lean = await new Response(deflated.stream().pipeThrough(new DecompressionStream('deflate-raw'))).text();
  return { ok: true, value: expand(JSON.parse(lean)) };
}
