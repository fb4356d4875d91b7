// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { validateContent } from './src/integrations/validate-content.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { accessibleTaskLists } from './src/markdown/accessible-task-lists.ts';
import { basePathLinks } from './src/markdown/base-path-links.ts';

const base = process.env.BASE ?? '/';

// SITE and BASE let the same build be published on any static host, also under a sub-path
// (GitHub Pages: BASE=/samskapingsbanken/). Local preview and tests use the defaults.
export default defineConfig({
  site: process.env.SITE ?? 'https://samskapingsbanken.no',
  base,
  trailingSlash: 'always',
  integrations: [validateContent(), mdx(), pagefindIndex()],
  // Sätteri renders GitHub-flavoured Markdown (tables, footnotes, task lists, strikethrough,
  // autolinks) itself, so remark-gfm is not needed; only the footnotes' labels need Norwegian.
  markdown: {
    processor: satteri({
      hastPlugins: [accessibleTaskLists, basePathLinks(base)],
      features: {
        gfm: { footnotes: { label: 'Fotnoter', backLabel: 'Tilbake til henvisning {reference}' } },
      },
    }),
  },
  // Stylesheets stay files: the Content-Security-Policy allows no inline style.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Scripts stay files too: Astro inlines a small script, which the CSP (script-src 'self') refuses.
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
});
