/** The article around a statement, as the rules for one statement need it. */
import type { Suggestion } from '../model.ts';

/** What the whole article says about how to read a statement. */
export interface ArticleContext {
  /** The article is about visual material: a passive "were seen" there rests on it. */
  imagery: boolean;
  /** The statement opens a paragraph: a continuation without a word saying so stops here. */
  newParagraph?: boolean;
  /** One of the two statements before is an image: what follows may go on describing it. */
  recentImage?: boolean;
  /** The nearest statement before with a source, within ANTECEDENT_STATEMENTS: what a pronoun stands for. */
  antecedent?: Suggestion;
  /** A quotation opened before the statement in its paragraph is still open at its start; read from the paragraph when not given. */
  inQuotation?: boolean;
  /**
   * Inside such a quotation, the suggestion of the statement before the one that opened it: whom a closing "he said"
   * stands for ("A photographer told Reuters he came. \u201CThe smell was strong. ... My eyes stung,\u201D he said.").
   */
  beforeQuotation?: Suggestion;
  /** A statement of the body ending with a full stop comes before: a line of names here labels a picture, not a byline. */
  bodyBegun?: boolean;
}
