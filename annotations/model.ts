/**
 * The annotation file: the one data model every part of Claimbench reads.
 *
 * Documents are treated as immutable values. They change in exactly one place,
 * `applyEdit` in edits.ts; everything else reads them. Every boundary (files on
 * disk, IPC payloads, imports) parses them with these schemas first.
 */
import { z } from 'zod';
import { ReviewRecord } from './review-model.ts';

export const FORMAT_NAME = 'claimbench.annotations';
export const FORMAT_VERSION = 1;

/** The longest article text the workbench takes (characters), pasted, imported or corrected. */
export const MAX_ARTICLE_CHARS = 20_000_000;

export const ATTRIBUTION_KINDS = ['image', 'unnamed', 'named', 'none'] as const;
export const AttributionKind = z.enum(ATTRIBUTION_KINDS);
export type AttributionKind = z.infer<typeof AttributionKind>;

export const CONFIDENCE_LEVELS = ['low', 'medium', 'high'] as const;
export const Confidence = z.enum(CONFIDENCE_LEVELS);
export type Confidence = z.infer<typeof Confidence>;

export const CLAIM_STATUSES = ['suggested', 'tagged', 'reviewed'] as const;
export const ClaimStatus = z.enum(CLAIM_STATUSES);
export type ClaimStatus = z.infer<typeof ClaimStatus>;

const offset = z.number().int().nonnegative();

/** A stretch of the article text: `text === article.text.slice(start, end)`. */
export const Span = z.object({ start: offset, end: offset, text: z.string() });
export type Span = z.infer<typeof Span>;

/** The exact quote with a little context, so a claim can be found again after a correction. */
export const Quote = z.object({ exact: z.string(), prefix: z.string(), suffix: z.string() });
export type Quote = z.infer<typeof Quote>;

/** Why a suggestion was made: the words in the text that decided it. */
export const Cue = Span.extend({ rule: z.string() });
export type Cue = z.infer<typeof Cue>;

export const Suggestion = z.object({
  attribution: AttributionKind,
  source: Span.optional(),
  via: Span.optional(),
  cues: z.array(Cue),
  carryover: z.boolean().optional(),
  /** How sure the suggestion is, 0 to 1 (rules.ts, SUGGESTION_SCORES); older files have none. */
  score: z.number().min(0).max(1).optional(),
});
export type Suggestion = z.infer<typeof Suggestion>;

export const Attribution = z.object({
  kind: AttributionKind.nullable(),
  source: Span.nullable().optional(),
  via: Span.nullable().optional(),
});
export type Attribution = z.infer<typeof Attribution>;

// File, article and claim pass unknown fields through (looseObject): a field a newer
// version or another tool added survives an edit here instead of being dropped.
export const Claim = z.looseObject({
  id: z.string().min(1),
  start: offset,
  end: offset,
  text: z.string(),
  quote: Quote,
  attribution: Attribution,
  suggestion: Suggestion.nullable().optional(),
  confidence: Confidence.nullable(),
  verdict: z.string().nullable().default(null),
  status: ClaimStatus,
  note: z.string(),
  evidence: z.array(z.string()).default([]),
  /** Set when a correction of the article left the claim's quote nowhere to be found. */
  orphaned: z.boolean().optional(),
});
export type Claim = z.infer<typeof Claim>;

export const Article = z.looseObject({
  title: z.string(),
  text: z.string(),
  byline: z.string().optional(),
  published: z.string().optional(),
  url: z.string().optional(),
  /** The file the article was imported from, by name only. */
  origin: z.string().optional(),
  /**
   * Each correction of the text (*Correct text…*), oldest first: when, and the fingerprint of the
   * text it replaced. Colleagues' files of an earlier text are files of this article all the same.
   */
  corrections: z.array(z.object({ at: z.string(), replaced: z.string() })).optional(),
});
export type Article = z.infer<typeof Article>;

