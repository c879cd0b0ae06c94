/**
 * Every hand-written rule of segmentation and suggestion, in one table, so that a
 * reader can see (and a team can change) what the workbench believes about news prose.
 * Word lists are lower case; matching is case-insensitive unless a rule says otherwise.
 */

/** Abbreviations that never end a sentence: a name always follows them. */
export const TITLE_ABBREVIATIONS = [
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'mt', 'ft', 'lt', 'col', 'gen', 'maj', 'capt', 'cpt', 'sgt', 'cmdr', 'adm',
  'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'supt', 'insp', 'det', 'cpl', 'pvt', 'messrs', 'mme', 'mlle', 'sr', 'atty', 'dist', 'asst',
  'vs', 'v', 'cf', 'e.g', 'i.e', 'viz', 'al',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
] as const;

/**
 * Abbreviations that stand before a figure ("No. 5", "Fig. 3", "Art. 12"). A figure after the
 * full stop continues the sentence, as after any full stop; a capital starts a new one, for
 * these are also words that end sentences ("The council voted no. Then...", "modern art. The").
 */
export const NUMBER_ABBREVIATIONS = ['no', 'nos', 'fig', 'figs', 'vol', 'pp', 'p', 'art', 'approx', 'ca'] as const;

/**
 * Abbreviations that may also end a sentence ("...a unit of Acme Inc. The company said").
 * After one of these, a boundary is taken only when a typical sentence opener follows.
 */
export const CLOSING_ABBREVIATIONS = [
  'inc', 'ltd', 'co', 'corp', 'plc', 'llc', 'jr', 'bros', 'etc', 'a.m', 'p.m', 'u.n', 'u.s', 'u.k', 'e.u', 'u.s.a',
  'd.c', 'd.a', 'n.y', 'l.a', 'ph.d', 'b.a', 'm.a', 'a.d', 'b.c',
] as const;

/** Words that open a new sentence after an abbreviation such as "Inc." or "U.S.". */
export const SENTENCE_OPENERS = [
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there', 'but',
  'and', 'in', 'on', 'at', 'its', 'his', 'her', 'their', 'our', 'however', 'meanwhile', 'after', 'before', 'when',
  'while', 'if', 'as', 'some', 'many', 'most', 'one', 'two', 'according', 'citing', 'asked', 'earlier', 'later',
  'last', 'since', 'officials', 'no', 'neither', 'both', 'all', 'several', 'for', 'to', 'with', 'what', 'why', 'how',
] as const;

/** Words that, inside a subject, show it is a clause rather than a noun phrase ("crew had been told"). */
export const NON_ATTRIBUTING_PRECEDERS = [
  'had', 'has', 'have', 'been', 'be', 'being', 'was', 'were', 'is', 'are', 'to', 'not', 'never', 'will', 'would',
  'could', 'should', 'may', 'might', 'must', 'can', 'cannot', 'did', 'does', 'do',
] as const;

/** Forms of "be": before a participle they make a reporting verb passive ("was told"), before "-ing" progressive ("are telling"). */
export const BE_FORMS = ['be', 'is', 'are', 'was', 'were', 'been', 'being', 'am'] as const;

/** Forms of "have": before a participle they make the perfect, which still attributes ("has said", "had warned"). */
export const HAVE_FORMS = ['has', 'have', 'had', 'having'] as const;

/**
 * Words before a reporting verb that keep it from attributing the sentence: an
 * infinitive ("to say"), a negation ("did not deny", "has never said") or a modal
 * ("would not comment", "could confirm").
 */
export const VERB_BLOCKERS = [
  'to', 'not', "n't", 'never', 'no', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'cannot',
  'did', 'does', 'do', 'shall',
  // "more often than recommended": a comparison, not a verb with a subject.
  'than',
] as const;

/** Words of negation and doubt: a sentence with one after a sourced statement is the outlet's own ("It was not clear"). */
export const NEGATIONS = ['not', "n't", 'no', 'never', 'neither', 'nor', 'unclear', 'unknown', 'cannot', 'whether'] as const;

/** Subordinators that open a background clause of time, cause or condition ("since talks were first reported by"). */
export const ADVERBIAL_SUBORDINATORS = ['after', 'before', 'when', 'because', 'while', 'since', 'although', 'though', 'if', 'unless', 'until', 'once', 'as'] as const;

/** Subordinators: a speech verb after one sits in a background clause ("after scientists warned"). */
export const SUBORDINATORS = [...ADVERBIAL_SUBORDINATORS, 'whether', 'that', 'which', 'who', 'whom', 'whose', 'where'] as const;

/** Words that open a finite verb phrase: after ", announced in March," they show the verb was a participle. */
export const FINITE_OPENERS = [
  'would', 'will', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'could', 'can', 'may', 'might', 'should', 'must',
  'did', 'does', 'do',
] as const;

/** How close to the sentence's end a trailing attribution (", the official said.") stands, in words. */
export const TRAILING_ATTRIBUTION_WORDS = 5;

/** Pronouns that open a relative clause inside a subject ("An official who asked not to be named said"). */
export const RELATIVE_PRONOUNS = ['who', 'which', 'that', 'whose'] as const;

/** Words that open a sentence without being part of its subject ("But the panel said"). */
// ("but only one of the analysts": a focusing "only" before the subject is no part of it.)
export const LEADING_CONJUNCTIONS = ['but', 'and', 'however', 'yet', 'so', 'still', 'meanwhile', 'only'] as const;

