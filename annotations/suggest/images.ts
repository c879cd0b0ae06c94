/** Images as sources: perception and instruments, captions, lines with no verb under a picture. */
import type { Cue, Suggestion } from '../model.ts';
import { APPEARANCE_LEMMAS, PARTICLE_LEMMAS } from '../lexicon.ts';
import { CAPTION_DATE_CLOSE, CAPTION_PARTICIPLES, CAPTION_WORDS, DEPICTION, SCENE_PREPOSITIONS } from '../rules.ts';
import type { Segment } from '../segment.ts';
import { spanAt } from '../text.ts';
import { type Word, couldBeCue, isCapitalised, isOwnLine, missedVerb, nounLemma } from './words.ts';
import type { ArticleContext } from './article-context.ts';
import { beForms, describedPeople, mediaNouns, perception, persons, relativePronouns, reporting, sayingLemmas, visual } from './vocabulary.ts';
import { agentAfter } from './subjects.ts';
import { headOfPhrase } from './phrases.ts';

const appearanceLemmas = new Set<string>(APPEARANCE_LEMMAS);
const scenePrepositions = new Set<string>(SCENE_PREPOSITIONS);

/** Verbs of a camera's record, in the passive: "was photographed", "were filmed". */
const CAMERA_LEMMAS = new Set(['photograph', 'film', 'picture', 'videotape']);

/** Words of how something looks in a picture. */
const LOOKS = new Set(['apparent', 'visible', 'seemingly']);

/** Who may see with their own eyes, before a form of "see", besides people by trade or description: "one", a pronoun. */
const SEERS = new Set(['one', 'he', 'she', 'they', 'i']);
const EYEWITNESS_REACH = 6;

