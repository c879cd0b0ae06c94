/**
 * Lining up several analysts' claims of one article. Files of corrected
 * versions are first re-anchored onto the newest text (what cannot be found
 * again is set aside, never dropped). Claims with identical spans form a
 * statement first; a claim with other boundaries then joins the statement it
 * mostly lies in, so a half sentence aligns with its sentence. A second claim
 * of one analyst within one statement is set aside as a boundary difference.
 */
import { dequal } from 'dequal';
import type { AnnotationFile, Claim } from './model.ts';
import { reanchorClaims } from './reanchor.ts';

export interface ReviewInput {
  analyst: string;
  file: AnnotationFile;
}

export class ReviewError extends Error {}

export interface AlignedUnit {
  start: number;
  end: number;
  text: string;
  /** Each analyst's claim on this statement, in input order; null where one has none. */
  claims: (Claim | null)[];
  /** Whether each analyst's claim has exactly the statement's boundaries. */
  exact: boolean[];
}

export interface SetAside {
  analyst: number;
  reason: 'orphaned' | 'not re-anchored' | 'boundary';
  claim: Claim;
  /** For a boundary difference: the statement the claim overlaps most. */
  unit: AlignedUnit | null;
}

export interface Alignment {
  analysts: string[];
  /** The file whose text is the newest; the others were re-anchored onto it. */
  base: AnnotationFile;
  units: AlignedUnit[];
  setAside: SetAside[];
}

/** A file below this share of its claims found again in the newest text is taken to be of another article. */
const SAME_ARTICLE_SHARE = 0.5;

/** Every analyst needs a name of their own in a review: a repeated name gets a number ("Ana (2)"). */
function distinctNames(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count > 1 ? `${name} (${count})` : name;
  });
}

function checkInputs(inputs: readonly ReviewInput[]): void {
  if (inputs.length < 2) throw new ReviewError('A review needs the files of at least two analysts.');
  inputs.forEach(({ analyst, file }, i) => {
    if (file.review) throw new ReviewError(`${analyst}'s file "${file.article.title}" is a review record, not an analyst's work; choose the analysts' own files.`);
    for (const earlier of inputs.slice(0, i)) {
      // Analysts' files often share the id of the file they started from, so an id alone proves nothing;
      // the same id saved at the same moment, or the same analyst's identical work, is one file twice.
      const sameSave = earlier.file.id === file.id && earlier.file.updatedAt === file.updatedAt;
      const sameContent = earlier.file.analyst === file.analyst && dequal(earlier.file.article, file.article) && dequal(earlier.file.claims, file.claims);
      if (sameSave || sameContent) {
        throw new ReviewError(`${analyst}'s file is the same file as ${earlier.analyst}'s ("${file.article.title}"); each analyst's file can be compared once.`);
      }
    }
  });
}

/**
 * The newest text: of the file corrected last, else of the file changed last (the first such file on a tie).
 * A colleague who goes on working on the earlier text after a correction does not make that text the newer.
 */
function newestFile(inputs: readonly ReviewInput[]): AnnotationFile {
  const age = (file: AnnotationFile) => [file.article.corrections?.at(-1)?.at ?? '', file.updatedAt] as const;
  return inputs.reduce((newest, { file }) => {
    const [corrected, changed] = age(file);
    const [newestCorrected, newestChanged] = age(newest);
    return corrected > newestCorrected || (corrected === newestCorrected && changed > newestChanged) ? file : newest;
  }, inputs[0]!.file);
}

interface Placed {
  analyst: number;
  claim: Claim;
}

