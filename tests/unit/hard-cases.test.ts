/** The codebook's hard cases (ANNOTATION-GUIDE.md), on sentences made up for each construction. */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../annotations/extract.ts';
import { REPORTING_LEMMAS } from '../../annotations/lexicon.ts';
import { WEAK_SCORE } from '../../annotations/rules.ts';

function suggest(body: string, headline = 'Headline') {
  return extractStatements(`${headline}\n\n${body}`).map((s) => ({
    kind: s.suggestion.attribution,
    source: s.suggestion.source?.text,
    via: s.suggestion.via?.text,
    carryover: s.suggestion.carryover ?? false,
    score: s.suggestion.score ?? 0,
  }));
}
const body = (text: string) => suggest(text).slice(1);

describe('any form of a reporting verb counts, and only a verb', () => {
  it('knows at least 150 reporting lemmas', () => {
    expect(new Set(REPORTING_LEMMAS).size).toBeGreaterThanOrEqual(150);
  });

  it.each([
    ['The ministry has denied the claims.', 'The ministry'],
    ['The mayor had warned of floods for years.', 'The mayor'],
    ['Residents tell of nights without power.', 'Residents'],
    ['Farmers are telling inspectors the wells ran dry.', 'Farmers'],
    ['The senator tweeted that the vote was rigged.', 'The senator'],
    ['The report details abuses in three camps.', 'The report'],
  ])('%s', (sentence, source) => {
    expect(body(sentence)[0]?.source).toBe(source);
  });

  it('does not read names or nouns as verbs, nor passives and infinitives as attributions', () => {
    expect(body('Maxar Technologies launched a new satellite on Monday.')[0]?.kind).toBe('none');
    expect(body('The claims of fraud spread quickly online.')[0]?.kind).toBe('none');
    expect(body('Crew members were told to paint over the numbers.')[0]?.kind).toBe('none');
    expect(body('The company agreed to pay a fine.')[0]?.kind).toBe('none');
  });
});

describe('images, disclaimers and captions', () => {
  it('takes instruments and perception as images, even when someone speaks', () => {
    expect(body('Satellites detected trucks at the depot.')[0]?.kind).toBe('image');
    expect(body('Craters are visible in the pictures.')[0]?.kind).toBe('image');
    expect(body('Dozens of tents were seen at the site, the imaging company said.')[0]?.kind).toBe('image');
    expect(body('The satellite firm said the depot was empty.')[0]?.kind).toBe('named');
  });

  it('leaves the outlet’s disclaimers about images as none', () => {
    expect(body('The images could not be independently verified.')[0]?.kind).toBe('none');
    expect(body('The imagery has not been released.')[0]?.kind).toBe('none');
  });

  it('takes a credited caption line as an image', () => {
    expect(body('Photo: Ministers attend a meeting in Oslo on Monday.')[0]?.kind).toBe('image');
  });
});

describe('sources: groups, clauses, relays, hedges, headline tags', () => {
  it('takes plural people without names as unnamed, an institution as named', () => {
    expect(body('Analysts expect rates to rise.')[0]).toMatchObject({ kind: 'unnamed', source: 'Analysts' });
    expect(body('U.S. officials said the talks had stalled.')[0]).toMatchObject({ kind: 'unnamed', source: 'U.S. officials' });
    expect(body('The ministry said the talks had stalled.')[0]).toMatchObject({ kind: 'named', source: 'The ministry' });
  });

  it('lets precedence decide a sentence with two sources', () => {
    expect(body('The rebels claimed the attack, but officials blamed the army.')[0]?.kind).toBe('unnamed');
  });

  it('records the outlet that relays a source as via', () => {
    expect(body('Officials told Radio Nord that the depot burned.')[0]).toMatchObject({ kind: 'unnamed', source: 'Officials', via: 'Radio Nord' });
    expect(body('Radio Nord reported that officials said the depot burned.')[0]).toMatchObject({ kind: 'unnamed', source: 'officials', via: 'Radio Nord' });
    expect(body('The Journal quoted U.S. officials as saying the sanctions were ready.')[0]).toMatchObject({ kind: 'unnamed', source: 'U.S. officials', via: 'The Journal' });
    expect(body('Officials told reporters that the depot burned.')[0]?.via).toBeUndefined();
  });

  it('takes a hedge as an unnamed source, and says it is unsure', () => {
    const [hedged] = body('The minister reportedly knew of the risk.');
    expect(hedged).toMatchObject({ kind: 'unnamed', source: 'reportedly' });
    expect(hedged!.score).toBeLessThan(WEAK_SCORE);
  });

  it('reads a headline tag as the source', () => {
    expect(suggest('Text.', 'Depot hit overnight – officials')[0]).toMatchObject({ kind: 'unnamed', source: 'officials' });
    expect(suggest('Text.', 'Sheriff: Woman set fire to ex-boyfriend’s house')[0]).toMatchObject({ kind: 'named', source: 'Sheriff' });
  });

  it('names a source as the text does, without the time or the office before the name', () => {
    expect(body('John Mahama on Thursday rejected the results.')[0]?.source).toBe('John Mahama');
    expect(body('On Thursday, Mr Lissu, the opposition candidate, said he had won.')[0]?.source).toBe('Mr Lissu');
    expect(body('Treasury Secretary Janet Yellen said the measures would bite.')[0]?.source).toBe('Janet Yellen');
  });
});

describe('carry-over by continuation', () => {
  it('carries a speaker through a quotation that runs over several statements', () => {
    const [, first, second] = body('“We acted lawfully,” he said. “We make every effort. And we have been very clear about it.”');
    expect(first).toMatchObject({ kind: 'named', source: 'he', carryover: true });
    expect(second).toMatchObject({ kind: 'named', source: 'he', carryover: true });
  });

  it('does not carry background over because it says "also"', () => {
    const [, background] = body('Officials said turnout was low. The vote was also hit by a shortage of ballots.');
    expect(background?.kind).toBe('none');
    const [, continued] = body('The report said the agent arranged fuel. It also transferred ships.');
    expect(continued).toMatchObject({ kind: 'named', carryover: true });
  });
});
