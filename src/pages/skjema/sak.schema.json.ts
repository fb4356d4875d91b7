/** The JSON Schema of a case's frontmatter, for editors and other tools. Built with the site. */
import type { APIRoute } from 'astro';
import { caseJsonSchema } from '../../contribute/schema-reference.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(caseJsonSchema(), null, 2), { headers: { 'content-type': 'application/schema+json' } });