/** Each file's claims on the base text, and the claims that have no place in it. */
function placeClaims(inputs: readonly ReviewInput[], base: AnnotationFile): { placed: Placed[]; setAside: SetAside[] } {
  const placed: Placed[] = [];
  const setAside: SetAside[] = [];
  inputs.forEach(({ analyst, file }, index) => {
    const alreadyOrphaned = new Set(file.claims.filter((c) => c.orphaned).map((c) => c.id));
    const claims = file.article.text === base.article.text ? file.claims : reanchorClaims(file.article.text, base.article.text, file.claims);
    const movable = claims.filter((c) => !alreadyOrphaned.has(c.id));
    const found = movable.filter((c) => !c.orphaned);
    if (movable.length > 0 && found.length < movable.length * SAME_ARTICLE_SHARE) {
      throw new ReviewError(`${analyst}'s file is not of the same article as "${base.article.title}": only ${found.length} of ${movable.length} claims are found in its newest text.`);
    }
    for (const claim of claims) {
      if (!claim.orphaned) placed.push({ analyst: index, claim });
      else setAside.push({ analyst: index, reason: alreadyOrphaned.has(claim.id) ? 'orphaned' : 'not re-anchored', claim, unit: null });
    }
  });
  return { placed, setAside };
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/**
 * The statements: spans drawn by the most analysts first (then the longest),
 * each taken unless it overlaps one already taken.
 */
function chooseSpans(placed: readonly Placed[]): { start: number; end: number }[] {
  const support = new Map<string, { start: number; end: number; analysts: Set<number> }>();
  for (const { analyst, claim } of placed) {
    const key = `${claim.start}:${claim.end}`;
    const entry = support.get(key) ?? { start: claim.start, end: claim.end, analysts: new Set<number>() };
    entry.analysts.add(analyst);
    support.set(key, entry);
  }
  const spans = [...support.values()].sort((a, b) => a.start - b.start || b.end - a.end);
  // A span holding two or more of one analyst's spans merges statements: on a tie, its parts come first.
  const merges = new Set(spans.filter((span, i) => holdsTwoOfOne(spans, i)));
  const candidates = spans.sort(
    (a, b) => b.analysts.size - a.analysts.size || Number(merges.has(a)) - Number(merges.has(b)) || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const taken: { start: number; end: number }[] = []; // kept sorted by start; spans in it never overlap
  for (const span of candidates) {
    const at = firstEndingAfter(taken, span.start);
    if (at < taken.length && taken[at]!.start < span.end) continue;
    taken.splice(at, 0, { start: span.start, end: span.end });
  }
  return taken;
}

/** Whether spans[i] (spans sorted by start, longest first) holds two spans of some one analyst. */
function holdsTwoOfOne(spans: readonly { start: number; end: number; analysts: Set<number> }[], i: number): boolean {
  const outer = spans[i]!;
  const seen = new Set<number>();
  for (let j = i + 1; j < spans.length && spans[j]!.start < outer.end; j++) {
    if (spans[j]!.end > outer.end) continue;
    for (const analyst of spans[j]!.analysts) {
      if (seen.has(analyst)) return true;
      seen.add(analyst);
    }
  }
  return false;
}

/** Index of the first of the sorted, disjoint spans that ends after `offset`. */
function firstEndingAfter(spans: readonly { start: number; end: number }[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[mid]!.end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

export function alignAnnotations(inputs: readonly ReviewInput[]): Alignment {
  checkInputs(inputs);
  const base = newestFile(inputs);
  const text = base.article.text;
  const { placed, setAside } = placeClaims(inputs, base);
  const spans = chooseSpans(placed);
  const units: AlignedUnit[] = spans.map(({ start, end }) => ({ start, end, text: text.slice(start, end), claims: inputs.map(() => null), exact: inputs.map(() => false) }));
  // Exact spans first, so a claim with the statement's own boundaries is the one that counts.
  const ordered = [...placed].sort((a, b) => a.claim.start - b.claim.start || a.claim.end - b.claim.end);
  const inexact: Placed[] = [];
  for (const entry of ordered) {
    const unit = units[firstEndingAfter(units, entry.claim.start)];
    if (unit && unit.start === entry.claim.start && unit.end === entry.claim.end && !unit.claims[entry.analyst]) {
      unit.claims[entry.analyst] = entry.claim;
      unit.exact[entry.analyst] = true;
    } else inexact.push(entry);
  }
  for (const entry of inexact) {
    const { claim, analyst } = entry;
    let best: AlignedUnit | null = null;
    let joined = false;
    for (let i = firstEndingAfter(units, claim.start); i < units.length && units[i]!.start < claim.end; i++) {
      const unit = units[i]!;
      const shared = overlap(unit, claim);
      if (!best || shared > overlap(best, claim)) best = unit;
      // A claim mostly inside the statement, or covering most of it, answers for it.
      if (!unit.claims[analyst] && shared * 2 >= Math.min(unit.end - unit.start, claim.end - claim.start)) {
        unit.claims[analyst] = claim;
        joined = true;
      }
    }
    if (!joined) setAside.push({ analyst, reason: 'boundary', claim, unit: best });
  }
  return { analysts: distinctNames(inputs.map((i) => i.analyst)), base, units, setAside };
}
