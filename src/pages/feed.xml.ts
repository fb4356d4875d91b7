/**
 * An Atom feed of the cases, newest change first: «published» when the case file was added and
 * «updated» when it last changed, from version control (lib/history.ts, the same dates as the front
 * page); without history, the date it was last checked against its sources.
 */
import type { APIRoute } from 'astro';
import { getCases } from '../lib/collection.ts';
import { LICENCE } from '../lib/export.ts';
import { caseDates } from '../lib/history.ts';
import { absoluteUrl } from '../lib/urls.ts';
import { xmlText as xml } from '../lib/xml.ts';

export const GET: APIRoute = async ({ site }) => {
  // Cases come sorted by title, which the stable sort keeps for equal dates.
  const cases = (await getCases())
    .map((c) => ({ c, dates: caseDates(c.slug, c.data.lastChecked) }))
    .sort((a, b) => b.dates.updated.getTime() - a.dates.updated.getTime());
  const updated = cases[0]?.dates.updated.toISOString() ?? new Date(0).toISOString();
  const entries = cases.map(({ c, dates }) => {
    const url = absoluteUrl(`/saker/${c.slug}/`, site);
    return `  <entry>
    <title>${xml(c.data.title)}</title>
    <link rel="alternate" type="text/html" href="${xml(url)}"/>
    <id>${xml(url)}</id>
    <published>${dates.added.toISOString()}</published>
    <updated>${dates.updated.toISOString()}</updated>
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
