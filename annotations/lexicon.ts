/**
 * The verbs and words of attribution, as lemmas (dictionary forms). The NLP library
 * (see nlp.ts) reduces every form in the text to its lemma, so "has said", "tells",
 * "are telling" and "tweeted" all meet "say", "tell" and "tweet" here: no inflected
 * forms are listed. Lower case.
 */

/**
 * Reporting verbs: whoever is their subject in the main clause vouches for the
 * statement (ANNOTATION-GUIDE.md, "Any form of a reporting verb counts", "Speech acts
 * and attitudes count").
 */
export const REPORTING_LEMMAS = [
  // saying and telling
  'say', 'tell', 'state', 'add', 'note', 'remark', 'comment', 'mention', 'explain', 'describe', 'recount', 'relate',
  'recall', 'reply', 'respond', 'answer', 'counter', 'retort', 'rebut', 'repeat', 'reiterate', 'restate', 'stress',
  'emphasise', 'emphasize', 'underline', 'underscore', 'highlight', 'point', 'observe', 'declare', 'proclaim',
  'pronounce', 'announce', 'disclose', 'reveal', 'divulge', 'confide', 'brief', 'inform', 'notify', 'advise',
  'testify', 'depose', 'swear', 'attest', 'certify', 'affirm', 'reaffirm', 'assert', 'aver', 'contend', 'maintain',
  'insist', 'argue', 'reason', 'claim', 'allege', 'accuse', 'blame', 'fault', 'criticise', 'criticize',
  'condemn', 'denounce', 'decry', 'slam', 'lambast', 'blast', 'castigate', 'berate', 'chide', 'excoriate', 'rap', 'endorse', 'deplore', 'protest', 'complain', 'object', 'lament',
  'deny', 'dispute', 'reject', 'refute', 'dismiss', 'contradict', 'challenge', 'question', 'doubt', 'acknowledge',
  'admit', 'concede', 'confess', 'grant', 'confirm', 'verify', 'corroborate', 'validate', 'report', 'write', 'tweet',
  'post', 'blog', 'quote', 'paraphrase', 'cite', 'estimate', 'calculate', 'reckon', 'project', 'forecast', 'predict',
  'expect', 'anticipate', 'warn', 'caution', 'threaten', 'vow', 'pledge', 'promise', 'guarantee', 'assure',
  'reassure', 'urge', 'call', 'demand', 'request', 'seek', 'appeal', 'plead', 'implore', 'propose', 'suggest',
  'recommend', 'advocate', 'welcome', 'praise', 'hail', 'applaud', 'commend', 'thank', 'congratulate', 'conclude',
  'find', 'determine', 'establish', 'assess', 'judge', 'rule', 'decide', 'hold', 'indicate', 'signal', 'hint', 'imply',
  'acknowledge', 'concur', 'agree', 'believe', 'think', 'feel', 'fear', 'worry', 'hope', 'suspect', 'assume',
  'presume', 'consider', 'regard', 'view', 'see', 'tout', 'boast', 'brag', 'joke', 'quip', 'muse', 'speculate',
  'wonder', 'predict', 'whisper', 'shout', 'yell', 'scream', 'cry', 'exclaim', 'mutter', 'murmur', 'sigh', 'chant',
  'broadcast', 'specify', 'concur', 'insinuate', 'contest', 'rebuke', 'reprimand', 'scold', 'remind', 'reveal',
  'clarify', 'elaborate', 'detail', 'outline', 'summarise', 'summarize', 'characterise', 'characterize', 'label',
  'brand', 'dub', 'term', 'portray', 'depict', 'present', 'link', 'tie', 'attribute', 'credit',
  'speak', 'talk', 'discuss', 'address', 'acknowledge', 'volunteer', 'offer', 'submit', 'plead', 'demur',
  // requests and stances: "asks for leniency", "had openly expressed interest"
  'ask', 'express', 'voice',
  // "Waitrose has apologised to its shoppers": an apology speaks for the one who makes it (real labellers, 6 of 6)
  'apologise', 'apologize',
] as const;

