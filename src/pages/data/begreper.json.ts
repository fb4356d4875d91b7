/** Every concept (begrep) as JSON, versioned; the format is documented on /data/. */
import type { APIRoute } from 'astro';
import { CONCEPT_FORMAT, knowledgeDataset } from '../../lib/export.ts';
import { conceptRecords, newest } from '../../lib/knowledge-export.ts';
import { siteRoot } from '../../lib/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const records = await conceptRecords(siteRoot(site));
  return new Response(JSON.stringify(knowledgeDataset(CONCEPT_FORMAT, 'concepts', records, newest(records)), null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
