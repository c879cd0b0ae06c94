/** Who says: the subject before or after a reporting verb, passive agents, quoted speakers, relays through another outlet. */
import type { Cue, Span } from '../model.ts';
import { ATTITUDE_ADJECTIVES, NOT_PASSIVE_AGENT_LEMMAS, PASSIVE_PERCEPTION_LEMMAS } from '../lexicon.ts';
import { ADVERBIAL_SUBORDINATORS, CHANNEL_PREPOSITIONS, FINITE_OPENERS, NOT_RELAYS, RELAY_LEMMAS, TRAILING_ATTRIBUTION_WORDS, LEADING_RELAY, NON_ATTRIBUTING_PRECEDERS, CHANNEL_OPENING, ACCUSING_LEMMAS, FIGURE_UNITS } from '../rules.ts';
import { insideQuotation } from '../quotations.ts';
import type { Segment } from '../segment.ts';
import { spanAt } from '../text.ts';
import { type Word, inTitleCase, isCapitalised, lemmaOf, nounLemma, reportingLemmaOf, wordsBetween } from './words.ts';
import { type Subject, afterDateline, classifyNounPhrase, closedSpan, closesSentence, coreWords, isAdverbial, isParenthetical, isSourceNoun, isSubordinator, isTimeWord, looksLikeName, mayBeSource, shortHead, sourceWithin, withoutLeadingTime, withoutSlug, withoutTime, UNOWNED_FINDINGS } from './phrases.ts';
import { type VerbGroup, namesSomething, quotedIn, timePhraseAfterAuxiliary, verbGroupAt } from './verbs.ts';
import { beForms, connectors, describedPeople, determiners, documentNouns, evidence, indefinite, institutions, inversionLemmas, messageNouns, officeTitles, persons, prepositions, pronouns, quantifierPeople, relativePronouns, reporting, sayingLemmas, speakingBodies, speechBeforeInfinitive, spokespersons, timeUnits, timeWords, titles, mediaNouns, visual } from './vocabulary.ts';

const notRelays = new Set<string>(NOT_RELAYS);
const relayLemmas = new Set<string>(RELAY_LEMMAS);
const nonAttributing = new Set<string>(NON_ATTRIBUTING_PRECEDERS);
const adverbialSubordinators = new Set<string>(ADVERBIAL_SUBORDINATORS);
const channelPrepositions = new Set<string>(CHANNEL_PREPOSITIONS);
const finiteOpeners = new Set<string>(FINITE_OPENERS);
const passiveAgentLemmas = new Set<string>(PASSIVE_PERCEPTION_LEMMAS);
const notPassiveAgent = new Set<string>(NOT_PASSIVE_AGENT_LEMMAS);
const figureUnits = new Set<string>(FIGURE_UNITS);
const accusingLemmas = new Set<string>(ACCUSING_LEMMAS);
/** A word that opens a clause's own subject: after "that" it shows a relative clause with a subject of its own. */
const OWN_SUBJECT_POS = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ']);
const MONTH_ABBREVIATIONS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/**
 * The subjects of the reporting verbs of a sentence, in order: main-clause ones, and
 * those of a "that" clause marked embedded. A verb inside a quotation is the
 * speaker's, not the article's attribution.
 */