/** Adverbs between a subject and its verb ("The panel also said"). */
export const TRAILING_ADVERBS = ['neither', 'either', 'also', 'later', 'earlier', 'previously', 'repeatedly', 'then', 'now', 'too', 'again', 'further'] as const;

/** A name after one of these is not the head of its phrase ("reports obtained by the Courier"). */
export const PREPOSITIONS = ['by', 'of', 'from', 'at', 'for', 'with', 'to', 'in', 'on', 'about', 'across', 'throughout', 'around', 'within', 'near', 'outside', 'inside', 'beyond', 'besides', 'despite', 'amid'] as const;

/** Words after which a source phrase only qualifies its head ("two people familiar with the inquiry"). */
export const PHRASE_QUALIFIERS = ['familiar', 'close', 'with', 'who', 'in', 'at', 'from', 'of', 'across', 'around', 'throughout', 'within'] as const;

/** Pronouns that stand for a source already introduced. */
export const REFERRING_PRONOUNS = ['he', 'she', 'it', 'they', 'we', 'i'] as const;

/** Modal auxiliaries: "might also have helped" goes on with a finding, hedged as its source hedged it. */
export const MODAL_AUXILIARIES = ['might', 'may', 'could', 'would', 'will', 'can', 'should', 'must'] as const;

/** Adverbs that mark a sentence as continuing the previous allegation (a sign of continuation, not the only one). */
export const CONTINUATION_MARKERS = ['also', 'additionally', 'furthermore', 'moreover', 'further', 'likewise'] as const;

/** Documents and data: "a study published in Nature" is a named source, not a described person. */
export const DOCUMENT_NOUNS = [
  'study', 'studies', 'report', 'reports', 'survey', 'poll', 'analysis', 'paper', 'review', 'audit', 'statement',
  'document', 'documents', 'filing', 'letter', 'memo', 'email', 'emails', 'records', 'data', 'census', 'dataset',
  'investigation', 'inquiry', 'indictment', 'ruling', 'judgment', 'complaint', 'lawsuit', 'suit', 'assessment', 'estimate', 'editorial',
] as const;

/**
 * An organisation's appointed voice. "A spokesman for X" is one person the article does
 * not name: unnamed, like "a senior diplomat" in the codebook. The blind labellers of the
 * real-news sets took it so five times in six (ISAF, AstraZeneca, the Coast Guard, Fitbit;
 * a BP spokesman the exception), so the project's own older gold now labels "a police
 * spokeswoman" unnamed too. "The spokesman" taking up one already met follows him.
 */
