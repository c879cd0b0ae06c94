/**
 * Sentence boundaries an analyst would see as a wrong claim: each case pins one rule of the segmenter.
 *
 * Mutants of segment.ts left alive (`npm run mutate -- annotations/segment.ts`, static ones included;
 * line numbers of the file as it is now).
 * Equivalent, no text segments differently:
 * - segment.ts:27 (static) the terminator's `+` dropped: a run of marks is then found at its last mark,
 *   and the word before it ("Inc..", "Dr.?") ends in a mark, so it matches no list and ends the sentence
 *   as before; `$` dropped from its lookahead: a mark at a line's end is never a boundary (below).
 * - segment.ts:33 `previousLineBlank = false` → `true`: the first non-blank line is the headline anyway.
 * - segment.ts:34 `<=` → `<`: the line it skips, at the very end of the text, is empty.
 * - segment.ts:64 `boundary >= line.length` → `false` or `>`: no word follows a mark at the line's end,
 *   so endsSentence says no; the break only saves the call.
 * - segment.ts:74 `start >= end` → `false` or `>`: no piece is blank: each ends with its mark, and the
 *   last starts at the word endsSentence found.
 * - segment.ts:82 `last.end >= lineStart` → `>`: a statement before ends at least a line break before
 *   the line starts, never on its first character.
 * - segment.ts:102 `word === ''` → `false`, or `''` → another string: every later test fails for an
 *   empty word and the sentence ends all the same.
 * - segment.ts:105 `.trim()` dropped: only the first sentence of a line can start with a number (a digit
 *   after a mark continues the sentence), and it starts at the line's first character.
 * - segment.ts:114 the clause's `^` dropped: `[^.!?]*` matches from the rest's first character anyway;
 *   its `''` when nothing matches → another string without a full stop: the speaker test says no all the same.
 * - segment.ts:118 `/\.$/` → `/\./`: the clause ends at its first mark, so a full stop can only be its
 *   last character.
 * - segment.ts:85 (static) the clock time's first `\s*` → `\S*`: a digit after a mark continues the
 *   sentence, so a clock time can only open a line's first piece, which starts on the hour.
 * Not pinned:
 * - segment.ts:91 `next === ''` → `false` (two mutants): the next word is empty only when more than 40
 *   spaces follow a mark inside a line; such a gap then keeps two sentences together, which no article
 *   seen has and which a test should not make a rule of.
 * - segment.ts:94 the bracket test after a closing quotation (`'('` → `''`, and its `$` dropped): a dash
 *   after a quotation is pinned below, but a quotation closed inside a bracket ('."), and more') is not
 *   written in any article seen.
 * - segment.ts:105 `/^\d+$/` → `/\d+$/` or `/^\d+/`: whether a line starting "B2." or "3a." is a list
 *   marker; the codebook says nothing of such labels.
 * - segment.ts:125 `^` dropped, segment.ts:135 `^` or `$` dropped (three mutants): marks inside the word
 *   are stripped too; only a contraction differs ("Acme Inc. It's" reads "its", an opener). Whether
 *   "It's" opens a sentence after an abbreviation is a rule to decide in rules.ts, not to pin here.
 * - segment.ts:96 `$` dropped from the quoted question's marks: it then also holds after a bracket that
 *   closes behind the quotation ('"Why?") Smith asked.'), which no article seen writes.
 * - segment.ts:131 `space === -1` → `false`: the last word of a line loses its last character, which
 *   matters only for an unpunctuated last word after an abbreviation ("Acme Inc. He").
 */
import { describe, expect, it } from 'vitest';
import { segmentArticle } from '../../annotations/segment.ts';

const body = (text: string) => {
  const full = `Headline\n\n${text}`;
  return segmentArticle(full)
    .slice(1)
    .map((s) => full.slice(s.start, s.end));
};

