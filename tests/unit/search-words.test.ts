import { describe, expect, it } from 'vitest';
import { closestWord, splitCompound } from '../../src/lib/search-spelling.ts';
import { queryWords, stem } from '../../src/lib/search-words.ts';

describe('reading a Norwegian query', () => {
  it('takes inflections off, and leaves words that have none', () => {
    expect(stem('sykehjemmet')).toBe('sykehjem');
    expect(stem('frivillige')).toBe('frivillig');
    expect(stem('frivillighet')).toBe('frivillig');
    expect(stem('ungdommer')).toBe('ungdom');
    expect(stem('eldreomsorgen')).toBe('eldreomsorg');
    expect(stem('demens')).toBe('demens');
    expect(stem('unge')).toBe('unge');
    expect(stem('rus')).toBe('rus');
  });

  it('drops small words, unless the query has nothing else', () => {
    expect(queryWords('Frivillige i eldreomsorgen')).toEqual(['frivillige', 'eldreomsorgen']);
    expect(queryWords('omsorg for eldre')).toEqual(['omsorg', 'eldre']);
    expect(queryWords('i og')).toEqual(['i', 'og']);
  });

  it('splits a compound into known words, with a linking s', () => {
    const known = new Set(['eldre', 'omsorg', 'arbeid', 'inkludering', 'dem']);
    const has = (w: string) => known.has(w);
    expect(splitCompound('eldreomsorg', has)).toEqual(['eldre', 'omsorg']);
    expect(splitCompound('arbeidsinkludering', has)).toEqual(['arbeid', 'inkludering']);
    expect(splitCompound('demens', has)).toBeNull();
  });

  it('finds the closest known word for a misspelling, and nothing for a known or short word', () => {
    const known = ['dem', 'demens', 'hverdagsrehabilitering', 'lillehammer'];
    expect(closestWord('demnes', known)).toBe('demens');
    expect(closestWord('hverdagsrehabilitring', known)).toBe('hverdagsrehabilitering');
    expect(closestWord('lillehamer', known)).toBe('lillehammer');
    expect(closestWord('demens', known)).toBeNull();
    expect(closestWord('dme', known)).toBeNull();
  });
});
