/**
 * The municipalities for «Kommuner på størrelse med min» on the search page: name, population band
 * and population as nb-NO writes it. Fetched only when a visitor reaches for that field, so the
 * search page's HTML does not carry 357 options.
 */
import type { APIRoute } from 'astro';
import { municipalities } from '../../model/municipalities.ts';

const nf = new Intl.NumberFormat('nb-NO');

export const GET: APIRoute = () =>
  new Response(JSON.stringify(municipalities.map((m) => [m.name, m.sizeBand, nf.format(m.population)])), {
    headers: { 'Content-Type': 'application/json' },
  });
