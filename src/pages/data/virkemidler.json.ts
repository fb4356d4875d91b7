/** Every programme (virkemiddel) as JSON, versioned; the format is documented on /data/. */
import type { APIRoute } from 'astro';
import { knowledgeDataset, PROGRAMME_FORMAT } from '../../lib/export.ts';
import { newest, programmeRecords } from '../../lib/knowledge-export.ts';
import { siteRoot } from '../../lib/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const records = await programmeRecords(siteRoot(site));
  return new Response(
    JSON.stringify(knowledgeDataset(PROGRAMME_FORMAT, 'programmes', records, newest(records)), null, 2),
    {
      headers: { 'content-type': 'application/json; charset=utf-8' },
    },
  );
};
