// @ts-check
import { defineConfig } from 'astro/config';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { site } from './src/site.ts';

// SITE and BASE let the same build be published on any static host, also under a sub-path
// (GitHub Pages: BASE=/samskapingsbanken/). Local preview and tests use the defaults.
// Content files (MDX) are read, checked and rendered by the content loaders in src/pipeline/, not
// compiled as modules: a case body is text, never code.
export default defineConfig({
  site: site.url,
  base: process.env.BASE ?? '/',
  trailingSlash: 'always',
  integrations: [pagefindIndex()],
  // Stylesheets stay files: the Content-Security-Policy allows no inline style.
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
});
