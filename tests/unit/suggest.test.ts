import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../annotations/extract.ts';
import { GoldFile, scoreAgainstGold } from '../../annotations/gold.ts';
import { normalizeArticleText } from '../../annotations/text.ts';

function suggestionsFor(body: string) {
  const text = `Headline\n\n${body}`;
  return extractStatements(text).slice(1).map((s) => ({
    kind: s.suggestion.attribution,
    source: s.suggestion.source?.text,
    via: s.suggestion.via?.text,
    carryover: s.suggestion.carryover ?? false,
    cues: s.suggestion.cues.map((c) => c.text),
  }));
}

describe('attribution suggestions follow the codebook', () => {
  it('names the source of a plain attribution', () => {
    expect(suggestionsFor('The 11 countries said the ships broke the rules.')[0]).toMatchObject({ kind: 'named', source: 'The 11 countries', cues: ['said'] });
    expect(suggestionsFor('According to the report, the vessels landed fish.')[0]).toMatchObject({ kind: 'named', source: 'the report' });
  });

  it('records a relayed unnamed source with its carrier as via', () => {
    expect(suggestionsFor('Citing an unnamed team member, the report claimed that fuel was smuggled.')[0]).toMatchObject({
      kind: 'unnamed',
      source: 'an unnamed team member',
      via: 'the report',
    });
  });

  it('lets image beat unnamed and named (precedence image, unnamed, named, none)', () => {
    expect(suggestionsFor('Satellite images included in the report, an official who asked not to be named said, show the ships.')[0]?.kind).toBe('image');
    expect(suggestionsFor('Officials who spoke on condition of anonymity said the report was accurate.')[0]?.kind).toBe('unnamed');
  });

  it('carries the previous attribution over to a continuing statement', () => {
    const [first, second, third] = suggestionsFor('Citing two people familiar with the inquiry, the report said an agent arranged fuel. He was paid in cash, they said. It also transferred ships.');
    expect(first).toMatchObject({ kind: 'unnamed' });
    expect(second).toMatchObject({ kind: 'unnamed', source: 'they' });
    expect(third).toMatchObject({ kind: 'unnamed', carryover: true });
  });

  it('leaves background and the outlet’s own reporting as none', () => {
    const results = suggestionsFor('The zone was created in 2011 after scientists warned that coral was dying. There was no immediate response from the company.');
    expect(results.map((r) => r.kind)).toEqual(['none', 'none']);
  });

  it('does not attribute to verbs in quotations or passive phrases', () => {
    expect(suggestionsFor('"They showed us the plan late," Ms. Mbeki said.')[0]).toMatchObject({ kind: 'named', source: 'Ms. Mbeki' });
    expect(suggestionsFor('Crew members had been told to paint over numbers.')[0]?.kind).toBe('none');
  });

  it('gives every span exact offsets into the article text', () => {
    const text = 'Ministers 🐟 accuse fleet\n\nCiting an unnamed official, the ministry said boats left.';
    for (const statement of extractStatements(text)) {
      const { source, via, cues } = statement.suggestion;
      for (const span of [source, via, ...cues].filter((s) => s !== undefined)) expect(text.slice(span.start, span.end)).toBe(span.text);
    }
  });
});

describe('the project’s gold articles', () => {
  const dir = join(import.meta.dirname, '../fixtures/gold');
  const files = readdirSync(dir).filter((f) => f.endsWith('.gold.json'));

  it('has gold articles in several styles', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  for (const name of files) {
    it(`${name}: boundaries 1.00 and attribution at least 0.95`, () => {
      const gold = GoldFile.parse(JSON.parse(readFileSync(join(dir, name), 'utf8')));
      const text = normalizeArticleText(readFileSync(join(dir, gold.article), 'utf8'));
      const score = scoreAgainstGold(text, gold, extractStatements(text));
      expect(score.misses).toEqual([]);
      expect(score.boundaries).toBe(1);
      expect(score.attribution).toBeGreaterThanOrEqual(0.95);
    });
  }

  /** The boundary score of the extraction against statements given by their opening quotes, all labelled none. */
  const boundariesAgainst = (text: string, quotes: string[]) =>
    scoreAgainstGold(text, GoldFile.parse({ article: 'x', statements: quotes.map((quote) => ({ quote, attribution: 'none' })) }), extractStatements(text)).boundaries;

  it('compares statements without an ellipsis that stands between them, which labellers put with either', () => {
    expect(boundariesAgainst('Headline\n\n"The change is not new. \u2026 It is not an embargo."', ['Headline', '"The change is not new.', '\u2026 It is not an embargo'])).toBe(1);
  });

  it('compares list items without their bullet, which labellers put with the item or leave out', () => {
    const text = 'Headline\n  \u2022 Six people were arrested.\n  \u2022 Games were affected.\n\nPolice said so.';
    expect(boundariesAgainst(text, ['Headline', 'Six people were arrested.', '\u2022 Games were affected.', 'Police said so.'])).toBe(1);
  });

  it('scores a wrong extraction as wrong', () => {
    const text = 'Headline\n\nThe panel said so. It was clear.';
    const gold = GoldFile.parse({ article: 'x', statements: [{ quote: 'Headline', attribution: 'none' }, { quote: 'The panel said so.', attribution: 'unnamed' }, { quote: 'It was clear.', attribution: 'none' }] });
    const merged = extractStatements(text).slice(0, 2).map((s, i) => (i === 1 ? { ...s, end: text.length } : s));
    const score = scoreAgainstGold(text, gold, merged);
    expect(score.boundaries).toBeLessThan(1);
    expect(score.attribution).toBeLessThan(1);
  });
});

describe('subjects with a relative clause', () => {
  it('takes the noun before the clause as the source', () => {
    expect(suggestionsFor('An official who asked not to be named said staff were told to delete them.')[0]).toMatchObject({ kind: 'unnamed', source: 'An official' });
    expect(suggestionsFor('The company that owns the trawlers said it followed the rules.')[0]).toMatchObject({ kind: 'named', source: 'The company' });
    expect(suggestionsFor('It was the minister who said the plan was dead.')[0]?.source).not.toBe('It was the minister');
  });
});

describe('inverted attributions and visual material', () => {
  it('reads the speaker after the verb when a quotation comes first', () => {
    expect(suggestionsFor('"We will fight this in court," said Maria Lopez, the union\'s leader.')[0]).toMatchObject({ kind: 'named', source: 'Maria Lopez' });
    expect(suggestionsFor('"It is a disgrace," said an official who asked not to be named.')[0]).toMatchObject({ kind: 'unnamed' });
  });

  it('counts a video that shows something as visual material', () => {
    expect(suggestionsFor('A video posted online shows the explosion.')[0]?.kind).toBe('image');
    expect(suggestionsFor('In a video message, the president said the war was over.')[0]?.kind).toBe('named');
  });

  it('keeps the head of a phrase whose name follows a preposition', () => {
    expect(suggestionsFor('Exits were blocked, inspection reports obtained by the Courier show.')[0]).toMatchObject({ kind: 'named', source: 'inspection reports obtained by the Courier' });
  });
});

describe('described people and documents', () => {
  it('takes an indefinite description of a person as unnamed, and a document as named', () => {
    expect(suggestionsFor('An endocrinologist at a London hospital, who was not involved in the research, said diet was a factor.')[0]?.kind).toBe('unnamed');
    expect(suggestionsFor('A study published in Nature found the opposite.')[0]?.kind).toBe('named');
  });

  it('finds footage that shows something a few words after the noun', () => {
    expect(suggestionsFor('Security camera footage presented at the hearing shows him entering twice.')[0]?.kind).toBe('image');
  });
});
