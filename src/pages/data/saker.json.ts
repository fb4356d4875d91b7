/** Every case as JSON, versioned; the format is documented on /data/. */
import type { APIRoute } from 'astro';
import { getCases } from '../../lib/collection.ts';
import { dataset } from '../../lib/export.ts';
import { siteRoot } from '../../lib/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const cases = await getCases();
  const generated = new Date(Math.max(...cases.map((c) => c.data.lastChecked.getTime())));
  return new Response(JSON.stringify(dataset(cases, siteRoot(site), generated), null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
