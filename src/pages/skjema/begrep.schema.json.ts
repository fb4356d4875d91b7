/** The JSON Schema of a concept's frontmatter, for editors and other tools. Built with the site. */
import type { APIRoute } from 'astro';
import { conceptJsonSchema } from '../../contribute/schema-reference.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(conceptJsonSchema(), null, 2), {
    headers: { 'content-type': 'application/schema+json' },
  });
