/**
 * Search as a visitor uses it: Pagefind in Debian's Chromium against the built site, with the site's
 * Content-Security-Policy in force.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { searchAll } from './pagefind.ts';
import { cases, readDist } from './site-data.ts';
import { facets } from '../../src/lib/facets.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
});
afterAll(async () => browser?.close());

interface Hit {
  title: string;
  url: string;
  text: string;
}

/** Opens the search page at a URL and waits for the live status to settle on a result. */
async function searchAt(query: string): Promise<{ status: string; hits: Hit[] }> {
  await page.goto(`${baseUrl}/sok/${query}`);
  // Wait for the results and for the filter counts that follow them.
  await page.waitForFunction(
    () =>
      /\d+ saker?|Ingen saker/.test(document.getElementById('sok-status')?.textContent ?? '') &&
      document.querySelector<HTMLFormElement>('form[data-search]')?.dataset.counts === 'current',
  );
  const status = (await page.textContent('#sok-status')) ?? '';
  const hits = await page.$$eval('#sok-treff > li', (items) =>
    items.map((li) => ({
      title: li.querySelector('h3')?.textContent ?? '',
      url: li.querySelector('a')?.getAttribute('href') ?? '',
      text: li.querySelector('p:last-child')?.textContent ?? '',
    })),
  );
  return { status, hits };
}

async function allResults(term: string): Promise<string[]> {
  return (await searchAll(page, baseUrl, [term]))[term]!;
}

/** The text Pagefind indexes on a case page: the article minus what it is told to ignore. */
/** The indexed text of a page, by its path below the site root (a case unless told). */
function indexedText(slug: string, path = `saker/${slug}/`): string {
  const html = readDist(`${path}index.html`);
  const article = html.slice(html.indexOf('<article'), html.indexOf('</article>'));
  return article
    .replace(/<(aside|section|p)[^>]*data-pagefind-ignore[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/\s+/g, ' ');
}

describe('search', () => {
  it('finds Områdeforum i Asker first for «områdeforum»', async () => {
    const { hits } = await searchAt('?q=omr%C3%A5deforum');
    expect(hits[0]?.url).toBe('/saker/omradeforum-asker/');
  });

  it('finds a case by the stem of a word: «frivillige» also finds «frivillig»', async () => {
    // A case whose indexed text has «frivillig» but never «frivillige» is found only through stemming.
    const stemOnly = cases.filter((c) => {
      const text = indexedText(c.slug).toLowerCase();
      return /\bfrivillig\b/.test(text) && !/\bfrivillige\b/.test(text);
    });
    expect(stemOnly.length, 'a case that says «frivillig» but not «frivillige»').toBeGreaterThan(0);
    const found = await allResults('frivillige');
    for (const c of stemOnly) expect(found).toContain(`/saker/${c.slug}/`);
  });

  it('narrows the results with a filter, and the counts match the case data', async () => {
    const area = facets.find((f) => f.name === 'tjenesteomrade')!;
    const size = facets.find((f) => f.name === 'storrelse')!;
    const key = 'elderly-dementia';
    const expected = cases.filter((c) => area.of(c).includes(key));
    const { status, hits } = await searchAt(`?tjenesteomrade=${key}`);
    expect(status).toContain(`${expected.length} sak`);
    // «Vis flere» pages the list; the first page holds up to 10.
    expect(hits.length).toBe(Math.min(expected.length, 10));
    const expectedUrls = expected.map((c) => `/saker/${c.slug}/`);
    for (const hit of hits) expect(expectedUrls).toContain(hit.url);
    // Within the filtered set, each size class shows how many of those cases it holds.
    for (const v of size.values) {
      const n = expected.filter((c) => size.of(c).includes(v.key)).length;
      const shown = await page.textContent(`[data-count="storrelse:${v.key}"]`).catch(() => null);
      if (shown !== null) expect(shown).toBe(`(${n})`);
    }
  });

  it('keeps the filters in the URL, so a filtered search can be shared', async () => {
    await page.goto(`${baseUrl}/sok/`);
    await page.check('#f-storrelse-small');
    await page.waitForURL(/storrelse=small/);
    await page.fill('#sok-q', 'eldre');
    await page.waitForURL(/q=eldre/);
    const shared = page.url();
    await page.goto(shared);
    expect(await page.isChecked('#f-storrelse-small')).toBe(true);
    expect(await page.inputValue('#sok-q')).toBe('eldre');
  });

  it('shows excerpts that read as the page does, with no words run together', async () => {
    const { hits } = await searchAt('?q=kommune');
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits.slice(0, 10)) {
      const slug = hit.url.split('/').at(-2)!;
      // Results include programmes and concepts (/virkemidler/…, /begreper/…), not only cases.
      const page = indexedText(slug, hit.url.slice(1)).toLowerCase();
      const words = hit.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
      for (const word of words) {
        expect(page, `«${word}» in the excerpt of ${slug} is not a word of the page`).toMatch(
          new RegExp(`(^|[^\\p{L}\\p{N}])${word}([^\\p{L}\\p{N}]|$)`, 'u'),
        );
      }
    }
  });

  it('loads Pagefind only when a visitor starts to search', async () => {
    const fresh = await browser.newPage();
    const requested: string[] = [];
    fresh.on('request', (r) => requested.push(r.url()));
    await fresh.goto(`${baseUrl}/sok/`, { waitUntil: 'networkidle' });
    expect(requested.filter((u) => u.includes('/pagefind/'))).toEqual([]);
    await Promise.all([fresh.waitForRequest((r) => r.url().includes('/pagefind/pagefind.js')), fresh.focus('#sok-q')]);
    await fresh.close();
  });

  it('runs under the Content-Security-Policy without errors', () => {
    expect(problems).toEqual([]);
  });
});
