/** County and size class are derived from SSB's register and are right for real municipalities. */
import { describe, expect, it } from 'vitest';
import { caseView } from '../../src/lib/cases.ts';
import { counties, municipality } from '../../src/model/municipalities.ts';
import { parseKommunerCsv } from '../../src/model/kommuner-csv.ts';
import { foldForSearch, nameVariants, sizeBandOf, sizeClassOf } from '../../src/model/municipality.ts';
import type { CaseData } from '../../src/model/case-schema.ts';

describe('the municipality register', () => {
  it('holds all 357 municipalities and 15 counties of 2024', () => {
    expect(counties.reduce((n, c) => n + c.municipalities.length, 0)).toBe(357);
    expect(counties).toHaveLength(15);
  });

  it.each([
    ['1151', 'Utsira', 'Rogaland', 215, 'small', 'under-2000'],
    ['3203', 'Asker', 'Akershus', 98_815, 'large', '50000-plus'],
    ['0301', 'Oslo', 'Oslo', 717_710, 'large', '50000-plus'],
    ['5001', 'Trondheim - Tråante', 'Trøndelag', 214_565, 'large', '50000-plus'],
  ])('derives county and size for %s %s', (number, name, county, population, sizeClass, band) => {
    const m = municipality(number)!;
    expect(m).toMatchObject({ name, countyName: county, population, sizeClass, sizeBand: band, year: 2024 });
  });

  it('draws the size class lines where SSB does', () => {
    expect([4_999, 5_000, 19_999, 20_000].map(sizeClassOf)).toEqual(['small', 'medium', 'medium', 'large']);
    expect([1_999, 2_000, 49_999, 50_000].map(sizeBandOf)).toEqual([
      'under-2000',
      '2000-4999',
      '20000-49999',
      '50000-plus',
    ]);
  });

  it('knows a municipality by each of its official names', () => {
    expect(nameVariants('Trondheim - Tråante')).toEqual(['Trondheim', 'Tråante']);
    expect(nameVariants('Herøy (Nordland)')).toEqual(['Herøy']);
    expect(nameVariants('Aurskog-Høland')).toEqual(['Aurskog-Høland']);
    expect(foldForSearch('Bærum Øyer Åfjord Kárášjohka')).toBe('baerum oyer afjord karasjohka');
  });

  it('gives a case the county and size of each of its municipalities', () => {
    const view = caseView('x', {
      municipalities: ['1151', '3203'],
      country: 'NO',
      coCreation: { step: 3 },
      arnstein: { rung: 4 },
    } as unknown as CaseData);
    expect(view.counties.map((c) => c.name)).toEqual(['Akershus', 'Rogaland']); // alphabetically
    expect(view.sizeClasses).toEqual(['small', 'large']);
    expect(view.placeLabel).toBe('Utsira og Asker');
  });
});

describe('reading SSB figures (scripts/import-kommuner.ts)', () => {
  const header = 'kommunenummer,navn,fylkesnummer,fylkesnavn,folkemengde,aar';

  it('reads a well-formed file', () => {
    const result = parseKommunerCsv(`${header}\n1151,Utsira,11,Rogaland,215,2024\n`);
    expect(result).toEqual({
      ok: true,
      municipalities: [
        { number: '1151', name: 'Utsira', countyNumber: '11', countyName: 'Rogaland', population: 215, year: 2024 },
      ],
    });
  });

  it('reports every bad row with its line number, and writes nothing', () => {
    const result = parseKommunerCsv(
      `${header}\n1151,Utsira,12,Rogaland,215,2024\n301,Oslo,03,Oslo,717710,2024\n1151,Utsira,11,Rogaland,x,2024\n`,
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        'linje 2: fylkesnummer 12 stemmer ikke med kommunenummer 1151',
        'linje 3: ugyldig verdi i number',
        'linje 4: ugyldig verdi i population',
      ],
    });
  });

  it('refuses a file with other columns', () => {
    expect(parseKommunerCsv('a,b\n1,2\n')).toEqual({ ok: false, errors: [`linje 1: kolonnene må være ${header}`] });
  });
});
