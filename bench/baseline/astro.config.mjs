// The benchmark's baseline: the same corpus through a bare Astro page, no layout, no extra steps.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({ integrations: [mdx()], build: { format: 'directory' }, devToolbar: { enabled: false } });
