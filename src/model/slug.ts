/**
 * A page's address: the file name without .mdx. The one definition used by the schemas, the
 * content pipeline, the scaffolder and the pages.
 */
import { z } from 'astro/zod';

/** Lower-case letters a–z, digits and single hyphens: «omradeforum-asker». */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A reference to another page by its address (partOf, inspiredBy, programmes, concepts). */
export const slugSchema = z.string().regex(SLUG_PATTERN);
