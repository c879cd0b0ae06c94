/**
 * Attribution suggestions by the codebook (ANNOTATION-GUIDE.md, with its hard cases):
 * image, then unnamed, then named, then none, over every clause of the sentence;
 * relayed sources with their carrier as via; hedges; headline tags; carry-over to a
 * statement that continues the previous one; and a score saying how sure each
 * suggestion is. Lemmas and parts of speech come from the NLP library (nlp.ts), verb
 * lemmas from lexicon.ts, every other word list and pattern from rules.ts.
 *
 * This module runs the article through them: its words tagged (suggest/words.ts), each
 * statement's own suggestion (suggest/statement.ts), then the passes that read across
 * statements (suggest/carry-over.ts, suggest/article-passes.ts).
 */
import type { Span, Suggestion } from './model.ts';
import { winkLinguistics, type Linguistics } from './nlp.ts';
import { IMAGERY_ARTICLE } from './rules.ts';
import { openAtEnds, quotationResumes } from './quotations.ts';
import { paragraphBreakBetween, type Segment } from './segment.ts';
import { analyseAll, useLinguistics } from './suggest/words.ts';
import type { ArticleContext } from './suggest/article-context.ts';
import { carryBackFromClosingAttribution, carryThroughQuotations, carryUnderColons, isSourced } from './suggest/carry-over.ts';
import { suggestFor } from './suggest/statement.ts';
import { captionsAboveCredits, resolveDescribedSpeakers, resolveSpeakersNamedLater, signedPosts } from './suggest/article-passes.ts';

/** How far back, in statements, a pronoun looks for the source it stands for. */
const ANTECEDENT_STATEMENTS = 3;

/** A statement that ends as a sentence does, a closing quotation mark allowed. */
const SENTENCE_END = /[.!?]["'\u201D\u2019]?$/;

/** How many statements pass between progress reports. */
const PROGRESS_EVERY = 2000;

export function suggestAll(
  text: string,
  segments: readonly Segment[],
  onProgress?: (done: number, total: number) => void,
  library: Linguistics = winkLinguistics,
): Suggestion[] {
  const before = useLinguistics(library);
  const article = text;
  // Wire copy from India writes a quotation mark as two apostrophes (''Crops were damaged,'' he said): the rules
  // read it as one mark and a space, at the same offsets; every span's words are then taken from the article.
  text = article.includes("''") ? article.replaceAll("''", '" ') : article;
  try {
    const context: ArticleContext = { imagery: IMAGERY_ARTICLE.test(text) };
    const suggestions: Suggestion[] = [];
    const words = analyseAll(text, segments);
    const openAtEnd = openAtEnds(text, segments);
    let bodyBegun = false;
    // The first of the statements that end inside the quotation open now, kept as the loop goes rather than walked
    // back to from each statement (a page run as one paragraph may leave a quotation open for thousands).
    let quotationOpenedAt = 0;
    segments.forEach((segment, i) => {
      if (onProgress && i % PROGRESS_EVERY === 0) onProgress(i, segments.length);
      // Carry-over never crosses from the headline block into the body.
      const previous = i > 0 && segment.role === 'body' && segments[i - 1]!.role === 'body' ? suggestions[i - 1]! : null;
      const newParagraph = i === 0 || paragraphBreakBetween(text, segments[i - 1]!, segment);
      const recentImage = previous !== null && suggestions.slice(Math.max(0, i - 2), i).some((s) => s.attribution === 'image');
      const antecedent = previous === null ? undefined : suggestions.slice(Math.max(0, i - ANTECEDENT_STATEMENTS), i).findLast(isSourced);
      const inQuotation = openAtEnd[i - 1] === true && (!newParagraph || quotationResumes(text, segments, i));
      if (openAtEnd[i - 1] === true && openAtEnd[i - 2] !== true) quotationOpenedAt = i - 1;
      const beforeQuotation = inQuotation && quotationOpenedAt > 0 && segments[quotationOpenedAt - 1]!.role === 'body' ? suggestions[quotationOpenedAt - 1] : undefined;
      suggestions.push(suggestFor(text, segment, words[i]!, previous, { imagery: context.imagery, newParagraph, recentImage, inQuotation, antecedent, bodyBegun, beforeQuotation }));
      bodyBegun ||= segment.role === 'body' && SENTENCE_END.test(text.slice(Math.max(segment.start, segment.end - 2), segment.end));
    });
    resolveDescribedSpeakers(text, segments, suggestions);
    resolveSpeakersNamedLater(text, segments, suggestions);
    carryThroughQuotations(text, segments, suggestions, openAtEnd);
    carryUnderColons(text, segments, words, suggestions);
    carryBackFromClosingAttribution(text, segments, suggestions);
    captionsAboveCredits(text, segments, suggestions);
    signedPosts(text, segments, suggestions);
    return text === article ? suggestions : suggestions.map((suggestion) => spansFrom(article, suggestion));
  } finally {
    useLinguistics(before);
  }
}

function spansFrom(article: string, suggestion: Suggestion): Suggestion {
  const again = <S extends Span>(span: S): S => ({ ...span, text: article.slice(span.start, span.end) });
  return {
    ...suggestion,
    ...(suggestion.source ? { source: again(suggestion.source) } : {}),
    ...(suggestion.via ? { via: again(suggestion.via) } : {}),
    cues: suggestion.cues.map(again),
  };
}
