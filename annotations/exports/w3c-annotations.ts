/**
 * A W3C Web Annotation AnnotationCollection: one Annotation per claim, its
 * target selected by quote and by position. The model counts positions in
 * Unicode code points; Claimbench's offsets are JavaScript (UTF-16) indices,
 * so every position is converted.
 */
import type { AnnotationFile } from '../model.ts';
import { attributionLabel, confidenceLabel } from '../taxonomy.ts';

/** Code-point index for every UTF-16 index of the text (one pass, then O(1) per lookup). */
export function codePointIndexer(text: string): (utf16Index: number) => number {
  const table = new Uint32Array(text.length + 1);
  let points = 0;
  for (let i = 0; i < text.length; i++) {
    // The second half of a surrogate pair belongs to the code point its first half opened.
    const continuesPair = isLowSurrogate(text.charCodeAt(i)) && i > 0 && isHighSurrogate(text.charCodeAt(i - 1));
    table[i] = continuesPair ? points - 1 : points;
    if (!continuesPair) points++;
  }
  table[text.length] = points;
  return (index) => table[index]!;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

export function toW3cAnnotations(file: AnnotationFile, now: Date): object {
  const source = file.article.url ?? `urn:claimbench:article:${file.id}`;
  const toCodePoint = codePointIndexer(file.article.text);
  const items = file.claims
    .filter((claim) => !claim.orphaned)
    .map((claim) => {
      const bodies: object[] = [
        { type: 'TextualBody', purpose: 'classifying', value: `attribution:${claim.attribution.kind ?? 'unset'}`, label: attributionLabel(claim.attribution.kind) },
      ];
      if (claim.attribution.source) bodies.push({ type: 'TextualBody', purpose: 'identifying', value: claim.attribution.source.text, label: 'source' });
      if (claim.attribution.via) bodies.push({ type: 'TextualBody', purpose: 'identifying', value: claim.attribution.via.text, label: 'via' });
      if (claim.confidence) bodies.push({ type: 'TextualBody', purpose: 'assessing', value: `confidence:${claim.confidence}`, label: confidenceLabel(claim.confidence) });
      if (claim.verdict) bodies.push({ type: 'TextualBody', purpose: 'assessing', value: claim.verdict, label: 'verdict' });
      if (claim.note) bodies.push({ type: 'TextualBody', purpose: 'commenting', value: claim.note, format: 'text/plain' });
      return {
        id: `urn:claimbench:claim:${claim.id}`,
        type: 'Annotation',
        motivation: 'assessing',
        created: file.createdAt,
        modified: file.updatedAt,
        body: bodies,
        target: {
          source,
          selector: [
            { type: 'TextQuoteSelector', exact: claim.quote.exact, prefix: claim.quote.prefix, suffix: claim.quote.suffix },
            { type: 'TextPositionSelector', start: toCodePoint(claim.start), end: toCodePoint(claim.end) },
          ],
        },
      };
    });
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `urn:claimbench:collection:${file.id}`,
    type: 'AnnotationCollection',
    label: file.article.title,
    generated: now.toISOString(),
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}
