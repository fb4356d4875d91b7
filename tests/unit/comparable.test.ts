/** Ranking cases by how comparable their municipality is: size first, then county, then region. */
import { describe, expect, it } from 'vitest';
import { compare, compareCase, rankForMunicipality } from '../../src/lib/comparable.ts';
import { municipalities, municipality } from '../../src/model/municipalities.ts';

const m = (number: string) => municipality(number)!;

describe('comparable municipalities', () => {
  it('says why in words', () => {
    expect(compare(m('1151'), m('1144'))).toEqual({ score: 8, reason: 'samme størrelse, samme fylke' }); // Utsira, Kvitsøy
    expect(compare(m('1151'), m('1818')).reason).toBe('samme størrelse'); // Herøy (Nordland)
    expect(compare(m('1151'), m('4601')).reason).toBe('samme landsdel'); // Bergen
    expect(compareCase(m('1151'), []).reason).toBe('nasjonal sak eller sak i utlandet');
    expect(compareCase(m('1151'), [m('0301')]).reason).toBe('annen størrelse og landsdel');
  });

  it('gives Utsira the cases from small municipalities first', () => {
    const cases = [
      { title: 'A i Oslo', places: [m('0301')] },
      { title: 'B i Bergen', places: [m('4601')] },
      { title: 'C i Kvitsøy', places: [m('1144')] },
      { title: 'D i Røyrvik', places: [m('5043')] },
      { title: 'E nasjonal', places: [] },
      { title: 'F i Utsira', places: [m('1151')] },
    ];
    const ranked = rankForMunicipality(m('1151'), cases).map((r) => r.item.title);
    expect(ranked).toEqual(['C i Kvitsøy', 'D i Røyrvik', 'B i Bergen', 'A i Oslo', 'E nasjonal']);
  });

  it('ranks every small municipality’s cases before a large one’s, for every small municipality', () => {
    const small = municipalities.filter((x) => x.sizeClass === 'small');
    for (const mine of small.slice(0, 40)) {
      const [first] = rankForMunicipality(mine, [
        { title: 'large', places: [m('0301')] },
        { title: 'small', places: [small.find((x) => x.number !== mine.number && x.sizeBand === mine.sizeBand)!] },
      ]);
      expect(first!.item.title, mine.name).toBe('small');
    }
  });
});
