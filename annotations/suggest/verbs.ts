/** Verb groups that report: a reporting or content verb with its auxiliaries and particles, and the readings that make one not a cue. */
import { CONTENT_LEMMAS, MESSAGE_VERB_LEMMAS, PARTICLE_LEMMAS } from '../lexicon.ts';
import { BUSINESS_FIGURES, FOUND_STATES, COURT_REQUESTS, VERB_BLOCKERS, ESTIMATE_NOUNS, PUBLISHED_TEXTS, PAST_AS_BASE } from '../rules.ts';
import { type Word, couldBeCue, isCapitalised, isPlural, nounLemma, reportingLemmaOf } from './words.ts';
import { POSSESSIVES, TIME_LINKS, beForms, describedPeople, determiners, documentNouns, groups, haveForms, indefinite, institutions, inversionLemmas, messageNouns, persons, prepositions, relativePronouns, reporting, speakingBodies, speechBeforeInfinitive, spokespersons, subordinators } from './vocabulary.ts';
import { closesSentence, isTimeWord } from './phrases.ts';

const content = new Set<string>(CONTENT_LEMMAS);
const verbBlockers = new Set<string>(VERB_BLOCKERS);
const foundStates = new Set<string>(FOUND_STATES);
const courtRequests = new Set<string>(COURT_REQUESTS);
const businessFigures = new Set<string>(BUSINESS_FIGURES);
const messageVerbs = new Set<string>(MESSAGE_VERB_LEMMAS);
const namingLemmas = new Set(['call', 'name', 'dub', 'term', 'label', 'brand', 'title', 'style']);
const claimedWins = new Set(['victory', 'win', 'title', 'titles', 'seat', 'seats', 'prize', 'medal', 'crown', 'lives', 'life', 'gold', 'trophy', 'record']);
/**
 * Objects that make a verb of saying an act: "agreed a six-year deal", "called the meeting at short notice",
 * "called a snap election". ("called the report a whitewash", "agreed that" and "called for" still report.)
 */
const actObjects = new Map<string, ReadonlySet<string>>([
  ['agree', new Set(['deal', 'contract', 'terms', 'ceasefire', 'truce', 'settlement', 'fee', 'loan', 'budget', 'merger', 'pact', 'treaty', 'package', 'extension', 'compromise', 'transfer'])],
  ['call', new Set(['meeting', 'talks', 'summit', 'election', 'vote', 'referendum', 'strike', 'halt', 'session', 'conference', 'timeout', 'recess'])],
  // "Texas recorded its lowest rainfall on record": weather measured, not a record made of what someone said.
  ['record', new Set(['rainfall', 'rain', 'snowfall', 'snow', 'temperature', 'gust', 'wind', 'frost', 'heat', 'maximum', 'minimum'])],
]);
/**
 * "called the meeting at short notice", "agreed a six-year deal", "recorded its lowest rainfall": the verb with one of its act objects, and
 * nothing said of it after ("called the vote rigged", "called the election a sham", "agreed the deal was fair" report).
 */
function doesAct(text: string, words: readonly Word[], i: number): boolean {
  const acts = actObjects.get(words[i]!.lemma);
  if (!acts || words[i + 1]?.lower === 'for') return false;
  // "The bureau recorded a rainfall of 277 mm": a body that measures reports what it measured.
  const before = words[i - 1];
  if (words[i]!.lemma === 'record' && before !== undefined && (institutions.has(nounLemma(before)) || speakingBodies.has(before.lower) || persons.has(nounLemma(before)))) return false;
  const k = words.findIndex((w, j) => j > i && j <= i + 3 && acts.has(nounLemma(w)));
  if (k === -1) return false;
  const next = words[k + 1];
  return next === undefined || /[,;:.]/.test(text.slice(words[k]!.end, next.start)) || next.pos === 'ADP' || next.pos === 'CCONJ' || next.pos === 'PART' || isTimeWord(next);
}

/** Views that a negation leaves the holder's ("does not believe that..."), and the words of that negation. */
const NEGATED_VIEWS = new Set(['think', 'believe', 'expect']);
const DO_NOT = new Set(['do', 'does', 'did', 'not']);

/** Prepositions a finite verb never directly follows ("to" marks an infinitive, "that" a clause, "as" a comparison). */
const AFTER_PREPOSITION = new Set(['at', 'in', 'on', 'of', 'for', 'from', 'with', 'into', 'under', 'without', 'about', 'during']);

/** What one "dismisses" by saying it is wrong; any other object ("dismissed its deputy", "dismissed the lawsuit") is an act. */
const dismissedClaims = new Set(['claim', 'allegation', 'accusation', 'report', 'suggestion', 'criticism', 'concern', 'speculation', 'rumour', 'rumor', 'idea', 'notion', 'fear', 'call', 'charge', 'story', 'talk', 'question', 'warning', 'assertion', 'theory', 'threat', 'comparison', 'finding', 'worry', 'doubt']);
const pastAsBase = new Set<string>(PAST_AS_BASE);
const publishedTexts = new Set<string>(PUBLISHED_TEXTS);
const estimateNouns = new Set<string>(ESTIMATE_NOUNS);

