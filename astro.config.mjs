// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { validateContent } from './src/integrations/validate-content.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';

// SITE and BASE let the same build be published on any static host, also under a sub-path
// (GitHub Pages: BASE=/samskapingsbanken/). Local preview and tests use the defaults.
export default defineConfig({
  site: process.env.SITE ?? 'https://samskapingsbanken.no',
  base: process.env.BASE ?? '/',
  trailingSlash: 'always',
  integrations: [validateContent(), mdx(), pagefindIndex()],
  // Stylesheets stay files: the Content-Security-Policy allows no inline style.
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
});
