/** One statement's suggestion: its cues weighed by the codebook's precedence, else carry-over from the statement before. */
import type { AttributionKind, Cue, Span, Suggestion } from '../model.ts';
import { HEDGE_PASSIVE_LEMMAS, HEDGE_WORDS } from '../lexicon.ts';
import { RESULTS_MEASURE, RESULTS_FIGURE, NOT_RESULTS, RULING_PASSIVE, RULING_SOURCE, CAPTION_CUES, CONTINUATION_MARKERS, MODAL_AUXILIARIES, DISCLAIMER_CUES, IMAGE_CUES, NEGATIONS, IDENTIFIED_REPORT, UNNAMED_CUES, RELEASE_EVENT, DEPICTION, PAINTED_PICTURE, INSTRUMENTS, INSTRUMENT_RECORDS, HEADLINE_MEDIA_MARKER } from '../rules.ts';
import { insideQuotation, quotedSpans } from '../quotations.ts';
import type { Segment } from '../segment.ts';
import { spanAt } from '../text.ts';
import { type Word, isCapitalised, isPlural, nounLemma, wordsBetween } from './words.ts';
import { DEMONSTRATIVES, SCORE, beForms, determiners, documentNouns, evidence, haveForms, perception, pronouns, reporting, sayingLemmas, visual } from './vocabulary.ts';
import type { ArticleContext } from './article-context.ts';
import { classifyNounPhrase, firstMatch, isUnnamedPhrase, leadingPhrase } from './phrases.ts';
import { datedScene, describedBySpeaker, nameLine, isVisualMaterial, passiveCaption, perceptionCue, verblessLine } from './images.ts';
import { attitudeSpeaker, canSpeak, channelSpeaker, citedUnnamed, findSubjects, participleSpeaker, governingSubject, leadingRelay, perRelay, relayedNamed, relayedUnnamed, relayingOutlet, reportBehindEvent, verbCue, within } from './subjects.ts';
import { headlineSpeaker, headlineTag } from './headlines.ts';
import { carriedOver, isSourced } from './carry-over.ts';

const hedgeWords = new Set<string>(HEDGE_WORDS);
const hedgePassives = new Set<string>(HEDGE_PASSIVE_LEMMAS);
const continuation = new Set<string>(CONTINUATION_MARKERS);
/** What a hedged participle may say befell people: "feared dead", "believed killed". */
const FATES = new Set(['dead', 'killed', 'missing', 'drowned']);
/** Views, not reports, of such a fate ("had been reported dead" is a count someone made). */
const FEARING = new Set(['fear', 'believe', 'presume', 'think']);
/** A finding that something was absent, added to those before: "There was also no sign that...". */
const ABSENCE_FOUND = /^There\s+(?:was|were)\s+also\s+no\s+(?:sign|evidence|indication|trace)s?\s+(?:that|of)\b/i;
const modals = new Set<string>(MODAL_AUXILIARIES);
const instrumentRecords = new Set<string>(INSTRUMENT_RECORDS);
const instruments = new Set<string>(INSTRUMENTS);
/** Nouns that make "this year", "that day" a time rather than a reference to what was reported. */
const timeNouns = new Set(['year', 'years', 'week', 'weeks', 'month', 'months', 'day', 'days', 'morning', 'evening', 'night', 'time', 'weekend', 'season', 'quarter']);
const negations = new Set<string>(NEGATIONS);

/** "after a Bloomberg report that ...": the report's named author is the source. */
function identifiedReport(text: string, segment: Segment): { cue: Cue; source: Span } | null {
  IDENTIFIED_REPORT.pattern.lastIndex = 0;
  const match = IDENTIFIED_REPORT.pattern.exec(text.slice(segment.start, segment.end));
  const name = match?.[1] ?? match?.[2];
  if (!match || !name) return null;
  const at = segment.start + match.index;
  const nameStart = at + match[0].indexOf(name);
  return { cue: { ...spanAt(text, at, at + match[0].length), rule: IDENTIFIED_REPORT.name }, source: spanAt(text, nameStart, nameStart + name.length) };
}

