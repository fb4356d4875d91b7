/** sitemap.xml: every page of the site, case pages with the date they were last checked. */
import type { APIRoute } from 'astro';
import { getCases } from '../lib/collection.ts';
import { getKnowledge } from '../lib/knowledge.ts';
import { absoluteUrl } from '../lib/urls.ts';
import { counties, municipalities } from '../model/municipalities.ts';

export const STATIC_PAGES = [
  '/',
  '/saker/',
  '/sok/',
  '/kommuner/',
  '/virkemidler/',
  '/begreper/',
  '/fylker/',
  '/spredning/',
  '/statistikk/',
  '/data/',
  '/om/stigene/',
  '/om/skjema/',
  '/om/bidra/',
  '/tilgjengelighet/',
];

export const GET: APIRoute = async ({ site }) => {
  const cases = await getCases();
  const { programmes, concepts } = await getKnowledge();
  const url = (path: string, lastmod?: Date) =>
    `  <url><loc>${absoluteUrl(path, site)}</loc>${lastmod ? `<lastmod>${lastmod.toISOString().slice(0, 10)}</lastmod>` : ''}</url>`;
  const urls = [
    ...STATIC_PAGES.map((p) => url(p)),
    ...cases.map((c) => url(`/saker/${c.slug}/`, c.data.lastChecked)),
    ...programmes.map((p) => url(`/virkemidler/${p.id}/`, p.data.lastChecked)),
    ...concepts.map((c) => url(`/begreper/${c.id}/`, c.data.lastChecked)),
    ...municipalities.map((m) => url(`/kommuner/${m.slug}/`)),
    ...counties.map((c) => url(`/fylker/${c.slug}/`)),
  ];
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`,
    {
      headers: { 'content-type': 'application/xml; charset=utf-8' },
    },
  );
};
