/** The JSON Schema of a programme's frontmatter, for editors and other tools. Built with the site. */
import type { APIRoute } from 'astro';
import { programmeJsonSchema } from '../../contribute/schema-reference.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(programmeJsonSchema(), null, 2), {
    headers: { 'content-type': 'application/schema+json' },
  });