export function findSubjects(text: string, segment: Segment, words: readonly Word[], quoted: readonly [number, number][]): Subject[] {
  const titleCase = inTitleCase(words, segment);
  const opening = openingInversion(text, segment, words);
  const subjects: Subject[] = opening ? [opening] : [];
  for (let i = 0; i < words.length; i++) {
    const group = verbGroupAt(text, words, i, titleCase);
    if (!group) continue;
    const verb = group.head;
    if (insideQuotation(quoted, verb)) continue;
    if (group.anchor === words[0]) continue;
    const before = text.slice(segment.start, verb.start);
    // "(See: Intel, Altera resume buyout talks)": the headline of another story the outlet links to. (Looked for
    // within the statement only: a search back through the article would cost as much as the article.)
    const bracket = before.lastIndexOf('(');
    if (bracket !== -1 && SEE_ALSO.test(before.slice(bracket))) continue;
    // "Man held after shooting": a headline's bare past participle is a passive; its active verbs are present
    // ("denies"), and a past tense closes it as a tag ("..., aides said"). One with an object after it is active:
    // "Iran's police denied firing on protesters", "An inquiry found the app tracked users".
    const next = words[i + 1];
    const object = next !== undefined && ((next.pos === 'DET' && next.lower !== 'that') || next.lower === 'that' || next.pos === 'PRON' || ((next.pos === 'VERB' || next.pos === 'NOUN') && /ing$/.test(next.lower)));
    if (segment.role === 'headline' && group.anchor === verb && verb.lemma !== 'say' && i < words.length - 1 && verb.lower !== verb.lemma && !/(?:s|ing)$/.test(verb.lower) && !object) continue;
    // '"We will fight," said Maria Lopez', '..., said Ana Ruiz': the subject may follow its verb.
    // After a plain comma, what comes before must be a clause of its own: "His club, Ajax, confirmed the news" is
    // a subject with its appositive.
    const clauseBefore = () => words.slice(0, i).some((w) => (w.pos === 'VERB' || w.pos === 'AUX') && (titleCase || !w.capital));
    const afterQuotation = /["\u201D\u2019']\s*$/.test(before);
    if (group.anchor === verb && /[,!?]["\u201D\u2019']?\s*$/.test(before) && (afterQuotation || clauseBefore())) {
      const inverted = subjectAfter(text, segment, verb, words, afterQuotation, titleCase);
      if (inverted) {
        subjects.push({ ...inverted, trailing: true });
        continue;
      }
      // What stands before '...,” said' is the quotation itself, never its speaker.
      if (afterQuotation) continue;
    }
    const subject = subjectBefore(text, segment, group, words, quoted);
    if (!subject) continue;
    // "..., with clear visibility and fine weather reported": a "with" phrase and its participle is no clause.
    if (wordsBetween(words, subject.span.start, subject.span.end)[0]?.lower === 'with') continue;
    if (words[i + 1]?.lower === 'to' && speechBeforeInfinitive.has(verb.lemma) && !canSpeak(words, subject)) continue;
    // "...; 7 cases confirmed, more suspected": a headline's closing participle has a speaker before it only when
    // that can be one ("..., aides said").
    const tagHead = wordsBetween(words, subject.source.start, subject.source.end).at(-1);
    const participle = verb.lower !== verb.lemma && !/s$/.test(verb.lower);
    if (segment.role === 'headline' && participle && tagHead && !tagHead.capital && !mayBeSource(tagHead) && !speakingBodies.has(tagHead.lower)) continue;
    subject.trailing = closesSentence(words, i) && /,\s*["\u201D\u2019']?\s*$/.test(text.slice(segment.start, subject.span.start));
    subject.via ??= relayAfter(text, words, i);
    subject.quoted = quotedSpeaker(text, words, i);
    subjects.push(subject);
  }
  const agent = passiveAgent(text, words);
  if (agent) subjects.push(agent);
  // (A subject inside what is said, "stating that the risks tied to the drug...", leaves the main clause without one.)
  if (!subjects.some((s) => !s.embedded)) {
    const saying = sayingAfterComma(text, segment, words, quoted) ?? withReporting(text, words, quoted);
    if (saying) subjects.unshift(saying);
  }
  return subjects;
}

/** The most words of a place's name after its preposition ("in Kuala Lumpur", "at the White House"). */
const PLACE_WORDS = 3;

/** Words that open what a verb says, never who says it. */
const COMPLEMENT_OPENERS = new Set(['that', 'whether', 'how', 'why', 'if']);

/** A section's label in capitals before a colon: "WHAT HAPPENED:", "WHAT THEY SAID:". */
const SECTION_LABEL = /^[^\p{Ll}:]{3,40}:\s/u;

/** How many words a speaker named between an opening verb and its colon may have ("Tweeted Jason Carlin of Toronto:"). */
const OPENING_SPEAKER_WORDS = 6;

/**
 * 'Tweeted Jason Carlin of Toronto: "Used the outage to..."', 'Added the minister: "..."': a verb of saying in
 * the past opens the sentence, its speaker after it, and what was said after a colon. ("Say what you will" is
 * an imperative, in the base form.)
 */
function openingInversion(text: string, segment: Segment, words: readonly Word[]): Subject | null {
  const verb = words[0];
  // (The tagger may read a capitalised first word as a name: "Tweeted".)
  if (verb === undefined || verb.lower === lemmaOf(verb.lower) || /ing$/.test(verb.lower) || !inversionLemmas.has(lemmaOf(verb.lower))) return null;
  const colon = text.indexOf(':', verb.end);
  if (colon === -1 || colon >= segment.end) return null;
  const speaker = wordsBetween(words, verb.end, colon);
  if (speaker.length === 0 || speaker.length > OPENING_SPEAKER_WORDS || speaker.some((w) => w.pos === 'VERB' || w.pos === 'AUX')) return null;
  if (!/^\p{Lu}/u.test(text[speaker[0]!.start]!) && !determiners.has(speaker[0]!.lower)) return null;
  return { ...makeSubject(text, speaker, speaker, { ...verb, lemma: lemmaOf(verb.lower) }), trailing: true };
}

/**
 * "Analyst Andy Perkins upgraded the stock, saying that checks had come up strong", "They did not explain
 * how, saying only that": a participle of saying after a comma speaks for the main clause's subject.
 */
function sayingAfterComma(text: string, segment: Segment, words: readonly Word[], quoted: readonly [number, number][]): Subject | null {
  const k = words.findIndex((w, i) => i > 1 && w.pos === 'VERB' && /ing$/.test(w.lower) && sayingLemmas.has(w.lemma) && /,["\u201D\u2019']?\s*$/.test(text.slice(words[i - 1]!.end, w.start)));
  // "saying nothing", "saying little": what the subject did not say.
  if (k === -1 || insideQuotation(quoted, words[k]!) || ['nothing', 'little'].includes(words[k + 1]?.lower ?? '')) return null;
  // The main clause's finite verb, whose subject speaks.
  const main = words.findIndex((w, i) => i > 0 && i < k && (w.pos === 'VERB' || w.pos === 'AUX') && !/ing$/.test(w.lower));
  if (main === -1) return null;
  return subjectBefore(text, segment, { head: words[k]!, anchor: words[main]! }, words, quoted);
}

/**
 * "The court reversed the ruling, with Japanese media reporting it had ordered damages": in a "with" phrase after a
 * comma, the noun before a participle of saying is a speaker of the sentence.
 */
function withReporting(text: string, words: readonly Word[], quoted: readonly [number, number][]): Subject | null {
  const k = words.findIndex((w, i) => i > 0 && w.lower === 'with' && /,\s*$/.test(text.slice(words[i - 1]!.end, w.start)) && !insideQuotation(quoted, w));
  if (k === -1) return null;
  const verb = words.findIndex((w, j) => j > k + 1 && j <= k + WITH_SPEAKER_WORDS + 1 && /ing$/.test(w.lower) && WITH_SAYING.test(w.lower));
  const speaker = verb === -1 ? [] : words.slice(k + 1, verb);
  if (speaker.length === 0 || !speaker.every((w) => OWN_SUBJECT_POS.has(w.pos ?? ''))) return null;
  return makeSubject(text, speaker, speaker, words[verb]!);
}
const WITH_SPEAKER_WORDS = 4;
const WITH_SAYING = /^(?:reporting|saying|claiming|citing|quoting|accusing|alleging|warning|insisting|arguing|stating|noting|explaining|confirming|revealing)$/;

/** An opened bracket pointing to another story, with no closing bracket yet: "(See: ...", "(Read more: ...". */
const SEE_ALSO = /^\((?:see(?:\s+also)?|read(?:\s+more)?|also\s+read|related)\s*:[^)]*$/i;

/** How many words after a passive participle its "by" may come. */
const AGENT_REACH = 8;

/**
 * The words after a passive participle's "by", up to the clause's end: "by Louisiana State University chemists";
 * or after a message's "from" ("was confirmed in a tweet from Councilman Sal DiCiccio").
 */

export function agentAfter(text: string, words: readonly Word[], participle: number): Word[] {
  // "was declared victor in the election by the commission", "was announced on Monday by the ministry": what the
  // verb says may stand between it and its agent, within the clause.
  let by = participle + 1;
  const within = (k: number) => k < words.length && k <= participle + AGENT_REACH && words[k]!.pos !== 'VERB' && words[k]!.pos !== 'AUX' && !/[,;:!?()\u2013\u2014]/.test(text.slice(words[k - 1]!.end, words[k]!.start));
  const marksAgent = (k: number) => words[k]!.lower === 'by' || (words[k]!.lower === 'from' && messageNouns.has(words[k - 1]!.lower));
  while (within(by) && !marksAgent(by)) by++;
  if (!within(by) || !marksAgent(by)) return [];
  const agent: Word[] = [];
  for (let k = by + 1; k < words.length; k++) {
    const word = words[k]!;
    if (k > by + 1 && /[,;:!?(\u2013\u2014]/.test(text.slice(words[k - 1]!.end, word.start))) break;
    if (word.pos === 'VERB' || word.pos === 'AUX' || word.pos === 'SCONJ' || word.lower === 'to' || word.lower === 'as') break;
    // "accused by critics of nepotism": the charge, not the accusers.
    if (word.lower === 'of' && accusingLemmas.has(words[participle]!.lemma)) break;
    if (word.pos === 'ADP' && !connectors.has(word.lower)) break;
    agent.push(word);
  }
  return agent;
}

/**
 * "The oil was first spotted by pilot Bonny Schumaker", "The samples were determined by
 * university chemists to share...": a passive reporting or perception verb with its
 * agent, who vouches for the statement as the subject of the active verb would.
 */
function passiveAgent(text: string, words: readonly Word[]): Subject | null {
  for (let i = 1; i < words.length; i++) {
    const verb = words[i]!;
    if (verb.pos !== 'VERB' || verb.lower === verb.lemma || !(passiveAgentLemmas.has(verb.lemma) || (reporting.has(verb.lemma) && !notPassiveAgent.has(verb.lemma)))) continue;
    let j = i - 1;
    // "was on Saturday declared victor ... by the commission": adverbs and a time phrase may stand after "was".
    for (let time = timePhraseAfterAuxiliary(words, j); j > 0 && (words[j]!.pos === 'ADV' || time !== -1); time = timePhraseAfterAuxiliary(words, j)) j = time !== -1 ? time - 1 : j - 1;
    if (!beForms.has(words[j]!.lower)) continue;
    // "Its stock had jumped since merger talks were first reported by the Journal": a background clause.
    if (inAdverbialClause(text, words, j)) continue;
    const agent = agentAfter(text, words, i);
    // "A decision is expected by Oct. 15": a deadline, not an agent.
    if (agent.length === 0 || agent.length > 8 || agent.every((w) => isTimeWord(w) || MONTH_ABBREVIATIONS.has(w.lower))) continue;
    return makeSubject(text, agent, agent, verb);
  }
  return null;
}

/** Whether words[at] stands in a clause opened by "since", "after", "because" and the like, within its comma-free stretch. */
function inAdverbialClause(text: string, words: readonly Word[], at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    if (adverbialSubordinators.has(words[k]!.lower)) return true;
    if (/[,;:]/.test(text.slice(words[k]!.end, words[k + 1]!.start))) return false;
  }
  return false;
}

/** "The Journal quoted US officials as saying", "the article quotes a Coast Guard spokesman": whom it quotes. */
function quotedSpeaker(text: string, words: readonly Word[], verbIndex: number): Subject | undefined {
  const verb = words[verbIndex]!;
  if (verb.lemma !== 'quote' && verb.lemma !== 'cite') return undefined;
  const object: Word[] = [];
  for (let k = verbIndex + 1; k < words.length && object.length <= 8; k++) {
    const word = words[k]!;
    if (['as', 'saying', 'that', 'in', 'on'].includes(word.lower) || /[,;:!?]/.test(text.slice(words[k - 1]!.end, word.start))) break;
    object.push(word);
  }
  if (object.length === 0 || object.length > 8) return undefined;
  if (verb.lemma === 'cite' && !mayBeCited(object)) return undefined;
  return makeSubject(text, object, object, verb);
}

/** "told Radio Nord", "in an interview with the BBC": the outlet a speaker told, unless it is the press at large. */
function relayAfter(text: string, words: readonly Word[], verbIndex: number): Span | undefined {
  const verb = words[verbIndex]!;
  const quoted = quotedIn(words, verbIndex);
  if (quoted) return spanAt(text, quoted[0]!.start, quoted[quoted.length - 1]!.end);
  let from = verbIndex + 1;
  const next = words[from]?.lower;
  if (verb.lemma !== 'tell' && next !== 'in' && next !== 'to') return undefined;
  if (verb.lemma !== 'tell') {
    const window = words.slice(verbIndex + 1, verbIndex + 6).map((w) => w.lower).join(' ');
    const lead = /^(?:in an interview with|in comments to|to)\b/.exec(window);
    if (!lead) return undefined;
    from += lead[0].split(' ').length;
  }
  return outletAt(text, words, from);
}

/**
 * The outlet's name from words[from]: capitalised words, with the kind of medium
 * written after it ("Europe 1 radio", "ABS-CBN television"); undefined for the press
 * at large ("reporters").
 */
function outletAt(text: string, words: readonly Word[], from: number): Span | undefined {
  // "the prosecutor told the newspaper": an outlet the article named before, taken up by its kind.
  const taken = words[from + 1];
  if (words[from]?.lower === 'the' && taken && mediaNouns.has(taken.lower) && taken.lower !== 'agency') return spanAt(text, words[from]!.start, taken.end);
  // "told the club's website": an owner's medium.
  const medium = words[from + 2];
  if (words[from]?.lower === 'the' && taken && /['\u2019]s$/.test(taken.lower) && medium && mediaNouns.has(medium.lower)) return spanAt(text, words[from]!.start, medium.end);
  // "told local radio", "told state television": an outlet the article does not name, but an outlet.
  if (UNNAMED_OUTLET_SCOPES.has(words[from]?.lower ?? '') && taken && mediaNouns.has(taken.lower) && taken.lower !== 'agency') return spanAt(text, words[from]!.start, taken.end);
  let to = from;
  if (words[to]?.lower === 'the' && words[to + 1]?.capital) to++;
  // "told news agency PTI": the kind of medium written before the name.
  while (to < from + 2 && words[to] && !words[to]!.capital && isMediumKind(words, to) && words[to + 1] && (words[to + 1]!.capital || mediaNouns.has(words[to + 1]!.lower))) to++;
  const nameFrom = to;
  const joined = (k: number) => k === from || !/[,;:.!?]/.test(text.slice(words[k - 1]!.end, words[k]!.start));
  // "told Seacoast Current on Wednesday": a time after the outlet is not part of its name.
  const timeAfter = (k: number) => timeWords.has(words[k + 1]?.lower ?? '');
  while (to < words.length && joined(to) && (words[to]!.capital || (to > from && connectors.has(words[to]!.lower) && words[to + 1]?.capital && !timeAfter(to)))) to++;
  if (to === nameFrom || !words[to - 1]!.capital) return undefined;
  // "Europe 1 radio", "AFP news agency": the kind of medium after the name, in a word or two.
  const named = to;
  for (let kind = 0; kind < 2 && to < words.length && isMediumKind(words, to); kind++) to++;
  // "Tulsa news station Fox 23": a place and a kind of medium, then the outlet's own name.
  if (to > named && to < words.length && joined(to) && words[to]!.capital) {
    from = to;
    while (to < words.length && joined(to) && words[to]!.capital) to++;
  }
  const span = spanAt(text, words[from]!.start, words[to - 1]!.end);
  return notRelays.has(span.text.toLowerCase()) ? undefined : span;
}

const UNNAMED_OUTLET_SCOPES = new Set(['local', 'state', 'national', 'regional', 'public']);

/** A word of the kind of medium an outlet is: "radio", "agency", and "news" before one of them ("news agency"). */
function isMediumKind(words: readonly Word[], k: number): boolean {
  const word = words[k]!.lower;
  return mediaNouns.has(word) || (word === 'news' && mediaNouns.has(words[k + 1]?.lower ?? ''));
}

/**
 * "In an interview with the Associated Press, Chamisa alleged", "Speaking to Al-Manar TV, Qmati said": the outlet told;
 * also in an aside after the speaker ("A U.S. official, speaking to The Associated Press, said").
 */
export function leadingRelay(text: string, segment: Segment, words: readonly Word[]): Span | undefined {
  const sentence = text.slice(segment.start, segment.end);
  LEADING_RELAY.lastIndex = 0;
  const lead = LEADING_RELAY.exec(sentence);
  const aside = lead ? null : ASIDE_RELAY.exec(sentence);
  const end = lead ? lead[0].length : aside ? aside.index + aside[0].length : -1;
  if (end === -1) return undefined;
  const from = words.findIndex((w) => w.start >= segment.start + end);
  return from === -1 ? undefined : outletAt(text, words, from);
}
const ASIDE_RELAY = /,\s+(?:speaking|talking)\s+(?:to|with)\s+/i;

/** '"It's time this stops," McLaren says, per the AP.': the outlet the article took the words from, closing the sentence. */
export function perRelay(text: string, segment: Segment, words: readonly Word[]): Span | undefined {
  const sentence = text.slice(segment.start, segment.end);
  const per = sentence.lastIndexOf(', per ');
  if (per === -1) return undefined;
  const from = words.findIndex((w) => w.start >= segment.start + per + 2);
  if (from === -1 || words.length - from > PER_RELAY_WORDS) return undefined;
  const outlet = outletAt(text, words, from + 1);
  return outlet && outlet.end === words.at(-1)!.end ? outlet : undefined;
}
const PER_RELAY_WORDS = 6;

/** "Iran", "the ministry", "officials", "he" threaten and vow in words; "the storm" or "the deal" only in a figure of speech. */
export function canSpeak(words: readonly Word[], subject: Subject): boolean {
  if (subject.type !== 'named') return true;
  const source = wordsBetween(words, subject.source.start, subject.source.end);
  const head = source.at(-1);
  const name = source.some((w, k) => w.capital && (k > 0 || !determiners.has(w.lower)));
  return head !== undefined && (name || isSourceNoun(nounLemma(head)) || speakingBodies.has(head.lower) || documentNouns.has(head.lower));
}

/**
 * The subject after its verb: after a quotation anything up to the next comma; after
 * a plain comma only a name or a short phrase that ends the clause (", said Ana Ruiz,"
 * but not ", said diet was a factor").
 */
function subjectAfter(text: string, segment: Segment, verb: Word, words: readonly Word[], afterQuotation: boolean, titleCase: boolean): Subject | null {
  const rest = text.slice(verb.end, segment.end);
  const stop = clauseEnd(rest);
  const after = wordsBetween(words, verb.end, verb.end + (stop === -1 ? rest.length : stop));
  // '"They knew," said a worker who asked not to be named': the speaker, without the relative clause about them.
  const relative = after.findIndex((w, k) => k > 0 && (w.lower === 'who' || w.lower === 'whose'));
  if (relative !== -1) after.splice(relative);
  // "says AstraZeneca chief amid claims he was offered a rival role": the subject ends at a preposition.
  // "stated the filing signed by Judge Ann Lee": a participle with its agent qualifies the speaker too.
  const cut = after.findIndex((w, k) => k > 0 && ((w.pos === 'ADP' && !connectors.has(w.lower)) || (k > 1 && w.pos === 'VERB' && after[k + 1]?.lower === 'by')));
  const qualifier = cut > 0 ? after.splice(cut) : [];
  // "said Kate Lin of the Federal Reserve Bank of New York", "said study author Dr. Ann Lee of the University of
  // Toronto": a long subject is cut after the person's name.
  const endsInName = (k: number) => looksLikeName(after.slice(0, k)) || (after[k - 1]!.capital && after[k - 2]!.capital);
  const employer = after.length > 8 ? after.findIndex((w, k) => k >= 2 && w.lower === 'of' && endsInName(k) && !institutions.has(after[k - 1]!.lower)) : -1;
  if (employer !== -1) qualifier.unshift(...after.splice(employer));
  // '"...," the official, who spoke on the condition of anonymity ..., said Tuesday.': a time is no speaker.
  // "Authorities in George, which lies east of Cape Town, confirmed that 26 workers...": what a clause opens is no speaker.
  if (after.length === 0 || after.length > 8 || after.every(isTimeWord) || COMPLEMENT_OPENERS.has(after[0]!.lower)) return null;
  if (!afterQuotation) {
    // After a plain comma only a verb of saying turns round ("..., said Ana Ruiz"); "Ligue Iteka, a rights
    // group, documented 67 killings" has its object there, not its subject.
    if (!inversionLemmas.has(verb.lemma)) return null;
    // "Col. John Thomas, a spokesman, told CNN": after a comma "told" has its hearer after it, not its speaker.
    if (verb.lemma === 'tell') return null;
    const first = after[0]!;
    // A name opens with a capital letter; "spokesman Jim Prosser" with an office before it.
    const name = /^\p{Lu}/u.test(text[first.start]!) && !pronouns.has(first.lower);
    const office = (officeTitles.has(first.lower) || spokespersons.has(first.lower)) && after[1]?.capital === true;
    // "Rates will rise, says central bank": a short phrase for a person or a body that closes the sentence.
    const head = after[after.length - 1]!;
    // "..., said senior analysts at the bank.": what follows the phrase qualifies it and ends the sentence.
    // "Fed" read as a verb: a capital is a name's, except in a headline written in title case.
    const isVerb = (w: Word) => (w.pos === 'VERB' || w.pos === 'AUX') && (titleCase || !w.capital);
    const closing = !qualifier.some(isVerb) && /^\s*[.!?]?["\u201D\u2019']?\s*$/.test(stop === -1 ? '' : rest.slice(stop));
    const role = (w: Word) => persons.has(nounLemma(w)) || isOfficeWord(w);
    const body = closing && after.length <= 4 && (role(head) || institutions.has(head.lower));
    // "says chief executive Ann Lee", "says Fed chair Jerome Powell", "said electoral commission spokesman Salif
    // Kebe": offices before a name.
    const nameStart = after.findLastIndex((w) => !w.capital) + 1;
    const describedName = head.capital && (after.slice(0, nameStart).every((w) => w.capital || role(w)) || role(after[nameStart - 1]!));
    // "said the Federal Reserve Bank of New York": a body's proper name after its article.
    const properName = first.lower === 'the' && after.length > 1 && after.slice(1).every((w) => w.capital || connectors.has(w.lower));
    if (!name && !office && !body && !describedName && !properName && !(first.lower === 'the' && after.length <= 4)) return null;
    if (after.some((w) => isVerb(w) && !role(w))) return null;
  }
  // '..., said another fan, Nadine, tweeting from Austria': a name set after a described speaker names them.
  if (stop !== -1 && rest[stop] === ',' && after.length <= 3 && indefinite.has(after[0]!.lower)) {
    const from = verb.end + stop + 1;
    const end = clauseEnd(text.slice(from, segment.end));
    const name = wordsBetween(words, from, end === -1 ? segment.end : from + end);
    if (name.length >= 1 && name.length <= 3 && name.every((w) => isCapitalised(w) && !pronouns.has(w.lower))) return makeSubject(text, name, name, verb);
  }
  return makeSubject(text, after, after, verb);
}

const TITLE_LOOKBACK = 40;

/** Where the words after a verb end: at a comma or the sentence's end, not at the full stop of "Dr." or "Sr.". */
function clauseEnd(rest: string): number {
  for (const match of rest.matchAll(/[,;:.!?]/g)) {
    if (match[0] === '.') {
      // Titles and initials are short: the word before the stop is read from a short stretch, not the whole rest.
      const word = /([\p{L}.]+)$/u.exec(rest.slice(Math.max(0, match.index - TITLE_LOOKBACK), match.index))?.[1];
      // "Dr. Amara Osei", "John C. Lin": a title's or an initial's full stop is inside the name.
      if (word && (titles.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word))) continue;
    }
    return match.index;
  }
  return -1;
}

export function within(inner: Span, outer: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** A word inside a stock ticker's brackets: "Acme Corp. (NASDAQ: ACME)" names the company without them. */
function inTicker(text: string, word: Word): boolean {
  // A ticker is short: it is looked for near the word, not through the whole article.
  const from = Math.max(0, word.start - TICKER_REACH);
  const before = text.slice(from, word.start);
  const open = before.lastIndexOf('(');
  if (open === -1 || open < before.lastIndexOf(')')) return false;
  const close = text.slice(word.start, word.start + TICKER_REACH).indexOf(')');
  return close !== -1 && /^[A-Z][\w .-]*:\s*[A-Z][\w.]*$/.test(text.slice(from + open + 1, word.start + close));
}
const TICKER_REACH = 40;

/** Where a picture shows the speaker: "Darren Gibbs (pictured left) said", "Ana Ruiz (above)". */
const PICTURE_NOTES = new Set(['pictured', 'left', 'right', 'above', 'below', 'inset', 'top', 'centre', 'center']);

/** The words without a closing note in brackets on where the speaker is pictured. */
function withoutPictureNote(text: string, words: Word[]): Word[] {
  const note = words.findIndex((w, k) => k > 0 && PICTURE_NOTES.has(w.lower) && text.slice(words[k - 1]!.end, w.start).includes('('));
  return note === -1 ? words : words.slice(0, note);
}

/** A subject, classified; its source is the name within it when it names someone, else the phrase. */
function makeSubject(text: string, allSubjectWords: Word[], allSourceWords: Word[], verb: Word, embedded = false): Subject {
  allSubjectWords = withoutPictureNote(text, allSubjectWords);
  allSourceWords = withoutPictureNote(text, allSourceWords).filter((w) => !inTicker(text, w));
  const subjectWords = withoutTime(withoutLeadingTime(afterDateline(text, allSubjectWords)));
  // "A previously unknown group called Jaish-e Fursan": the name given is the source.
  const naming = allSourceWords.findIndex((w, k) => k > 0 && namesSomething(allSourceWords, k));
  let sourceWords = withoutTime(withoutLeadingTime(afterDateline(text, naming === -1 ? allSourceWords : allSourceWords.slice(naming + 1))));
  // "Local security officials quoted by the Associated Press said": the officials speak, the agency relays.
  // "Analysts surveyed by Thomson-Reuters", "economists polled by Reuters": the same, the pollster the carrier.
  const quotedBy = subjectWords.findIndex((w, k) => k > 0 && RELAYED_BY.has(w.lower) && subjectWords[k + 1]?.lower === 'by');
  if (quotedBy !== -1 && naming === -1 && subjectWords.length > quotedBy + 2) {
    const speaker = makeSubject(text, subjectWords.slice(0, quotedBy), subjectWords.slice(0, quotedBy), verb, embedded);
    const carrier = subjectWords.slice(quotedBy + 2);
    return { ...speaker, via: spanAt(text, carrier[0]!.start, carrier[carrier.length - 1]!.end) };
  }
  // "One of the candidates, Vice President Atiku Abubakar,": a description the appositive names is a named source.
  // ("One aid group, the International Rescue Committee,": a body's name keeps its article.)
  const nameWords = sourceWords[0]?.lower === 'the' ? sourceWords.slice(1) : sourceWords;
  const namedApart = nameWords.length >= 2 && sourceWords[0] !== subjectWords[0] && nameWords.every(isCapitalised);
  let type = naming === -1 && !namedApart ? classifyNounPhrase(subjectWords) : 'named';
  // "National broadcaster NHK and other Japanese media said": a named and an unnamed source speaking together are
  // unnamed, by precedence, and the unnamed one is the span.
  const and = naming === -1 && type !== 'pronoun' ? subjectWords.findIndex((w, k) => k > 0 && w.lower === 'and') : -1;
  const parts = and > 0 && and < subjectWords.length - 1 ? [subjectWords.slice(0, and), subjectWords.slice(and + 1)] : [];
  // Two whole phrases ("people across Washington and Oregon" is one), the named one a name or a body.
  const kinds = parts.some((p) => p.some((w) => w.pos === 'ADP')) ? [] : parts.map(classifyNounPhrase);
  const named = parts[kinds.indexOf('named')]?.at(-1);
  const unnamedPart = named && (named.capital || institutions.has(named.lower)) ? parts[kinds.indexOf('unnamed')] : undefined;
  if (unnamedPart) {
    type = 'unnamed';
    sourceWords = unnamedPart;
  }
  // "A Nigerian election observer group (Transition Monitoring Group) said": the name in brackets names the group described.
  const bracketed = type === 'named' ? undefined : bracketedName(text, sourceWords);
  return {
    span: spanAt(text, subjectWords[0]!.start, subjectWords[subjectWords.length - 1]!.end),
    source: bracketed ?? withoutSlug(text, type === 'named' ? sourceWithin(text, sourceWords) : closedSpan(text, sourceWords[0]!.start, sourceWords[sourceWords.length - 1]!.end)),
    verb: spanAt(text, verb.start, verb.end),
    lemma: verb.lemma,
    type: bracketed ? 'named' : type,
    trailing: false,
    embedded,
  };
}

/** The name in brackets closing a description, when every word of it is capitalised. */
function bracketedName(text: string, words: readonly Word[]): Span | undefined {
  const close = words.at(-1)!.end;
  if (text[close] !== ')') return undefined;
  const open = text.lastIndexOf('(', close);
  const inner = words.filter((w) => w.start > open);
  if (open < words[0]!.end || inner.length === 0 || inner.length === words.length || !inner.every(isCapitalised)) return undefined;
  return spanAt(text, inner[0]!.start, close);
}

/**
 * "The Pentagon declined to comment but said", "Tesla did not respond, but has said": a
 * verb right after "and" or "but" shares the subject of the clause before it, when what
 * follows the verb is a statement (a clause of its own), not an act ("and pleaded guilty",
 * "but called it off").
 */
function sharedSubject(text: string, chunks: readonly Word[][], clauseAfter: () => readonly Word[]): Word[] | null {
  const conjunction = chunks.at(-1)!.at(-1);
  if (!conjunction || !['and', 'but', 'yet'].includes(conjunction.lower)) return null;
  const after = clauseAfter();
  const statement = after[0]?.lower === 'that' || after.slice(0, COMPLEMENT_WORDS).some((w) => w.pos === 'AUX' || (w.pos === 'VERB' && !/ing$/.test(w.lower)));
  if (!statement) return null;
  const verbal = (w: Word) => (w.pos === 'VERB' || w.pos === 'AUX') && !w.capital;
  const clause = chunks.find((chunk) => chunk.some(verbal) && !isAdverbial(chunk) && !isParenthetical(chunk));
  if (!clause) return null;
  const subject = coreWords(clause.slice(0, clause.findIndex(verbal)));
  if (subject.length === 0 || subject.length > SHARED_SUBJECT_WORDS || subject.some((w) => isSubordinator(text, w))) return null;
  return subject;
}
const SHARED_SUBJECT_WORDS = 6;
const COMPLEMENT_WORDS = 8;

const DIGIT = /\d/;
/** Participles whose agent carries the words of the people before them: "officials quoted by the AP". */
const RELAYED_BY = new Set(['quoted', 'cited', 'polled', 'surveyed', 'interviewed']);

/** Words of the phrase a list of names may hang from: "The foreign ministers of Ukraine". */
const LIST_HEAD_WORDS = 6;

function subjectBefore(text: string, segment: Segment, group: VerbGroup, words: readonly Word[], quoted: readonly [number, number][]): Subject | null {
  const verb = group.head;
  // "Measles outbreak strikes Spanish Lookout; 7 cases confirmed": a semicolon ends a clause, and a subject with it.
  // (Searched within the statement: a search back through the whole article would cost a long one dear.)
  const semicolon = text.slice(segment.start, group.anchor.start).lastIndexOf(';');
  if (semicolon !== -1) segment = { ...segment, start: segment.start + semicolon + 1 };
  // "WHAT THEY SAID: Calenda wrote on Twitter": a section's label in capitals is no part of the clause.
  const label = SECTION_LABEL.exec(text.slice(segment.start, group.anchor.start));
  if (label) segment = { ...segment, start: segment.start + label[0].length };
  const clause = text.slice(segment.start, group.anchor.start);
  const commas: number[] = [];
  for (let i = 0; i < clause.length; i++) {
    // "$2,500": a comma inside a figure divides no clause. A dash between spaces sets off an aside as commas do.
    const comma = clause[i] === ',' && !(DIGIT.test(clause[i - 1] ?? '') && DIGIT.test(clause[i + 1] ?? ''));
    const dash = (clause[i] === '\u2014' || clause[i] === '\u2013') && clause[i - 1] === ' ' && clause[i + 1] === ' ';
    if (comma || dash) commas.push(segment.start + i);
  }
  // The stretches between commas, from the sentence's start to the verb.
  const starts = [segment.start, ...commas.map((c) => c + 1)];
  const ends = [...commas, group.anchor.start];
  const chunks = starts.map((start, i) => wordsBetween(words, start, ends[i]!));
  const shared = sharedSubject(text, chunks, () => {
    const end = clauseEnd(text.slice(verb.end, segment.end));
    return wordsBetween(words, verb.end, end === -1 ? segment.end : verb.end + end);
  });
  if (shared) {
    const subject = makeSubject(text, shared, shared, verb);
    return canSpeak(words, subject) ? subject : null;
  }
  // "An opposition leader in Comoros, the archipelago, on Monday rejected": a time alone is not the subject.
  // '"Why trust them?" Lulz Security had asked': the quotation before the speaker is no part of the subject.
  // "Analysts at Citigroup (NYSE:C) saw": a stock ticker is no part of the subject (an acronym or a name in brackets is).
  const brackets = [...clause.matchAll(/\((?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX|OTC|HKEX)\s*:\s*[^()]*\)/g)].map((m) => [segment.start + m.index, segment.start + m.index + m[0].length] as const);
  const inBrackets = (w: Word) => brackets.some(([from, to]) => w.start > from && w.end < to);
  const lastChunk = coreWords(chunks[chunks.length - 1]!.filter((w) => !insideQuotation(quoted, w) && !inBrackets(w)));
  const last = lastChunk.every(isTimeWord) ? [] : lastChunk;
  let subjectWords: Word[];
  let sourceWords: Word[];
  let embedded = false;
  if (last.length > 0) {
    // "..., they said" or "The panel said": the words right before the verb, back to
    // a subordinator, which would put the verb in a background clause.
    // "That day Schumaker reported": a sentence's first "that" before a noun is a determiner.
    // ("Reached by The Times, that person said": after an opening clause, as the tagger reads it.)
    const opensWithDeterminer = (last[0] === words[0] || last[0]!.pos === 'DET') && last[0]!.lower === 'that' && last[1]?.pos === 'NOUN';
    // "Later that day they said": "that" before a unit of time is a determiner too.
    const timeDeterminer = (w: Word, k: number) => w.lower === 'that' && last[k + 1] !== undefined && timeUnits.has(last[k + 1]!.lower);
    const clauseWord = (w: Word, k: number) => isSubordinator(text, w) && !(k === 0 && opensWithDeterminer) && !timeDeterminer(w, k);
    // "a little higher than markets had expected": a comparison, not a statement.
    if (last.some((w) => w.lower === 'than')) return null;
    const sub = last.findLastIndex(clauseWord);
    const relative = last.findIndex(clauseWord);
    // "reported that officials said": "that" after a verb opens its complement, not a relative clause.
    // ("News Service reports that": the tagger may read the verb before "that" as a plural noun.)
    const verbBefore = (k: number) => k > 0 && (last[k - 1]!.pos === 'VERB' || (reporting.has(last[k - 1]!.lemma) && /s$/.test(last[k - 1]!.lower)));
    const afterVerb = verbBefore(relative);
    // "were met by a woman and a child who told police nobody was home": the verb of a relative clause in what the
    // sentence says attributes nothing ("Security officials who described the incident asked..." opens the sentence).
    const inPredicate = last.slice(0, relative).some((w) => (w.pos === 'VERB' || w.pos === 'AUX') && !w.capital);
    if (relative > 0 && relative === last.length - 1 && sub === relative && relativePronouns.has(last[relative]!.lower) && inPredicate) return null;
    if (chunks.length === 1 && relative > 0 && relativePronouns.has(last[relative]!.lower) && sub === relative && !afterVerb) {
      // "organizations that the government believes played a part": a clause with a subject of its own holds the verb.
      if (OWN_SUBJECT_POS.has(last[relative + 1]?.pos ?? '')) return null;
      // "An official who asked not to be named said": the subject is the noun before its relative clause.
      last.splice(relative);
    } else if (sub === 0 && last[0]!.lower === 'as' && (chunks.length === 1 || afterConjunction(chunks)) && /^[^,;:.!?]{0,24}[,:]/.test(text.slice(verb.end, segment.end))) {
      // "As one journalist put it, ...", "As the report notes, ...", "But, as the BBC notes, ...": a comment clause gives
      // the rest its source.
      last.splice(0, 1);
      if (last.length === 0) return null;
    } else if (sub !== -1) {
      // "The agency reported that officials said": a subject in a "that" clause may be a relayed source.
      // "that" after a noun opens a relative clause ("organizations that the government believes"), not a complement.
      embedded = last[sub]!.lower === 'that' && verbBefore(sub);
      // "Shares surge as Reuters confirms takeover interest", "World on thin ice as UN report issues warning": a
      // headline's "as" clause is where it says whose news it is.
      const headlineAs = segment.role === 'headline' && last[sub]!.lower === 'as' && sub === last.findIndex(clauseWord);
      if (!embedded && !headlineAs && (sub > 0 || chunks.length === 1)) return null;
      // "..., which both said", "..., as other studies have found that...": a relative clause, or a
      // subordinate one that does not close the sentence, does not attribute it.
      const trailing = words.length - words.indexOf(verb) <= TRAILING_ATTRIBUTION_WORDS;
      if (!embedded && !headlineAs && (relativePronouns.has(last[sub]!.lower) || !trailing)) return null;
      last.splice(0, sub + 1);
      if (last.length === 0) return null;
    }
    // "Sony has said its forensic experts have confirmed": a complement without "that" holds a relayed subject.
    // "reported 10 deaths tied to": without an auxiliary, only a pronoun, article or name opens such a subject.
    // ("A Reuters poll last week showed most economists expected": what a poll showed holds a subject too.)
    const saidBefore = last.findLastIndex((w, k) => k < last.length - 1 && w.pos === 'VERB' && (reporting.has(w.lemma) || evidence.has(w.lemma)) && !namesSomething(words, words.indexOf(w)));
    const opener = last[saidBefore + 1]?.pos ?? '';
    const counted = quantifierPeople.has(last[saidBefore + 1]?.lower ?? '');
    if (saidBefore !== -1 && !embedded && (counted || (group.anchor !== verb ? OWN_SUBJECT_POS.has(opener) && opener !== 'ADJ' : ['PRON', 'DET', 'PROPN'].includes(opener)))) {
      embedded = true;
      last.splice(0, saidBefore + 1);
    }
    // "That patient died and she said": after a coordinated clause, its own subject.
    const conjunction = last.findLastIndex((w, k) => k > 0 && (w.lower === 'and' || w.lower === 'but') && last.slice(0, k).some((v) => (v.pos === 'VERB' || v.pos === 'AUX') && !v.capital));
    // ("..., but only one of the analysts had predicted": the new clause's subject without its focusing word.)
    if (conjunction !== -1) last.splice(0, conjunction + (last[conjunction + 1]?.lower === 'only' && conjunction + 2 < last.length ? 2 : 1));
    if (last.length === 0) return null;
    // A pronoun takes no words before it: "On Monday she said", "Last week he said" open with a time or a place.
    // After a noun, a pronoun opens a relative clause without "that": with the verb ("sanctions on four companies
    // it accused of") nothing is attributed; before it ("The firms they named have denied") the noun is the subject.
    const zeroRelative = last.findIndex((w, k) => k > 0 && pronouns.has(w.lower) && (last[k - 1]!.pos === 'NOUN' || last[k - 1]!.pos === 'PROPN') && !isTimeWord(last[k - 1]!));
    // "a species the IUCN lists as vulnerable": a noun, then a subject of its own, opens a relative clause too.
    // ("6:30 p.m. A top prosecutor says": a time stamp, not a noun.)
    const nounThenSubject = (w: Word, k: number) => (w.lower === 'the' || indefinite.has(w.lower)) && last[k - 1]!.pos === 'NOUN' && !last[k - 1]!.capital && !isTimeWord(last[k - 1]!) && text[last[k - 1]!.end - 1] !== '.';
    // ("At the same time the BoE expects": a time that opens the clause is no noun with a relative clause.)
    const timeOpens = last.length - withoutLeadingTime(last).length;
    if (last.some((w, k) => k > timeOpens && nounThenSubject(w, k))) return null;
    // "The man police believe shot an officer died": a person, then people who hold a belief about them, open a
    // relative clause without "who" (the codebook's belief tucked into a relative clause).
    const believers = (w: Word | undefined) => w !== undefined && !w.capital && (w.lower === 'police' || (/s$/.test(w.lower) && persons.has(nounLemma(w))));
    const described = (w: Word) => w.pos === 'NOUN' && !w.capital && !/['\u2019]s?$/.test(w.lower) && describedPeople.has(nounLemma(w));
    if (last.some((w, k) => k > 0 && determiners.has(last[k - 1]!.lower) && described(w) && believers(last[k + 1]) && k + 1 === last.length - 1)) return null;
    if (zeroRelative !== -1 && !isAdverbial(last)) {
      if (zeroRelative === last.length - 1) return null;
      last.splice(zeroRelative);
    } else if (last.length > 1 && pronouns.has(last.at(-1)!.lower)) {
      last.splice(0, last.length - 1);
    }
    // "Judging by the present rate of burning experts fear": after an opening participle clause, the noun before the verb.
    // ("..., citing office rules": after a comma, what "citing" or "quoting" takes is its object, not a subject.)
    if (chunks.length > 1 && (last[0]!.lower === 'citing' || last[0]!.lower === 'quoting')) return null;
    if (/ing$/.test(last[0]!.lower) && last[0]!.pos === 'VERB') {
      const lastVerb = last.findLastIndex((w) => w.pos === 'VERB');
      last.splice(0, lastVerb + 1);
      if (last.length === 0) return null;
    }
    // "Los Angeles County interim health officer Dr. Jeffrey Gunzenhauser said": a long description may end in a name.
    // A longer subject may still have a short head before what qualifies it ("paleoanthropologist Brian Richmond of the
    // American Museum of Natural History in New York told").
    // "RFS Deputy Commissioner Rob Rogers late on Saturday night said": the time after the subject does not count.
    const timeless = withoutTime(last);
    if (timeless.length > (timeless.at(-1)!.capital && !timeless.some((w) => w.pos === 'VERB' || w.pos === 'AUX') ? 12 : 8)) {
      const head = shortHead(last);
      if (head.length > 8 || head.some((w) => w.pos === 'VERB' || w.pos === 'AUX')) return null;
      last.splice(head.length);
    }
    // "A source close to the talks said": "to" as a preposition belongs to the subject; as an infinitive's mark it does not.
    if (last.some((w, k) => k > 0 && nonAttributing.has(w.lower) && !(w.lower === 'to' && w.pos === 'ADP'))) return null;
    // "The proposed measures would": a participle after an article qualifies a noun; there is no subject.
    // "Some said", "Others said": people the article does not name.
    const people = last.length === 1 && quantifierPeople.has(last[0]!.lower);
    if (!people && last.every((w) => determiners.has(w.lower) || indefinite.has(w.lower))) return null;
    // "Each red dot represents a hotspot recorded in June": a finite verb before makes it a clause, and the participle qualifies.
    // "well below the 13 percent analysts had expected": people right after a figure open a relative clause without
    // "that"; they are not the sentence's subject.
    const figure = last.at(-2);
    if (figure && (figureUnits.has(figure.lower) || text[figure.end] === '%') && persons.has(nounLemma(last.at(-1)!))) return null;
    // ("Combs said", "Banks says": a capitalised word is a name, whatever the tagger made of it.)
    if (last.some((w) => w.pos === 'VERB' && !w.capital && /[^s]s$/.test(w.lower) && w.lower !== w.lemma)) return null;
    // "St. Michael in a statement on its website said": the channel is not part of the speaker.
    const channel = last.findIndex((w, k) => k > 0 && channelPrepositions.has(w.lower) && last.slice(k + 1, k + 4).some((x) => messageNouns.has(x.lower)));
    if (channel > 0) last.splice(channel);
    // "Diplomats, Syrian rebels and security sources said": a list of sources opening the sentence, its first items
    // before commas.
    // "The foreign ministers of Ukraine, Russia, Germany and France said": a list of names after "of" is one subject.
    const listItem = (c: Word[]) => c.length > 0 && c.length <= 3 && c.every((w) => w.pos === 'NOUN' || w.pos === 'PROPN' || w.pos === 'ADJ');
    const opensList = (c: Word[]) => listItem(c) || (c.length <= LIST_HEAD_WORDS && c.at(-1)!.capital && c.at(-2)?.lower === 'of');
    const list = chunks.length >= 2 && last.some((w) => w.lower === 'and') && opensList(chunks[0]!) && chunks.slice(1, -1).every(listItem);
    if (list) last.unshift(...chunks.slice(0, -1).flat());
    subjectWords = last;
    sourceWords = last;
    // "Dr. Bruce Anderson, Director of the DOH said": an office after a name, its closing comma left out.
    const named = chunks.length === 2 ? coreWords(chunks[0]!) : [];
    const office = determiners.has(last[0]!.lower) || indefinite.has(last[0]!.lower) ? last[1] : last[0];
    // "Nicole Sapstead, UKAD Chief Executive said": the office may also close the description.
    if (named.length > 1 && looksLikeName(named) && !isAdverbial(chunks[0]!) && (isOfficeWord(office) || isOfficeWord(last.at(-1)))) {
      subjectWords = named;
      sourceWords = named;
    }
  } else {
    // "Earlier reports described": a time alone before the verb, with no comma to set off a subject, is no subject
    // (the word read as a verb is a noun).
    if (chunks.length === 1) return null;
    // "Dr. Amara Osei, the panel's chair, told": a subject with appositives or a
    // relative clause between commas. The sentence opens with the subject.
    // "On Thursday, Mr Lissu, the Chadema candidate, said": an opening adverbial is not the subject.
    // '"This is serious," Col. John Thomas, a spokesman, told CNN': the quotation before its speaker is not the subject.
    const quotedChunk = (chunk: Word[]) => chunk.length > 0 && chunk.every((w) => insideQuotation(quoted, w));
    // "The mayor of Springfield, Illinois, said", "A supporter in the capital, Lome, says": a place after a place
    // names no one.
    const placeAfterPlace = (k: number) => {
      const [chunk, before] = [chunks[k]!, chunks[k - 1]!];
      // ("in Kuala Lumpur, Malaysia,": a place's name of two or three words after its preposition too.)
      const preposition = before.findLastIndex((w) => prepositions.has(w.lower));
      const namedPlace = preposition !== -1 && before.length - preposition <= PLACE_WORDS + 1 && before.slice(preposition + 1).every((w) => w.capital);
      const place = before.length > 1 && (prepositions.has(before.at(-2)!.lower) || (before.at(-2)!.lower === 'the' && prepositions.has(before.at(-3)?.lower ?? '')) || namedPlace);
      return chunk.length === 1 && chunk[0]!.capital && place;
    };
    // "Addressing journalists in the capital, Conakry, Augustin Matata Ponyo, ... said": an opening participle clause
    // and the place after it are not the subject either.
    const participleOpening = (chunk: Word[]) => chunk[0] !== undefined && chunk[0].pos === 'VERB' && /ing$/.test(chunk[0].lower);
    const skipped = (k: number) => isAdverbial(chunks[k]!) || quotedChunk(chunks[k]!) || participleOpening(chunks[k]!) || (k > 0 && placeAfterPlace(k));
    let opening = 0;
    while (opening < chunks.length - 2 && skipped(opening)) opening++;
    // "The commission has not released results, but the observer group, an umbrella body, said": the clause after "but".
    const coordinated = chunks.findLastIndex((c, k) => k > opening && k < chunks.length - 1 && (c[0]?.lower === 'but' || c[0]?.lower === 'and' || c[0]?.lower === 'yet'));
    if (coordinated !== -1 && chunks[opening]!.some((w) => w.pos === 'VERB' || w.pos === 'AUX')) opening = coordinated;
    // "Prices will rise, said Kate Lin of the Federal Reserve Bank of New York": a clause before the comma is what was
    // said, not who said it ("Farmers who lost crops, ..., said" has its verb in a relative clause).
    // A capital marks a name's word ("Human Rights Watch"), not a verb.
    const finite = (w: Word) => !w.capital && (w.pos === 'AUX' || (w.pos === 'VERB' && !/(?:ed|en|ing)$/.test(w.lower)));
    const clause = chunks[opening]!.findIndex(finite);
    if (clause !== -1 && !chunks[opening]!.slice(0, clause).some((w) => relativePronouns.has(w.lower))) {
      // "The public can enter City Hall, Marie Zickefoose, the mayor's press secretary, told Signal Cleveland": what was
      // said, then its speaker with an appositive, closing the sentence.
      const said = chunks.findLastIndex((c, k) => k < chunks.length - 1 && c.some(finite));
      const speakerChunks = chunks.slice(said + 1, -1);
      if (!closesSentence(words, words.indexOf(verb)) || speakerChunks.length < 2 || speakerChunks.some((c) => c.length === 0 || c.some(finite))) return null;
      opening = said + 1;
    }
    const head = shortHead(coreWords(chunks[opening]!));
    if (head.length === 0 || head.length > 8) return null;
    // "The deal, announced in March, would create": the verb was a participle in an aside.
    const closing = text.indexOf(',', verb.end);
    if (closing !== -1 && closing < segment.end) {
      const next = words.find((w) => w.start > closing);
      // ('Alex Mashinsky, the CEO, asked, "do you know...?"': a quotation after the comma is what was said.)
      if (next && finiteOpeners.has(next.lower) && !/^\s*["\u201C]/.test(text.slice(closing + 1))) return null;
    }
    const appositives = chunks
      .slice(opening + 1, -1)
      .filter((_, k) => !placeAfterPlace(opening + 1 + k))
      .map(coreWords)
      .filter((c) => c.length > 0 && !isParenthetical(c));
    subjectWords = head;
    // "Conde's main challenger, former Prime Minister Cellou Dalein Diallo,": an appositive that ends in a name names the subject.
    // "One aid group, the International Rescue Committee,": a body's name with its article.
    const endsInName = (c: Word[]) => c.length >= 2 && c.at(-1)!.capital && c.at(-2)!.capital && c.every((w, k) => w.capital || officeTitles.has(w.lower) || w.lower === 'former' || (k === 0 && w.lower === 'the'));
    // "Hancock Health CEO, Steve Long, told": a head that ends in an office is a description of the name after it.
    const office = isOfficeWord(head.at(-1));
    sourceWords = looksLikeName(head) && !office ? head : (appositives.find(looksLikeName) ?? appositives.find(endsInName) ?? head);
  }
  return makeSubject(text, subjectWords, sourceWords, verb, embedded);
}

/** "But, as the BBC notes,": two stretches, the first a conjunction alone. */
function afterConjunction(chunks: readonly (readonly Word[])[]): boolean {
  return chunks.length === 2 && chunks[0]!.length === 1 && OPENING_CONJUNCTIONS.has(chunks[0]![0]!.lower);
}
const OPENING_CONJUNCTIONS = new Set(['but', 'and', 'yet', 'so']);

/** An office or a spokesperson's title: "director", "CEO", "spokeswoman". */
function isOfficeWord(w: Word | undefined): boolean {
  return w !== undefined && (officeTitles.has(w.lower) || spokespersons.has(w.lower));
}

/** Spans of time before "after" besides TIME_UNITS ("two hours after"). */
const CLOCK_UNITS = new Set(['hour', 'minute']);
/** "shortly after", "soon after": a moment after the report. */
const MOMENTS_AFTER = new Set(['shortly', 'soon']);

/** Reporting verbs whose report a market move or an event may be put down to ("after Recode reported that"). */
const reportedCauses = new Set(['report', 'say']);
/** How far after "after" its clause's reporting verb may stand: a subject of a few words. */
const CAUSE_SUBJECT_WORDS = 10;

/**
 * "Shares of Herbalife fell after a newspaper reported that the company faces an inquiry": the
 * move is put down to the report, which vouches for its news as "after a Bloomberg report that"
 * does. Only "report" and "say" with their content: after "a judge ruled that" or "scientists
 * warned that" the main clause is the outlet's account of what followed (the real-news sets
 * label those none). For a sentence with no speaker of its own.
 */
export function reportBehindEvent(text: string, segment: Segment, words: readonly Word[], quoted: readonly [number, number][]): Subject | null {
  const after = words.findIndex((w, k) => k > 1 && w.lower === 'after' && !insideQuotation(quoted, w));
  if (after === -1) return null;
  // "travelled to the North only a week after Pyongyang said it test-fired a missile": a span of time dates the
  // event by the report; it does not put the event down to it.
  // ("its biggest gain in nearly seven years after", "over the last days of last week after" keep the cause.)
  const [unit, count] = [words[after - 1]!, words[after - 2]];
  const spanOfComparison = words.slice(Math.max(0, after - 5), after - 2).some((w) => ['in', 'over', 'for'].includes(w.lower));
  const measured = count !== undefined && (count.lower === 'a' || count.pos === 'NUM') && (timeUnits.has(nounLemma(unit)) || CLOCK_UNITS.has(nounLemma(unit))) && !spanOfComparison;
  if (measured || MOMENTS_AFTER.has(unit.lower)) return null;
  const clause = words.slice(after + 1);
  for (let i = 1; i < Math.min(clause.length - 1, CAUSE_SUBJECT_WORDS); i++) {
    const group = verbGroupAt(text, clause, i);
    if (!group) continue;
    const next = clause[i + 1]!;
    const content = next.lower === 'that' || (pronouns.has(next.lower) && (clause[i + 2]?.pos === 'AUX' || clause[i + 2]?.pos === 'VERB'));
    if (!reportedCauses.has(group.head.lemma) || group.anchor !== group.head || !content) return null;
    const subject = subjectBefore(text, { ...segment, start: clause[0]!.start }, group, clause, quoted);
    return subject && canSpeak(clause, subject) ? subject : null;
  }
  return null;
}

export function verbCue(subject: Subject): Cue {
  return { ...subject.verb, rule: 'speech-verb' };
}

/**
 * A trailing attribution governs the sentence (what comes before is its content);
 * otherwise precedence over every clause: an unnamed subject wins ("…, but officials
 * blamed the army"); else the first.
 */
export function governingSubject(subjects: readonly Subject[]): Subject | null {
  const main = subjects.filter((s) => !s.embedded);
  const trailing = main.find((s) => s.trailing);
  // "The opposition leader alleged fraud, the Associated Press reported": the outlet closing the sentence relays
  // the speaker before it (codebook: Via for named sources too); relayingOutlet gives it as via.
  const relayed = trailing && trailing.type === 'named' && relayLemmas.has(trailing.lemma) ? main.find((s) => s !== trailing && !relayLemmas.has(s.lemma)) : undefined;
  return relayed ?? trailing ?? main.find((s) => s.type === 'unnamed') ?? main[0] ?? null;
}

/**
 * A named speaker an outlet reports: "Courthouse News Service reports that Judge Ann Lee said" is the judge via the
 * outlet (codebook: Via for named sources too), as "said Ana Ruiz, the Radio Nord agency reported" is.
 */
export function relayedNamed(subjects: readonly Subject[], governing: Subject | null): Subject | null {
  if (!governing || governing.type !== 'named' || !relayLemmas.has(governing.lemma)) return null;
  return reportedBy(subjects, governing).find((s) => (s.type === 'named' || s.type === 'generic-person') && sayingLemmas.has(s.lemma)) ?? null;
}

/** Findings a speaker reports as his side's ("Ms Calder said a post-mortem examination recorded"). */
const RELAYED_FINDINGS = new Set([...UNOWNED_FINDINGS, 'examination', 'autopsy', 'post-mortem', 'analysis', 'review']);

/** An unnamed source relayed by the governing subject: "Radio Nord reported that officials said". */
export function relayedUnnamed(subjects: readonly Subject[], governing: Subject | null): Subject | null {
  if (!governing || governing.type !== 'named') return null;
  // "The company said its own inspectors found": the company speaks for its own people.
  const ownPeople = (s: Subject) => /^(?:its|their)\s/i.test(s.source.text);
  // ("Gonzalez tweeted that a preliminary investigation indicates": a finding he reports is his side's, not a source
  // he relays.)
  const finding = (s: Subject) => RELAYED_FINDINGS.has(s.source.text.split(/\s+/).at(-1)!.toLowerCase());
  return reportedBy(subjects, governing).find((s) => s.type === 'unnamed' && !ownPeople(s) && !finding(s)) ?? null;
}

/**
 * "The publication then cited a military expert who said...": a named subject that cites people it does not name
 * relays them (codebook: "Citing an unnamed team member, the report claimed"). The cited phrase, or null.
 */
export function citedUnnamed(text: string, words: readonly Word[], governing: Subject | null): Span | null {
  if (!governing || governing.type !== 'named' || governing.lemma !== 'cite') return null;
  const from = words.findIndex((w) => w.start >= governing.verb.end);
  if (from === -1) return null;
  let to = from;
  while (to < words.length && to - from < CITED_WORDS && !CITED_PHRASE_ENDS.has(words[to]!.lower) && !/[,;:]/.test(text.slice(words[to]!.end, words[to + 1]?.start ?? words[to]!.end))) to++;
  const cited = words.slice(from, Math.min(to + 1, words.length)).filter((w) => !CITED_PHRASE_ENDS.has(w.lower));
  return cited.length > 0 && mayBeCited(cited) && classifyNounPhrase(cited) === 'unnamed' ? sourceWithin(text, cited) : null;
}

/**
 * "Ardagh cited a growing plastics market": a reason cited, not a source; one cited as a source is a name, a person,
 * a body, a document or footage ("cites airport security video that shows").
 */
function mayBeCited(words: readonly Word[]): boolean {
  return words.some((w) => w.capital || pronouns.has(w.lower) || mayBeSource(w) || visual.has(nounLemma(w)));
}
const CITED_WORDS = 8;
const CITED_PHRASE_ENDS = new Set(['who', 'as', 'saying', 'that', 'which', 'to', 'in', 'on']);

/** The subjects of clauses the governing subject's verb reports ("reported that X said"). */
function reportedBy(subjects: readonly Subject[], governing: Subject): Subject[] {
  return subjects.filter((s) => s.embedded && s.verb.start > governing.verb.start);
}

/** Another named subject whose verb relays ("said Ana Ruiz, the Radio Nord agency reported"): the carrier. */
export function relayingOutlet(subjects: readonly Subject[], governing: Subject): Subject | null {
  // Only one closing the sentence: "..., though local media reported a higher toll" is another source, not a carrier.
  return subjects.find((s) => s !== governing && !s.embedded && s.trailing && s.type === 'named' && relayLemmas.has(s.lemma)) ?? null;
}

/** "In a statement Monday, he also encouraged...": the subject of a sentence that opens with a message's channel. */
export function channelSpeaker(text: string, segment: Segment, words: readonly Word[]): Subject | null {
  const opening = CHANNEL_OPENING.exec(text.slice(segment.start, segment.end));
  if (!opening) return null;
  const clause = clauseAfterOpening(words, segment.start + opening[0].length, CHANNEL_SUBJECT_WORDS);
  if (!clause) return null;
  const { subject, verb } = clause;
  // "In an email to students, Martin Hall, the vice-chancellor, writes": the name, without its appositive.
  const comma = subject.findIndex((w, k) => k > 0 && text.slice(subject[k - 1]!.end, w.start).includes(','));
  const named = comma > 0 && looksLikeName(subject.slice(0, comma)) ? subject.slice(0, comma) : subject;
  return makeSubject(text, subject, named, verb);
}
const CHANNEL_SUBJECT_WORDS = 6;

/** The main clause after an opening that ends at `from`: its subject, up to `reach` words, and its first verb. */
function clauseAfterOpening(words: readonly Word[], from: number, reach: number): { subject: Word[]; verb: Word } | null {
  const after = words.filter((w) => w.start >= from);
  const verb = after.findIndex((w) => (w.pos === 'VERB' || w.pos === 'AUX') && !w.capital);
  const subject = verb > 0 && verb <= reach ? coreWords(after.slice(0, verb)) : [];
  return subject.length === 0 ? null : { subject, verb: after[verb]! };
}

/**
 * 'Warning of "irreversible impacts," some of the world's top scientists Sunday released the assessment': a clause
 * opening with a verb of saying in "-ing" says what the main clause's subject says, whatever that clause's verb does.
 */
export function participleSpeaker(text: string, segment: Segment, words: readonly Word[]): Subject | null {
  const saying = words[0]?.lower === 'after' ? words[1] : words[0];
  if (!saying || !/ing$/.test(saying.lower)) return null;
  // ("Warning of ...": the tagger may take a sentence's first "-ing" word for a noun.)
  const lemma = saying.pos === 'VERB' ? saying.lemma : reportingLemmaOf(saying.lower);
  if (!lemma || !reporting.has(lemma) || (saying.pos !== 'VERB' && saying !== words[0])) return null;
  const close = PARTICIPLE_CLAUSE_END.exec(text.slice(saying.end, segment.end));
  if (!close) return null;
  // ("Contesting the outcome could put the nation at risk, ...": a gerund subject, its verb after its object; "Saying it
  // had no choice" has a clause of its own.)
  const clauseEnds = saying.end + close.index;
  const at = words.indexOf(saying);
  const finite = words.findIndex((w, k) => k > at && w.end <= clauseEnds && (w.pos === 'AUX' || (w.pos === 'VERB' && !/(?:ing|ed|en)$/.test(w.lower))));
  if (finite !== -1 && words[finite - 1]!.pos !== 'PRON') return null;
  const clause = clauseAfterOpening(words, clauseEnds + close[0].length, PARTICIPLE_SUBJECT_WORDS);
  const subject = clause ? withoutTime(clause.subject) : [];
  if (subject.length === 0 || subject.some((w) => w.pos === 'VERB' || w.pos === 'AUX')) return null;
  return makeSubject(text, subject, subject, saying);
}
/** The comma that closes the opening clause, with a quotation mark closing before or after it. */
const PARTICIPLE_CLAUSE_END = /,["\u201D]?\s+(?=\S)/;
const PARTICIPLE_SUBJECT_WORDS = 8;

/**
 * "However Murray was adamant an earthquake hit the area", "the FTC is concerned that the merger would...": a view held,
 * written with an adjective, with the claim as its complement (codebook: attitudes count, as "believe" does).
 */
export function attitudeSpeaker(text: string, words: readonly Word[], quoted: readonly (readonly [number, number])[]): Subject | null {
  // ('"We are sure we will prove it," he said': a view inside a quotation is the quoted speaker's.)
  const at = words.findIndex((w, k) => k >= 2 && attitudeAdjectives.has(w.lower) && beForms.has(words[k - 1]!.lower) && !insideQuotation(quoted, w));
  if (at === -1) return null;
  const next = words[at + 1];
  // The claim follows: "that ...", or a clause of its own ("adamant an earthquake hit"), not "concerned about".
  if (!next || (next.lower !== 'that' && !['DET', 'PRON', 'PROPN', 'NOUN', 'NUM'].includes(next.pos ?? ''))) return null;
  if (/[,;:]/.test(text.slice(words[at]!.end, next.start))) return null;
  let from = at - 1;
  while (from > 0 && !/[,;:]/.test(text.slice(words[from - 1]!.end, words[from]!.start)) && at - from < ATTITUDE_SUBJECT_WORDS) from--;
  const subject = withoutTime(coreWords(words.slice(from, at - 1)));
  if (subject.length === 0 || subject.some((w) => w.pos === 'VERB' || w.pos === 'AUX' || isSubordinator(text, w))) return null;
  return makeSubject(text, subject, subject, words[at]!);
}
const attitudeAdjectives = new Set<string>(ATTITUDE_ADJECTIVES);
const ATTITUDE_SUBJECT_WORDS = 7;