/**
 * Putting out a message, which attributes what follows when a verb of saying does
 * ("issued a statement condemning", "put out a statement Wednesday saying"); alone
 * ("issued its first report") it is a publication event, which asserts nothing.
 */
export const MESSAGE_VERB_LEMMAS = ['issue', 'release', 'put', 'publish', 'send', 'post', 'make', 'give', 'deliver', 'circulate'] as const;

/** The messages such verbs put out. */
export const MESSAGE_NOUNS = [
  'statement', 'letter', 'note', 'memo', 'notice', 'message', 'release', 'post', 'tweet', 'warning', 'appeal', 'apology',
  'denial', 'response', 'reply', 'update', 'announcement', 'communique', 'communiqué', 'bulletin', 'declaration',
  'ultimatum', 'plea', 'rebuttal', 'clarification', 'video', 'speech', 'address', 'remarks', 'directive',
  // "released figures showing a loss": material whose content a verb then gives.
  'figures', 'data', 'results', 'report', 'study', 'survey', 'poll', 'document', 'documents', 'filing', 'analysis', 'estimates',
  'evidence', 'findings',
] as const;

/**
 * Verbs of saying that may stand before their subject after a comma ("..., said Ana
 * Ruiz", "..., added the minister"). Other verbs there have their object after them.
 */
export const INVERSION_LEMMAS = [
  'say', 'add', 'tell', 'write', 'note', 'explain', 'report', 'state', 'recall', 'warn', 'claim', 'insist', 'argue',
  'announce', 'confirm', 'conclude', 'continue', 'ask', 'reply', 'respond', 'admit', 'acknowledge', 'observe', 'declare',
  'tweet', 'post', 'allege', 'estimate', 'predict', 'suggest', 'stress', 'remark', 'comment', 'caution',
] as const;

/** Views held, written with an adjective after "be", whose complement is the claim: "was adamant (that)", "is concerned (that)". */
export const ATTITUDE_ADJECTIVES = ['adamant', 'convinced', 'confident', 'concerned', 'worried', 'certain', 'insistent', 'sure', 'optimistic', 'hopeful'] as const;

/** Perception that, in the passive with an agent ("first spotted by a pilot"), makes the agent a witness and source. */
export const PASSIVE_PERCEPTION_LEMMAS = ['see', 'spot', 'detect', 'observe', 'notice', 'witness'] as const;

/**
 * Reporting verbs whose passive agent does not vouch for the statement: "was questioned
 * by police", "was held by", "was found by hikers" (a discovery), "was called by".
 */
export const NOT_PASSIVE_AGENT_LEMMAS = [
  'question', 'challenge', 'hold', 'present', 'offer', 'submit', 'credit', 'link', 'tie', 'call', 'grant', 'find',
  'address', 'speak', 'talk', 'discuss', 'brief', 'inform', 'notify', 'advise', 'remind', 'thank', 'view', 'regard',
  'consider', 'judge', 'rule', 'decide', 'set', 'lay', 'put', 'point', 'see', 'welcome', 'quote', 'cite', 'tell',
  // "The videos, which were posted by a rights group": put out, a publication event (codebook), not vouched for.
  'post', 'publish', 'share', 'upload', 'release', 'circulate',
] as const;

/**
 * Verbs that present a document's or a dataset's content ("the report details / lays
 * out / documents / confirms X"): a document as their subject is a named source.
 */