/** "reportedly", "allegedly", "is said to": a hedge, standing for an unnamed source. */
/** Words after "It is believed" that open no clause of its own: "by" an agent, "to" an infinitive, "as", "on", "in". */
const NOT_A_CLAUSE = new Set(['by', 'to', 'as', 'on', 'in', 'at', 'from', 'for', 'with', 'and', 'or']);

function hedgeCue(text: string, words: readonly Word[]): Cue | null {
  const word = words.find((w) => hedgeWords.has(w.lower));
  const hedge: Cue | null = word ? { ...spanAt(text, word.start, word.end), rule: 'hedge' } : null;
  // "it has been reported that", "it is believed that", and opening a sentence without "that" ("It is believed some
  // protesters came by taxi"): a passive with no one behind it. The earlier of it and a hedge word is the source.
  for (let i = 2; i + 1 < words.length; i++) {
    const verb = words[i]!;
    if (!hedgePassives.has(verb.lemma) || verb.lower === verb.lemma) continue;
    let from = i - 1;
    while (from > 0 && (beForms.has(words[from]!.lower) || haveForms.has(words[from]!.lower))) from--;
    const clauseFollows = words[i + 1]!.lower === 'that' || (from === 0 && !NOT_A_CLAUSE.has(words[i + 1]!.lower));
    if (from < i - 1 && words[from]!.lower === 'it' && clauseFollows && (!hedge || words[from]!.start < hedge.start)) {
      return { ...spanAt(text, words[from]!.start, verb.end), rule: 'hedge' };
    }
  }
  if (hedge) return hedge;
  for (let i = 1; i + 1 < words.length; i++) {
    const verb = words[i]!;
    // "is alleged to have": the tagger may read the participle as an adjective.
    const participle =
      verb.pos === 'VERB'
        ? hedgePassives.has(verb.lemma) && verb.lower !== verb.lemma
        : verb.pos === 'ADJ' && /ed$/.test(verb.lower) && [verb.lower.slice(0, -1), verb.lower.slice(0, -2)].some((stem) => hedgePassives.has(stem));
    if (!participle) continue;
    // "Scores of migrants feared dead", "believed killed": a fate no one is named for.
    if (FATES.has(words[i + 1]!.lower) && FEARING.has(verb.lemma)) return { ...spanAt(text, verb.start, verb.end), rule: 'hedge' };
    // ("investigators said, to look for a man": a comma between them ends the speaker's aside.)
    if (words[i + 1]!.lower !== 'to' || /,/.test(text.slice(verb.end, words[i + 1]!.start))) continue;
    // "is said to" or, in a headline, "Twitter said to have suffered".
    // "was reported to police" is someone reporting, as an infinitive's verb does not follow.
    const passive = beForms.has(words[i - 1]!.lower);
    if (words[i + 2]?.pos !== 'VERB' && words[i + 2]?.pos !== 'AUX') continue;
    const from = passive ? i - 1 : i;
    return { ...spanAt(text, words[from]!.start, words[i + 1]!.end), rule: 'hedge' };
  }
  return null;
}

/**
 * "It also transferred ships", "Moscow also supplied...": a marker of continuation with
 * an actor as subject (a pronoun or a name). "The vote was also hit by a shortage" or
 * "It is also unclear whether" add background, and carry nothing.
 */
