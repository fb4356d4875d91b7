import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  cases: defineCollection({ loader: glob({ pattern: '*.mdx', base: process.env.CASES_DIR! }) }),
};
