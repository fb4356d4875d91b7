/**
 * What the finder needs: every municipality (all names) and every case's places and service areas.
 * A file of its own, fetched when the finder starts, so the finder page stays small as cases grow.
 */
import type { APIRoute } from 'astro';
import { getCases } from '../../lib/collection.ts';
import { caseHref, href } from '../../lib/urls.ts';
import { municipalities } from '../../model/municipalities.ts';
import { serviceAreas } from '../../model/vocabularies.ts';
import type { FinderData } from '../../islands/finder.ts';

export const GET: APIRoute = async () => {
  const cases = await getCases();
  const data: FinderData = {
    municipalities: municipalities.map((m) => ({
      number: m.number,
      name: m.name,
      names: m.names,
      slug: m.slug,
      countyNumber: m.countyNumber,
      countyName: m.countyName,
      sizeBand: m.sizeBand,
    })),
    cases: cases.map((c) => ({
      title: c.data.title,
      url: caseHref(c.slug),
      place: c.placeLabel,
      areas: [...c.data.serviceAreas],
      places: c.municipalities.map((m) => ({
        number: m.number,
        countyNumber: m.countyNumber,
        sizeBand: m.sizeBand,
        name: m.name,
      })),
    })),
    areas: Object.fromEntries(serviceAreas.terms.map((t) => [t.key, t.label])),
    municipalityBase: href('/kommuner/'),
  };
  return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
