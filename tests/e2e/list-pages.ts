/** A long list of cases read as a visitor without JavaScript reads it: page by page, by «Neste side». */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/**
 * What `read` finds on every page of the list that starts at `url`, following each page's
 * rel="next" link, and the path of each page visited. Fails if the links come round to a page again.
 */
export async function everyPageOf<T>(
  page: Page,
  url: string,
  read: () => Promise<T[]>,
): Promise<{ items: T[]; paths: string[] }> {
  const items: T[] = [];
  const paths: string[] = [];
  let next: URL | null = new URL(url);
  while (next) {
    expect(paths, `the pages of ${url} come round to ${next.pathname} again`).not.toContain(next.pathname);
    paths.push(next.pathname);
    await page.goto(next.href);
    items.push(...(await read()));
    const link = await page.$('.sb-pager a[rel="next"]');
    const href = link ? await link.getAttribute('href') : null;
    next = href ? new URL(href, page.url()) : null;
  }
  return { items, paths };
}
