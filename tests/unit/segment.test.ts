import { describe, expect, it } from 'vitest';
import { segmentArticle } from '../../annotations/segment.ts';
import { normalizeArticleText } from '../../annotations/text.ts';

const sentences = (text: string) => segmentArticle(text).map((s) => text.slice(s.start, s.end));

describe('segmentArticle', () => {
  it('treats the headline and standfirst as statements of their own', () => {
    const text = 'Panel accuses fleet of fishing illegally\nSatellite images show ships in closed zone\n\nThe panel said so. It was clear.';
    const segments = segmentArticle(text);
    expect(segments.map((s) => s.role)).toEqual(['headline', 'standfirst', 'body', 'body']);
    expect(sentences(text)).toEqual([
      'Panel accuses fleet of fishing illegally',
      'Satellite images show ships in closed zone',
      'The panel said so.',
      'It was clear.',
    ]);
  });

  it('reads a line of more than two sentences under the headline as the first paragraph, not a standfirst', () => {
    expect(segmentArticle('Heat record broken\nLytton hit a record on Tuesday. "It is extreme," said Ann Lee. "We are rivalling deserts."\nMore follows.').map((s) => s.role)).toEqual(['headline', 'body', 'body', 'body', 'body']);
    expect(segmentArticle('Heat record broken\nLytton hit a record on Tuesday. Records fell.\nMore follows.').map((s) => s.role)).toEqual(['headline', 'standfirst', 'standfirst', 'body']);
  });

  it('has no standfirst when a blank line follows the headline', () => {
    expect(segmentArticle('Headline here\n\nFirst line of body.').map((s) => s.role)).toEqual(['headline', 'body']);
  });

  it('does not split at titles and abbreviations', () => {
    const text = 'x\n\nDr. Amara Osei met Lt. Col. Pieter Vance and Mr. J. K. Smith at St. Mary\'s at 4 a.m. local time. Halden Marine Ltd., the owner, said nothing. It shares data with the U.N. Food and Agriculture Organization. Next one.';
    expect(sentences(text).slice(1)).toEqual([
      "Dr. Amara Osei met Lt. Col. Pieter Vance and Mr. J. K. Smith at St. Mary's at 4 a.m. local time.",
      'Halden Marine Ltd., the owner, said nothing.',
      'It shares data with the U.N. Food and Agriculture Organization.',
      'Next one.',
    ]);
  });

  it('ends a sentence at an abbreviation when a new sentence plainly starts', () => {
    expect(sentences('x\n\nShe works for Acme Inc. The company denied it. He moved to the U.S. He stayed.').slice(1)).toEqual([
      'She works for Acme Inc.',
      'The company denied it.',
      'He moved to the U.S.',
      'He stayed.',
    ]);
  });

  it('keeps a live blog\'s time stamp with the entry it opens', () => {
    const text = 'x\n\n6:30 p.m. A top prosecutor says the case is closed.\n\n11 a.m. The court opens. The vote closed at 8 p.m. The count began.';
    expect(sentences(text).slice(1)).toEqual([
      '6:30 p.m. A top prosecutor says the case is closed.',
      '11 a.m. The court opens.',
      'The vote closed at 8 p.m.',
      'The count began.',
    ]);
  });

  it('reads "No.", "Art." and "Fig." as abbreviations only before a figure', () => {
    const text = 'x\n\nThe council voted no. Brown said so. Item No. 5 and Art. 12 passed, as Fig. 3 shows. It hung as modern art. The museum agreed.';
    expect(sentences(text).slice(1)).toEqual([
      'The council voted no.',
      'Brown said so.',
      'Item No. 5 and Art. 12 passed, as Fig. 3 shows.',
      'It hung as modern art.',
      'The museum agreed.',
    ]);
  });

  it('keeps a quotation that ends inside its marks with its sentence', () => {
    const text = 'x\n\nShe said the evidence was "overwhelming." The panel agreed. "Stop!" he shouted. “Why?” she asked. Fine.';
    expect(sentences(text).slice(1)).toEqual([
      'She said the evidence was "overwhelming."',
      'The panel agreed.',
      '"Stop!" he shouted.',
      '“Why?” she asked.',
      'Fine.',
    ]);
  });

  it('keeps a quoted question with its speaker only when a short clause ends in a verb of saying with a full stop', () => {
    const text =
      'x\n\n"Why?" Acting Chief of the Board asked. "How?" The Acting Chief of the Board of the Port of the City asked. "When?" Who asked? Nobody. He left. Nobody asked.';
    expect(sentences(text).slice(1)).toEqual([
      '"Why?" Acting Chief of the Board asked.',
      '"How?"',
      'The Acting Chief of the Board of the Port of the City asked.',
      '"When?"',
      'Who asked?',
      'Nobody.',
      'He left.',
      'Nobody asked.',
    ]);
    // Words are counted across runs of spaces, and a line may end without a mark after the speaker.
    expect(sentences('x\n\n"Why?" Acting Chief of the  Board asked. Then "How?" Smith asked').slice(1)).toEqual([
      '"Why?" Acting Chief of the  Board asked.',
      'Then "How?"',
      'Smith asked',
    ]);
  });

  it('keeps a quoted question with a named speaker after it, and splits when a new sentence follows', () => {
    const text = 'x\n\n"Why trust them?" Lulz Security had asked. Then the site fell. "Is it over?" Officials think so. "Done!" The crowd left.';
    expect(sentences(text).slice(1)).toEqual([
      '"Why trust them?" Lulz Security had asked.',
      'Then the site fell.',
      '"Is it over?"',
      'Officials think so.',
      '"Done!"',
      'The crowd left.',
    ]);
  });

  it('does not split numbers, dashes or ellipses that continue', () => {
    const text = 'x\n\nShares fell 3.1% to $4.20 — the lowest since 2019... and kept falling. Version 2.0 shipped.';
    expect(sentences(text).slice(1)).toEqual(['Shares fell 3.1% to $4.20 — the lowest since 2019... and kept falling.', 'Version 2.0 shipped.']);
  });

  it('keeps each list item whole, its number included', () => {
    const text = 'x\n\nThe report lists:\n1. Ships switched off trackers.\n2. Logbooks were altered.\n- Fuel was paid in cash.';
    expect(sentences(text).slice(1)).toEqual(['The report lists:', '1. Ships switched off trackers.', '2. Logbooks were altered.', '- Fuel was paid in cash.']);
  });

  it('gives exact offsets whatever the line endings and characters', () => {
    const raw = '\uFEFFHeadline 🐟 with émojis\r\nStandfirst line\r\n\r\nFirst — sentence 👍🏽 here. Second one?\rThird!';
    const text = normalizeArticleText(raw);
    for (const segment of segmentArticle(text)) {
      const slice = text.slice(segment.start, segment.end);
      expect(slice).toBe(slice.trim());
      expect(slice.length).toBeGreaterThan(0);
    }
    expect(sentences(text)).toEqual(['Headline 🐟 with émojis', 'Standfirst line', 'First — sentence 👍🏽 here.', 'Second one?', 'Third!']);
  });

  it('splits a wire credit in brackets from the quotation it follows, but not a dateline from its sentence', () => {
    expect(sentences('"It is nonsense." (Reporting by Ann Lee; Editing by Tom Hale)')).toEqual(['"It is nonsense."', '(Reporting by Ann Lee; Editing by Tom Hale)']);
    expect(sentences('SALISBURY, N.C. (AP) — A woman was held.')).toEqual(['SALISBURY, N.C. (AP) — A woman was held.']);
  });

  it('keeps a dateline written with full stops with its sentence, and splits an all-capital sentence that is no dateline', () => {
    expect(sentences('SAN FRANCISCO. July 27. KAZINFORM Social networking site Twitter apologized. It blamed a fault.')).toEqual([
      'SAN FRANCISCO. July 27. KAZINFORM Social networking site Twitter apologized.',
      'It blamed a fault.',
    ]);
    expect(sentences('The vote was close. NATO said so.')).toEqual(['The vote was close.', 'NATO said so.']);
    expect(sentences('GENEVA.  September 27. AKIPRESS The talks ended.')).toEqual(['GENEVA.  September 27. AKIPRESS The talks ended.']);
    // Only at the line's start, only with full stops, and only when the capitals are all there is before the stop.
    expect(sentences('The vote was close. NATO ALLIES. They met.')).toEqual(['The vote was close.', 'NATO ALLIES.', 'They met.']);
    expect(sentences('STOP? The court said no.')).toEqual(['STOP?', 'The court said no.']);
    expect(sentences('Officials met in the USA. They agreed.')).toEqual(['Officials met in the USA.', 'They agreed.']);
  });

  it('keeps a photograph\'s credit with its caption: "[File, Standard]", "Credit: Ivan Cholakov/Shutterstock.com"', () => {
    expect(sentences('Food being unloaded at Lamu Port. [File, Standard]\nRefugees are going hungry.')).toEqual(['Food being unloaded at Lamu Port. [File, Standard]', 'Refugees are going hungry.']);
    expect(sentences('Picture of the Pentagon. Credit: Ivan Cholakov/Shutterstock.com')).toEqual(['Picture of the Pentagon. Credit: Ivan Cholakov/Shutterstock.com']);
    expect(sentences('The vote was close. Credit goes to the volunteers who counted.')).toEqual(['The vote was close.', 'Credit goes to the volunteers who counted.']);
    expect(sentences('The DPC is the lead regulator in the EU. Photograph: AFP via Getty')).toEqual(['The DPC is the lead regulator in the EU. Photograph: AFP via Getty']);
    expect(sentences('Cracks show in the dried-out dam, November 14, 2019. REUTERS/Mike Hutchings/File Photo')).toEqual([
      'Cracks show in the dried-out dam, November 14, 2019. REUTERS/Mike Hutchings/File Photo',
    ]);
    expect(sentences('The vote was close. NATO/OTAN said so. It ended.')).toEqual(['The vote was close.', 'NATO/OTAN said so.', 'It ended.']);
    // A bracket that is all the rest of the line, not one that ends or opens a sentence.
    expect(sentences('The vote was close. It ended [late]')).toEqual(['The vote was close.', 'It ended [late]']);
    expect(sentences('Food at the port. [File] Refugees are hungry.')).toEqual(['Food at the port.', '[File] Refugees are hungry.']);
  });

  it('keeps initials written together with the name after them, but ends a sentence at "U.S."', () => {
    expect(sentences('Drug Controller V.G. Somani announced it. He moved to the U.S. The move was hard.')).toEqual([
      'Drug Controller V.G. Somani announced it.',
      'He moved to the U.S.',
      'The move was hard.',
    ]);
  });

  it('ends a sentence before a count that opens the next ("this week. 146 people died."), not after an abbreviation', () => {
    expect(sentences('The government said this week. 146 people died.')).toEqual(['The government said this week.', '146 people died.']);
    expect(sentences('It was said on Tuesday. 146 people died. Was it over? 20 more died.')).toEqual(['It was said on Tuesday.', '146 people died.', 'Was it over?', '20 more died.']);
    for (const kept of ['He lives at No. 10 Downing Street.', 'It has approx. 30 rooms.', 'It lists incl. 20 children.', 'It opened Sept. 12 this year.', 'He thanked Prof. 3 times.', 'The plan costs 20. 30 more.', 'It rose in May. 146 People died.']) {
      // (After a figure, a short word or before a capital, the full stop is not taken for a sentence's end.)
      expect(sentences(kept)).toHaveLength(1);
    }
    expect(sentences('Cases rose in covid19. 146 people died.')).toHaveLength(1);
  });

  it('keeps a quoted question with the attribution after it, a short tail allowed: \'...mistakes?" X said in a statement.\'', () => {
    expect(sentences('\u201CHow many more lives must be lost?\u201D Greenpeace Brazil director Nilo Avila said in a statement. It ended.')).toEqual([
      '\u201CHow many more lives must be lost?\u201D Greenpeace Brazil director Nilo Avila said in a statement.',
      'It ended.',
    ]);
    expect(sentences('\u201CWho did this?\u201D Police were searching the area for hours and found nothing. It ended.')).toHaveLength(3);
    // The verb of saying with a tail of four words at most ("said in a statement Monday."), the clause twelve words.
    expect(sentences('\u201CWhy?\u201D Police said in a statement Monday. It ended.')).toHaveLength(2);
    expect(sentences('\u201CWhy?\u201D Police said in a short statement on Monday night. It ended.')).toHaveLength(3);
    expect(sentences('\u201CWhy?\u201D The chief of the board of the port asked the mayor. It ended.')).toHaveLength(2);
    expect(sentences('\u201CWhy?\u201D The acting chief of the board of the port asked the mayor. It ended.')).toHaveLength(2);
  });

  it('keeps a photographer\'s credit with the caption before it: "... in 1948. Laura Larocca / Danish National Archives"', () => {
    expect(sentences('A photo of a glacier taken by a Danish pilot in 1948. Laura Larocca / Danish National Archives')).toHaveLength(1);
  });

  it('returns nothing for blank text', () => {
    expect(segmentArticle('  \n\n \t')).toEqual([]);
  });
});