function startsWithContinuation(text: string, words: readonly Word[]): Cue | null {
  // "Moreover, the offer is highly conditional.", "In addition, patients show...": an additive opening goes on with the
  // account before it.
  // "Eight of them lived in Co-Op City.", "Seven of the cases are confirmed": a count taken from the set just reported.
  const opening =
    /^(?:in\s+addition|additionally|furthermore|moreover)\s*,/i.exec(text.slice(words[0]?.start ?? 0, words[2]?.end ?? 0)) ??
    /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+of\s+(?:the|them|those|these)\b./i.exec(text.slice(words[0]?.start ?? 0, words[3]?.end ?? 0));
  if (opening) return { ...spanAt(text, words[0]!.start, words[0]!.start + opening[0].length - 1), rule: 'continuation' };
  const at = words.slice(0, 4).findIndex((w) => continuation.has(w.lower));
  if (at < 1) return null;
  // "It had also been maintained in line with the rules": a perfect passive goes on with what was found of its subject;
  // "It is also unclear" and "The vote was also hit" add background.
  const perfectPassive = at === 2 && haveForms.has(words[1]!.lower) && words[at + 1]?.lower === 'been' && words[at + 2]?.pos === 'VERB';
  const subject = words.slice(0, perfectPassive ? 1 : at);
  const actor = subject.length === 1 && (pronouns.has(subject[0]!.lower) || (subject[0]!.capital && subject[0]!.pos === 'PROPN'));
  const named = subject.length > 1 && subject.every(isCapitalised);
  if (!actor && !named) return null;
  if (!perfectPassive && (beForms.has(words[at - 1]!.lower) || beForms.has(words[at + 1]?.lower ?? ''))) return null;
  const marker = words[at]!;
  return { ...spanAt(text, marker.start, marker.end), rule: 'continuation' };
}

/**
 * Carry-over without "also" (codebook: Carry-over, Narrative continuation), in two
 * shapes: "That total is also up 18%" or, in the same paragraph, "That data covered
 * phone numbers" (a demonstrative taking up what the previous statement reported);
 * and "The group's third shelter has been wiped out" in the paragraph of an image
 * statement of an article about imagery. A negation or a doubt is the outlet's own
 * ("It was not clear..."). A sentence that only talks of the same thing ("Thin sheens
 * break down fast" after "According to NOAA, thin sheens...") was tried and left out:
 * on the development set it was as often background ("Legionnaires' is a severe type
 * of pneumonia") as continuation.
 */
function continuesAccount(text: string, words: readonly Word[], previous: Suggestion | null, context: ArticleContext): Cue | null {
  if (!previous || previous.attribution === 'none' || words.length < 3) return null;
  const first = words[0]!;
  const cue = (word: Word): Cue => ({ ...spanAt(text, word.start, word.end), rule: 'continuation' });
  const sentence = text.slice(first.start, words.at(-1)!.end);
  // "There was also no sign that foreign objects had been ingested", after a report's findings: one more finding.
  if (ABSENCE_FOUND.test(sentence)) return cue(first);
  if (words.some((w) => negations.has(w.lower))) return null;
  // "That data covered", "That total is also up": a demonstrative before a noun, not a time ("That day").
  const second = words[1]!;
  const demonstrative = DEMONSTRATIVES.has(first.lower) && !timeNouns.has(second.lower) && (second.pos === 'NOUN' || words[2]?.pos === 'AUX' || words[2]?.pos === 'VERB');
  if (demonstrative && (!context.newParagraph || words.some((w) => continuation.has(w.lower)))) return cue(first);
  // "Such a sense of smell might also have helped": more of the same finding, hedged as the source hedged it.
  const also = words.findIndex((w, k) => k > 0 && continuation.has(w.lower) && modals.has(words[k - 1]!.lower) && !beForms.has(words[k + 1]?.lower ?? ''));
  if (also !== -1) return cue(words[also]!);
  if (previous.attribution === 'named') {
    // "Its revenue rose to $3.17 billion" after "Rogers said its profit edged up": the company's results go on.
    if (RESULTS_MEASURE.test(sentence) && RESULTS_FIGURE.test(sentence) && !NOT_RESULTS.test(sentence)) return cue(first);
    // "All claims against the state were also thrown out." after "Judge Garbis ruled that...": the ruling goes on.
    const ruling = RULING_PASSIVE.exec(sentence);
    if (ruling && (RULING_SOURCE.test(previous.source?.text ?? '') || previous.cues.some((c) => /^rul/i.test(c.text)))) {
      return { ...spanAt(text, first.start + ruling.index, first.start + ruling.index + ruling[0].length), rule: 'continuation' };
    }
  }
  if (context.newParagraph) return null;
  if (previous.attribution === 'image' && context.imagery) return cue(first);
  return null;
}

/** The source before is a group ("officials", "the ministry") that a plural noun may take up. */
function takesUpGroup(antecedent: Suggestion | undefined): boolean {
  const source = antecedent?.source?.text;
  return source !== undefined && (!/^\p{Lu}/u.test(source) || determiners.has(source.split(/\s+/)[0]!.toLowerCase()));
}

