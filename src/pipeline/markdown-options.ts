/**
 * The options the Markdown/MDX parser (Sätteri) runs with. The body check and the renderer both
 * read them from here, so the check always looks at the tree the page is built from.
 */
import type { Features } from 'satteri';

export const MARKDOWN_FEATURES: Features = {
  // Tables, footnotes, task lists, strikethrough and literal autolinks (GitHub-flavoured Markdown).
  gfm: { footnotes: { label: 'Fotnoter', backLabel: 'Tilbake til henvisning {reference}' } },
};
