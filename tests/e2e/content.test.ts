/**
 * The published content: every source document is cited and shown by its title, and Pagefind
 * finds every case (up to 100, spread evenly over all) by its title, by each of its municipalities
 * (also by a name from before a merger) and, for cases without a municipality, by its place.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { missingFrom, type Expected } from './pagefind.ts';
import { cases, readDist, sampleOf } from './site-data.ts';
import { sourceDocument, sourceDocuments } from '../../src/model/source-documents.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => browser?.close());

const url = (slug: string) => `/saker/${slug}/`;

describe('cases from each source document', () => {
  // Derived from the content and src/model/source-documents.ts, never from a list of cases: a new
  // valid case cannot fail these. Which cases each document covers is a report (npm run dekning).
  it('every source document is cited by at least one published case', () => {
    const uncited = sourceDocuments.filter((d) => !cases.some((c) => c.data.sources.some((s) => s.document === d.key)));
    expect(uncited.map((d) => d.key)).toEqual([]);
  });

  it('shows each source document by its full title and locator on the case page', () => {
    for (const c of cases) {
      const html = readDist(`saker/${c.slug}/index.html`);
      for (const s of c.data.sources.filter((x) => x.document)) {
        expect(html, c.slug).toContain(sourceDocument(s.document!)!.title);
      }
    }
  });
});

/** The searches to run: several cases may share a name or a place, and one search finds them all. */
function expecting(pairs: { query: string; slug: string; filters?: Record<string, string> }[]): Expected[] {
  const byQuery = new Map<string, Expected>();
  for (const { query, slug, filters } of pairs) {
    const key = JSON.stringify([query, filters]);
    if (!byQuery.has(key)) byQuery.set(key, { query, filters, urls: [] });
    byQuery.get(key)!.urls.push(url(slug));
  }
  return [...byQuery.values()];
}

// One search costs about 15 ms in Chromium: every case (or name) up to 100, as with today's content,
// then 100 spread evenly over them (sampleOf), so the suite does not grow with the content.
describe('search finds every case (up to 100, spread over all)', () => {
  it('by its title, on the first page of results', async () => {
    const pairs = sampleOf(cases).map((c) => ({ query: c.data.title, slug: c.slug }));
    expect(await missingFrom(page, baseUrl, expecting(pairs), 10)).toEqual([]);
  });

  it('by each of its municipalities, in every official name', async () => {
    // Up to 100 names (all of today's), each with every case of that municipality. Within the
    // municipality's county (a filter every case has for each of its municipalities): the same
    // cases match, and a short name such as «Hå», which starts a thousand words, is not read through.
    const names = new Set(
      sampleOf([...new Set(cases.flatMap((c) => c.municipalities.flatMap((m) => m.names)))].sort()),
    );
    const pairs = cases.flatMap((c) =>
      c.municipalities.flatMap((m) =>
        m.names
          .filter((n) => names.has(n))
          .map((n) => ({ query: n, slug: c.slug, filters: { fylke: m.countyNumber } })),
      ),
    );
    expect(await missingFrom(page, baseUrl, expecting(pairs))).toEqual([]);
  });

  it('by the municipality name its sources used before a merger', async () => {
    const withHistory = sampleOf(cases.filter((c) => c.data.historicalNames.length > 0));
    expect(withHistory.length, 'cases with a historical municipality name').toBeGreaterThan(0);
    const pairs = withHistory.flatMap((c) => c.data.historicalNames.map((n) => ({ query: n, slug: c.slug })));
    expect(await missingFrom(page, baseUrl, expecting(pairs))).toEqual([]);
  });

  it('by its place, where it has no municipality', async () => {
    const placed = sampleOf(cases.filter((c) => c.municipalities.length === 0 && c.data.place));
    const pairs = placed.map((c) => ({ query: c.data.place!, slug: c.slug }));
    expect(await missingFrom(page, baseUrl, expecting(pairs))).toEqual([]);
  });
});

describe('Omsorg 3.0 and its measures', () => {
  const measures = cases.filter((c) => c.data.partOf === 'omsorg-3-0');

  it('has measures in named municipalities', () => {
    expect(measures.length).toBeGreaterThanOrEqual(5);
    for (const m of measures) expect(m.municipalities.length, m.slug).toBeGreaterThan(0);
  });

  it('links every measure from the main page, and each measure links back', () => {
    const main = readDist('saker/omsorg-3-0/index.html');
    for (const m of measures) {
      expect(main, `omsorg-3-0 links ${m.slug}`).toContain(`href="${url(m.slug)}"`);
      expect(readDist(`saker/${m.slug}/index.html`), `${m.slug} links back`).toContain('href="/saker/omsorg-3-0/"');
    }
  });
});