/**
 * "the images could not be independently verified": the outlet's own words (codebook). Set off between commas as a
 * relative clause ("The videos, which can not be verified yet, depict pools of blood"), it leaves the sentence to its
 * main clause.
 */
function mainClauseDisclaimer(text: string, segment: Segment): Cue | null {
  const disclaimer = firstMatch(text, segment, DISCLAIMER_CUES);
  if (!disclaimer) return null;
  const opening = text.lastIndexOf(',', disclaimer.start);
  const closing = text.indexOf(',', disclaimer.end);
  const aside = opening >= segment.start && closing !== -1 && closing < segment.end - 1 && ASIDE_OPENER.test(text.slice(opening + 1, disclaimer.start));
  return aside ? null : disclaimer;
}
const ASIDE_OPENER = /^\s*(?:which|that|who)\b/i;

export function suggestFor(text: string, segment: Segment, words: Word[], previous: Suggestion | null, context: ArticleContext): Suggestion {
  const ranges = quotedSpans(text, segment, context.inQuotation);
  const disclaimer = mainClauseDisclaimer(text, segment);
  if (!disclaimer) {
    // '"There is video evidence showing...," he said': footage a speaker mentions is his word, not the outlet's image.
    const cue = firstMatch(text, segment, IMAGE_CUES);
    const sentence = text.slice(segment.start, segment.end);
    // "the company painted a bleak picture of...": a figure of speech, no picture.
    const released = (RELEASE_EVENT.test(sentence) && !DEPICTION.test(sentence)) || PAINTED_PICTURE.test(sentence);
    const image = cue && !released && !insideQuotation(ranges, cue) && !describedBySpeaker(words, words.findIndex((w) => w.start >= cue.start), words.findLastIndex((w) => w.end <= cue.end)) ? cue : null;
    if (image) return { attribution: 'image', cues: [image], score: SCORE.imagePattern };
    const pointer = segment.role === 'headline' ? HEADLINE_MEDIA_MARKER.exec(sentence) : null;
    if (pointer) return { attribution: 'image', cues: [{ ...spanAt(text, segment.start, segment.start + pointer[0].trimEnd().length), rule: 'media-pointer' }], score: SCORE.caption };
    const seen = perceptionCue(text, words, context, previous, segment.role === 'headline');
    if (seen && !insideQuotation(ranges, seen)) return { attribution: 'image', cues: [seen], score: SCORE.perception };
    const caption = firstMatch(text, segment, CAPTION_CUES) ?? verblessLine(text, segment, words, previous) ?? passiveCaption(text, segment, words) ?? datedScene(text, segment, words) ?? nameLine(text, segment, words, context.bodyBegun === true);
    if (caption) return { attribution: 'image', cues: [caption], score: SCORE.caption };
  }

  const subjects = findSubjects(text, segment, words, ranges);
  const quoting = governingSubject(subjects);
  // A subject that quotes someone relays them: the quoted speaker is the source, the subject the carrier.
  const speaking = quoting?.quoted ? { ...quoting.quoted, via: quoting.source } : quoting;
  const toldOutlet = speaking && !speaking.via ? leadingRelay(text, segment, words) : undefined;
  const subject = speaking && toldOutlet ? { ...speaking, via: toldOutlet } : speaking;
  if (!disclaimer && subject && subject.type === 'named') {
    const subjectWords = wordsBetween(words, subject.span.start, subject.span.end);
    // "The video, uploaded by an activist, claims the family was hit": the footage is the evidence.
    // ("Radar told regulators": a one-word name that tells someone something is a speaker, not footage.)
    const namedTeller = subject.lemma === 'tell' && subjectWords.length === 1;
    if (!namedTeller && isVisualMaterial(subjectWords)) return { attribution: 'image', cues: [verbCue(subject)], score: SCORE.perception };
  }
  const leading = leadingPhrase(text, segment);
  // "According to NASA-processed satellite microwave data, ...": an instrument's record is visual evidence (codebook).
  const recorded = leading ? wordsBetween(words, leading.phrase.start, leading.phrase.end) : [];
  if (!disclaimer && leading?.cue.rule === 'according-to' && recorded.some((w) => instruments.has(nounLemma(w))) && instrumentRecords.has(recorded.at(-1)!.lower)) {
    return { attribution: 'image', cues: [leading.cue], score: SCORE.perception };
  }
  const anyUnnamedCue = firstMatch(text, segment, UNNAMED_CUES);
  // A report the article does not identify counts only where no one in the sentence speaks for it.
  const unnamedCue = anyUnnamedCue?.rule === 'unidentified-report' && subject && subject.type !== 'pronoun' ? null : anyUnnamedCue;
  // "..., it said" after statements without a source of their own: "it" is the last source named. "She"
  // may be a person the statements between name without a cue ("Ola Brandt took over in May"), so it looks only one back.
  const impersonal = subject?.type === 'pronoun' && ['it', 'they'].includes(subject.source.text.toLowerCase());
  // '"...," Save the Children said, citing survivors. "...," it added': "it" is the carrier, which the article names.
  const carrier = subject?.source.text.toLowerCase() === 'it' && context.antecedent?.via !== undefined;
  // ("...,\u201D he said" after quoted statements without a source: "he" is the one who spoke before the quotation.)
  const quotedBy = previous?.attribution === 'none' && context.beforeQuotation && isSourced(context.beforeQuotation) ? context.beforeQuotation.attribution : undefined;
  const carriedKind: AttributionKind | undefined = (impersonal ? (carrier ? 'named' : context.antecedent?.attribution) : undefined) ?? quotedBy ?? previous?.attribution;

  // "according to state and local officials and court documents": unnamed officials beside named documents are
  // unnamed, by precedence, and they are the span.
  const leadingUnnamed = leading !== null && isUnnamedPhrase(text, leading.phrase, words);
  const unnamedFirst = leading && !leadingUnnamed ? unnamedBeforeAnd(text, leading.phrase, words) : undefined;
  if (leading && (leadingUnnamed || unnamedFirst)) {
    const via = leading.via ?? (leading.cue.rule === 'citing' && subject && subject.type !== 'unnamed' ? subject.source : undefined);
    return {
      attribution: 'unnamed',
      source: unnamedFirst ?? leading.phrase,
      ...(via ? { via } : {}),
      cues: [leading.cue, ...(subject ? [verbCue(subject)] : [])],
      score: SCORE.accordingTo,
    };
  }
  if (unnamedCue || subject?.type === 'unnamed') {
    // "reported by the Financial Times, citing sources it did not name": those sources, through the paper.
    const withheld = unnamedCue?.rule === 'withheld-name' ? spanAt(text, unnamedCue.start, unnamedCue.end) : undefined;
    // "Deloitte said ..., but sources who spoke on condition of anonymity have since revealed": the unnamed sources,
    // not the named subject of the first clause.
    const described = unnamedCue && subject?.type === 'named' && !within(unnamedCue, subject.span) ? unnamedPhraseAt(text, words, unnamedCue) : undefined;
    const source = withheld ?? described ?? (subject && subject.type !== 'pronoun' ? subject.source : unnamedCue ? unnamedPhraseAt(text, words, unnamedCue) : undefined);
    // "At least one witness described it as candy corn, according to the society": the society relays the witness.
    const accordingTo = leading?.cue.rule === 'according-to' && subject && !within(subject.source, leading.phrase) ? leading.phrase : undefined;
    const via = withheld && subject?.type === 'named' ? subject.source : (subject?.via ?? relayingOutlet(subjects, subject!)?.source ?? accordingTo ?? perRelay(text, segment, words));
    return {
      attribution: 'unnamed',
      ...(source ? { source } : {}),
      ...(via && subject ? { via } : {}),
      cues: [...(unnamedCue ? [unnamedCue] : []), ...(subject ? [verbCue(subject)] : [])],
      score: unnamedCue ? SCORE.anonymity : SCORE.unnamedSubject,
    };
  }
  const report = subject ? null : identifiedReport(text, segment);
  if (report) return { attribution: 'named', source: report.source, cues: [report.cue], score: SCORE.accordingTo };
  const cited = citedUnnamed(text, words, subject);
  if (cited && subject) return { attribution: 'unnamed', source: cited, via: subject.source, cues: [verbCue(subject)], score: SCORE.relay };
  const relayed = relayedUnnamed(subjects, subject);
  if (relayed && subject) {
    return { attribution: 'unnamed', source: relayed.source, via: subject.source, cues: [verbCue(subject), verbCue(relayed)], score: SCORE.relay };
  }
  const reported = relayedNamed(subjects, subject);
  if (reported && subject) {
    return { attribution: 'named', source: reported.source, via: subject.source, cues: [verbCue(subject), verbCue(reported)], score: SCORE.relay };
  }
  // "the researchers said", first or after "Jasinski said": people without names, not the one person named before.
  const unnamedPlural = subject?.type === 'generic-person' && isPlural(wordsBetween(words, subject.source.start, subject.source.end).at(-1)!) && !takesUpGroup(context.antecedent);
  if (subject && (subject.type === 'pronoun' || subject.type === 'generic-person') && (carriedKind === 'unnamed' || unnamedPlural)) {
    // '"...," the official said, according to Yonhap': the agency relays the official met before.
    const relay = leading?.cue.rule === 'according-to' && !within(subject.source, leading.phrase) ? leading.phrase : undefined;
    return {
      attribution: 'unnamed',
      source: subject.source,
      ...(relay ? { via: relay } : {}),
      cues: [verbCue(subject)],
      // (Where the quotation it closes names who "he" is, the statement's own verb says it, as a source of its own.)
      ...(subject.type === 'pronoun' && !quotedBy ? { carryover: true } : {}),
      score: SCORE.carryover,
    };
  }
  const speaker = headlineSpeaker(text, segment, words);
  if (speaker) return { attribution: 'named', source: speaker.source, cues: [speaker.cue], score: SCORE.headlineSpeaker };
  // '"I have read every one of them," he said, according to the newspaper's transcript': the speaker, through the transcript.
  // "According to the news release, Long said he asked...": the same relay, the carrier first. A closing attribution
  // is the outer one: "According to Nigeria's military, 30 militants died, the presidency said" is the military's
  // account, carried by the presidency.
  const saidBy = subject && (sayingLemmas.has(subject.lemma) || subject.lemma === 'tell');
  const relays = leading && leading.cue.rule === 'according-to' && subject && saidBy && (subject.type === 'named' || subject.type === 'pronoun');
  if (relays && !within(subject.source, leading.phrase) && canSpeak(words, subject)) {
    const [source, via] = subject.trailing && leading.cue.start < subject.verb.start ? [leading.phrase, subject.source] : [subject.source, leading.phrase];
    return { attribution: 'named', source, via, cues: [verbCue(subject), leading.cue], score: SCORE.speechVerb };
  }
  if (leading) {
    const via = leading.via ?? (leading.cue.rule === 'citing' && subject ? subject.source : undefined);
    return { attribution: 'named', source: leading.phrase, ...(via ? { via } : {}), cues: [leading.cue], score: SCORE.accordingTo };
  }
  // "It shows how far the ice has gone" is the outlet's inference; "It found that ..." is a finding, its source's.
  const finding = words.find((w) => w.start >= (subject?.verb.end ?? 0))?.lower === 'that';
  if (subject && !(evidence.has(subject.lemma) && subject.type === 'pronoun' && !finding)) {
    const outlet = relayingOutlet(subjects, subject);
    const via = subject.via ?? outlet?.source ?? perRelay(text, segment, words);
    return { attribution: 'named', source: subject.source, ...(via ? { via } : {}), cues: [verbCue(subject)], score: SCORE.speechVerb };
  }
  const behind = subjects.length === 0 ? reportBehindEvent(text, segment, words, ranges) : null;
  if (behind && behind.type !== 'pronoun') {
    return { attribution: behind.type === 'unnamed' ? 'unnamed' : 'named', source: behind.source, cues: [verbCue(behind)], score: SCORE.eventCause };
  }
  const tag = headlineTag(text, segment, words);
  if (tag) {
    // "…: Report" names no one: a report the headline does not identify.
    const unidentified = tag.words.length === 1 && documentNouns.has(tag.words[0]!.lower);
    const kind = tag.words.some((w) => visual.has(nounLemma(w))) ? 'image' : unidentified || classifyNounPhrase(tag.words) === 'unnamed' ? 'unnamed' : 'named';
    return { attribution: kind, ...(kind === 'image' ? {} : { source: tag.cue }), cues: [tag.cue], score: SCORE.headlineTag };
  }
  const hedge = hedgeCue(text, words);
  if (hedge) return { attribution: 'unnamed', source: hedge, cues: [hedge], score: SCORE.hedge };
  const channel = channelSpeaker(text, segment, words) ?? participleSpeaker(text, segment, words) ?? attitudeSpeaker(text, words, ranges);
  if (channel) return { attribution: channel.type === 'unnamed' ? 'unnamed' : 'named', source: channel.source, cues: [verbCue(channel)], score: SCORE.channel };
  const marker = startsWithContinuation(text, words) ?? continuesAccount(text, words, previous, context);
  if (marker && previous && previous.attribution !== 'none') return carriedOver(previous, [marker]);
  // A reporting verb that was set aside (a noun, a passive, a subordinate clause) makes "none" less sure, and so does
  // a source in the sentence before, in the same paragraph, which may go on here.
  const besideCue = words.some((w) => w.pos !== undefined && (reporting.has(w.lemma) || perception.has(w.lemma)));
  const afterSource = !context.newParagraph && isSourced(previous ?? undefined);
  return { attribution: 'none', cues: [], score: besideCue || disclaimer ? SCORE.noneBesideCue : afterSource ? SCORE.noneAfterSource : SCORE.none };
}

