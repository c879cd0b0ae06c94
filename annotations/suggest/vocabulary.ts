/** The word lists of lexicon.ts and rules.ts as sets, for the suggestion rules to look words up in. */
import { EVIDENCE_LEMMAS, GROUP_LEMMAS, INVERSION_LEMMAS, MESSAGE_NOUNS, OFFICE_TITLES, PERCEPTION_LEMMAS, PERSON_LEMMAS, REPORTING_LEMMAS, STORY_PERSON_LEMMAS, VISUAL_LEMMAS } from '../lexicon.ts';
import { BE_FORMS, QUANTIFIER_PEOPLE, SAYING_LEMMAS, DOCUMENT_NOUNS, HAVE_FORMS, SUGGESTION_SCORES, TIME_WORDS, TIME_UNITS, INDEFINITE_DETERMINERS, INSTITUTION_NOUNS, NAME_CONNECTORS, PREPOSITIONS, REFERRING_PRONOUNS, RELATIVE_PRONOUNS, SPOKESPERSON_NOUNS, SUBORDINATORS, TITLE_ABBREVIATIONS, SPEECH_BEFORE_INFINITIVE, SPEAKING_BODIES, MEDIA_NOUNS } from '../rules.ts';

export const reporting = new Set<string>(REPORTING_LEMMAS);
export const evidence = new Set<string>(EVIDENCE_LEMMAS);
export const perception = new Set<string>(PERCEPTION_LEMMAS);
export const visual = new Set<string>(VISUAL_LEMMAS);
const personLemmas = new Set<string>(PERSON_LEMMAS);
/** People by their trade, listed or by a suffix that makes one ("neuroscientists", "epidemiologists", "statisticians"). */
export const persons = { has: (lemma: string) => personLemmas.has(lemma) || PERSON_SUFFIX.test(lemma) };
const PERSON_SUFFIX = /.{3}(?:ologist|scientist|ician|ographer)$/;
export const officeTitles = new Set<string>(OFFICE_TITLES);
export const groups = new Set<string>(GROUP_LEMMAS);
export const timeWords = new Set<string>(TIME_WORDS);
export const timeUnits = new Set<string>(TIME_UNITS);
/** Determiners that make a phrase definite: a short reference to a source already named. */
export const determiners = new Set(['the', 'his', 'her', 'their', 'its', 'our', 'this', 'that', 'these', 'those']);
export const describedPeople = new Set<string>([...PERSON_LEMMAS, ...STORY_PERSON_LEMMAS]);
export const beForms = new Set<string>(BE_FORMS);
export const haveForms = new Set<string>(HAVE_FORMS);
export const subordinators = new Set<string>(SUBORDINATORS);
export const pronouns = new Set<string>(REFERRING_PRONOUNS);
export const quantifierPeople = new Set<string>(QUANTIFIER_PEOPLE);
export const sayingLemmas = new Set<string>(SAYING_LEMMAS);
export const indefinite = new Set<string>(INDEFINITE_DETERMINERS);
export const titles = new Set<string>(TITLE_ABBREVIATIONS);
export const connectors = new Set<string>(NAME_CONNECTORS);
export const relativePronouns = new Set<string>(RELATIVE_PRONOUNS);
export const prepositions = new Set<string>(PREPOSITIONS);
export const documentNouns = new Set<string>(DOCUMENT_NOUNS);
export const spokespersons = new Set<string>(SPOKESPERSON_NOUNS);
export const inversionLemmas = new Set<string>(INVERSION_LEMMAS);
export const institutions = new Set<string>(INSTITUTION_NOUNS);
export const messageNouns = new Set<string>(MESSAGE_NOUNS);
export const speechBeforeInfinitive = new Set<string>(SPEECH_BEFORE_INFINITIVE);
export const speakingBodies = new Set<string>(SPEAKING_BODIES);
export const mediaNouns = new Set<string>(MEDIA_NOUNS);
export const DEMONSTRATIVES = new Set(['that', 'this', 'these', 'those']);
export const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our']);

/** Words that join a time to a phrase: "on Thursday", "late Thursday". */
export const TIME_LINKS = ['on', 'last', 'this', 'late', 'early'];

export const SCORE = SUGGESTION_SCORES;