/** "which can not be verified yet": a verification that did not happen shows nothing ("cannot be clearly seen" does). */
function unverified(words: readonly Word[], k: number): boolean {
  return words[k]!.lemma === 'verify' && words.slice(Math.max(0, k - NEGATION_REACH), k).some((w) => UNABLE.test(w.lower));
}
const UNABLE = /^(?:not|cannot|unable|never)$|n['\u2019]t$/;
const NEGATION_REACH = 4;

/** "can be seen", "could be heard": the modals of what a picture or a recording shows, and the verbs they show with. */
const MODALS_OF_SIGHT = new Set(['can', 'could']);
const SIGHT_LEMMAS = new Set(['see', 'spot', 'hear']);
/** Adverbs that may stand between the modal and "be": "could also be seen", "can clearly be seen". */
const SIGHT_ADVERBS = new Set(['also', 'clearly']);

/** Whether a modal of sight governs the "be" at words[be]: "can be seen", "could also be seen". */
function modalOfSight(words: readonly Word[], be: number): boolean {
  const before = SIGHT_ADVERBS.has(words[be - 1]?.lower ?? '') ? be - 2 : be - 1;
  return MODALS_OF_SIGHT.has(words[before]?.lower ?? '');
}

/**
 * Images through instruments and perception: "Satellites detected trucks", "tents were
 * seen at the site, the imaging company said", "craters are visible in the pictures".
 */
export function perceptionCue(text: string, words: readonly Word[], context: ArticleContext, previous: Suggestion | null, headline = false): Cue | null {
  const at = words.findIndex((w, k) => perception.has(w.lemma) && (w.pos === 'VERB' || w.pos === 'ADJ') && !publicationOrSearch(words, k) && !unverified(words, k));
  const seeing = words[at];
  // The appearance words below go on describing an image; in a sentence with its own verb of saying they are
  // the speaker's hedge ("Diplomats said Israeli jets bombed a convoy, apparently hitting weapons").
  // ("which Channel 2 said was the research center" is a relative clause, and no speaker of the sentence.)
  // ("that person said" opens with a determiner.)
  const saying = (w: Word, k: number) => w.pos === 'VERB' && sayingLemmas.has(w.lemma) && !w.capital && !words.slice(Math.max(0, k - 4), k).some((v) => relativePronouns.has(v.lower) && v.pos !== 'DET');
  const telling = (w: Word, k: number) => saying(w, k) || (w.pos === 'VERB' && w.lemma === 'tell');
  // "A spokesman said Tuesday that the clip does not capture the whole sequence", "that person said she filmed the
  // video": what a speaker says of the footage is their word ("Maxar said fires were seen", in an article about
  // imagery, is what its images show).
  if (seeing && !describedBySpeaker(words, at - 4, at)) {
    const spokenOf = words.slice(0, at).some(telling);
    // "Tim Hortons hired Radar ... to track": a capital after a lower-case word makes the instrument's word a name.
    const instrument = words.some((w, k) => visual.has(nounLemma(w)) && w.pos !== 'VERB' && w.pos !== 'ADV' && !(w.capital && k > 0 && !words[k - 1]!.capital && !headline));
    // "fires were seen in the west", "buildings can be seen": in an article about imagery, what is seen is in it.
    // "have been captured by Russian forces": an agent that is no instrument makes it something else.
    const agent = agentAfter(text, words, at);
    const byNonVisual = agent.length > 0 && !agent.some((w) => visual.has(nounLemma(w)));
    // "Damage seen at Iran air base": a headline's bare participle is a passive.
    const bare = headline && at > 0 && seeing.lower !== seeing.lemma && !/(?:s|ing)$/.test(seeing.lower);
    const passiveForm = beForms.has(words[at - 1]?.lower ?? '');
    const passive = context.imagery && !byNonVisual && (((seeing.pos === 'ADJ' || bare) && !spokenOf) || passiveForm);
    // "Pieces of the rocket could be seen dropping", "Two workers were seen leaving the scene": in any article, what
    // can be seen, or was seen doing something, is seen in pictures (the labellers wrote image 19 times in 21).
    const modal = passiveForm && modalOfSight(words, at - 1);
    const seenDoing = passiveForm && seeing.lower === 'seen' && /ing$/.test(words[at + 1]?.lower ?? '');
    const sighted = (modal || seenDoing) && SIGHT_LEMMAS.has(seeing.lemma) && !byNonVisual && !spokenOf;
    // "He was photographed hiking near Los Angeles", "was filmed leaving": a camera's record is the evidence
    // (codebook: "the robbery was captured on security cameras").
    const onCamera = passiveForm && !byNonVisual && CAMERA_LEMMAS.has(seeing.lemma);
    if (((instrument || onCamera) && !spokenOf) || passive || sighted) return { ...spanAt(text, seeing.start, seeing.end), rule: 'perception' };
  }
  if (words.some(saying)) return null;
  // "Two apparent impact craters lie close to one of the shelters", after an image: more of what it shows.
  if (previous?.attribution === 'image') {
    // "can be seen", "we see floodwater", "the area saw heavy flooding" describe the image; "people in the area saw
    // the event" are eyewitnesses, no image.
    const eyewitness = (k: number) =>
      words[k]!.lemma === 'see' &&
      !words.slice(Math.max(0, k - 3), k).some((v) => beForms.has(v.lower) || v.lower === 'we') &&
      words.slice(Math.max(0, k - EYEWITNESS_REACH), k).some((v) => SEERS.has(v.lower) || persons.has(nounLemma(v)) || describedPeople.has(nounLemma(v)));
    const appearance = words.find((w, k) => (appearanceLemmas.has(nounLemma(w)) || appearanceLemmas.has(w.lemma)) && !eyewitness(k));
    if (appearance) return { ...spanAt(text, appearance.start, appearance.end), rule: 'appearance' };
  }
  // A statement later, in an article about imagery, only how things look counts ("what appears to be burn
  // marks"), not "the findings appear in a report".
  if (context.imagery && context.recentImage) {
    const looks = words.find((w, k) => LOOKS.has(w.lower) || (w.lemma === 'appear' && words[k + 1]?.lower === 'to') || (/^look(?:s|ed|ing)?$/.test(w.lower) && words[k + 1]?.lower === 'like'));
    if (looks) return { ...spanAt(text, looks.start, looks.end), rule: 'appearance' };
  }
  return null;
}

/** "The video appeared on a Facebook page", "looking into video": where material was put, or a search, is no seeing. */
function publicationOrSearch(words: readonly Word[], k: number): boolean {
  const next = words[k + 1]?.lower ?? '';
  return (words[k]!.lemma === 'appear' && next !== 'to' && words[k + 1]?.pos === 'ADP') || (words[k]!.lemma === 'look' && (next === 'into' || next === 'for'));
}

/**
 * "The military put out a statement saying it was investigating a video that appears to
 * show...": what the footage seems to show, in a relative clause inside what a speaker
 * said, is the speaker's statement; the speaker is the source.
 */
export function describedBySpeaker(words: readonly Word[], from: number, to: number): boolean {
  // 'Rene Laureijs told AFP that he was "personally most excited" about the image of a huge cluster', "Wine said that he
  // had video footage of vote rigging": the footage is what the speaker talks about, not what it shows ("says the
  // video shows" is the video's evidence, an image).
  const shows = words.slice(Math.max(0, from), to + SHOWS_REACH).some((w) => DEPICTION.test(w.lower));
  if (!shows && words.slice(0, Math.max(0, from)).some((w) => w.pos === 'VERB' && (w.lemma === 'tell' || w.lemma === 'say') && !w.capital)) return true;
  const relative = words.findIndex((w, k) => k >= from && k <= to && relativePronouns.has(w.lower) && k > 0 && visual.has(nounLemma(words[k - 1]!)));
  if (relative === -1) return false;
  return words.slice(0, relative - 1).some((w) => w.pos === 'VERB' && (reporting.has(w.lemma) || PARTICLE_LEMMAS.has(w.lemma)));
}

/** How far after the footage's word a verb saying what it shows may come ("footage recorded by a B-1 bomber showed"). */
const SHOWS_REACH = 7;

/** The fewest words of a caption naming a place in capitals ("The Maxwell Building at the University of Salford"). */
const PLACE_CAPTION_WORDS = 6;

/**
 * A short line of its own without a verb ("The outside of the US Department of the
 * Treasury"): a caption of a photograph in the article. With a full stop only beside
 * an image or naming visual material ("Damage in the eastern district.", after a
 * satellite image): elsewhere it may be a sentence whose verb the tagger missed.
 */
export function verblessLine(text: string, segment: Segment, words: readonly Word[], previous: Suggestion | null): Cue | null {
  if (segment.role !== 'body' || words.length < 3 || words.length > CAPTION_WORDS || !isOwnLine(text, segment)) return null;
  const fullStop = /[.!?]["'\u201D\u2019]?$/.test(text.slice(segment.start, segment.end));
  if (fullStop && previous?.attribution !== 'image' && !words.some((w) => visual.has(nounLemma(w)))) return null;
  // A line without a full stop may be a subheading ("No independent confirmation", "USA – Norovirus Outbreak – Resort"):
  // a caption places its scene ("Rescuers at the site in Oslo") and is not written in title case or cut by dashes.
  const heading = words.filter(isCapitalised).length * 2 > words.length || /\s[\u2013\u2014-]\s|\((?:AP|Reuters|AFP)\)/.test(text.slice(segment.start, segment.end));
  // "The Maxwell Building at the University of Salford", "The Tredomen headquarters of Caerphilly County Borough
  // Council": a place the picture shows, named after its article, is a caption though its name is in capitals.
  const namedAfter = (k: number) => {
    const next = words[k + 1]?.lower === 'the' ? words[k + 2] : words[k + 1];
    return next !== undefined && isCapitalised(next);
  };
  // (A subheading in title case is short: "The Battle of Britain".)
  const placeNamed = words.length >= PLACE_CAPTION_WORDS && ['the', 'a', 'an'].includes(words[0]!.lower) && words.some((w, k) => (scenePrepositions.has(w.lower) || w.lower === 'of') && namedAfter(k));
  if (!fullStop && ((heading && !placeNamed) || !words.some((w) => scenePrepositions.has(w.lower) || (placeNamed && w.lower === 'of')))) return null;
  // "Evacuees walk inside an evacuation centre", "Russian Il-76 taking off": without a full stop, a scene told in the
  // present is a caption too.
  const verbs = words.filter((w) => w.pos === 'VERB' || w.pos === 'AUX');
  const scene = !fullStop && verbs.length > 0 && verbs.every((w) => inPresent(w) || (w.pos === 'VERB' && /ing$/.test(w.lower)));
  if (words.some((w, k) => w.pos === undefined || (!scene && (w.pos === 'VERB' || w.pos === 'AUX')) || couldBeCue(w.lower) || missedVerb(words, k))) return null;
  return { ...spanAt(text, segment.start, segment.end), rule: 'caption' };
}

/** A verb in the present: "walk", "speaks", "is" (not "walked", "has", "will"). */
function inPresent(word: Word): boolean {
  if (word.pos === 'AUX') return word.lower === 'is' || word.lower === 'are';
  return word.pos === 'VERB' && (word.lower === word.lemma || word.lower === `${word.lemma}s` || word.lower === `${word.lemma}es`);
}

/**
 * "Workers wait to unload the first shipment at the airport in Monrovia on Aug 24, 2014.": a scene told in the present
 * and dated in the past, opening its line, is the wording of an agency's caption ("Police said on Aug 24, 2014" and
 * "The law took effect on Jan. 1, 2020." are not).
 */
export function datedScene(text: string, segment: Segment, words: readonly Word[]): Cue | null {
  // (Under the headline too: a page's first picture often stands there.)
  if (segment.start === 0 || text[segment.start - 1] !== '\n') return null;
  if (!CAPTION_DATE_CLOSE.test(text.slice(segment.start, segment.end))) return null;
  // A caption says what the picture shows, and nothing anyone said ("This class action sues ..., alleging that").
  if (words.some((w) => couldBeCue(w.lower))) return null;
  const at = words.findIndex((w, k) => (w.pos === 'VERB' || w.pos === 'AUX') && k > 0 && !w.capital);
  if (at === -1) return null;
  const verb = words[at]!;
  const present = verb.pos === 'VERB' && inPresent(verb);
  // "A man walking past a mural": after its noun, with no finite verb after it ("Word of the killing first emerged").
  const finiteAfter = words.slice(at + 1).some((w, k) => (w.pos === 'VERB' || w.pos === 'AUX') && !/ing$/.test(w.lower) && words[at + k]!.lower !== 'to');
  const bareParticiple = verb.pos === 'VERB' && /ing$/.test(verb.lower) && ['NOUN', 'PROPN'].includes(words[at - 1]!.pos ?? '') && !finiteAfter;
  return present || bareParticiple ? { ...spanAt(text, verb.start, verb.end), rule: 'caption' } : null;
}

/**
 * "Larry Householder", "DPC CEO John Chikura", "Tom Cruise in Minority Report", "Getty": a line of names alone, between
 * the article's paragraphs, labels the picture above or below it. Before the body has begun it is more likely a
 * byline ("Jon Stone"); a line in capitals is a subheading ("SUPPLY DROP").
 */
export function nameLine(text: string, segment: Segment, words: readonly Word[], bodyBegun: boolean): Cue | null {
  if (segment.role !== 'body' || words.length === 0 || words.length > NAME_LINE_WORDS || !isOwnLine(text, segment)) return null;
  const line = text.slice(segment.start, segment.end);
  if (!/^\p{L}/u.test(line) || /[.!?:;"\u201D\u2019)]$/.test(line) || !/\p{Ll}/u.test(line) || NOT_CAPTION_LINE.test(line)) return null;
  const naming = (w: Word) => (w.capital && w.pos !== 'VERB' && w.pos !== 'AUX') || NAME_LINE_LINKS.has(w.lower);
  if (!words[0]!.capital || !words.every(naming)) return null;
  // ("Getty", "Tom Cruise in Minority Report": a credit or a scene, which no byline is.)
  // ("The Battle of Britain" there is a subheading.)
  // ("Getty Images": a picture agency's name is no byline.)
  if (!bodyBegun && words.length > 1 && !words.some((w) => w.lower === 'in' || w.lower === 'at') && !PICTURE_AGENCIES.has(words[0]!.lower)) return null;
  // A word alone is a label ("Census") unless it is a picture agency's credit ("Getty").
  if (words.length === 1 && !PICTURE_AGENCIES.has(words[0]!.lower)) return null;
  return { ...spanAt(text, segment.start, segment.end), rule: 'caption' };
}
const NAME_LINE_WORDS = 8;
// ("Image", "Photo": a page's label for its picture.)
const PICTURE_AGENCIES = new Set(['getty', 'reuters', 'ap', 'afp', 'epa', 'shutterstock', 'alamy', 'pa', 'istock', 'xinhua', 'bloomberg', 'dpa', 'anadolu', 'image', 'photo']);
const NAME_LINE_LINKS = new Set(['of', 'in', 'at', 'the', 'and', '&', 'on', 'for', 'de', 'van', 'von', 'al', 'bin']);
/** Lines of a web page that label no picture: a byline ("By ...", "Huffington Post, John Heilprin"), a pointer to more reading. */
const NOT_CAPTION_LINE = /^(?:By|Read|Related|More|Watch|Listen|Advertisement|Share|Follow|Updated|Published)\b|^[^,]*\b(?:Post|Times|News|Press|Herald|Journal|Tribune|Gazette|Reuters|AFP|AP)\s*,/;

/** "The ministry building in Oslo is seen on March 27." standing alone: the wording of a photograph's caption. */
export function passiveCaption(text: string, segment: Segment, words: readonly Word[]): Cue | null {
  if (segment.role !== 'body' || words.length > CAPTION_WORDS * 2) return null;
  const at = words.findIndex((w, i) => i > 0 && (w.lower === 'is' || w.lower === 'are') && CAPTION_PARTICIPLES.includes(words[i + 1]?.lower ?? '') && !['as', 'to'].includes(words[i + 2]?.lower ?? ''));
  return at === -1 || !isOwnLine(text, segment) ? null : { ...spanAt(text, words[at]!.start, words[at + 1]!.end), rule: 'caption' };
}

/** A phrase whose head is visual material ("The video", "the footage from the scene"), not a firm that makes it ("the satellite firm"). */
export function isVisualMaterial(phrase: Word[]): boolean {
  const head = headOfPhrase(phrase);
  const last = head[head.length - 1];
  // "Sony Pictures said": a word of a name is no picture; nor is a broadcaster's name ("broadcaster CCTV reported").
  const before = head[head.length - 2];
  const inName = last !== undefined && last !== phrase[0] && last.capital && before !== undefined && (before.capital || mediaNouns.has(before.lower));
  return last !== undefined && !inName && visual.has(nounLemma(last));
}