/** The part before a phrase's last "and", where it is unnamed (the whole phrase is not). */
function unnamedBeforeAnd(text: string, phrase: Span, sentence: readonly Word[]): Span | undefined {
  const and = phrase.text.lastIndexOf(' and ');
  if (and <= 0) return undefined;
  const part = spanAt(text, phrase.start, phrase.start + and);
  return isUnnamedPhrase(text, part, sentence) ? part : undefined;
}

/** How far back from "who spoke on condition of anonymity" the people it describes may begin, in words. */
const ANONYMOUS_PHRASE_WORDS = 4;
const PHRASE_TAGS = new Set(['NOUN', 'ADJ', 'DET', 'NUM', 'PROPN']);

/** "an unnamed team member": the cue and the noun phrase it opens, up to the verb or comma. */
function unnamedPhraseAt(text: string, sentence: readonly Word[], cue: Cue): Span | undefined {
  // "after a report that...": the report is the source, as the text words it.
  if (cue.rule === 'unidentified-report') return spanAt(text, cue.start, cue.end);
  // "but sources who spoke on condition of anonymity have since revealed": the people the clause describes, with it.
  if (cue.rule === 'anonymity' && /^who\b/i.test(cue.text)) {
    const before = sentence.filter((w) => w.end <= cue.start);
    let from = before.length;
    while (from > 0 && before.length - from < ANONYMOUS_PHRASE_WORDS && PHRASE_TAGS.has(before[from - 1]!.pos ?? '') && !/[,;:]/.test(text.slice(before[from - 1]!.end, before[from]?.start ?? cue.start))) from--;
    return from < before.length && before.at(-1)!.pos === 'NOUN' ? spanAt(text, before[from]!.start, cue.end) : undefined;
  }
  if (cue.rule !== 'unnamed') return undefined;
  const words = sentence.filter((w) => w.start >= cue.start);
  let end = 0;
  const clauseBreak = (i: number) => i > 0 && /[,;:]/.test(text.slice(words[i - 1]!.end, words[i]!.start));
  while (end < words.length && end < 6 && !(words[end]!.pos === 'VERB' && reporting.has(words[end]!.lemma)) && !clauseBreak(end)) end++;
  if (end === 0) return undefined;
  return spanAt(text, words[0]!.start, words[end - 1]!.end);
}
