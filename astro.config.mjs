// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { devDataStore } from './src/integrations/dev-data-store.ts';
import { movedPages } from './src/model/moved-pages.ts';
import { site } from './src/site.ts';

// SITE and BASE let the same build be published on any static host, also under a sub-path
// (GitHub Pages: BASE=/samskapingsbanken/). Local preview and tests use the defaults.
// Content files (MDX) are read, checked and rendered by the content loaders in src/pipeline/, not
// compiled as modules: a case body is text, never code. The search index is built after Astro has
// exited (`npm run build` runs scripts/build.ts), so the two never hold memory at once.
const base = process.env.BASE ?? '/';

export default defineConfig({
  site: site.url,
  base,
  trailingSlash: 'always',
  // The sitemap lists every page the build wrote, except pointers to moved pages and the 404 page.
  integrations: [
    sitemap({
      filter: (page) => {
        const path = new URL(page).pathname.replace(base, '/');
        return path !== '/404/' && !movedPages.some((m) => m.from === path);
      },
    }),
    // Only in the dev preview: a save with 10 000 cases shows in seconds, not a minute.
    devDataStore(),
  ],
  // Stylesheets stay files: the Content-Security-Policy allows no inline style.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Scripts stay files too: Astro inlines a small script, which the CSP (script-src 'self') refuses.
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
});
