/**
 * The published content: every source document is cited and shown by its title, and Pagefind
 * finds every case by its title, by each of its municipalities (also by a name from before a
 * merger) and, for cases without a municipality, by its place.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { searchAll } from './pagefind.ts';
import { cases, readDist } from './site-data.ts';
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

describe('search finds every case', () => {
  it('by its title, on the first page of results', async () => {
    const results = await searchAll(
      page,
      baseUrl,
      cases.map((c) => c.data.title),
    );
    const notFound = cases.filter((c) => !(results[c.data.title] ?? []).slice(0, 10).includes(url(c.slug)));
    expect(notFound.map((c) => `${c.slug} («${c.data.title}»)`)).toEqual([]);
  });

  it('by each of its municipalities, in every official name', async () => {
    const queries = [...new Set(cases.flatMap((c) => c.municipalities.flatMap((m) => m.names)))];
    const results = await searchAll(page, baseUrl, queries);
    const notFound = cases.flatMap((c) =>
      c.municipalities.flatMap((m) =>
        m.names.filter((n) => !results[n]!.includes(url(c.slug))).map((n) => `${c.slug} by «${n}»`),
      ),
    );
    expect(notFound).toEqual([]);
  });

  it('by the municipality name its sources used before a merger', async () => {
    const withHistory = cases.filter((c) => c.data.historicalNames.length > 0);
    expect(withHistory.length, 'cases with a historical municipality name').toBeGreaterThan(0);
    const results = await searchAll(
      page,
      baseUrl,
      withHistory.flatMap((c) => c.data.historicalNames),
    );
    const notFound = withHistory.flatMap((c) =>
      c.data.historicalNames.filter((n) => !results[n]!.includes(url(c.slug))).map((n) => `${c.slug} by «${n}»`),
    );
    expect(notFound).toEqual([]);
  });

  it('by its place, where it has no municipality', async () => {
    const placed = cases.filter((c) => c.municipalities.length === 0 && c.data.place);
    const results = await searchAll(
      page,
      baseUrl,
      placed.map((c) => c.data.place!),
    );
    const notFound = placed.filter((c) => !results[c.data.place!]!.includes(url(c.slug)));
    expect(notFound.map((c) => `${c.slug} by «${c.data.place}»`)).toEqual([]);
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
