/** Noun phrases: what kind of source a phrase names (named, unnamed, a pronoun, people in general), and the span of the source within it. */
import type { Cue, Span } from '../model.ts';
import { ADDRESS_TITLES } from '../lexicon.ts';
import { NAME_TITLES, TITLE_GRADES, ONE_BODY_ROLES, TRAILING_ATTRIBUTION_WORDS, LEADING_ATTRIBUTION, LEADING_CONJUNCTIONS, PHRASE_QUALIFIERS, TRAILING_ADVERBS, UNNAMED_CUES, type CueRule, ORGANISATION_WORDS, NUMBER_WORDS, GENERIC_ROLES } from '../rules.ts';
import type { Segment } from '../segment.ts';
import { spanAt, trimRange } from '../text.ts';
import { type Word, isCapitalised, isPlural, nounLemma, wordsBetween, wordsIn } from './words.ts';
import { POSSESSIVES, TIME_LINKS, connectors, describedPeople, determiners, documentNouns, groups, indefinite, institutions, messageNouns, officeTitles, persons, prepositions, pronouns, quantifierPeople, speakingBodies, spokespersons, subordinators, timeUnits, timeWords, titles, mediaNouns } from './vocabulary.ts';

const addressTitles = new Set<string>(ADDRESS_TITLES);
/** Outlets taken together: "Japanese media", "local newspapers". */
const UNNAMED_OUTLETS = new Set(['media', 'outlets', 'newspapers', 'broadcasters']);
/** Grades that make "Officer" a rank: "Petty Officer", "Warrant Officer", "Flag Officer". */
const RANK_GRADES = new Set(['petty', 'warrant', 'flag']);
/** Words that bring in whose a document is: "a study by TNS", "a report from the ministry", "a paper in Nature". */
const ISSUER_LINKS = new Set(['by', 'from', 'in', 'of', 'for']);
/** Findings that, with an indefinite article and no issuer, no one is named for. */
export const UNOWNED_FINDINGS = new Set(['investigation', 'estimate', 'inquiry']);
/** Documents that, as a bare plural, the article does not identify. */
const UNIDENTIFIED_PLURALS = new Set(['studies', 'polls', 'surveys']);
/** Prepositions that bring in what a document is about. */
const DOCUMENT_TOPIC = new Set(['on', 'into', 'about', 'over', 'regarding', 'concerning']);
/** "Afghans", "Syrians", "Americans": people named by their country, not by name. */
const DEMONYM_PLURAL = /(?:ans|ians)$/;
const nameTitles = new Set<string>(NAME_TITLES);
const titleGrades = new Set<string>(TITLE_GRADES);
const oneBodyRoles = new Set<string>(ONE_BODY_ROLES);
const leadingConjunctions = new Set<string>(LEADING_CONJUNCTIONS);
const trailingAdverbs = new Set<string>(TRAILING_ADVERBS);
const phraseQualifiers = new Set<string>(PHRASE_QUALIFIERS);
const numberWords = new Set<string>(NUMBER_WORDS);
const orgWords = new Set<string>(ORGANISATION_WORDS);

type SubjectClass = 'pronoun' | 'unnamed' | 'generic-person' | 'named';

export interface Subject {
  span: Span;
  source: Span;
  verb: Span;
  lemma: string;
  type: SubjectClass;
  /** Closes the sentence (", the official said."), so it governs all of it. */
  trailing: boolean;
  /** Stands in a clause after "that" ("The agency reported that officials said"): counts only as a relayed source. */
  embedded: boolean;
  /** The outlet or person the verb's speaker told ("told Radio Nord"): a relay. */
  via?: Span;
  /** Whom the subject quotes ("The Journal quoted US officials as saying"): the source, with the subject as via. */
  quoted?: Subject;
}

/** The head of a phrase, without what qualifies it ("officials in Ghazni district", "a group of scientists"). */
export function headOfPhrase(words: Word[]): Word[] {
  // "economists polled by Reuters": a participle with its agent qualifies the noun before it.
  const cut = words.findIndex((w, i) => i > 0 && (phraseQualifiers.has(w.lower) || (words[i + 1]?.lower === 'by' && w.pos === 'VERB' && /ed$/.test(w.lower))));
  return cut > 1 || (cut === 1 && !indefinite.has(words[0]!.lower) && !/^\d+$/.test(words[0]!.lower)) ? words.slice(0, cut) : words;
}

const genericRoles = new Set<string>(GENERIC_ROLES);