export const AnnotationFile = z
  .looseObject({
    format: z.literal(FORMAT_NAME),
    version: z.literal(FORMAT_VERSION),
    id: z.string().min(1),
    createdAt: z.string(),
    updatedAt: z.string(),
    analyst: z.string().optional(),
    /** Set on the record a team review made: whose files it merged and how far they agreed. */
    review: z.lazy(() => ReviewRecord).optional(),
    article: Article,
    claims: z.array(Claim),
  })
  .superRefine((file, ctx) => {
    // A claim whose offsets do not select its own text would silently point at the
    // wrong words in every view and export; refuse the file instead.
    const ids = new Set<string>();
    const length = file.article.text.length;
    file.claims.forEach((claim, index) => {
      if (ids.has(claim.id)) ctx.addIssue({ code: 'custom', path: ['claims', index, 'id'], message: `claim id ${claim.id} is used twice` });
      ids.add(claim.id);
      const spans = [claim, claim.attribution.source, claim.attribution.via, claim.suggestion?.source, claim.suggestion?.via, ...(claim.suggestion?.cues ?? [])];
      if (spans.some((span) => span && (span.end < span.start || span.end > length))) {
        ctx.addIssue({ code: 'custom', path: ['claims', index], message: `claim ${claim.id} points outside the article text (${length} characters)` });
        return;
      }
      if (claim.orphaned) return;
      if (claim.end < claim.start || file.article.text.slice(claim.start, claim.end) !== claim.text) {
        ctx.addIssue({
          code: 'custom',
          path: ['claims', index],
          message: `claim ${claim.id} does not match the article text at ${claim.start}-${claim.end}`,
        });
      }
    });
  });
export type AnnotationFile = z.infer<typeof AnnotationFile>;

/** One line in the workspace's article list. */
export const ArticleSummary = z.object({
  id: z.string(),
  title: z.string(),
  claims: z.number().int(),
  tagged: z.number().int(),
  updatedAt: z.string(),
  /** When the file was begun: copies of one file (an export brought back in) share it. */
  createdAt: z.string(),
  analyst: z.string().optional(),
  /** Equal for files of the same article text, so a review can find them. */
  fingerprint: z.string(),
  /** The fingerprints of the texts this one corrected, so files of an earlier text are found too. */
  earlierTexts: z.array(z.string()),
  /** When the text was last corrected; absent for a text as it was first taken in. */
  correctedAt: z.string().optional(),
  /** Whether this is the record of a team review. */
  isReview: z.boolean(),
  /** Set when the file on disk could not be read; the file is left as it is. */
  error: z.string().optional(),
});
export type ArticleSummary = z.infer<typeof ArticleSummary>;

/** Zod's issues as one sentence an analyst can act on, each with where it is in words ("claim 3's start"). */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length ? placeInWords(issue.path) + ': ' : ''}${issue.message}`)
    .join('; ');
}

/** ['claims', 2, 'attribution', 'kind'] as "claim 3's attribution kind": numbered from 1, as the claim list numbers them. */
function placeInWords(path: readonly PropertyKey[]): string {
  const words: string[] = [];
  for (const key of path) {
    const last = words.at(-1);
    if (typeof key !== 'number') words.push(String(key).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase());
    else if (last?.endsWith('s')) words[words.length - 1] = `${last.slice(0, -1)} ${key + 1}`;
    else words.push(`item ${key + 1}`);
  }
  return words.map((word, i) => (i < words.length - 1 && /\d$/.test(word) ? `${word}'s` : word)).join(' ');
}

const VALUE_WORDS: Record<string, string> = { string: 'text', number: 'a number', int: 'a whole number', boolean: 'true or false', array: 'a list', object: 'a set of fields', null: 'null' };

function valueInWords(value: unknown): string {
  if (value === null) return 'null';
  return VALUE_WORDS[Array.isArray(value) ? 'array' : typeof value] ?? typeof value;
}

/**
 * What is wrong, in words, for a parse whose errors reach an analyst (zod's own
 * "Invalid input: expected 1" reads as a schema dump). A schema's own message
 * stands over these; what is not worded here keeps zod's.
 */
export const inPlainWords: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'missing' : `should be ${VALUE_WORDS[issue.expected] ?? issue.expected}, not ${valueInWords(issue.input)}`;
    case 'invalid_value': {
      if (issue.input === undefined) return 'missing';
      const values = issue.values.map((value) => JSON.stringify(value));
      return `should be ${values.length > 1 ? `${values.slice(0, -1).join(', ')} or ${values.at(-1)}` : values[0]}`;
    }
    case 'too_small':
    case 'too_big': {
      const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      const side = issue.code === 'too_small' ? 'more' : 'less';
      if (issue.origin === 'string') return issue.code === 'too_small' && Number(bound) === 1 ? 'empty' : `should be ${bound} characters or ${side}`;
      if (issue.origin === 'array') return `should hold ${bound} items or ${side}`;
      return issue.inclusive ? `should be ${bound} or ${side}` : `should be ${side} than ${bound}`;
    }
    default:
      return undefined;
  }
};
