/**
 * Stands in for annotations/nlp.ts in the renderer bundle (see vite.config.ts): the
 * renderer never extracts statements (the main process does, and sends the result), so
 * the 4 MB language model stays out of the page. Called anyway, it says so.
 */
import type { Linguistics } from '../annotations/nlp.ts';

function unavailable(): never {
  throw new Error('Extraction runs in the main process; the renderer has no language model.');
}

export const winkLinguistics: Linguistics = { lemmaOf: unavailable, tagSentence: unavailable };
