/**
 * The annotation file as it lies on disk. In memory a document is the full
 * `AnnotationFile` (model.ts); on disk, version 2 leaves out every text that the
 * article itself holds: a claim's `text`, and the `text` of its source, via and
 * cue spans, wherever it equals the article's words at those offsets. Reading
 * puts them back. The quote (exact words with context) stays, so a claim can
 * still be found again after a correction, and any field this version does not
 * know is written back as it was read. Version 3 is version 2 written shorter
 * (a long report's file was 4.4 times its text): a span with nothing but its
 * offsets is `[start, end]` (a cue `[start, end, rule]`), a quote with no
 * context to keep is its words alone, and a claim's `end` is left out where its
 * quote's words, read from `start`, end there.
 *
 * Version 1 and 2 files keep opening; they are written as version 3 the first
 * time they change.
 */
import { dequal } from 'dequal';
import { AnnotationFile, describeZodError, FORMAT_NAME, inPlainWords, type Claim, type Suggestion } from './model.ts';
import { quoteAt } from './text.ts';

export const DISK_FORMAT_VERSION = 3;

type Json = Record<string, unknown>;
type SpanLike = { start: number; end: number; text?: string };

/** One document as version-2 JSON, no indentation (the size is most of the cost of a write), as text or bytes. */
export type DiskSerializer<Out = string> = (file: AnnotationFile) => Out;

/**
 * How the pieces of a file become one: text here; the Node store joins UTF-8
 * bytes instead, since turning a 4 MB string into bytes on every write cost
 * more than serializing the claims that changed.
 */
export interface Encoding<Out> {
  encode(json: string): Out;
  join(parts: Out[]): Out;
}

const AS_TEXT: Encoding<string> = { encode: (json) => json, join: (parts) => parts.join('') };

/** Claims joined into one piece at a time: joining 11,000 small pieces on every write cost more than serializing. */
const CLAIMS_PER_BLOCK = 64;

/**
 * A serializer that remembers each claim's encoded JSON by object identity, and
 * each block of consecutive claims joined: an edit makes new objects only for
 * the claims it changes, so writing the document again serializes those, joins
 * their blocks again, and reuses the rest. One per open document.
 */
export function diskSerializer(): DiskSerializer;
export function diskSerializer<Out>(encoding: Encoding<Out>): DiskSerializer<Out>;
export function diskSerializer<Out>(encoding = AS_TEXT as unknown as Encoding<Out>): DiskSerializer<Out> {
  let text: string | null = null;
  let cache = new WeakMap<Claim, Out>();
  let blocks: { claims: Claim[]; out: Out }[] = [];
  let articleSeen: AnnotationFile['article'] | null = null;
  let articleJson: Out | null = null;
  const between = encoding.encode(',\n');
  const claimsOpen = encoding.encode(',"claims":[\n');
  const end = encoding.encode('\n]}\n');
  const claimJson = (claim: Claim, articleText: string): Out => {
    let json = cache.get(claim);
    if (json === undefined) {
      json = encoding.encode(JSON.stringify(claimToDisk(claim, articleText)));
      cache.set(claim, json);
    }
    return json;
  };
  return (file) => {
    // Whether a span's text can be left out depends on the article text: a correction starts over.
    if (file.article.text !== text) {
      text = file.article.text;
      cache = new WeakMap();
      blocks = [];
    }
    const { claims, article, ...rest } = file;
    // The article (most of the file's text) is serialized again only when it changes.
    if (article !== articleSeen || articleJson === null) {
      articleSeen = article;
      articleJson = encoding.encode(JSON.stringify(article));
    }
    // The claims go last, one a line, so the head of the file reads as a summary.
    const head = JSON.stringify({ ...rest, version: DISK_FORMAT_VERSION });
    const parts = [encoding.encode(`${head.slice(0, -1)},"article":`), articleJson, claimsOpen];
    const next: typeof blocks = [];
    for (let start = 0; start < claims.length; start += CLAIMS_PER_BLOCK) {
      const members = claims.slice(start, start + CLAIMS_PER_BLOCK);
      const known = blocks[next.length];
      const same = known !== undefined && known.claims.length === members.length && known.claims.every((claim, i) => claim === members[i]);
      const block = same ? known : { claims: members, out: encoding.join(members.flatMap((claim, i) => (i ? [between, claimJson(claim, article.text)] : [claimJson(claim, article.text)]))) };
      if (start) parts.push(between);
      parts.push(block.out);
      next.push(block);
    }
    blocks = next;
    parts.push(end);
    return encoding.join(parts);
  };
}

