/** Every concept (begrep) as one CSV row, for Norwegian Excel (BOM, semicolons, CRLF). */
import type { APIRoute } from 'astro';
import { CONCEPT_CSV_COLUMNS, toCsvWith } from '../../lib/export.ts';
import { conceptRecords } from '../../lib/knowledge-export.ts';
import { siteRoot } from '../../lib/urls.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(toCsvWith(CONCEPT_CSV_COLUMNS, await conceptRecords(siteRoot(site))), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