describe('a full stop', () => {
  it('after a number ends the sentence when a new one starts', () => {
    expect(body('The bridge opened in 1987. The council paid for it.')).toEqual(['The bridge opened in 1987.', 'The council paid for it.']);
    expect(body('Costs rose by 12. Nobody knew why.')).toEqual(['Costs rose by 12.', 'Nobody knew why.']);
  });

  it('after a number alone at the start is a list marker', () => {
    expect(body('3. The third finding.')).toEqual(['3. The third finding.']);
    expect(body('Item 3. The third finding.')).toEqual(['Item 3.', 'The third finding.']);
    expect(body('12. The twelfth finding.')).toEqual(['12. The twelfth finding.']);
  });

  it('after a single capital is an initial, even in brackets', () => {
    expect(body('It was signed by J. Smith. He left.')).toEqual(['It was signed by J. Smith.', 'He left.']);
    expect(body('A note (Dr. Osei) was found. It was old.')).toEqual(['A note (Dr. Osei) was found.', 'It was old.']);
    expect(body('A note ("Dr. Osei") was found. It was old.')).toEqual(['A note ("Dr. Osei") was found.', 'It was old.']);
  });

  it('before a lower-case word, a digit or a comma continues the sentence', () => {
    expect(body('Ask Acme Ltd. about it. Then wait.')).toEqual(['Ask Acme Ltd. about it.', 'Then wait.']);
    expect(body('Sales reached no. 5 in the chart. Done.')).toEqual(['Sales reached no. 5 in the chart.', 'Done.']);
    expect(body('See vol. 3; it lists more. Done.')).toEqual(['See vol. 3; it lists more.', 'Done.']);
    expect(body('They met. , she said. Done.')).toEqual(['They met. , she said.', 'Done.']);
  });

  it('after a company abbreviation ends the sentence only before a word that opens one', () => {
    expect(body('He joined Acme Inc. Boston office staff cheered.')).toEqual(['He joined Acme Inc. Boston office staff cheered.']);
    expect(body('He joined Acme Inc. "The pay is good," he said.')).toEqual(['He joined Acme Inc.', '"The pay is good," he said.']);
    // The opening word is read without the quotes and marks around it, however many.
    expect(body('He joined Acme Inc. “‘The pay is good,’ he said,” she wrote.')).toEqual(['He joined Acme Inc.', '“‘The pay is good,’ he said,” she wrote.']);
    expect(body('He asked Acme Inc. “No.” That was all.')).toEqual(['He asked Acme Inc.', '“No.”', 'That was all.']);
  });

  it('in a district attorney\'s title ends no sentence ("Dist. Atty.", "D.A." before a word that opens none)', () => {
    expect(body('The owner sued Los Angeles County Dist. Atty. Steve Cooley on Monday.')).toEqual(['The owner sued Los Angeles County Dist. Atty. Steve Cooley on Monday.']);
    expect(body('Owner Sues D.A. Over Office Search. The suit was filed.')).toEqual(['Owner Sues D.A. Over Office Search.', 'The suit was filed.']);
  });

  it('after a title never ends the sentence', () => {
    expect(body('The report names Gen. Halvorsen as the source. Done.')).toEqual(['The report names Gen. Halvorsen as the source.', 'Done.']);
  });

  it('in a dateline runs on into the story, before an agency in brackets or a dash', () => {
    for (const dateline of ['SALISBURY, N.C. (AP) — A woman was found.', 'MEMPHIS, Tenn. -- An online report said so.', 'MEMPHIS, Tenn. - Police said so.', 'LONDON, Ont. – Police said so.']) {
      expect(body(dateline)).toEqual([dateline]);
    }
    // Only a dash that stands alone: a longer rule after the mark starts a sentence of its own.
    expect(body('They voted. ---- Then more.')).toEqual(['They voted.', '---- Then more.']);
  });

  it('standing alone after a space still ends the sentence', () => {
    expect(body('It ended . Then it rained.')).toEqual(['It ended .', 'Then it rained.']);
  });

  it('at the end of a line ends the line, with nothing left over', () => {
    expect(body('One.\nTwo.')).toEqual(['One.', 'Two.']);
    expect(body('Ends with Inc.')).toEqual(['Ends with Inc.']);
  });
});

describe('other marks', () => {
  it('a question mark, an exclamation mark or an ellipsis ends the sentence even after an abbreviation', () => {
    expect(body('Was it Acme Inc.? Nobody said. Stop! Go… Then more.')).toEqual(['Was it Acme Inc.?', 'Nobody said.', 'Stop!', 'Go…', 'Then more.']);
    expect(body('Is it 5? Yes.')).toEqual(['Is it 5?', 'Yes.']);
  });

  it('an ellipsis standing alone for a cut in a quotation ends the sentence before it, not a statement of its own', () => {
    expect(body('"It was hard. The risk is very small. … We deeply apologise."')).toEqual(['"It was hard.', 'The risk is very small. …', 'We deeply apologise."']);
    expect(body('He said so. ... Then he left.')).toEqual(['He said so. ...', 'Then he left.']);
  });

  it('an ellipsis just inside an opening quotation mark opens the quotation\'s next sentence', () => {
    expect(body('"He loves his fans," a publicist said in a statement. "... However, he will not play."')).toEqual(['"He loves his fans," a publicist said in a statement.', '"... However, he will not play."']);
    expect(body('"\u2026 Nothing more," she said.')).toEqual(['"\u2026 Nothing more," she said.']);
  });

  it('a line of marks alone is no statement', () => {
    expect(body('One.\n\n* * *\n\nTwo.')).toEqual(['One.', 'Two.']);
  });

  it('a dash after a closing quotation runs on; a clock time opens a live blog entry, spaced or not', () => {
    expect(body('He shouted "Stop." — and then he ran.')).toEqual(['He shouted "Stop." — and then he ran.']);
    expect(body('5:45p.m. The first man was sentenced.')).toEqual(['5:45p.m. The first man was sentenced.']);
  });

  it('a mark inside a word is no boundary', () => {
    expect(body('Visit example.com today. Then call.')).toEqual(['Visit example.com today.', 'Then call.']);
  });

  it('a closing bracket after the mark stays with its sentence', () => {
    expect(body('He agreed (reluctantly.) Then he left.')).toEqual(['He agreed (reluctantly.)', 'Then he left.']);
  });
});

describe('roles', () => {
  it('only the line right under the headline is a standfirst', () => {
    const roles = (text: string) => segmentArticle(text).map((s) => s.role);
    expect(roles('Head\nStand\nBody one.\n\nBody two.')).toEqual(['headline', 'standfirst', 'body', 'body']);
    expect(roles('\n\nHead\nStand')).toEqual(['headline', 'standfirst']);
    expect(roles('Head\n  \nBody')).toEqual(['headline', 'body']);
  });
});
