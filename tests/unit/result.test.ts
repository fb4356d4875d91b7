import { describe, expect, it } from 'vitest';
import { resultSentence } from '../../src/lib/result.ts';

const body = (results: string) => `## Bakgrunn\n\nNoe.\n\n## Resultater\n\n${results}\n\n## Erfaringer\n\nMer.\n`;

describe('a case’s result in one sentence', () => {
  it('takes the first sentence of «Resultater», past abbreviations and chapter numbers', () => {
    expect(
      resultSentence(
        body('Ifølge Meld. St. 29 (kap. 4.2) fikk [20 kommuner](/saker/x/) *bedre* tjenester. Det er ikke målt.'),
      ),
    ).toBe('Ifølge Meld. St. 29 (kap. 4.2) fikk 20 kommuner bedre tjenester.');
  });

  it('gives nothing where the section opens with a table or list, or is missing', () => {
    expect(resultSentence(body('| Hva | Tall |\n| --- | --- |\n| A | 1 |'))).toBeUndefined();
    expect(resultSentence(body('- Ett\n- To'))).toBeUndefined();
    expect(resultSentence('## Bakgrunn\n\nIngen resultater her.')).toBeUndefined();
    expect(resultSentence(undefined)).toBeUndefined();
  });

  it('gives nothing rather than a sentence too long to read as one line', () => {
    expect(resultSentence(body(`${'Lang tekst '.repeat(40)}slutt. Neste.`))).toBeUndefined();
  });
});
