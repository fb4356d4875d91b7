/**
 * An Atom feed of the cases, newest check first: a case is «updated» when someone last checked it
 * against its sources.
 */
import type { APIRoute } from 'astro';
import { getCases } from '../lib/collection.ts';
import { LICENCE } from '../lib/export.ts';
import { absoluteUrl } from '../lib/urls.ts';

import { xmlText as xml } from '../lib/xml.ts';

export const GET: APIRoute = async ({ site }) => {
  // A copy: the shared list stays sorted by title for every other page.
  const cases = [...(await getCases())].sort(
    (a, b) =>
      b.data.lastChecked.getTime() - a.data.lastChecked.getTime() || a.data.title.localeCompare(b.data.title, 'nb'),
  );
  const updated = cases[0]?.data.lastChecked.toISOString() ?? new Date(0).toISOString();
  const entries = cases.map((c) => {
    const url = absoluteUrl(`/saker/${c.slug}/`, site);
    return `  <entry>
    <title>${xml(c.data.title)}</title>
    <link rel="alternate" type="text/html" href="${xml(url)}"/>
    <id>${xml(url)}</id>
    <updated>${c.data.lastChecked.toISOString()}</updated>
    <summary>${xml(c.data.summary)}</summary>
    <category term="${xml(c.placeLabel)}"/>
  </entry>`;
  });
  const body = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nb">
  <title>Samskapingsbanken: nye og oppdaterte saker</title>
  <subtitle>Velferdsinnovasjoner og samskapingssaker fra norske kommuner</subtitle>
  <link rel="self" type="application/atom+xml" href="${xml(absoluteUrl('/feed.xml', site))}"/>
  <link rel="alternate" type="text/html" href="${xml(absoluteUrl('/', site))}"/>
  <id>${xml(absoluteUrl('/', site))}</id>
  <updated>${updated}</updated>
  <author><name>Samskapingsbanken</name></author>
  <rights>${xml(`${LICENCE.name}: ${LICENCE.url}`)}</rights>
${entries.join('\n')}
</feed>
`;
  return new Response(body, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
