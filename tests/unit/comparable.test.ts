/** Ranking cases by how comparable their municipality is: size first, then county, then region. */
import { describe, expect, it } from 'vitest';
import { compare, compareCase, rankForMunicipality } from '../../src/lib/comparable.ts';
import { municipalities, municipality } from '../../src/model/municipalities.ts';

const m = (number: string) => municipality(number)!;

describe('comparable municipalities', () => {
  it('says why in words', () => {
    expect(compare(m('1151'), m('1144'))).toEqual({
      score: 8,
      reason: 'samme størrelse (under 2 000 innbyggere), samme fylke',
    }); // Utsira, Kvitsøy
    expect(compare(m('1151'), m('1818')).reason).toBe('samme størrelse (under 2 000 innbyggere)'); // Herøy (Nordland)
    expect(compare(m('1151'), m('4601')).reason).toBe('samme landsdel'); // Bergen
    expect(compareCase(m('1151'), []).reason).toBe('nasjonal sak eller sak i utlandet');
    expect(compareCase(m('1151'), [m('0301')]).reason).toBe('annen størrelse og landsdel');
  });

  it('compares a case with several municipalities to each, and names the one that matched', () => {
    // Utsira (under 2 000) and a case from Oslo, Bergen and Kvitsøy: only Kvitsøy is its size.
    const match = compareCase(m('1151'), [m('0301'), m('4601'), m('1144')]);
    expect(match.reason).toBe(`samme størrelse som ${m('1144').name} (under 2 000 innbyggere), samme fylke`);
    // Lillehammer, Øyer, Gausdal and Ringebu for Utsira: none its size; Ringebu is one band up.
    const omsorg = compareCase(m('1151'), [m('3405'), m('3440'), m('3441'), m('3439')]);
    expect(omsorg.reason).toBe('nesten samme størrelse som Ringebu (2 000–4 999 innbyggere)');
    // Oslo and Bergen for Utsira: neither matches size; Bergen is in the same region, and named.
    expect(compareCase(m('1151'), [m('0301'), m('4601')]).reason).toBe('samme landsdel som Bergen');
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
