/** Every programme (virkemiddel) as one CSV row, for Norwegian Excel (BOM, semicolons, CRLF). */
import type { APIRoute } from 'astro';
import { PROGRAMME_CSV_COLUMNS, toCsvWith } from '../../lib/export.ts';
import { programmeRecords } from '../../lib/knowledge-export.ts';
import { siteRoot } from '../../lib/urls.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(toCsvWith(PROGRAMME_CSV_COLUMNS, await programmeRecords(siteRoot(site))), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
