/**
 * The municipality register: SSB's figures as generated into `src/data/kommuner.json`, with the
 * lookups that cases, pages and validation share. County and size are always derived from here.
 */
import data from '../data/kommuner.json' with { type: 'json' };
import {
  municipalitySchema,
  nameVariants,
  sizeBandOf,
  sizeClassOf,
  municipalitySlug,
  type Municipality,
} from './municipality.ts';
import type { SizeBandKey, SizeClassKey } from './vocabularies.ts';

export interface MunicipalityFacts extends Municipality {
  slug: string;
  sizeClass: SizeClassKey;
  sizeBand: SizeBandKey;
  /** Every name the municipality goes by (Norwegian, Sámi, Kven). */
  names: string[];
}

export const municipalities: readonly MunicipalityFacts[] = municipalitySchema
  .array()
  .parse(data.municipalities)
  .map((m) => ({
    ...m,
    slug: municipalitySlug(m),
    sizeClass: sizeClassOf(m.population),
    sizeBand: sizeBandOf(m.population),
    names: nameVariants(m.name),
  }));

const byNumber = new Map(municipalities.map((m) => [m.number, m]));

export function municipality(number: string): MunicipalityFacts | undefined {
  return byNumber.get(number);
}

export interface County {
  number: string;
  name: string;
  slug: string;
  municipalities: MunicipalityFacts[];
  population: number;
}

/** Names in Norwegian alphabetical order (æ, ø, å last), as readers look for them. */
export const byName = (a: { name: string }, b: { name: string }): number => a.name.localeCompare(b.name, 'nb');

/** Counties alphabetically, each with its municipalities alphabetically. */
export const counties: readonly County[] = [...new Set(municipalities.map((m) => m.countyNumber))]
  .map((number) => {
    const members = municipalities.filter((m) => m.countyNumber === number).sort(byName);
    const name = members[0]!.countyName;
    return {
      number,
      name,
      slug: municipalitySlug({ name }),
      municipalities: members,
      population: members.reduce((sum, m) => sum + m.population, 0),
    };
  })
  .sort(byName);

export function county(number: string): County | undefined {
  return counties.find((c) => c.number === number);
}

/** The year SSB's population figures refer to. */
export const populationYear: number = data.year;