export const SPOKESPERSON_NOUNS = ['spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'spokesmen', 'spokeswomen'] as const;

/**
 * Institutions: one of them is a named source even when the article says "a"
 * ("according to a sheriff's office", "a cyber intelligence company said"); the
 * codebook names a government, an agency, a company and a court.
 */
export const INSTITUTION_NOUNS = [
  'office', 'ministry', 'department', 'agency', 'company', 'firm', 'court', 'government', 'council', 'commission',
  'committee', 'board', 'bureau', 'service', 'institute', 'university', 'hospital', 'bank', 'corporation', 'outlet',
  'newspaper', 'broadcaster', 'publication', 'website', 'organisation', 'organization', 'watchdog', 'regulator', 'jury', 'tribunal', 'inquest', 'mission',
] as const;

/**
 * Bodies that act and speak as one, beyond the institutions above: a subject that may
 * threaten, vow or go on to say something ("police arrested two men and said").
 */
export const SPEAKING_BODIES = [
  'police', 'army', 'military', 'authority', 'authorities', 'party', 'opposition', 'union', 'alliance', 'coalition',
  'parliament', 'congress', 'senate', 'administration', 'cabinet', 'regime', 'junta', 'militia', 'campaign', 'club',
  'league', 'federation', 'association', 'network', 'prosecution', 'defence', 'defense', 'country', 'state', 'presidency',
] as const;

/** What a source puts at a figure: "put the death toll at 41", "put the cost of repairs at $3 billion". */
export const ESTIMATE_NOUNS = ['toll', 'figure', 'number', 'count', 'cost', 'damage', 'loss', 'total', 'tally', 'value', 'estimate'] as const;

/** Determiners that make a person noun an unnamed source ("an official", "two people"). */
export const INDEFINITE_DETERMINERS = [
  'a', 'an', 'one', 'two', 'three', 'four', 'five', 'several', 'some', 'many', 'other', 'another', 'various', 'few',
  'multiple', 'numerous', 'senior', 'unnamed', 'anonymous',
] as const;

export interface CueRule {
  /** Names the rule in suggestions, so the UI can say why. */
  name: string;
  pattern: RegExp;
}

/** Phrases that make a source unnamed wherever they stand. */
export const UNNAMED_CUES: readonly CueRule[] = [
  { name: 'unnamed', pattern: /\b(?:(?:an?|one|two|three|the|several)\s+)?unnamed\b/gi },
  { name: 'anonymity', pattern: /\b(?:who\s+)?(?:spoke|speaking|talked|talking|spoke to [a-z]+)\s+(?:on|under)\s+(?:the\s+)?condition\s+of\s+anonymity\b/gi },
  { name: 'anonymity', pattern: /\b(?:who\s+)?(?:asked|declined|requested)\s+not\s+to\s+be\s+(?:named|identified)\b/gi },
  { name: 'anonymity', pattern: /\b(?:who\s+)?declined\s+to\s+be\s+(?:named|identified)\b/gi },
  // "He didn't want to be named, citing office rules.": the source says it withholds its name.
  { name: 'anonymity', pattern: /\b(?:who\s+)?(?:did\s+not|didn't|does\s+not|doesn't|do\s+not|don't)\s+want\s+to\s+be\s+(?:named|identified)\b/gi },
  // "A ruling party lawmaker, who requested anonymity for fear of reprisals, said": anonymity asked for and given.
  { name: 'anonymity', pattern: /\b(?:who\s+)?(?:requested|asked\s+for|was\s+granted|were\s+granted|granted)\s+anonymity\b/gi },
  { name: 'anonymity', pattern: /\b(?:speaking|spoke)\s+(?:privately|anonymously|on\s+background|off\s+the\s+record)\b/gi },
  { name: 'anonymity', pattern: /\bon\s+(?:the\s+)?condition\s+(?:of\s+anonymity|that\s+(?:they|he|she)\s+not\s+be\s+(?:named|identified))\b/gi },
  { name: 'anonymity', pattern: /\bwho\s+(?:was|were)\s+not\s+(?:authori[sz]ed)\s+to\s+(?:speak|comment)\b/gi },
  { name: 'anonymous', pattern: /\banonymous(?:ly)?\b/gi },
  // "citing sources it did not name", "people he would not identify": the outlet says it withholds the names.
  { name: 'withheld-name', pattern: /\b(?:sources?|people|officials|someone|a\s+person|one\s+person)\s+(?:it|he|she|they|we|the\s+\w+)\s+(?:did\s+not|didn't|would\s+not|wouldn't|declined\s+to|refused\s+to)\s+(?:name|identify)\b/gi },
  // "after a report that", "according to media reports": a report the article does not identify.
  { name: 'unidentified-report', pattern: /(?<!\bin\s)\b(?:an?\s+(?:[a-z-]+\s+)?report|(?:media|press|news|published|unconfirmed|local)\s+reports)\b(?=\s+(?:that|said|says|suggested|claimed|on|in|by(?!\s+[A-Z])))/g },
  // "Twitter shares sink on report that bidders have lost interest": a headline drops the article.
  { name: 'unidentified-report', pattern: /(?<=\b(?:on|after|amid)\s+)reports?\b(?=\s+(?:that|of)\b)/gi },
  // "There are reports of people still buried under the rubble": reports no one is named for.
  { name: 'unidentified-report', pattern: /(?<=\bthere\s+(?:are|were|have\s+been|had\s+been)\s+(?:also\s+)?)(?:(?:unconfirmed|some|several|many)\s+)?reports\b/gi },
  { name: 'familiar-with', pattern: /\b(?:people|persons|sources?|officials|someone|a person|one person)\s+(?:familiar|close|briefed|with\s+knowledge)\s+(?:with|to|on|of)\b/gi },
];

/**
 * A report the text attributes to someone it names: "after a weekend Bloomberg report
 * that", "a report by Reuters that". The first group is the name, the source.
 */
export const IDENTIFIED_REPORT: CueRule = {
  name: 'identified-report',
  pattern: /\b(?:an?|the)\s+(?:[a-z-]+\s+)?((?:[A-Z][\w.&'-]*\s+)*[A-Z][\w.&'-]*)\s+report\s+that\b|\ban?\s+report\s+(?:by|from)\s+((?:[A-Z][\w.&'-]*\s+)*[A-Z][\w.&'-]*)\s+that\b/g,
};

/** Visual material that a statement rests on. */
export const IMAGE_CUES: readonly CueRule[] = [
  { name: 'remote-imagery', pattern: /\b(?:satellite|aerial|drone|radar)\s+(?:images?|imagery|photos?|photographs?|pictures?|footage|video|shots?)\b/gi },
  // "Bushfires spotted from space", "can be made out from the ISS": seen from orbit is seen in pictures taken there.
  {
    name: 'remote-imagery',
    pattern: /\b(?:seen|spotted|visible|photographed|captured|pictured|observed|detected|made\s+out)\s+from\s+(?:space|orbit|the\s+(?:ISS|International\s+Space\s+Station|space\s+station))\b/gi,
  },
  {
    name: 'visual-material',
    pattern:
      /\b(?:images?|imagery|photos?|photographs?|pictures?|footage|videos?|screenshots?|screen\s+grabs?|video\s+stills?|stills|charts?|maps?|graphs?)\s+(?:of|show|shows|showed|shown|showing|appears?\s+to|appeared\s+to|depict|depicts|depicted|depicting|reveal|reveals|revealed|included|includes|published|released|shared|posted|provided|supplied|circulated|filmed|recorded|presented|taken|obtained|seen|captured|carried|attached|in\s+the)\b/gi,
  },
  {
    // "Security camera footage presented at the hearing shows": the verb a few words on.
    name: 'visual-material',
    // ("The footage captures rows of trolleys": a camera's record.)
    pattern: /\b(?:images?|imagery|photos?|photographs?|pictures?|footage|videos?|screenshots?|charts?)\b(?:\s+[\w'\u2019-]+){0,6}?\s+(?:show|shows|showed|depict|depicts|depicted|reveal|reveals|revealed|captures)\b/gi,
  },
  {
    name: 'visual-material',
    pattern:
      /\b(?:includes?|included|carries|carry|carried|contains?|contained|publishe[sd]|released|shared|attached)\s+(?:[a-z-]+\s+){0,2}(?:images?|imagery|photos?|photographs?|pictures?|footage|screenshots?|video\s+stills?|charts?)\b/gi,
  },
];

/**
 * "Police released CCTV images of a man they want to trace": visual material put out is a
 * release event, not evidence, and so is footage obtained ("The paper had acquired drone footage"),
 * unless the sentence says what it shows (codebook, "Visual
 * material must be the evidence").
 */
export const RELEASE_EVENT =
  /\b(?:release[sd]?|publish(?:es|ed)?|issue[sd]?|distribute[sd]?|puts?\s+out|obtain(?:s|ed)?|acquire[sd]?)\s+(?:[\w-]+\s+){0,3}(?:images?|photos?|photographs?|pictures?|footage|videos?|stills)(?:\s+(?:of|that|which)\b|\s*[,.]|$)|\b(?:images?|photos?|footage|videos?)\s+(?:(?:was|were)\s+)?(?:obtained|released)\s+of\b/i;
/** "painted a bleak picture of": an idiom, no visual material. */
export const PAINTED_PICTURE = /\bpaint(?:s|ed|ing)?\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}picture\b/i;
export const DEPICTION = /\b(?:show|shows|showed|shown|showing|depict\w*|reveal\w*|appears?\s+to|appeared\s+to|captured|seen|visible)\b/i;

/** Small words that may stand inside a name ("Ministry of Infrastructure", "Bank for International Settlements"). */
export const NAME_CONNECTORS = ['of', 'for', 'and', 'on', 'de', 'du', 'der', 'van', 'von', 'la', 'al', 'el', 'es', 'da', 'di', 'del', 'bin', 'ibn', 'le', '&'] as const;

/** A headline that opens with a quotation and names its speaker after a colon: '"We were never consulted": union leader on...'. */
export const HEADLINE_QUOTE: CueRule = { name: 'quoted-headline', pattern: /^["\u201C][^"\u201D]+["\u201D]\s*:\s*/g };

/** Words that end the speaker's phrase in such a headline. */
export const HEADLINE_SPEAKER_ENDS = ['on', 'about', 'over', 'as', 'after', 'in', 'at'] as const;

/** Opening phrases that name a source before the statement ("According to the report, ..."). */
export const LEADING_ATTRIBUTION: readonly CueRule[] = [
  { name: 'according-to', pattern: /\b(?:according\s+to|as\s+per)\s+/gi },
  { name: 'citing', pattern: /\b(?:citing|quoting)\s+/gi },
];

/**
 * The outlet's own disclaimers about visual material ("the images could not be
 * independently verified", "the imagery has not been released"): they are not images.
 */
export const DISCLAIMER_CUES: readonly CueRule[] = [
  {
    name: 'disclaimer',
    pattern:
      /\b(?:(?:could|can|was|were|is|are|has|have|had|did)\s+not|cannot|can't|couldn't|wasn't|weren't|hasn't|haven't|unable\s+to|not\s+(?:been\s+)?(?:able|possible)\s+to)\s+(?:be\s+|been\s+)?(?:immediately\s+|independently\s+|yet\s+)*(?:able\s+to\s+)?(?:be\s+)?(?:verif|confirm|authenticat)\w*/gi,
  },
  { name: 'disclaimer', pattern: /\b(?:has|have|had)\s+not\s+(?:yet\s+)?been\s+(?:released|published|made\s+public|shared)\b/gi },
];

/**
 * "WATCH Russian military knock out tanks", "VIDEO: Floodwaters sweep away a car": a headline that points to its
 * footage or photographs rests on them. Capitals, or a colon after the word, mark the pointer.
 */
export const HEADLINE_MEDIA_MARKER = /^(?:(?:WATCH|VIDEO|PHOTOS|PICTURES|IN PICTURES)(?:\s*[:\-\u2013|]\s*|\s+(?=\p{Lu}))|(?:Watch|Videos?|Photos|Pics|In pictures)(?:,\s*(?:pics|photos|videos?))?\s*:\s*)(?=\S)/u;

/** An article about visual material: satellite images, footage, photographs. */
export const IMAGERY_ARTICLE = /\b(?:satellite|aerial|drone)\s+(?:images?|imagery|photos?|pictures?|footage)\b|\bimagery\b|\bfootage\b/i;

/** Words of time that end a source phrase ("John Mahama on Thursday", "The statement Saturday"). */
export const TIME_WORDS = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'earlier', 'later', 'recently',
] as const;

/** Spans of time that end a source phrase only after "last", "this", "early" or "late" ("Andy Perkins last week"). */
export const TIME_UNITS = ['day', 'week', 'weekend', 'month', 'year', 'night', 'morning', 'afternoon', 'evening'] as const;

/** A headline's source before a colon ("WHO: Reports of...", "Sheriff: Woman set fire"). */
export const HEADLINE_COLON_TAG = /^([^:"\u201C]{2,40}):\s+\S/;

/** A headline's source after its last colon ("...: Report", "...: Cops"). */
export const HEADLINE_TRAILING_TAG = /:\s+([^:]{2,40})$/;

/** A tag after a dash that closes a headline ("Depot hit overnight – officials"): the tag names the source. */
export const HEADLINE_TAG: CueRule = { name: 'headline-tag', pattern: /\s[\u2013\u2014-]{1,2}\s*([^\u2013\u2014]{2,60})$/g };

/** The most words a headline tag has. */
export const HEADLINE_TAG_WORDS = 5;

/** A photograph's credit on a line of its own, agency and photographer: "REUTERS/Brendan McDermid", "Planet/MIIS". */
export const CREDIT_LINE: CueRule = {
  name: 'photo-credit',
  pattern: /^[A-Z][\w&.'\u2019-]*(?:\s[A-Z][\w&.'\u2019-]*){0,3}\s?\/\s?[A-Z][\w&.'\u2019-]*(?:\s+[A-Z][\w&.'\u2019-]*){0,3}$/g,
};

/** An embedded post's signature: a dash, the author's name, their handle in brackets, perhaps the date ("— Food Standards Agency (@foodgov) December 4, 2024"). */
export const POST_SIGNATURE = /[\u2014\u2013]\s*(\p{Lu}[^()\u2014\u2013\n]{1,60}?)\s*\(@\w{1,30}\)(?:\s+\p{Lu}\p{Ll}+\.?\s+\d{1,2},\s+\d{4})?\s*$/u;

/** A photograph's credit, after its caption on the same line: "Photo / Twitter", "File photo / AP", "Image: Getty". */
export const PHOTO_CREDIT = /^(?:File\s+)?(?:[Pp]hotograph|[Pp]hoto|[Pp]icture|[Ii]mage|[Vv]ideo|PHOTO|IMAGE|Credit|CREDIT)s?\s*[/:|]\s*(?:[^.!?\n]|\.(?=\S)){1,60}$/;

/** A photographer's credit after a caption on its line: "Laura Larocca / Danish National Archives". */
export const PHOTOGRAPHER_CREDIT = /^\p{Lu}[\p{L}'\u2019-]+(?:\s\p{Lu}[\p{L}'\u2019.-]*){1,3}\s\/\s\p{Lu}[^.!?\n/]{1,60}$/u;

/** An agency's credit after a caption on its line: "REUTERS/Mike Hutchings/File Photo", "AFP/Getty Images", "AFP PHOTO". */
export const AGENCY_CREDIT = /^\p{Lu}{2,}(?:\s\p{Lu}{2,})?(?:\s?\/\s?[^.!?\n]{1,60}|\s+PHOTOS?)$/u;

/**
 * A line that credits a photograph, or opens as a caption does: "Photo: ...",
 * "(Reuters/Jane Doe)". Captions of the outlet's own photographs are images.
 */
export const CAPTION_CUES: readonly CueRule[] = [
  // The BBC's picture furniture: "Image copyright Cumbria Police Image caption (L-R) ...".
  { name: 'caption', pattern: /^Image\s+(?:copyright|caption)\b/g },
  // "(L-R) Chevonne Benson, William Bowman and ...": who stands where in the picture.
  { name: 'caption', pattern: /\((?:L-R|R-L|l-r|left to right|from left)\)/g },
  // "Mr George Papadopoulos, pictured here with his wife in 2018, was among those pardoned.": a caption's aside.
  { name: 'caption', pattern: /,\s+pictured\b[^,]{0,60},/gi },
  // "Maria Butina's booking photograph.CreditAlexandria Sheriffs Office": a credit glued on, as a web page flattens it.
  { name: 'caption', pattern: /[.)]Credit\s*\p{Lu}/gu },
  // "NYPD patrol car (AFP)", "Dominic Raab (Sky News)", "(Ron T. Ennis | The Fort Worth Star-Telegram)": a short line
  // closed by its picture's credit in brackets.
  { name: 'caption', pattern: /^(?:[^.!?\n]{1,60}\s)?\((?:AFP|AP|Reuters|EPA|PA|Getty(?: Images)?|Sky News|BBC|CNN|Xinhua|[^()|\n]{2,40}\|[^()\n]{2,60})\)$/g },
  { name: 'caption', pattern: /^(?:photo|picture|image|caption|pictured|above|top|left|right)\s*[:\-\u2013]\s*/gi },
  // ("(Maxar Technologies/Handout via REUTERS)." may close with the caption's full stop.)
  { name: 'caption', pattern: /\((?:photo|picture|image)?:?\s*[A-Z][\w .&]*\/[\w .&]+\)\.?\s*$/g },
  // "Image courtesy of MAAP", "Picture from Shutterstock.com.", "Photo by Ana Ruiz": a credit opening the line.
  // "(other photos courtesy of AP)", "(photo of planet courtesy of Gemini Observatory)": a credit line in brackets.
  { name: 'caption', pattern: /^(?:photo|picture|image)s?\s+(?:courtesy|credit|from|by|via)\b|^\((?:[a-z]+\s+){0,2}(?:photo|picture|image)s?\s+(?:of\s+[^()\n]{1,30}?\s+)?courtesy\b[^()\n]{1,60}\)\s*$/gi },
  // "The mayor and, at right, the health commissioner talk...": a caption placing people in the picture.
  // ("they'll say (right) away" is an editor's word in a quotation, not a place in a picture.)
  { name: 'caption', pattern: /,\s+(?:at|far|second\s+from)\s+(?:left|right)\s*,|\(from\s+left\)/gi },
  // "(Reuters Photo)", "(AP Photo/Ana Ruiz)": an agency's photo credit closing the line.
  { name: 'caption', pattern: /\((?:[A-Z][\w.&-]*\s+){1,3}Photo(?:\/[^()\n]{1,40})?\)\s*$/g },
  // "Fires can be made out from the station. Photo / Twitter": a credit closing a caption's line, as New Zealand papers write it.
  { name: 'caption', pattern: new RegExp(`[.!?]\\s+${PHOTO_CREDIT.source.slice(1)}`, 'g') },
  // "... found dead at his Essex home aged 49 Picture: Anthony Devlin/PA Wire": a labelled credit with its agency
  // closing the line, no full stop before it; "... the hospitals board (Film photograph)": what kind of picture it is.
  { name: 'caption', pattern: /\s(?:Picture|Photo|Photograph|Image)s?:\s*\p{Lu}[^.!?\n:]{1,60}\/\s?\p{Lu}[^.!?\n/]{1,40}$/gu },
  { name: 'caption', pattern: /\((?:[\w-]+\s+)?(?:photo|photograph|picture|image)\)\s*$/gi },
  // "... (September 13, 2008 file photo) © REUTERS/David J. Phillip", "... 'persona non grata' Representational Image":
  // a copyright holder closing the line, an archive photograph, a stock picture.
  { name: 'caption', pattern: /\s\u00A9\s*\p{Lu}[^\n]{1,60}$|\([^()\n]{0,40}\bfile photo\)|\bRepresentational (?:image|photo|picture)\s*$/giu },
  // "... arriving at the pier on Thursday.  AFP PHOTO", "... in Kyiv. REUTERS/Gleb Garanich": an agency's credit closing it.
  { name: 'caption', pattern: new RegExp(`[.!?]\\s+${AGENCY_CREDIT.source.slice(1)}`, 'gu') },
  // "(Credit: Paul Virgo/IPS)", "(Image: PA)", "(Photo credit: AFP)": a labelled credit closing the line.
  { name: 'caption', pattern: /\((?:(?:photo|picture|image)(?:\s+credit)?|credit)\s*:\s*[A-Z][^()\n]{0,60}\)\s*$/gi },
  // "... at Lamu Port. [File, Standard]", "[Courtesy]": a credit in square brackets closing the caption's line.
  { name: 'caption', pattern: /\[(?:file|photo|picture|image|courtesy|credit)\b[^\[\]\n]{0,40}\]\s*$/gi },
  // Agency captions of archive photographs: "FILE - A vial is held up by a researcher...". Capitals only.
  { name: 'caption', pattern: /^FILE(?:\s+(?:PHOTO|PICTURE|IMAGE))?\s*[-\u2013\u2014:]\s*/g },
  // Agency captions close on the day the picture was taken, after a comma: "..., in Antakya, Turkey, February 7, 2023."
  // A time stamp ("Updated 5:45 p.m., March 3, 2022") or a byline ("by WorldTribune Staff, February 22, 2018") is no caption.
  {
    name: 'caption',
    // "..., Kramatorsk, Ukraine, Jan. 8, 2023. (Reuters Photo)": the month may be abbreviated, a credit may follow.
    pattern:
      /^(?!(?:[Uu]pdated|[Pp]ublished|[Pp]osted|[Ll]ast\s+updated|[Bb]y)\b)(?![^\n]*\d[:.]\d\d\s*[ap]\.?m)[^\n]*,\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.)\s+\d{1,2},\s+\d{4}\.?(?:\s*\([^()\n]{0,40}\bPhoto\b[^()\n]{0,40}\))?\s*$/g,
  },
  CREDIT_LINE,
];

/**
 * The close of an agency caption, which dates its picture: "... in Monrovia on Aug 24, 2014.", "... in Holcomb, Kan.,
 * in February 2007." (the caption itself is told by its verb in the present: suggest/images.ts, datedScene).
 */
export const CAPTION_DATE_CLOSE =
  /(?:\s(?:on|in)|,)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.?)\s+(?:\d{1,2},\s+)?)(?:19|20)\d\d(?:,\s+in\s+\p{Lu}[^,.]{1,40})?\.$/u;

/** Participles after "is"/"are" that a photograph's caption uses ("is seen", "are pictured"). */
export const CAPTION_PARTICIPLES = ['seen', 'pictured', 'shown', 'photographed', 'displayed'];

/** The most words a caption line without a verb has. */
export const CAPTION_WORDS = 16;

/** What a company "posts" when it reports its results ("posted a loss", "posted record revenue"): not a post of a message. */
export const BUSINESS_FIGURES = [
  'revenue', 'revenues', 'profit', 'profits', 'loss', 'losses', 'sales', 'earnings', 'income', 'gain', 'gains', 'growth',
  'deficit', 'surplus', 'results', 'decline', 'drop', 'rise', 'increase', 'record', 'net', 'operating', 'quarterly',
  'first-quarter', 'second-quarter', 'third-quarter', 'fourth-quarter', 'annual', 'half-year', 'full-year',
] as const;

/** Objects of "tell" and similar that are the publishing outlet or the press, not a relay ("told reporters"). */
export const NOT_RELAYS = ['reporters', 'journalists', 'us', 'me', 'the press', 'this newspaper', 'this paper', 'lawmakers', 'parliament'] as const;

/** The medium written after an outlet's name ("Europe 1 radio", "ABS-CBN television"): part of the name. */
export const MEDIA_NOUNS = ['radio', 'television', 'tv', 'newspaper', 'daily', 'channel', 'network', 'broadcaster', 'magazine', 'website', 'agency', 'paper', 'station'] as const;

/** A sentence that opens with the outlet its speaker told ("In an interview with X,", "Speaking to X,", "In a statement to X,"): a relay. */
export const LEADING_RELAY = /^(?:in\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}interview\s+with|speaking\s+to|talking\s+to|in\s+comments\s+to|in\s+remarks\s+to|in\s+an?\s+(?:[\w-]+\s+)?statement\s+to)\s+/gi;

/**
 * Speech acts that take an infinitive and still report words: threats, vows and pledges
 * ("Iran has threatened to close the strait"), and claims ("claimed to have seen").
 * Other verbs before "to" + infinitive govern an act, not a statement ("agreed to pay").
 */
export const SPEECH_BEFORE_INFINITIVE = ['threaten', 'vow', 'pledge', 'promise', 'swear', 'claim'] as const;

/** Reporting verbs of an outlet that relays someone else's words ("the agency reported", "quoted by"). */
export const RELAY_LEMMAS = ['report', 'quote', 'cite', 'broadcast', 'publish'] as const;

/**
 * How sure a suggestion is, by the rule that made it (0 to 1). Explicit cues are
 * strong; carry-over, hedges and a "none" next to a cue that was set aside are weak,
 * the ones to look at first.
 */
export const SUGGESTION_SCORES = {
  anonymity: 0.95,
  accordingTo: 0.95,
  imagePattern: 0.9,
  speechVerb: 0.85,
  unnamedSubject: 0.8,
  relay: 0.8,
  headlineSpeaker: 0.8,
  perception: 0.75,
  channel: 0.6,
  eventCause: 0.6,
  caption: 0.6,
  headlineTag: 0.7,
  postSignature: 0.85,
  hedge: 0.6,
  carryover: 0.55,
  // Inside a quotation whose speaker another statement names: right for every one of 104 such statements in the
  // real-news sets when this was measured, so no longer weak.
  quotation: 0.8,
  none: 0.8,
  noneBesideCue: 0.5,
  // Right after a statement with a source, in its paragraph: the labellers carried that source over about as often
  // as not (39 of 74 on the held-out set when this was measured), so the analyst should look.
  noneAfterSource: 0.5,
} as const;

/**
 * A sentence that opens with the channel of a message ("In a statement Monday, he
 * encouraged...", "In a post on X, the mayor thanked..."): what its subject does there
 * is said. A weak suggestion: the verb is not one of saying.
 */
export const CHANNEL_OPENING =
  /^(?:in|through)\s+(?:a|an|its|his|her|their|the)\s+(?:[\w-]+\s+){0,2}(?:statement|post|letter|interview|speech|tweet|message|video|address|news\s+conference|press\s+conference|briefing|op-ed|email|memo|filing)\b[^,]{0,40},\s*/i;

/** Suggestions scored below this are weak: shown distinctly, and left out of "Accept strong". */
export const WEAK_SCORE = 0.65;

/**
 * Verbs that close a quoted question or exclamation ('"Why trust them?" Lulz Security
 * had asked.'): what follows the mark is the quotation's attribution, not a new sentence.
 */
export const QUOTE_CLOSING_VERBS = [
  'said', 'says', 'asked', 'asks', 'added', 'adds', 'wrote', 'writes', 'shouted', 'shouts', 'replied', 'replies',
  'demanded', 'demands', 'wondered', 'wonders', 'exclaimed', 'cried', 'told', 'tells', 'insisted', 'insists',
] as const;

/** Quantifiers standing alone for people: "Some said", "Others say", "Many believe". */
export const QUANTIFIER_PEOPLE = ['some', 'others', 'many', 'several', 'most', 'few'] as const;

/** Prepositions that put a channel after a speaker ("in a statement", "during an interview", "via email"). */
export const CHANNEL_PREPOSITIONS = ['in', 'on', 'during', 'through', 'via'] as const;

/** Participles that give what the main clause's subject said (", saying that", ", adding that"). */
export const SAYING_LEMMAS = [
  'say', 'add', 'note', 'warn', 'argue', 'claim', 'insist', 'explain', 'state', 'allege', 'stress',
] as const;

/** States a body is found in ("Police found the woman dead"): a discovery, not a finding. */
export const FOUND_STATES = [
  'dead', 'alive', 'unconscious', 'unresponsive', 'injured', 'wounded', 'safe', 'hanging', 'lying', 'buried',
  'stranded',
] as const;

/**
 * A judge's, a professor's or a police officer's title, written with the name like a rank ("U.S. District Judge Harvey
 * Bartle" gives "Judge Harvey Bartle", "Associate Professor Paul Guy" and "Detective Chief Inspector Sean O'Neil" stay
 * whole), with the grades such a title may have.
 */
export const NAME_TITLES = ['judge', 'justice', 'professor', 'inspector', 'superintendent', 'sergeant', 'constable', 'detective'] as const;
export const TITLE_GRADES = ['associate', 'assistant', 'adjunct', 'emeritus', 'distinguished', 'chief'] as const;

/** Roles a headline gives to the one body or person of the story ("Regulator accuses shipyard", "Judge says"). */
export const ONE_BODY_ROLES = ['judge', 'regulator', 'monitor', 'commander'] as const;

/** What a party seeks from a court: "seek a longer prison term", "sought damages". */
export const COURT_REQUESTS = [
  'sentence', 'term', 'prison', 'jail', 'penalty', 'damages', 'dismissal', 'extradition', 'injunction',
  'compensation', 'acquittal', 'retrial', 'bail', 'conviction', 'fine', 'fines', 'ruling', 'order',
] as const;

/** A page's section before a headline's colon ("Football News:", "The Latest:", "Analysis:"), not a source. */
export const SECTION_WORDS = [
  'news', 'latest', 'update', 'updates', 'live', 'review', 'analysis', 'opinion', 'explainer', 'watch', 'roundup',
  'round-up', 'briefing', 'digest', 'recap', 'breaking', 'exclusive', 'factbox', 'timeline',
  // A page's furniture: "PUBLISHED: 17:40 08 May 2019 | UPDATED: ...", "Note: This story is no longer being updated."
  'published', 'updated', 'posted', 'note', 'correction',
] as const;

/** Counts of people: "The seven opposition candidates", "the two officials". */
export const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozen', 'dozens', 'several', 'many', 'some'] as const;

/** What is published without its content being given: "posted the full text", "reported preliminary results". */
export const PUBLISHED_TEXTS = ['text', 'transcript', 'transcripts', 'version', 'copy', 'copies', 'findings', 'results', 'details', 'list'] as const;

/** Verbs of saying whose past tense is their base form: "the IMF forecast in April". */
export const PAST_AS_BASE = ['forecast', 'broadcast'] as const;

/** Instruments whose record is seen: "satellite data", "radar readings". */
export const INSTRUMENTS = ['satellite', 'radar', 'camera', 'cctv', 'drone', 'telescope', 'sensor', 'webcam', 'bodycam', 'dashcam'] as const;

/** What an instrument records ("satellite data", not "the satellite operator"). */
export const INSTRUMENT_RECORDS = ['data', 'imagery', 'images', 'readings', 'observations', 'measurements', 'footage', 'pictures', 'photos', 'scans', 'records'] as const;

/** Verbs whose "of" gives the charge, not more of the agent: "accused by critics of nepotism". */
export const ACCUSING_LEMMAS = ['accuse', 'suspect', 'blame', 'criticise', 'criticize', 'fault'] as const;

/**
 * A company's reported results, for carry-over in business copy (codebook: Narrative continuation):
 * a results measure with a figure ("Its revenue rose to $3.17 billion", "Adjusted operating profit
 * dropped to $50 million").
 */
export const RESULTS_MEASURE = /\b(?:revenues?|sales|profits?|net\s+income|earnings|ebitda|operating\s+income|net\s+loss|(?:operating|pre-?tax)\s+loss)\b/i;
export const RESULTS_FIGURE = /(?:[$€£¥]\s?\d|\d\s*(?:%|per\s*cent\b|percent\b|cents\b)|\d\s*(?:million|billion)\b)/i;
/**
 * Not the company's account of its results: what analysts expected ("in line with analyst estimates"),
 * the market's reaction ("its stock had gained 27 cents"), and what would follow a deal ("Should the deal be sealed
 * it would be the largest purchase ever made by $160-billion-market-cap Intel, helping it shift away from PC sales").
 */
export const NOT_RESULTS = /\b(?:analysts?|estimates?|expected|expectations?|anticipated|forecasts?|consensus|polled|stock|shares|share\s+price|would)\b/i;

/**
 * A court's ruling goes on in agentless passives after a judge's or court's words (codebook: Narrative
 * continuation in court copy): "Other counts were thrown out", "Prosecutors were ordered to hand over documents".
 */
export const RULING_PASSIVE = /\b(?:was|were|has\s+been|have\s+been)\s+(?:also\s+)?(?:thrown\s+out|dismissed|rejected|upheld|denied|granted|ordered|allowed|struck\s+down|overturned|reinstated|barred|tossed(?:\s+out)?)\b(?!\s+by\b)/i;
export const RULING_SOURCE = /\b(?:judges?|court|justices?|panel|tribunal|magistrate)\b/i;

/** Roles many people hold, so that one described by them alone is unnamed: "Ukrainian official says". */
export const GENERIC_ROLES = ['official', 'source', 'diplomat', 'aide', 'insider', 'staffer', 'officer', 'analyst', 'expert', 'economist', 'lawmaker', 'witness', 'resident', 'employee', 'worker'] as const;

/** Units of a figure: "the 13 percent analysts had expected". */
export const FIGURE_UNITS = ['percent', 'cent', 'cents', 'million', 'billion', 'trillion', 'points', 'dollars', 'pounds', 'euros'] as const;

/** Words that place a caption's scene: "Rescuers at the site in Oslo". */
export const SCENE_PREPOSITIONS = ['in', 'at', 'on', 'near', 'outside', 'inside', 'during'] as const;

/** Words that make a capitalised phrase an organisation's name, not a person's ("Royal Society of Chemistry"). */
export const ORGANISATION_WORDS = [
  'society', 'association', 'council', 'union', 'league', 'institute', 'foundation', 'center', 'centre', 'academy', 'church',
  'college', 'school', 'museum', 'party', 'front', 'movement', 'alliance', 'coalition', 'federation', 'bank', 'fund', 'board',
  'republic', 'kingdom', 'states', 'forces', 'group', 'corps', 'guard', 'house', 'chamber', 'order', 'club', 'network',
] as const;
