/**
 * Every link inside the site leads somewhere: case pages link to each other by path, and a renamed
 * or unpublished case must not leave a dead link behind. Reads the built HTML; no browser needed.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist, htmlFiles, readDist } from './site-data.ts';

function resolves(path: string): boolean {
  const clean = decodeURIComponent(path.split(/[?#]/)[0]!);
  if (clean === '' || clean === '/') return existsSync(join(dist, 'index.html'));
  const file = join(dist, clean);
  return existsSync(clean.endsWith('/') ? join(file, 'index.html') : file);
}

describe('internal links', () => {
  it('all resolve to a page or file of the built site', () => {
    const broken: string[] = [];
    for (const page of htmlFiles()) {
      for (const [, href] of readDist(page).matchAll(/\shref="([^"]+)"/g)) {
        if (/^(https?:|mailto:|#)/.test(href!)) continue;
        if (!resolves(href!)) broken.push(`${page} → ${href}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
