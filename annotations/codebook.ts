/**
 * The codebook the app carries (Help → Codebook): how an analyst records a
 * statement, in Claimbench's own words. It follows the team's annotation guide
 * and the rules in rules.ts; it ships with the app, so it reads the same on a
 * machine that has nothing but a clone.
 */
export interface CodebookSection {
  heading: string;
  paragraphs?: readonly string[];
  /** A term and what it means, or a rule of thumb. */
  items?: readonly { term: string; text: string }[];
}

export const CODEBOOK: readonly CodebookSection[] = [
  {
    heading: 'Statements',
    paragraphs: [
      'A statement (claim) asserts something that can be checked. By default each sentence is one, and so are the headline and the standfirst under it.',
      'Split a sentence that makes two claims (/ at the cursor), merge two that make one (+), or draw a claim from any selected words (N). Each claim is held by its position and its exact words, so a corrected article finds it again; one that cannot be found is marked Orphaned, never moved to other words.',
    ],
  },
  {
    heading: 'Attribution: who vouches for the statement, as the article tells it',
    paragraphs: ['Choose one kind. When more than one fits, the earlier in this list wins: report image, unnamed source, named source, no attribution.'],
    items: [
      { term: 'Report image', text: 'The statement rests on what can be seen: photographs, satellite pictures, video stills, screenshots, charts in a report, or the outlet’s own captioned photo. Footage must be the evidence, not just the topic.' },
      { term: 'Unnamed source', text: 'A person or group the article does not name: “officials”, “a senior diplomat”, “people familiar with the talks”, “residents”, “analysts”; also a bare hedge such as “reportedly” or “allegedly”.' },
      { term: 'Named source', text: 'A named person, or an organisation, government, agency, company, court or document (“the ministry”, “police”, “the report”), including a later short reference to one (“it”, “they”, “the team”).' },
      { term: 'No attribution', text: 'The outlet’s own reporting, background and context, its disclaimers (“the images could not be verified”), and its own inferences after a sourced sentence.' },
    ],
  },
  {
    heading: 'Sources and relays',
    items: [
      { term: 'Source phrase', text: 'For named and unnamed sources, mark the words that name or describe the source, as the text writes them (“Dr. Amara Osei”, “an unnamed team member”), without a job title in front. Select them and press S.' },
      { term: 'Via', text: 'When one party relays another (“officials told Radio Nord”, “citing a team member, the report said”), the kind is that of the original source and the carrier is recorded as via. The publishing outlet itself is not a relay.' },
      { term: 'Carry-over', text: 'A sentence without a cue of its own that continues the previous sentence’s account takes its attribution; so does a sentence bound to the next one’s cue (a quotation over two sentences).' },
      { term: 'Two sources in one sentence', text: 'The order of precedence decides for the whole sentence; split it if the claims should be judged apart.' },
      { term: 'Headlines', text: '“X accuses Y of …” is attributed to X; a tag such as “– officials” is an unnamed source; a quoted headline with no speaker has no attribution.' },
    ],
  },
  {
    heading: 'Confidence',
    paragraphs: ['How sure you are that the statement is supported as attributed: Low, Medium or High (L, M, H). It is your judgement alone; suggestions never set it.'],
  },
  {
    heading: 'Verdict',
    paragraphs: [
      'Your finding about the statement, on your team’s scale (File → Settings; each verdict has its key). Only claims with a verdict go into a ClaimReview export.',
    ],
  },
  {
    heading: 'Status: suggested and decided',
    items: [
      { term: 'Suggested', text: 'Made by the rules and not yet looked at: shown dashed, and counted apart in every report. Enter accepts a suggestion and moves on.' },
      { term: 'Tagged', text: 'An analyst set or confirmed it. Tagged and reviewed claims are the decided ones (“n of N decided”).' },
      { term: 'Reviewed', text: 'Settled in a team review.' },
    ],
  },
];