export const CONTENT_LEMMAS = [
  'show', 'find', 'conclude', 'detail', 'document', 'lay', 'set', 'list', 'record', 'chronicle', 'catalogue',
  'catalog', 'confirm', 'reveal', 'indicate', 'suggest', 'demonstrate', 'establish', 'estimate', 'describe', 'say',
  'state', 'note', 'outline', 'allege', 'accuse', 'claim', 'cite', 'identify', 'highlight', 'put', 'point', 'warn',
  'argue', 'recommend', 'report', 'project', 'predict', 'forecast', 'calculate', 'count', 'tally', 'put', 'link',
  'tie', 'attribute', 'discover',
] as const;

/** Of these, the verbs whose subject is evidence rather than a speaker ("The data show"): a bare "it shows" does not attribute. */
export const EVIDENCE_LEMMAS = ['show', 'find', 'conclude', 'demonstrate', 'indicate', 'suggest'] as const;

/**
 * Verbs that only attribute when a particle follows ("lays out", "sets out",
 * "points out"): alone they say nothing about a source ("the army set fire").
 * A Map, not an object: every word's lemma is looked up, "constructor" among them.
 */
export const PARTICLE_LEMMAS: ReadonlyMap<string, readonly string[]> = new Map([
  ['lay', ['out']],
  ['set', ['out', 'forth']],
  ['point', ['out', 'to']],
  ['put', ['forward', 'out', 'it']],
  ['call', ['for', 'on']],
  ['hold', ['that']],
  ['play', ['down']],
  // "brushed aside the report", "brushed off the claims": a dismissal in words.
  ['brush', ['aside', 'off']],
]);

/**
 * Perception and recording: with an instrument or visual material in the sentence
 * ("Satellites detected trucks", "tents were seen, the imaging company said",
 * "craters are visible in the pictures") the statement rests on images.
 */
export const PERCEPTION_LEMMAS = [
  'see', 'detect', 'spot', 'observe', 'show', 'capture', 'film', 'record', 'photograph', 'picture', 'image', 'depict',
  'reveal', 'visible', 'locate', 'map', 'track', 'monitor', 'survey', 'appear', 'geolocate', 'verify',
  'count', 'catch',
] as const;

/** People in a story's events, described rather than named ("a mother", "a grieving grandfather"): antecedents of "she" or "the grandfather". */
export const STORY_PERSON_LEMMAS = [
  'man', 'woman', 'mother', 'father', 'grandfather', 'grandmother', 'son', 'daughter', 'husband', 'wife', 'girl', 'boy',
  'child', 'nephew', 'niece', 'aunt', 'uncle', 'brother', 'sister', 'homeowner', 'friend', 'bystander',
] as const;

/**
 * Groups that, as a bare plural, are unnamed ("rights groups reported"); "the group" is a
 * short reference. "Authorities" is not among them: it stands for the state's
 * institutions taken together, which the codebook names ("police", "the government").
 */
export const GROUP_LEMMAS = ['group', 'team', 'family', 'organisation', 'organization'] as const;

/**
 * Offices written before a name ("Treasury Secretary Janet Yellen"): a job description,
 * left out of the source span (codebook, "Source spans"). Ranks and honorifics stay.
 */
export const OFFICE_TITLES = [
  'secretary', 'general', 'secretary-general', 'president', 'minister', 'director', 'chief', 'governor', 'senator', 'chairman', 'chairwoman', 'chair',
  'ceo', 'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'mayor', 'premier', 'chancellor', 'commissioner',
  'administrator', 'head', 'leader', 'founder', 'executive', 'analyst', 'researcher', 'professor', 'candidate', 'sheriff',
  'officer',
] as const;

/** Words of appearance: after an image statement, a sentence with one goes on describing what the image shows. */
export const APPEARANCE_LEMMAS = ['appear', 'apparent', 'visible', 'seem', 'see', 'show', 'appearing'] as const;

/**
 * Offices that are also a form of address: written alone before a name ("Mayor Tito Brown",
 * "President Mnangagwa", "General Dan Caine") they are the title the name is written with, kept like a rank;
 * after a qualifier ("Youngstown Mayor Tito Brown") the whole is a job description.
 */