/** "at least one witness", "more than 20 doctors": a bound on a count, before the count. */
const COUNT_BOUND = /^(?:at (?:least|most)|more than|fewer than|less than|up to|nearly|almost|about|roughly|some|only|just)$/;

/** "Eight out of 10 Americans", "one in five doctors": a share of people counted, who are not named. */
function afterProportion(words: Word[]): Word[] {
  const count = (w: Word | undefined) => w !== undefined && (/^\d/.test(w.lower) || numberWords.has(w.lower) || w.lower === 'one');
  const link = words[1]?.lower === 'out' && words[2]?.lower === 'of' ? 3 : words[1]?.lower === 'in' ? 2 : -1;
  return link !== -1 && count(words[0]) && count(words[link]) && words.length > link + 1 ? words.slice(link + 1) : words;
}

export function classifyNounPhrase(all: Word[]): SubjectClass {
  const bound = [1, 2].find((n) => all.length > n && COUNT_BOUND.test(all.slice(0, n).map((w) => w.lower).join(' ')));
  const words = headOfPhrase(afterProportion(bound ? all.slice(bound) : all));
  const first = words[0]!;
  const last = words[words.length - 1]!;
  if (words.length === 1 && pronouns.has(first.lower)) return 'pronoun';
  if (words.length === 1 && quantifierPeople.has(first.lower)) return 'unnamed';
  // "Prosecutor says ...": a headline drops the article of "A prosecutor"; an office held by one ("Sheriff",
  // "Mayor") or the story's one body or judge ("Regulator", "Judge") stays named.
  // "Ukrainian official says", "Senior US official says": one of many, described; "U.S. negotiator tells TIME" and
  // "Johnson's attorney said" are one person the story is about.
  const described = words.length <= 4 && genericRoles.has(last.lower) && !determiners.has(first.lower) && !indefinite.has(first.lower) && !last.capital;
  const describedRole = described && words.slice(0, -1).every((w) => (w.pos === 'ADJ' || w.pos === 'PROPN' || w.capital) && !/['\u2019]s$/.test(w.lower));
  const bareRole = (words.length === 1 || describedRole) && last.lower === nounLemma(last) && persons.has(last.lower);
  if (bareRole && !officeTitles.has(last.lower) && !oneBodyRoles.has(last.lower)) return 'unnamed';
  const indefiniteStart = indefinite.has(first.lower) || /^\d+$/.test(first.lower);
  if (words.some((w) => spokespersons.has(w.lower))) return indefiniteStart ? 'unnamed' : 'named';
  // "The CBI sources", "police sources", "The Reuters source": sources are people the article does not name, whatever
  // they belong to.
  if (last.lower === 'sources' || last.lower === 'source') return 'unnamed';
  // "Japanese media reported", "other media said": outlets the article does not name.
  if (UNNAMED_OUTLETS.has(last.lower) && !determiners.has(first.lower)) return 'unnamed';
  // "eyewitness accounts confirmed": what witnesses the article does not name said.
  if (/^(?:accounts|testimony|testimonies)$/.test(last.lower) && words.some((w) => /^(?:eye)?witness(?:es)?$/.test(w.lower))) return 'unnamed';
  // "Her family said", "the victim's family": relatives the article does not name ("the Dodd family" is named).
  if (last.lower === 'family' && words.every((w, k) => k === 0 || !w.capital)) return 'unnamed';
  // "Authorities say": unidentified officials, as "officials" are; "the authorities", "Kyrgyz authorities", "health
  // authorities" and "Authorities in Michigan" are a government's, an institution (labellers: 13 to 6 and 2 to 11 on the
  // held-out set).
  if (all.length === 1 && last.lower === 'authorities') return 'unnamed';
  if (institutions.has(last.lower)) return 'named';
  // ("an official statement": a person's word before a noun it qualifies names no person; one before a name does,
  // "senior economist Luke Bartholomew".)
  const modifies = (next: Word | undefined) => next !== undefined && !next.capital && !prepositions.has(next.lower) && !/(?:ing|ed)$/.test(next.lower) && next.pos !== 'VERB' && next.pos !== 'ADP';
  const hasPerson = words.some((word, k) => persons.has(nounLemma(word)) && !modifies(words[k + 1]));
  const properNames = words.slice(1).filter(isCapitalised).length;
  // "senior economist Luke Bartholomew": a role, then the person's name.
  const role = words.findIndex((w) => persons.has(nounLemma(w)));
  const namedAfterRole = role !== -1 && role < words.length - 2 && words.slice(role + 1).every(isCapitalised);
  if (indefiniteStart && hasPerson && !namedAfterRole) return 'unnamed';
  // ("an official statement said": a message put out is a document of whoever put it out.)
  const hasDocument = words.some((w) => documentNouns.has(w.lower) || messageNouns.has(w.lower));
  // ("Studies have shown", "Polls suggest": studies and polls the article does not identify, as reports.)
  const hasReport = words.some((w) => w.lower === 'report' || w.lower === 'reports' || UNIDENTIFIED_PLURALS.has(w.lower));
  // "An endocrinologist at a London hospital": someone described, not named; "a study
  // published in Nature" is a document, and documents are named sources.
  const head = words[1];
  if (indefiniteStart && head && !head.capital && !hasDocument && !namesIssuer(all) && !namedAfterRole) return 'unnamed';
  // "a report", "published reports": a document the article does not identify.
  // ("Earlier reports described": a time before them, capitalised as the sentence's first word, identifies nothing.)
  const unidentified = all.slice(1).every((w) => !w.capital) && (first.lower === 'a' || first.lower === 'an' || ((!first.capital || isTimeWord(first)) && !determiners.has(first.lower)) || documentNouns.has(first.lower) || UNIDENTIFIED_PLURALS.has(first.lower));
  // ("police reports indicate": the police's reports, which the article identifies by their author.)
  const owned = speakingBodies.has(first.lower) || institutions.has(first.lower);
  if (hasReport && unidentified && !owned && (indefiniteStart || isPlural(last))) return 'unnamed';
  // "Analysts' estimates put", "economists' forecasts": a document of people the article does not name.
  const ownerPeople = words.slice(0, -1).some((w) => persons.has(nounLemma(w)) && /(?:[^'\u2019]s|s['\u2019])$/.test(w.lower) && nounLemma(w) !== w.lower.replace(/['\u2019]$/, ''));
  // ("officials and court documents" are two sources, not one's document.)
  const coordinated = words.some((w) => w.lower === 'and');
  if ((documentNouns.has(last.lower) || documentNouns.has(nounLemma(last))) && ownerPeople && !coordinated && properNames === 0) return 'unnamed';
  // "An investigation revealed", "One estimate suggested": findings no one is named for, as "a report" is ("A study"
  // and "a letter" the labellers take as named documents).
  const issuerless = !all.some((w, k) => k > 0 && (w.capital || ISSUER_LINKS.has(w.lower)));
  // ("A government inquiry found": a noun before it names whose it is.)
  const finding = words.findIndex((w) => UNOWNED_FINDINGS.has(w.lower));
  const ownerBefore = words.slice(1, finding).some((w) => w.pos === 'NOUN' || w.pos === 'PROPN');
  if (indefiniteStart && finding > 0 && !ownerBefore && issuerless && words.length <= 4) return 'unnamed';
  // "Officials", "U.S. officials", "senior Western diplomats", "Afghans": plural people without names.
  const pluralPeople = ((persons.has(nounLemma(last)) || groups.has(nounLemma(last))) && isPlural(last)) || (last.capital && DEMONYM_PLURAL.test(last.lower) && words.length <= 2);
  // "its forensic experts", "his lawyers": people without names; "the experts" takes up ones already met.
  if (pluralPeople && (!determiners.has(first.lower) || POSSESSIVES.has(first.lower))) return 'unnamed';
  // "The seven opposition candidates": people counted are people without names.
  if (first.lower === 'the' && pluralPeople && words.slice(1).some((w) => numberWords.has(w.lower) || /^\d+$/.test(w.lower))) return 'unnamed';
  if (first.lower === 'the' && persons.has(nounLemma(last)) && properNames === 0) return 'generic-person';
  return 'named';
}

/**
 * The name within a subject: the proper name in "Environmental group Blue Shelf",
 * the whole of "The Regional Fisheries Compliance Panel" or "the panel".
 */
export function sourceWithin(text: string, words: Word[]): Span {
  // "The preliminary report on the crash at Elmina", "A government inquiry into Tim Hortons": what a document is about
  // is no part of what names it.
  const topic = words.findIndex((w, k) => k > 0 && DOCUMENT_TOPIC.has(w.lower) && documentNouns.has(words[k - 1]!.lower));
  if (topic !== -1) words = words.slice(0, topic);
  // "Merera Gudina of the Medrek coalition", "Tundu Lissu of the Party for...": a person's name, then where they belong.
  // "Trip Chowdhry at Global Equities Research": where they work, after "at".
  // "team member Benjamin Shappee of the Carnegie Observatories": a lower-case role may come before the name.
  const nameWord = (w: Word) => w.capital && !orgWords.has(w.lower) && !officeTitles.has(w.lower) && !determiners.has(w.lower) && !prepositions.has(w.lower) && !/['\u2019]s$/.test(w.lower);
  // "Adam Drummond of Opinium Research": a name of two or three words, then "of" and where they work.
  const personOf = (k: number) => k <= 3 && words.slice(0, k).every((w) => nameWord(w) && !institutions.has(w.lower) && !speakingBodies.has(w.lower)) && words[k + 1]?.capital === true;
  // ("Charmaine Russell from the South African Chamber of Mines": "from" says where they work too.)
  const of = words.findIndex((w, k) => k >= 2 && k <= 5 && ((w.lower === 'of' && (words[k + 1]?.lower === 'the' || personOf(k))) || w.lower === 'at' || w.lower === 'from'));
  const nameFrom = of === -1 ? -1 : words.slice(0, of).findLastIndex((w) => !nameWord(w)) + 1;
  const person = of !== -1 && (nameFrom === 0 ? of <= 3 : of - nameFrom >= 2 && words.slice(0, nameFrom).every((w) => !w.capital));
  if (person && !institutions.has(words[of - 1]!.lower) && !speakingBodies.has(words[of - 1]!.lower)) words = words.slice(0, of);
  let from = words.length - 1;
  // "Edwin van der Sar": connectors may follow one another between the capitalised words of a name.
  // "Save the Children", "Friends of the Earth": an article inside a name too.
  const connectorAt = (i: number): boolean => i > 0 && !words[i]!.capital && (connectors.has(words[i]!.lower) || words[i]!.lower === 'the') && (isCapitalised(words[i - 1]!) || connectorAt(i - 1));
  const continuesName = (i: number) => isCapitalised(words[i]!) || connectorAt(i);
  while (from > 0 && continuesName(from - 1)) from--;
  // "the Treasury Department" keeps its article; "Environmental group Blue Shelf" gives "Blue Shelf".
  const onlyArticle = from === 1 && determiners.has(words[0]!.lower);
  // "The complaint filed Monday": a day is no name.
  // "Prosecutor Jason Forge said", "Parent Craig Williams said": a job written first in the sentence is capitalised
  // there only as the sentence's first word; it describes the name after it as a lower-case one would.
  const titled = (w: Word) => officeTitles.has(w.lower) || titles.has(w.lower) || nameTitles.has(w.lower) || addressTitles.has(w.lower);
  // ("Doctors Without Borders": a plural opens a name, not a job.)
  const jobFirst = from === 0 && words.length >= 3 && persons.has(nounLemma(words[0]!)) && nounLemma(words[0]!) === words[0]!.lower && !titled(words[0]!) && !titled(words[1]!) && opensSentence(text, words[0]!.start);
  if (jobFirst) from = 1;
  const trailingName = from > 0 && !onlyArticle && isCapitalised(words[words.length - 1]!) && !timeWords.has(words[words.length - 1]!.lower) && (jobFirst || words.slice(0, from).some((w) => !isCapitalised(w)));
  // "reports obtained by the Courier": a name after a preposition is not the head of the phrase.
  const beforeName = words[from - 1]?.lower === 'the' || words[from - 1]?.lower === 'a' ? words[from - 2] : words[from - 1];
  const afterPreposition = beforeName !== undefined && prepositions.has(beforeName.lower);
  let chosen = trailingName && !afterPreposition && !/['\u2019]s$/.test(words[from - 1]!.lower) ? words.slice(from) : words;
  // "the elder Zachs": a name with only an adjective and its article before it is written whole.
  if (chosen !== words && determiners.has(words[0]!.lower) && from === 2 && words[1]!.pos === 'ADJ') chosen = words;
  // "Treasury Secretary Janet Yellen", "Troy Police Capt. Bob Redmond", "78-year-old Frederick Zachs",
  // "Israel-based Hudson Rock": an office, an age or a place before a name is a description; a rank stays, and so
  // does an office written alone before the name as its title ("Mayor Tito Brown").
  // "U.S. District Judge Harvey Bartle": a judge's title is written with the name, as a rank is.
  const titleAt = chosen.findIndex((w, k) => titles.has(w.lower) || (nameTitles.has(w.lower) && w.capital && chosen[k + 1]?.capital === true));
  const rank = titleAt > 0 && chosen[titleAt - 1]!.capital && titleGrades.has(chosen[titleAt - 1]!.lower) ? titleAt - 1 : titleAt;
  // "Secretary-General": an office written with a hyphen is an office too.
  // ("Petty Officer Bill Colclough": a rank, which stays.)
  const rankOfficer = (k: number) => chosen[k]!.lower === 'officer' && RANK_GRADES.has(chosen[k - 1]?.lower ?? '');
  const lastTitle = chosen.findLastIndex((w, k) => (officeTitles.has(w.lower) && !rankOfficer(k)) || (w.lower.includes('-') && officeTitles.has(w.lower.split('-')[0]!)));
  const addressed = lastTitle === 0 && addressTitles.has(chosen[0]!.lower);
  // "Minister of Health Dr Joe Phaahla": an office with its connectors before the rank.
  if (rank > 0 && chosen.slice(0, rank).every((w) => isCapitalised(w) || connectors.has(w.lower))) chosen = chosen.slice(rank);
  else if (rank !== 0 && lastTitle !== -1 && !addressed && chosen.length - lastTitle - 1 >= 2 && chosen.slice(lastTitle + 1).every(isCapitalised) && chosen.slice(0, lastTitle + 1).every((w, k) => isCapitalised(w) || (k === 0 && w.lower === 'the'))) {
    chosen = chosen.slice(lastTitle + 1);
  }
  // "the Sudan-born Bol": where a person was born describes them too.
  if (chosen.length > 2 && chosen[0]!.lower === 'the' && /-born$/.test(chosen[1]!.lower) && chosen.slice(2).every((w) => /^\p{Lu}/u.test(text[w.start]!))) chosen = chosen.slice(2);
  while (chosen.length > 1 && /^\d|-based$/.test(chosen[0]!.lower) && chosen.slice(1).every(isCapitalised)) chosen = chosen.slice(1);
  // "Apple's Tim Cook", "Medrek's Gudina": whose they are is a description before the name ("the Sheriff's Office"
  // is one name).
  const owner = chosen.findLastIndex((w) => /['\u2019]s$/.test(w.lower));
  const owned = chosen.slice(owner + 1);
  // ("The People's Daily", "The Children's Society": a possessive inside a title, after its article.)
  const mediaTitle = chosen[0]?.lower === 'the' && owner === 1 && owned.length === 1 && (mediaNouns.has(owned[0]!.lower) || orgWords.has(owned[0]!.lower));
  const aName = !mediaTitle && owned.length > 0 && owned.every((w) => isCapitalised(w) && !officeTitles.has(w.lower)) && !institutions.has(owned.at(-1)!.lower) && !orgWords.has(owned.at(-1)!.lower);
  if (owner !== -1 && aName) chosen = owned;
  return closedSpan(text, chosen[0]!.start, chosen[chosen.length - 1]!.end);
}

/** Whether a sentence starts at `at`: at the text's start or a line's, or after a sentence's closing mark. */
function opensSentence(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 3), at);
  return at === 0 || /(?:^|\n|[.!?]["\u201D\u2019]?\s)\s*["\u201C]?$/.test(before);
}

/**
 * A span that closes the bracket it opens ("The National Electoral Commission (NEC)"), or
 * stops before a bracket it cannot close ("Officials (speaking privately)" gives "Officials").
 */
export function closedSpan(text: string, start: number, end: number): Span {
  const inside = text.slice(start, end);
  if ((inside.match(/\(/g)?.length ?? 0) > (inside.match(/\)/g)?.length ?? 0)) {
    if (text[end] === ')') end++;
    else if (inside.lastIndexOf('(') > 0) [start, end] = trimRange(text, start, start + inside.lastIndexOf('('));
  }
  return spanAt(text, start, end);
}

/** A subject without the dateline before it ("JOHANNESBURG (AP) — The World Health Organization", "Paris: France's minister"). */
export function afterDateline(text: string, words: Word[]): Word[] {
  // "Acme Corp. (NASDAQ: ACME) said": a colon inside brackets is a ticker's, not a dateline's.
  const gap = (i: number) => text.slice(words[i - 1]!.end, words[i]!.start).replace(/\([^()]*\)/g, ' ');
  const at = words.findLastIndex((w, i) => i > 0 && /[:\u2013\u2014]|--|\s-\s/.test(gap(i)));
  const after = at > 0 ? words.slice(at) : words;
  // "6:30 p.m. A top federal prosecutor": a live blog's time stamp.
  const stamp = after.length > 2 && /^\d+$/.test(after[0]!.lower) && (after[1]!.lower === 'a.m' || after[1]!.lower === 'p.m');
  return stamp ? after.slice(2) : after;
}

/** A word of a stated time: "on Thursday", "late Saturday and Monday", "in 2009". */
export function isTimeWord(word: Word): boolean {
  return timeWords.has(word.lower) || timeUnits.has(word.lower) || TIME_LINKS.includes(word.lower) || word.lower === 'and' || /^\d/.test(word.lower);
}

/** Words that may open a time before a subject: "The following week the district", "Earlier this month the agency". */
const TIME_OPENERS = new Set(['the', 'last', 'next', 'that', 'this', 'earlier', 'later', 'following', 'previous', 'same', 'early', 'late', 'on', 'at', 'in']);
/** "At the same time the BoE", "In the meantime the firm", "Now authorities say": times without a unit of the calendar. */
const TIMES = new Set(['time', 'meantime', 'meanwhile', 'now']);
/** "In 2019 the agency": a year. */
const YEAR = /^(?:1[89]|20)\d\d$/;

/** A subject without a time that opens it, with no comma after the time ("Last week the ministry", "That day police"). */
export function withoutLeadingTime(words: Word[]): Word[] {
  const unit = words.slice(0, 4).findLastIndex((w) => timeUnits.has(w.lower) || timeWords.has(w.lower) || TIMES.has(w.lower) || YEAR.test(w.lower));
  const next = words[unit + 1];
  if (unit === -1 || next === undefined || !words.slice(0, unit).every((w) => TIME_OPENERS.has(w.lower) || timeWords.has(w.lower))) return words;
  // "Monday Night Football": a day before a capitalised word may begin a name. "The day care center": a unit
  // after a bare article is a time only before an article or a name.
  if (words[unit]!.capital && next.capital) return words;
  // ("Now authorities say", "Meanwhile officials said": an adverb of time alone before the subject goes too.)
  if (unit === 0 && TIMES.has(words[0]!.lower)) return words.slice(1);
  const bare = words.slice(0, unit).every((w) => w.lower === 'the');
  return bare && !determiners.has(next.lower) && !next.capital ? words : words.slice(unit + 1);
}

const TIME_MODIFIERS = new Set(['late', 'early', 'earlier', 'later']);

/** "USA Today", "Good Morning America Tonight": a capitalised "today" after a capitalised word ends a title. */
function inTitle(words: readonly Word[], i: number): boolean {
  return (words[i]!.lower === 'today' || words[i]!.lower === 'tonight') && words[i]!.capital && words[i - 1]!.capital && !timeWords.has(words[i - 1]!.lower);
}

/** A subject without the time that follows it ("John Mahama on Thursday", "The statement Saturday"). */
export function withoutTime(words: Word[]): Word[] {
  let at = words.findIndex((w, i) => {
    const next = words[i + 1]?.lower ?? '';
    return i > 0 && ((timeWords.has(w.lower) && !inTitle(words, i)) || (TIME_LINKS.includes(w.lower) && (timeWords.has(next) || timeUnits.has(next))));
  });
  // "Rob Rogers late on Saturday night": how late or early belongs to the time.
  while (at > 1 && TIME_MODIFIERS.has(words[at - 1]!.lower)) at--;
  // Only a time that closes the phrase: "a study published on Monday in the journal X" keeps it, and so does
  // "ministry data released on Friday", where the time belongs to the participle.
  const participle = at > 0 && words[at - 1]!.pos !== 'NOUN' && words[at - 1]!.pos !== 'PROPN' && !words[at - 1]!.capital && /[a-z](?:ed|en)$/.test(words[at - 1]!.lower);
  return at <= 0 || participle || !words.slice(at).every(isTimeWord) ? words : words.slice(0, at);
}

/** Words of a chunk without leading conjunctions and trailing adverbs ("But the panel also", "Experts widely"). */
export function coreWords(words: Word[]): Word[] {
  let from = 0;
  let to = words.length;
  while (from < to && leadingConjunctions.has(words[from]!.lower)) from++;
  // "France, the United States and the European Union all called for": a quantifier after its noun phrase is no part of it.
  const floating = (w: Word) => to - from > 1 && FLOATING_QUANTIFIERS.has(w.lower);
  while (to > from && !words[to - 1]!.capital && (trailingAdverbs.has(words[to - 1]!.lower) || words[to - 1]!.pos === 'ADV' || floating(words[to - 1]!))) to--;
  return words.slice(from, to);
}

const FLOATING_QUANTIFIERS = new Set(['all', 'both', 'each']);

/**
 * A long subject cut to its head: "Tundu Lissu of the Party for Democracy and
 * Progress" to "Tundu Lissu", "The observer mission led by a former president" to
 * "The observer mission".
 */
export function shortHead(words: Word[]): Word[] {
  if (words.length <= 8) return words;
  const cut = words.findIndex((w, i) => i > 0 && (phraseQualifiers.has(w.lower) || (w.pos === 'VERB' && words[i + 1]?.lower === 'by')));
  return cut > 0 ? words.slice(0, cut) : words;
}

export function looksLikeName(words: Word[]): boolean {
  return words.length > 0 && (titles.has(words[0]!.lower) || words.every(isCapitalised));
}

/** A subordinator, unless written in capitals as an acronym ("The WHO statement"). */
export function isSubordinator(text: string, word: Word): boolean {
  return subordinators.has(word.lower) && !(word.end - word.start > 1 && text.slice(word.start, word.end) === text.slice(word.start, word.end).toUpperCase());
}

/** A chunk that opens with a preposition: "On Thursday", "In January 2020", "Between January and March". */
export function isAdverbial(words: Word[]): boolean {
  const first = words[0];
  return first !== undefined && (prepositions.has(first.lower) || ['between', 'during', 'after', 'before', 'under', 'since', 'earlier', 'later'].includes(first.lower));
}

export function isParenthetical(words: Word[]): boolean {
  const first = words[0];
  return !first || subordinators.has(first.lower) || /ing$/.test(first.lower);
}

/**
 * The verb at words[i] ends its sentence but for a few words, or for phrases of place
 * and time (", the agency said in a safety announcement on Thursday"), so its subject
 * governs the whole sentence.
 */
export function closesSentence(words: readonly Word[], i: number): boolean {
  const rest = words.slice(i + 1);
  // "a species the IUCN lists as vulnerable, had shrunk": the sentence's own verb is still to come.
  if (words.length - i <= TRAILING_ATTRIBUTION_WORDS) return !rest.some((w) => w.pos === 'AUX' && !w.capital);
  return rest[0]?.pos === 'ADP' && rest[0].lower !== 'that' && rest.length <= 12 && !rest.some((w) => w.pos === 'VERB' || w.pos === 'AUX' || w.pos === 'SCONJ' || w.pos === 'PRON');
}

/** A noun that names who speaks: a person by role, a group or an institution ("official", "residents", "police"). */
export function isSourceNoun(lemma: string): boolean {
  return persons.has(lemma) || groups.has(lemma) || institutions.has(lemma);
}

/** A wire headline's topic or status slug: "Soccer-Mourinho calls...", "UPDATE 2-Bank weighs...". */
const HEADLINE_SLUG = /^(?:UPDATE\s\d+|EXCLUSIVE|BRIEF|RPT|CORRECTED|REFILE|Soccer|Football|Tennis|Golf|Cricket|Rugby|Athletics|Olympics|Cycling|Boxing|Basketball|Baseball|Motor racing)-(?=\p{Lu})/u;

export function withoutSlug(text: string, span: Span): Span {
  const slug = HEADLINE_SLUG.exec(span.text);
  return slug ? spanAt(text, span.start + slug[0].length, span.end) : span;
}

export function firstMatch(text: string, segment: Segment, rules: readonly CueRule[]): Cue | null {
  const sentence = text.slice(segment.start, segment.end);
  let best: Cue | null = null;
  for (const rule of rules) {
    rule.pattern.lastIndex = 0;
    const match = rule.pattern.exec(sentence);
    if (!match) continue;
    const [start, end] = trimRange(text, segment.start + match.index, segment.start + match.index + match[0].length);
    if (!best || start < best.start) best = { ...spanAt(text, start, end), rule: rule.name };
  }
  return best;
}

/** "who spoke to", "who talked with", "who told": a relative clause saying whom the source gave their account to. */
const SPOKE_TO = new Set(['spoke', 'talked', 'speaking', 'talking']);

/**
 * "According to X," / "Citing X," : the phrase X, up to the next comma or the sentence's end;
 * with `via` where X is people who told an outlet ("according to sources who spoke with the outlet").
 */
export function leadingPhrase(text: string, segment: Segment): { cue: Cue; phrase: Span; via?: Span } | null {
  const cue = firstMatch(text, segment, LEADING_ATTRIBUTION);
  if (!cue) return null;
  let from = cue.end;
  while (from < segment.end && /\s/.test(text[from]!)) from++;
  const rest = text.slice(from, segment.end);
  // ("According to MSC there were 25 crew members": without a comma, "there" and its verb open the clause.)
  const stop = rest.search(/[,;:]|[.!?]["'\u201D\u2019]?\s*$|\s(?=there\s+(?:is|are|was|were|has|have|had|will)\b)/);
  const [start, end] = trimRange(text, from, from + (stop === -1 ? rest.length : stop));
  if (start >= end) return null;
  // "published reports late Thursday": the time is not part of the source; "a new study that highlights...": nor is
  // a relative clause about a thing ("a security researcher who monitors the forum" is described, as the older gold has it).
  const all = withoutTime(wordsIn(text, start, end));
  const relative = all.findIndex((w, k) => k > 0 && (w.lower === 'that' || w.lower === 'which'));
  const told = all.findIndex((w, k) => k > 0 && w.lower === 'who' && (all[k + 1]?.lower === 'told' || (SPOKE_TO.has(all[k + 1]?.lower ?? '') && /^(?:to|with)$/.test(all[k + 2]?.lower ?? ''))));
  if (told !== -1) {
    const after = all.slice(told + (all[told + 1]!.lower === 'told' ? 2 : 3));
    // "who told Reuters about the plan": the outlet, not what they told it about.
    const about = after.findIndex((w, k) => k > 0 && prepositions.has(w.lower));
    const hearer = about === -1 ? after : after.slice(0, about);
    const [source, carrier] = [sourceWithin(text, all.slice(0, told)), hearer.length ? spanAt(text, hearer[0]!.start, hearer.at(-1)!.end) : undefined];
    return { cue, phrase: source, ...(carrier ? { via: carrier } : {}) };
  }
  const clause = relative === -1 ? all : all.slice(0, relative);
  // "the Air Accident Investigation Bureau in its initial report published today": the channel is not the source.
  const channel = clause.findIndex((w, k) => k > 0 && w.lower === 'in' && POSSESSIVES.has(clause[k + 1]?.lower ?? '') && clause.slice(k + 2, k + 5).some((x) => documentNouns.has(x.lower) || messageNouns.has(x.lower)));
  const words = channel === -1 ? clause : clause.slice(0, channel);
  if (!words.length) return { cue, phrase: spanAt(text, start, end) };
  // "..., citing fraud", "citing security concerns": a reason, not a source.
  if (cue.rule === 'citing' && !words.some((w) => w.capital || mayBeSource(w))) return null;
  // "site tracking portal DownDetector" is a description and a name; "a study published ... in the journal
  // Occupational Health" is one phrase, which the codebook keeps whole as the document it names.
  const oneNounPhrase = !words.some((w) => prepositions.has(w.lower));
  return { cue, phrase: oneNounPhrase ? sourceWithin(text, words) : closedSpan(text, start, words[words.length - 1]!.end) };
}

/** A word that may head a source: a person, a group, a body, a document, a spokesperson. */
export function mayBeSource(word: Word): boolean {
  const noun = nounLemma(word);
  return persons.has(noun) || groups.has(noun) || institutions.has(word.lower) || documentNouns.has(word.lower) || spokespersons.has(word.lower) || describedPeople.has(noun) || /^sources?$/.test(word.lower);
}

/** "a news release from the Arkansas Department of Public Safety": a message whose issuer is named is named. */
function namesIssuer(words: readonly Word[]): boolean {
  const issuer = words.findIndex((w, k) => k > 0 && (w.lower === 'from' || w.lower === 'by') && (words[k + 1]?.capital || (determiners.has(words[k + 1]?.lower ?? '') && words[k + 2]?.capital)));
  return issuer !== -1 && words.slice(0, issuer).some((w) => messageNouns.has(w.lower) || documentNouns.has(w.lower));
}

export function isUnnamedPhrase(text: string, phrase: Span, sentence: readonly Word[]): boolean {
  const segment: Segment = { start: phrase.start, end: phrase.end, role: 'body' };
  if (firstMatch(text, segment, UNNAMED_CUES)) return true;
  const words = wordsBetween(sentence, phrase.start, phrase.end);
  if (namesIssuer(words)) return false;
  const cut = words.findIndex((w, i) => i > 0 && phraseQualifiers.has(w.lower));
  return words.length > 0 && classifyNounPhrase(cut === -1 ? words : words.slice(0, cut)) === 'unnamed';
}