/** A reporting verb with the auxiliaries before it: "has said", "are telling". */
export interface VerbGroup {
  head: Word;
  /** The first word of the group: the subject ends before it. */
  anchor: Word;
}

const PROGRESSIVE_REACH = 8;
const RESPONSE_WORDS = 10;
/** How far before a verb a closing quotation mark may stand, in characters, for the verb to answer with the quotation. */
const QUOTATION_REACH = 45;
/** Verbs that give something, which say nothing when they give "no" details, reason or comment. */
const NOTHING_GIVEN = new Set(['offer', 'give', 'provide']);
const ARTICLES_AND_POSSESSIVES = new Set(['the', 'a', 'an', 'my', 'your', ...POSSESSIVES]);

/**
 * A reporting verb at words[i], in any tense, with its auxiliaries; null for a noun
 * or a name that looks like one ("claims", "Maxar"), a passive ("was told"), an
 * infinitive ("to say"), a negation or a modal ("did not deny", "would not comment").
 */
/** "recalls almost 11 million toys", "recalling inflatable balls": what is recalled is a number of things, not a memory. */
function recallsProducts(words: readonly Word[], i: number): boolean {
  const object = words.slice(i + 1, i + 1 + RECALLED_OBJECT_WORDS);
  if (object.length === 0 || ['that', 'how', 'what', 'when', 'saying'].includes(object[0]!.lower)) return false;
  const thing = object.find((w) => w.pos === 'NOUN');
  // "The supermarket has recalled its Waitrose Chinese Takeaway Bag": a firm's product by its name.
  const ownProduct = (object[0]!.lower === 'its' || object[0]!.lower === 'their') && object[1] !== undefined && object[1].capital;
  return ownProduct || object.some((w) => w.pos === 'NUM') || (thing !== undefined && isPlural(thing) && !persons.has(nounLemma(thing)) && object[0]!.pos !== 'PRON' && object[0]!.pos !== 'DET');
}
const RECALLED_OBJECT_WORDS = 4;