export const ADDRESS_TITLES = ['president', 'governor', 'senator', 'mayor', 'premier', 'chancellor', 'ambassador', 'commissioner', 'general', 'sheriff', 'officer'] as const;

/** Instruments and visual material (as lemmas): their presence turns perception into an image. */
export const VISUAL_LEMMAS = [
  'satellite', 'imagery', 'image', 'imaging', 'photo', 'photograph', 'picture', 'footage', 'video', 'camera', 'cctv',
  'drone', 'screenshot', 'snapshot', 'clip', 'livestream', 'webcam', 'bodycam', 'dashcam', 'radar', 'sensor',
  'telescope', 'lens', 'chart', 'map', 'graphic', 'infrared', 'thermal',
] as const;

/**
 * Words that hedge a statement without naming a source ("reportedly", "allegedly",
 * "is said to"): the statement is unnamed and the hedge word is its source span.
 */
export const HEDGE_WORDS = ['reportedly', 'allegedly', 'purportedly', 'supposedly', 'ostensibly', 'rumoured', 'rumored'] as const;

/** "is said to", "are believed to", "it has been reported that": a passive reporting verb with no agent hedges a statement too. */
export const HEDGE_PASSIVE_LEMMAS = [
  'say', 'believe', 'report', 'think', 'understand', 'know', 'allege', 'rumour', 'rumor', 'fear', 'estimate',
  'consider', 'claim',
] as const;

/**
 * Plural or indefinite people the article does not name: "analysts", "prosecutors",
 * "a senior diplomat" are unnamed sources (codebook, "Institution or group").
 * Lemmas: the plural forms come from the library. Without a determiner, plural groups
 * ("authorities", "rights groups") are unnamed too; "the group" stays a short reference.
 */
export const PERSON_LEMMAS = [
  'official', 'source', 'member', 'diplomat', 'person', 'people', 'officer', 'employee', 'worker',
  'insider', 'aide', 'staffer', 'witness', 'resident', 'executive', 'analyst', 'adviser', 'advisor',
  'negotiator', 'lawmaker', 'legislator', 'neighbour', 'neighbor', 'colleague', 'classmate', 'teammate', 'manager', 'engineer', 'scientist',
  'researcher', 'expert', 'specialist', 'economist', 'doctor', 'physician', 'nurse', 'medic', 'paramedic', 'surgeon',
  'soldier', 'troop', 'commander', 'fighter', 'rebel', 'militant', 'insurgent', 'agent', 'individual', 'contractor',
  'regulator', 'minister', 'crew', 'prosecutor', 'lawyer', 'attorney', 'barrister', 'solicitor', 'judge', 'juror', 'editor', 'journalist',
  'reporter', 'activist', 'campaigner', 'protester', 'protestor', 'demonstrator', 'critic', 'observer', 'monitor',
  'trader', 'banker', 'investor', 'dealer', 'broker', 'farmer', 'fisherman', 'fishermen', 'villager', 'local',
  'passenger', 'survivor', 'relative', 'victim', 'parent', 'teacher', 'student', 'voter', 'supporter', 'opponent',
  'leader', 'senator', 'investigator', 'inspector', 'delegate', 'envoy', 'ambassador', 'representative', 'operator',
  'pilot', 'driver', 'guard', 'personnel', 'volunteer', 'rescuer', 'firefighter', 'candidate',
  'participant', 'respondent', 'patient', 'consumer', 'customer', 'user', 'owner', 'shopkeeper', 'merchant',
  'historian', 'academic', 'professor', 'epidemiologist', 'virologist', 'climatologist', 'meteorologist',
  'forecaster', 'strategist', 'consultant', 'planner', 'mediator', 'organiser', 'organizer', 'cop', 'deputy', 'chemist',
  'boss', 'author', 'hacker', 'employer', 'paleontologist', 'biologist', 'physicist', 'geologist', 'psychologist', 'sociologist',
] as const;
