/** Small articles for unit tests, built in code so each test says what it relies on. */
import { createAnnotationFile } from '../../annotations/document.ts';
import type { AnnotationFile } from '../../annotations/model.ts';

export const SHORT_ARTICLE = `Council accuses contractor of overcharging for bridge repairs
Auditors say invoices were inflated by a third

The city council said on Monday that the contractor had billed for work it never did.
Photographs included in the audit show unfinished railings.
A council engineer, who asked not to be named, said the invoices were signed anyway.
The bridge opened in 1987.
`;

/** An article with one claim of each attribution kind and a background fact, for journeys in the app. */
export const PORT_FEES = {
  title: 'Port fees',
  text: `Port authority accused of doubling fees in secret
Shipping firms say invoices rose without notice

The Harbour Users' Association said on Tuesday that fees had doubled since January.
Invoices seen by the association show the increase on every berth.
A port official, who asked not to be named, said the board approved the rise in December.
The port handles 4 million tonnes a year.`,
};

export function shortFile(): AnnotationFile {
  return createAnnotationFile({ title: '', text: SHORT_ARTICLE });
}
