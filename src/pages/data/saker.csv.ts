/** Every case as one CSV row, for Norwegian Excel (BOM, semicolons, CRLF). */
import type { APIRoute } from 'astro';
import { getCases } from '../../lib/collection.ts';
import { caseRecord, toCsv } from '../../lib/export.ts';
import { siteRoot } from '../../lib/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const cases = await getCases();
  return new Response(toCsv(cases.map((c) => caseRecord(c, siteRoot(site)))), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
};