export function verbGroupAt(text: string, words: readonly Word[], i: number, titleCase = false): VerbGroup | null {
  const head = words[i]!;
  if (!head.pos) return null;
  // "Chamisa alleged that", "...not to be named said staff": the tagger may read a past form as an adjective.
  const before = words[i - 1];
  const pastAsAdjective = head.pos === 'ADJ' && before !== undefined && !determiners.has(before.lower) && couldBeCue(head.lower);
  if (pastAsAdjective) head.lemma = reportingLemmaOf(head.lower) ?? head.lemma;
  const particles = PARTICLE_LEMMAS.get(head.lemma);
  const message = putsOutMessage(text, words, i) || putsFigureAt(words, i) || hearsEvidence(words, i) || paintsPicture(words, i) || continuesQuoting(text, words, i);
  if (!reporting.has(head.lemma) && !content.has(head.lemma) && !particles && !message) return null;
  if (head.capital && i > 0 && !titleCase) return null;
  // "see" attributes as an attitude ("sees the deal as a threat", "saw that"), not as witnessing ("Saturday saw the release").
  if (head.lemma === 'see' && !words.slice(i + 1, i + 12).some((w) => w.lower === 'as' || w.lower === 'that')) return null;
  // "The hospital has revealed little about", "said nothing about": what the source did not say.
  // ("said nothing produced at the trial proved..." has "nothing" as the subject of what was said.)
  if (['little', 'nothing'].includes(words[i + 1]?.lower ?? '') && words[i + 2]?.pos !== 'VERB' && words[i + 2]?.pos !== 'AUX') return null;
  // "The newspaper posted on its website the full text of the judge's comments": a publication event (codebook).
  if ((head.lemma === 'post' || head.lemma === 'publish' || head.lemma === 'report') && publishesOnly(text, words, i)) return null;
  // "harassment in the workplace at present", "in answer to": after a preposition comes a noun, not a finite verb.
  // ("unavailable for comment": the tagger may take "for" for a conjunction.)
  if (before !== undefined && (before.pos === 'ADP' || before.pos === 'SCONJ') && AFTER_PREPOSITION.has(before.lower) && !/ing$/.test(head.lower) && !/[,;:]/.test(text.slice(before.end, head.start))) return null;
  // "gave commands to the suspect": after an article or a possessive comes a noun, whatever the tagger made of it.
  if (before !== undefined && ARTICLES_AND_POSSESSIVES.has(before.lower) && !titleCase) return null;
  // "Researchers discovered that...": a finding; "Police discovered a body": a discovery, no statement.
  // ("Maxar assesses that...": a judgement; "The team assessed the damage": an act.)
  if ((head.lemma === 'discover' || head.lemma === 'assess') && words[i + 1]?.lower !== 'that') return null;
  // "Deputies responded to Y Highway": went there; a response in words says something ("responded that", "saying").
  // ('"Get them a list," Judge Donnelly responded.': after a quotation, the response is the quotation.)
  const afterQuotation = () => /["\u201D][^"\u201C\u201D]{0,40}$/.test(text.slice(Math.max(0, head.start - QUOTATION_REACH), head.start));
  if (head.lemma === 'respond' && !words.slice(i + 1, i + RESPONSE_WORDS).some((w) => w.lower === 'that' || w.lower === 'saying' || w.lower === 'by') && !afterQuotation()) return null;
  // "Quigley offered no details", "gave no reason": nothing was said.
  if (NOTHING_GIVEN.has(head.lemma) && words[i + 1]?.lower === 'no') return null;
  // "Shareholders applauded after those remarks": clapping, not praise, when nothing is applauded.
  if ((head.lemma === 'applaud' || head.lemma === 'cheer') && !['DET', 'PRON', 'NOUN', 'PROPN', 'ADJ', 'NUM'].includes(words[i + 1]?.pos ?? '')) return null;
  // "a US think tank": a compound noun the tagger may read as a verb and its object.
  if (head.lemma === 'think' && /^tanks?$/.test(words[i + 1]?.lower ?? '')) return null;
  // "The division posted net revenue of $1.5 billion": results, not a message.
  if (head.lemma === 'post' && words.slice(i + 1, i + 5).some((w) => businessFigures.has(w.lower) || /^\d/.test(w.lower))) return null;
  if (head.pos !== 'VERB' && !(head.pos === 'NOUN' && (readAsVerb(text, words, i) || message)) && !(pastAsAdjective && reporting.has(head.lemma))) return null;
  // A bare "-ing" form opens a participle clause (", saying that..."), not a finite verb.
  if (particles && !reporting.has(head.lemma) && !message && !particles.includes(words[i + 1]?.lower ?? '')) return null;
  // "4,575 phone calls": after a count and a singular noun, a word in -s heads the counted phrase ("One official says"
  // and "The 2019 report says" have their verb there).
  if (/s$/.test(head.lower) && before?.pos === 'NOUN' && before.lower === before.lemma && countedBefore(words, i - 2)) return null;
  // "officials gave differing counts of injured passengers": after a verb and an "-ing" word, a word in -s is its object.
  if (/s$/.test(head.lower) && before !== undefined && /ing$/.test(before.lower) && (before.pos === 'ADJ' || before.pos === 'VERB') && words[i - 2]?.pos === 'VERB') return null;
  // "Naimi told reporters when asked whether": an elliptical passive after "when" or "if" has no subject of its own.
  if (before !== undefined && ELLIPTICAL_OPENERS.has(before.lower) && /ed$/.test(head.lower)) return null;
  // "calls off the tour": cancels it, says nothing.
  if (head.lemma === 'call' && words[i + 1]?.lower === 'off') return null;
  // "As the mayor put it," but not "He put it on the table".
  if (head.lemma === 'put' && words[i + 1]?.lower === 'it' && prepositions.has(words[i + 2]?.lower ?? '')) return null;
  let anchor = head;
  let passive = false;
  let progressive = false;
  for (let j = i - 1; j >= 0; j--) {
    const word = words[j]!;
    // '"...how sneaky this virus is," said Dr. Morrow': an auxiliary across a quotation's end is the quotation's own.
    if (/["\u201C\u201D;:]/.test(text.slice(word.end, words[j + 1]!.start))) break;
    // "Moscow has in the past denied": a time phrase between the auxiliary and the verb; the loop goes on before it.
    const timePhrase = timePhraseAfterAuxiliary(words, j);
    // "Long doesn't think the attack exposed data": a view held, negated, is still the speaker's ("did not deny" says nothing).
    // ("did not rule out that the papers were forged": that they may have been, in the source's words.)
    const view = NEGATED_VIEWS.has(head.lemma) || (head.lemma === 'rule' && words[i + 1]?.lower === 'out');
    if (view && (DO_NOT.has(word.lower) || /n['\u2019]t$/.test(word.lower))) {
      anchor = word;
      continue;
    }
    // "The US Geological Survey continued to report": a verb of aspect before the infinitive carries the tense.
    const aspectBefore = words[j - 1];
    if (word.lower === 'to' && j === i - 1 && aspectBefore?.pos === 'VERB' && ASPECT_LEMMAS.has(aspectBefore.lemma) && aspectBefore.lower !== aspectBefore.lemma) {
      anchor = aspectBefore;
      break;
    }
    if (verbBlockers.has(word.lower) || /n['\u2019]t$/.test(word.lower)) return null;
    if (beForms.has(word.lower)) {
      if (/ing$/.test(head.lower)) progressive = true;
      else passive = true;
      anchor = word;
    } else if (haveForms.has(word.lower)) {
      anchor = word;
    } else if (timePhrase !== -1) {
      j = timePhrase;
    } else if (!(word.pos === 'ADV' && !word.capital && !subordinators.has(word.lower))) {
      break;
    }
  }
  // "are strengthening their response and urging the public": an "-ing" verb after "and" shares the auxiliary of
  // the progressive before it.
  if (!progressive && /ing$/.test(head.lower) && words[i - 1]?.lower === 'and') {
    const from = Math.max(0, i - PROGRESSIVE_REACH);
    const earlier = words.slice(from, i - 1).findLastIndex((w) => w.pos === 'VERB' && /ing$/.test(w.lower));
    const at = earlier === -1 ? -1 : from + earlier;
    if (at > 0 && beForms.has(words[at - 1]!.lower)) {
      progressive = true;
      anchor = words[at - 1]!;
    }
  }
  const next = words[i + 1];
  // "was quoted as saying", "is quoted saying", "is paraphrased as saying": the passive names the speaker as its subject.
  const quotedSpeaker = (head.lemma === 'quote' || head.lemma === 'paraphrase') && (next?.lower === 'as' || next?.lower === 'saying' || quotedIn(words, i) !== null);
  if (passive && !quotedSpeaker) return null;
  // "The central bank stopped forecasting a recession", "kept insisting": a verb of aspect carries the tense.
  const aspect = /ing$/.test(head.lower) && before?.pos === 'VERB' && ASPECT_LEMMAS.has(before.lemma) && before.lower !== before.lemma;
  if (aspect) anchor = before;
  if (/ing$/.test(head.lower) && !progressive && !aspect) return null;
  // "Emails seen by the ombudsman": a participle with its agent, passive without an auxiliary ("said by email" is a channel).
  if (next?.lower === 'by' && head.lower !== head.lemma && !BY_CHANNEL.has(words[i + 2]?.lower ?? '')) return null;
  // "agreed to pay", "said to have": the verb governs an infinitive, not a statement ("points to flawed research" does not).
  const infinitive = words[i + 2] !== undefined && (words[i + 2]!.pos === 'AUX' || (words[i + 2]!.pos === 'VERB' && words[i + 2]!.lower === words[i + 2]!.lemma));
  // ("investigators said, to look for a man": after a comma the infinitive is the sentence's, not the verb's.)
  if (next?.lower === 'to' && infinitive && !/,/.test(text.slice(head.end, next.start)) && !speechBeforeInfinitive.has(head.lemma)) return null;
  // "is adding to the misery", "glaciers add freshwater to the oceans": "add to" is to increase, not to say more.
  if (head.lemma === 'add' && words.slice(i + 1, i + 5).some((w) => w.lower === 'to') && !words.slice(i + 1, i + 5).some((w) => w.lower === 'that')) return null;
  if (doesAct(text, words, i)) return null;
  if (head.lemma === 'dismiss' && !words.slice(i + 1, i + 6).some((w) => dismissedClaims.has(nounLemma(w)) || w.lower === 'as' || w.lower === 'that')) return null;
  // "She claimed a rare victory": a win taken, not a claim made.
  if (head.lemma === 'claim' && words.slice(i + 1, i + 4).some((w) => claimedWins.has(w.lower))) return null;
  // "Intel declined comment", "declined to comment": a refusal says nothing.
  if ((head.lemma === 'comment' || head.lemma === 'elaborate') && (before?.lemma === 'decline' || (before?.lower === 'to' && words[i - 2]?.lemma === 'decline'))) return null;
  // "asked Bertil Borg to assess the research": a commission to act, not a statement.
  // "who asked not to be named": a request about the source itself.
  if (head.lemma === 'ask' && words.slice(i + 1, i + 9).some((w, k) => w.lower === 'to' && (words[i + k + 2]?.pos === 'VERB' || words[i + k + 2]?.pos === 'AUX'))) return null;
  // "Prosecutors are seeking a prison term of 17 years": a request to a court; "the firm is seeking buyers" is none.
  if (head.lemma === 'seek' && !words.slice(i + 1, i + 6).some((w) => courtRequests.has(w.lower))) return null;
  // "She commented after a judge sentenced him", "Residents spoke up in opposition": speech without its content.
  if ((head.lemma === 'comment' || head.lemma === 'speak') && next && next.lower !== 'that' && !/^\s*[:"\u201C,]/.test(text.slice(head.end, next.start))) return null;
  // "Mattel recalls almost 11 million toys", "is also recalling inflatable balls": a product recall is an act.
  if (head.lemma === 'recall' && recallsProducts(words, i)) return null;
  // "Police found the woman dead": a discovery, not a finding.
  if (head.lemma === 'find' && words.slice(i + 1, i + 6).some((w) => foundStates.has(w.lower))) return null;
  // "The hospital found out about the exposure": learning of something, not a finding; "found out that" reports one.
  if (head.lemma === 'find' && words[i + 1]?.lower === 'out' && words[i + 2]?.lower !== 'that') return null;
  // "The court held that": "hold" reports only a ruling with its content.
  if (head.lemma === 'hold' && next?.lower !== 'that') return null;
  if (namesSomething(words, i)) return null;
  if (anchor === head && qualifiesNoun(words, i)) return null;
  // "30 positive confirmed cases", "the reported attack", "An earlier, suspected Israeli strike": a participle
  // before its noun describes it.
  const article = (w: Word | undefined) => w !== undefined && (determiners.has(w.lower) || indefinite.has(w.lower));
  const joined = before !== undefined && !/["\u201D\u2019,;:]/.test(text.slice(before.end, head.start));
  // "With confirmed cases climbing": after a preposition too.
  const describes = (joined && (before.pos === 'ADJ' || before.pos === 'NUM' || before.pos === 'ADP' || article(before))) || (before?.pos === 'ADV' && article(words[i - 2]));
  const noun = next?.pos === 'NOUN' || ((next?.pos === 'ADJ' || next?.pos === 'PROPN') && words[i + 2]?.pos === 'NOUN');
  if (anchor === head && head.lower !== head.lemma && describes && noun) return null;
  return { head, anchor };
}

/** Whether words[k] counts what follows it ("4,575", "three"), other than one, and opens its phrase (not "The 2019"). */
function countedBefore(words: readonly Word[], k: number): boolean {
  const count = words[k];
  return count !== undefined && COUNT.test(count.lower) && !/^(?:1|one)$/.test(count.lower) && !determiners.has(words[k - 1]?.lower ?? '');
}
const COUNT = /^(?:\d|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds|thousands)/;

/** Subordinators after which a participle stands for a whole passive clause: "when asked", "if pressed", "unless told". */
const ELLIPTICAL_OPENERS = new Set(['when', 'if', 'unless', 'once', 'until']);

/** Verbs that begin, go on with or end what the "-ing" verb after them does. */
const ASPECT_LEMMAS = new Set(['stop', 'start', 'begin', 'continue', 'keep', 'resume', 'cease']);

/** What a message goes by, not who sends it: "Chan said by email". */
const BY_CHANNEL = new Set(['email', 'e-mail', 'phone', 'telephone', 'text', 'letter', 'videolink', 'video', 'post', 'fax', 'mail']);

const TIME_PHRASE_OPENERS = new Set(['in', 'over', 'at', 'for', 'since', 'on']);
const TIME_PHRASE_ENDS = new Set(['past', 'time', 'week', 'weeks', 'month', 'months', 'year', 'years', 'days', 'decades']);
const TIME_PHRASE_WORDS = 4;

/**
 * Where a time phrase ending at word j starts ("in the past", "in recent weeks", "on Saturday"), when a form of
 * "have" or "be" precedes it ("has in the past denied", "was on Saturday declared"); else -1.
 */
export function timePhraseAfterAuxiliary(words: readonly Word[], j: number): number {
  if (!TIME_PHRASE_ENDS.has(words[j]!.lower) && !isTimeWord(words[j]!)) return -1;
  for (let k = j - 1; k >= Math.max(1, j - TIME_PHRASE_WORDS + 1); k--) {
    // "Museveni was on Saturday declared": after a form of "be" too.
    if (TIME_PHRASE_OPENERS.has(words[k]!.lower)) return haveForms.has(words[k - 1]!.lower) || beForms.has(words[k - 1]!.lower) ? k : -1;
  }
  return -1;
}

/** The tags of the words of a short noun phrase before its head: "a new joint statement". */
const NOUN_PHRASE_TAGS = new Set(['DET', 'ADJ', 'NUM', 'NOUN']);
const NOUN_PHRASE_WORDS = 5;

/**
 * "Cases linked to the outbreak have been confirmed", "Figures released on Monday
 * showed": a past participle right after a noun, with the clause's own finite verb
 * still to come, qualifies the noun (a reduced relative clause); it is not the verb.
 */
function qualifiesNoun(words: readonly Word[], i: number): boolean {
  const head = words[i]!;
  const before = words[i - 1];
  if (head.lower === head.lemma || /s$/.test(head.lower) || !before || (before.pos !== 'NOUN' && before.pos !== 'PROPN')) return false;
  // "Police said in a statement the man was held": verbs of saying, and people or bodies as the noun, keep the verb reading.
  // ("a warning posted online": a place without a preposition may follow the participle too.)
  const after = words[i + 1];
  const placeAfter = after !== undefined && (after.pos === 'ADP' || PLACE_ADVERBS.has(after.lower));
  if (head.lemma === 'say' || head.lemma === 'tell' || !placeAfter || after?.lower === 'that') return false;
  const noun = nounLemma(before);
  // A name is a speaker; a capitalised plural opening the sentence ("Cases") is a common noun the tagger took for one.
  const name = before.pos === 'PROPN' && !(i === 1 && noun !== before.lower);
  if (describedPeople.has(noun) || groups.has(noun) || institutions.has(noun) || spokespersons.has(noun) || name) return false;
  // "a minimum central pressure estimated at 958 mb": a figure the participle gives describes the noun.
  if (after?.lower === 'at' && /^\d/.test(words[i + 2]?.lower ?? '')) return true;
  // "said in a statement posted on its website": a noun after a preposition is no subject; the participle describes it.
  let phrase = i - 1;
  while (phrase > 0 && i - phrase < NOUN_PHRASE_WORDS && NOUN_PHRASE_TAGS.has(words[phrase - 1]!.pos ?? '')) phrase--;
  if (phrase > 0 && words[phrase - 1]!.pos === 'ADP') return true;
  for (let j = i + 1; j < words.length; j++) {
    const word = words[j]!;
    if (subordinators.has(word.lower) || word.lower === 'and' || word.lower === 'but') return false;
    if (word.pos === 'AUX' || (word.pos === 'VERB' && word.lower !== word.lemma && !/(?:ing|ed|en)$/.test(word.lower))) return true;
    if (word.pos === 'VERB' && /ed$/.test(word.lower) && words[j - 1]!.pos !== 'ADP') return true;
  }
  return false;
}

/** Places a participle may take without a preposition: "posted online". */
const PLACE_ADVERBS = new Set(['online', 'here', 'there', 'abroad', 'overseas', 'nationwide', 'worldwide']);

/** "the drug, called Ocaliva,", "a group called Jaish": a participle that gives a name, not a verb of saying. */
export function namesSomething(words: readonly Word[], i: number): boolean {
  const head = words[i]!;
  if (!namingLemmas.has(head.lemma) || head.lower === head.lemma || /s$/.test(head.lower)) return false;
  const before = words[i - 1];
  const next = words[i + 1];
  if (!before || !next || before.pos !== 'NOUN') return false;
  // "a group called Lulz", "signals called pheromones", "a structure ..., called the olfactory bulb": the name given.
  let end = i + 1;
  if (next.capital) {
    while (words[end]?.capital) end++;
  } else {
    if (determiners.has(next.lower)) end++;
    while (words[end] && !words[end]!.capital && (words[end]!.pos === 'NOUN' || words[end]!.pos === 'ADJ')) end++;
    if (end === i + 1 || words[end - 1]!.pos !== 'NOUN') return false;
  }
  // "The minister called Smith a liar", "called the vote rigged": a second object or a complement makes it the verb.
  const after = words[end];
  if (!after) return true;
  if (next.capital) return !determiners.has(after.lower) && !indefinite.has(after.lower);
  return after.pos === 'ADP' || after.pos === 'CCONJ' || after.pos === 'SCONJ' || relativePronouns.has(after.lower);
}

/**
 * "posted on its website the full text of the comments", "published its annual report":
 * a document or message as the object, with nothing after it that gives its content
 * ("that", "saying", "showing", a quotation, a colon).
 */
function publishesOnly(text: string, words: readonly Word[], i: number): boolean {
  const rest = text.slice(words[i]!.end, words.at(-1)!.end);
  if (/["\u201C:]|\b(?:that|saying|showing|which|who|warning|urging|calling)\b/.test(rest)) return false;
  // The object's noun, past a phrase with a preposition ("on its website").
  let inPhrase = false;
  const object = words.slice(i + 1, i + 1 + PUBLISHED_OBJECT_WORDS).find((w) => {
    if (w.pos === 'ADP') inPhrase = true;
    else if (w.pos === 'NOUN' && inPhrase) inPhrase = false;
    else if (w.pos === 'NOUN') return true;
    return false;
  });
  return object !== undefined && (documentNouns.has(object.lower) || messageNouns.has(nounLemma(object)) || publishedTexts.has(object.lower));
}
const PUBLISHED_OBJECT_WORDS = 8;

/**
 * "The ministry put the death toll at 41": an estimate given, as a statement of it; "put the blame on" blames;
 * "another poll put Leave two points ahead", "An earlier Opinium poll ... put Remain on 45 per cent": a poll's standings.
 */
function putsFigureAt(words: readonly Word[], i: number): boolean {
  if (words[i]!.lemma !== 'put') return false;
  if (words[i + 1]?.lower === 'the' && words[i + 2]?.lower === 'blame' && words[i + 3]?.lower === 'on') return true;
  // ("Analysts' estimates put adjusted earnings per share at $1.05": an estimate's figure.)
  const byDocument = words.slice(Math.max(0, i - DOCUMENT_BEFORE_PUT), i).some((w) => documentNouns.has(w.lower) || documentNouns.has(nounLemma(w)));
  if (byDocument && words.slice(i + 1, i + FIGURE_AT_WORDS).some((w, k, after) => STANDINGS.has(w.lower) || ((w.lower === 'on' || w.lower === 'at') && /^\d/.test(after[k + 1]?.lower ?? '')))) return true;
  const at = words.slice(i + 1, i + FIGURE_AT_WORDS).findIndex((w) => w.lower === 'at');
  return at > 0 && words.slice(i + 1, i + 1 + at).some((w) => estimateNouns.has(nounLemma(w)));
}
const FIGURE_AT_WORDS = 8;
/** How far before "put" the poll or survey may stand ("An earlier Opinium poll, published on Saturday, put"), in words. */
const DOCUMENT_BEFORE_PUT = 6;
/** Where a poll puts a side: "ahead", "behind", "level". */
const STANDINGS = new Set(['ahead', 'behind', 'level', 'neck']);

/** "The company painted a bleak picture of the market": a description given. */
function paintsPicture(words: readonly Word[], i: number): boolean {
  return words[i]!.lemma === 'paint' && words.slice(i + 1, i + 5).some((w) => w.lower === 'picture');
}

/** 'He continued, "You are never surprised..."': going on with a quotation is saying it; "continued to fall" is not. */
function continuesQuoting(text: string, words: readonly Word[], i: number): boolean {
  const next = words[i + 1];
  return words[i]!.lemma === 'continue' && next !== undefined && /^\s*[,:]\s*["\u201C]\s*$/.test(text.slice(words[i]!.end, next.start));
}

/**
 * "The court heard that...", "The jury heard how...": evidence given in court, reported as heard; so too a hearing
 * closing the sentence ("..., an inquest heard.").
 */
function hearsEvidence(words: readonly Word[], i: number): boolean {
  if (words[i]!.lemma !== 'hear') return false;
  const closing = i === words.length - 1 && HEARINGS.has(words[i - 1]?.lower ?? '');
  return closing || words[i + 1]?.lower === 'that' || words[i + 1]?.lower === 'how';
}
const HEARINGS = new Set(['court', 'inquest', 'tribunal', 'jury', 'hearing', 'trial', 'inquiry']);

/**
 * "issued a statement condemning", "put out a statement Wednesday saying": a message with what it says; "gave
 * updates on Jesus and Aguero:", with what it says after the colon that ends the statement.
 */
function putsOutMessage(text: string, words: readonly Word[], i: number): boolean {
  if (!messageVerbs.has(words[i]!.lemma)) return false;
  let k = i + 1;
  if (words[i]!.lemma === 'put' && words[k]?.lower === 'out') k++;
  const noun = words.slice(k, k + 4).findIndex((w) => messageNouns.has(w.lower) || messageNouns.has(nounLemma(w)));
  if (noun === -1) return false;
  // "Tonga issued a tsunami warning": a warning put out says, of itself, that there is a danger ("issued an
  // evacuation warning" orders people out, and says nothing).
  if (WARNING_NOUNS.has(words[k + noun]!.lower) && words[i]!.lemma !== 'make' && words[k + noun - 1]?.lower !== 'evacuation') return true;
  k += noun + 1;
  if (words[i]!.pos === 'VERB' && /^\s*:\s*$/.test(text.slice(words.at(-1)!.end, words.at(-1)!.end + 2))) return true;
  // "the joint agency issued this update: “Because of the current...”": what it says, quoted after a colon.
  if (words[i]!.pos === 'VERB' && words[k] !== undefined && /^\s*:\s*["\u201C]\s*$/.test(text.slice(words[k - 1]!.end, words[k]!.start))) return true;
  while (k < words.length && (isTimeWord(words[k]!) || TIME_LINKS.includes(words[k]!.lower))) k++;
  const said = words[k];
  // "began to publish evidence that acidification alters fish behaviour": the content in a "that" clause,
  // not a relative clause about the message ("a report that was leaked").
  if (said?.lower === 'that') {
    const next = words[k + 1];
    const between = words.slice(i + 1, k - 1);
    return words[i]!.pos === 'VERB' && between.every((w) => w.pos !== 'VERB' && w.pos !== 'AUX') && next !== undefined && next.pos !== 'VERB' && next.pos !== 'AUX' && !relativePronouns.has(next.lower);
  }
  return said !== undefined && said.pos === 'VERB' && /ing$/.test(said.lower) && (reporting.has(said.lemma) || content.has(said.lemma) || PARTICLE_LEMMAS.has(said.lemma));
}

const LIST_WORDS = 4;
const WARNING_NOUNS = new Set(['warning', 'warnings', 'alert', 'alerts', 'advisory']);

/**
 * "The study, which tracked 5,000 adults, links": when a relative clause or participle
 * aside between commas comes right before words[i], the noun before the aside.
 */
function nounBeforeAside(text: string, words: readonly Word[], i: number): Word | undefined {
  if (!commaBefore(text, words, i)) return undefined;
  for (let k = i - 1; k > 0 && i - k <= ASIDE_WORDS; k--) {
    if (!commaBefore(text, words, k)) continue;
    const opener = words[k]!;
    return relativePronouns.has(opener.lower) || (opener.pos === 'VERB' && /ed$/.test(opener.lower)) ? words[k - 1] : undefined;
  }
  return undefined;
}
const ASIDE_WORDS = 12;

/** ", the IMF forecast in April.": the verb at words[i] closes the sentence, its subject a short phrase after a comma. */
function closingAfterComma(text: string, words: readonly Word[], i: number): boolean {
  let start = i - 1;
  while (start > 0 && i - start < NOUN_PHRASE_WORDS && !commaBefore(text, words, start) && ['DET', 'ADJ', 'NOUN', 'PROPN'].includes(words[start - 1]!.pos ?? '')) start--;
  return start > 0 && commaBefore(text, words, start) && closesSentence(words, i);
}

/** A comma and a space between words[k - 1] and words[k]; a comma inside a figure ("5,000") has no space after it. */
function commaBefore(text: string, words: readonly Word[], k: number): boolean {
  return k > 0 && /,\s+$/.test(text.slice(words[k - 1]!.end, words[k]!.start));
}

/**
 * The tagger reads some verbs after a noun as nouns ("The report details the abuses",
 * "Court documents show", "Competition body fears higher prices"). Such a word is a
 * verb when it agrees with the noun before it (a plural subject with the base form, a
 * singular one with "-s") and no verb or "of" follows.
 */
/** Verbs of saying whose content may be a gerund: "claims killing", "denies taking", "admits stealing". */
const GERUND_CLAIMS = new Set(['claim', 'deny', 'admit', 'acknowledge']);

function readAsVerb(text: string, words: readonly Word[], i: number): boolean {
  const head = words[i]!;
  const before = nounBeforeAside(text, words, i) ?? words[i - 1];
  const after = words[i + 1];
  // "..., reports CBS Sacramento.": a verb of saying turned round before a name that closes the sentence.
  const rest = words.slice(i + 1);
  if (inversionLemmas.has(head.lemma) && /s$/.test(head.lower) && rest.length > 0 && rest.length <= 5 && rest.every(isCapitalised)) return true;
  if (!before || (before.pos !== 'NOUN' && before.pos !== 'PROPN')) return false;
  if (pastAsBase.has(head.lower) && (after?.lower === 'that' || closingAfterComma(text, words, i))) return true;
  // "This summer's record heat": after a possessive comes its noun.
  if (/['\u2019]s$/.test(before.lower)) return false;
  // "In Texas, beyond the daily temperature records that...": an opening phrase after a preposition is no subject
  // ("Figures from the ministry show" is one).
  let start = i - 1;
  while (start > 0 && ['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM'].includes(words[start - 1]!.pos ?? '')) start--;
  const preposition = words[start - 1];
  const opens = preposition !== undefined && (start === 1 || /,\s*$/.test(text.slice(words[start - 2]!.end, preposition.start)));
  if (preposition !== undefined && prepositions.has(preposition.lower) && opens) return false;
  // "Russia claims killing 600 soldiers", "Mayor denies taking bribes": a verb whose gerund is what it says.
  if (after?.pos === 'VERB' && /ing$/.test(after.lower) && GERUND_CLAIMS.has(head.lemma) && /s$/.test(head.lower) && !isPlural(before)) return true;
  // "email addresses and names": a noun in a list, not a verb with its object.
  if (after && (after.pos === 'VERB' || after.pos === 'AUX' || after.pos === 'PUNCT' || after.pos === 'CCONJ' || (after.pos === 'ADP' && after.lower !== 'at'))) return false;
  // "Court documents show": the later word is the verb.
  if (after && (reporting.has(after.lemma) || content.has(after.lemma))) return false;
  // "infections reported from Ondo, Edo and Benue states.": a list that closes the sentence ends in its noun.
  // ('"... between the attackers and the firm," Databreaches reports.': not across a quotation's end.)
  if (!after && words.slice(Math.max(0, i - LIST_WORDS), i).some((w) => w.lower === 'and' && !/["\u201D]/.test(text.slice(w.end, head.start)))) return false;
  if (head.lower !== head.lemma) return /s$/.test(head.lower) && !isPlural(before);
  // A base form needs a plural head noun before it, within its clause ("reports obtained by the Courier show").
  for (let j = i - 1; j >= 0 && j >= i - 8; j--) {
    const word = words[j]!;
    if ((word.pos === 'NOUN' || word.pos === 'PROPN') && isPlural(word)) return true;
    // A participle after a noun qualifies it ("reports obtained by"); any other verb ends the subject.
    const qualifier = word.pos === 'VERB' && /(?:ed|en)$/.test(word.lower) && (words[j - 1]?.pos === 'NOUN' || words[j - 1]?.pos === 'PROPN');
    if ((word.pos === 'VERB' && !qualifier) || word.pos === 'AUX') return false;
  }
  return false;
}

/** "were quoted in reports as saying": where the words were quoted, up to "as". */
export function quotedIn(words: readonly Word[], i: number): readonly Word[] | null {
  if (words[i]!.lemma !== 'quote' || words[i + 1]?.lower !== 'in') return null;
  const as = words.slice(i + 2, i + 7).findIndex((w) => w.lower === 'as');
  return as > 0 && words[i + 2 + as + 1]?.lemma === 'say' ? words.slice(i + 2, i + 2 + as) : null;
}