/** One document as the text of a version-2 file. */
export function toDisk(file: AnnotationFile): string {
  return diskSerializer()(file);
}

export type FromDisk = { success: true; data: AnnotationFile } | { success: false; error: string };

/**
 * Any version of the file on disk, parsed and checked in full: the one place a
 * document is validated on its way in from a file (the workspace, an import, the
 * command line).
 */
export function fromDisk(raw: unknown): FromDisk {
  if (!isObject(raw) || raw.format !== FORMAT_NAME) {
    const kind = isObject(raw) && raw.format !== undefined ? `format "${String(raw.format)}"` : 'it is JSON of another kind';
    return { success: false, error: `it is not a Claimbench annotation file (${kind})` };
  }
  const version = raw.version;
  if (typeof version === 'number' && version > DISK_FORMAT_VERSION) {
    return { success: false, error: `it was written by a newer Claimbench (file format version ${version}); this one reads up to version ${DISK_FORMAT_VERSION}` };
  }
  if (version === undefined || !Number.isInteger(version) || (version as number) < 1) {
    const problem = version === undefined ? 'missing' : `should be 1 to ${DISK_FORMAT_VERSION}, not ${JSON.stringify(version)}`;
    return { success: false, error: `it is a damaged Claimbench annotation file (version: ${problem})` };
  }
  // Versions 2 and 3 both leave derived texts out; expand reads either.
  const parsed = AnnotationFile.safeParse((version as number) >= 2 ? expand(raw) : raw, { error: inPlainWords });
  return parsed.success ? { success: true, data: parsed.data } : { success: false, error: `it is a damaged Claimbench annotation file (${describeZodError(parsed.error)})` };
}

/** A version-2 object with every derived text put back, in the in-memory shape (version 1 of the model). */
export function expand(raw: Json): Json {
  const article = isObject(raw.article) ? raw.article : {};
  const text = typeof article.text === 'string' ? article.text : '';
  const claims = Array.isArray(raw.claims) ? raw.claims.map((claim) => (isObject(claim) ? claimFromDisk(claim, text) : claim)) : raw.claims;
  return { ...raw, version: 1, claims };
}

/**
 * Fields an untouched claim holds at their empty value: left out on disk, put
 * back on reading. Only these exact values are left out, so nothing else changes.
 */
const EMPTY_CLAIM_FIELDS: Json = { confidence: null, verdict: null, note: '', evidence: [], status: 'suggested' };

function claimToDisk(claim: Claim, text: string): Json {
  const { attribution, suggestion, quote } = claim;
  const lean: Json = withoutEmpty(withoutDerivedText(claim, text), EMPTY_CLAIM_FIELDS);
  // An attribution that is still the suggestion's is left out: most claims of a long report are untouched.
  if (dequal(attribution, attributionAsSuggested(suggestion))) delete lean.attribution;
  else lean.attribution = { ...attribution, ...spanFields(attribution, text) };
  // The exact words stay, to find the claim again; the context either side is left out where the article gives it back.
  const context = quoteAt(text, claim.start, claim.end);
  const leanQuote: Json = { ...quote, ...(quote.prefix === context.prefix ? { prefix: undefined } : {}), ...(quote.suffix === context.suffix ? { suffix: undefined } : {}) };
  lean.quote = Object.keys(leanQuote).every((key) => key === 'exact' || leanQuote[key] === undefined) ? quote.exact : leanQuote;
  // The claim's words are the article's and its quote's: its end is where the quote's words end.
  if (!('text' in lean) && quote.exact === claim.text) delete lean.end;
  if (suggestion) {
    const cues = suggestion.cues.length ? { cues: suggestion.cues.map((cue) => leanSpan(cue, text)) } : { cues: undefined };
    lean.suggestion = { ...suggestion, ...spanFields(suggestion, text), ...cues };
  }
  return lean;
}

function claimFromDisk(raw: Json, text: string): Json {
  const claim = withEndFromQuote(typeof raw.quote === 'string' ? { ...raw, quote: { exact: raw.quote } } : raw);
  const full: Json = { ...EMPTY_CLAIM_FIELDS, ...withDerivedText(claim, text) };
  if (isObject(claim.attribution)) full.attribution = { ...claim.attribution, ...spanFieldsBack(claim.attribution, text) };
  if (isObject(claim.quote) && typeof claim.start === 'number' && typeof claim.end === 'number') {
    const { prefix, suffix } = quoteAt(text, claim.start, claim.end);
    full.quote = { prefix, suffix, ...claim.quote };
  }
  if (isObject(claim.suggestion)) {
    const suggestion = claim.suggestion;
    const cues = Array.isArray(suggestion.cues) ? suggestion.cues.map((cue) => spanBack(cue, text)) : (suggestion.cues ?? []);
    full.suggestion = { ...suggestion, ...spanFieldsBack(suggestion, text), cues };
  }
  if (!('attribution' in claim)) full.attribution = attributionAsSuggested((full.suggestion as Suggestion | null | undefined) ?? null);
  return full;
}

/** What a claim's attribution is before anyone changes it (as extract.ts's suggestedClaim makes it). */
function attributionAsSuggested(suggestion: Suggestion | null | undefined): Claim['attribution'] {
  return { kind: suggestion?.attribution ?? null, source: suggestion?.source ?? null, via: suggestion?.via ?? null };
}

function withoutEmpty(fields: Json, empty: Json): Json {
  const lean = { ...fields };
  for (const [key, value] of Object.entries(empty)) {
    const held = lean[key];
    if (held === value || (Array.isArray(held) && Array.isArray(value) && held.length === 0)) delete lean[key];
  }
  return lean;
}

/** The source and via spans of an attribution or suggestion, lean. */
function spanFields(holder: { source?: SpanLike | null | undefined; via?: SpanLike | null | undefined }, text: string): Json {
  const fields: Json = {};
  if (holder.source) fields.source = leanSpan(holder.source, text);
  if (holder.via) fields.via = leanSpan(holder.via, text);
  return fields;
}

function spanFieldsBack(holder: Json, text: string): Json {
  const fields: Json = {};
  if (isObject(holder.source) || Array.isArray(holder.source)) fields.source = spanBack(holder.source, text);
  if (isObject(holder.via) || Array.isArray(holder.via)) fields.via = spanBack(holder.via, text);
  return fields;
}

/** A span the article gives the words of, as its offsets alone (a cue with its rule); anything more stays an object. */
function leanSpan(span: SpanLike, text: string): Json | unknown[] {
  const lean = withoutDerivedText(span, text);
  const keys = Object.keys(lean).sort().join();
  if (keys === 'end,start') return [lean.start, lean.end];
  if (keys === 'end,rule,start' && typeof lean.rule === 'string') return [lean.start, lean.end, lean.rule];
  return lean;
}

function spanBack(span: unknown, text: string): unknown {
  if (Array.isArray(span) && (span.length === 2 || span.length === 3)) {
    const [start, end, rule] = span as unknown[];
    return withDerivedText(span.length === 3 ? { start, end, rule } : { start, end }, text);
  }
  return isObject(span) ? withDerivedText(span, text) : span;
}

/** A claim written without its end ends where its quote's words, read from its start, end. */
function withEndFromQuote(claim: Json): Json {
  if ('end' in claim || typeof claim.start !== 'number' || !isObject(claim.quote) || typeof claim.quote.exact !== 'string') return claim;
  return { ...claim, end: claim.start + claim.quote.exact.length };
}

/** Leaves `text` out only where the article gives it back exactly: an orphaned claim keeps its words. */
function withoutDerivedText<T extends SpanLike>(span: T, text: string): Json {
  if (span.text === undefined || span.end < span.start || span.end - span.start !== span.text.length || text.slice(span.start, span.end) !== span.text) return { ...span };
  const { text: _derived, ...rest } = span;
  return rest;
}

/** Offsets outside the text give no words, and the file is refused by the schema for the missing text. */
function withDerivedText(span: Json, text: string): Json {
  const { start, end } = span;
  if (span.text !== undefined || typeof start !== 'number' || typeof end !== 'number' || start < 0 || end < start || end > text.length) return span;
  return { ...span, text: text.slice(start, end) };
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
