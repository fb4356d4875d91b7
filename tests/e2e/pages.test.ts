/**
 * Every kind of page, as readers get it: zero axe violations (WCAG 2.2 AA), case pages without
 * JavaScript, the case list without JavaScript, and the 404 page.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { axeViolations as runAxe } from './axe.ts';
import { launchBrowser } from './browser.ts';
import { everyPageOf } from './list-pages.ts';
import { caseFiles, cases, casesDir, htmlFiles, readDist } from './site-data.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let axeContext: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  // axe is injected as a script, which the site's CSP rightly refuses; the audit context bypasses it.
  axeContext = await browser.newContext({ bypassCSP: true });
});
afterAll(async () => browser?.close());

async function axeViolations(
  path: string,
  prepare?: (page: import('playwright-core').Page) => Promise<void>,
): Promise<string[]> {
  const page = await axeContext.newPage();
  try {
    await page.goto(`${baseUrl}${path}`);
    if (prepare) await prepare(page);
    return await runAxe(page);
  } finally {
    await page.close();
  }
}

describe('accessibility (axe, WCAG 2.2 AA)', () => {
  const pages = [
    '/',
    '/saker/',
    '/om/',
    '/om/foresla-sak/',
    '/tilgjengelighet/',
    '/statistikk/',
    '/om/stigene/',
    '/om/skjema/',
    '/finnes-ikke/',
    '/tema/eldreomsorg-og-demens/',
    '/tema/liten-kommune/',
  ];
  for (const path of pages) {
    it(`${path} has no violations`, async () => {
      expect(await axeViolations(path)).toEqual([]);
    });
  }

  it('the search page and a browse page have no violations on a phone (375 px)', async () => {
    const phone = await browser.newContext({ bypassCSP: true, viewport: { width: 375, height: 800 } });
    const found: string[] = [];
    for (const path of ['/sok/?q=demens&storrelse=medium', '/tema/liten-kommune/']) {
      const page = await phone.newPage();
      await page.goto(`${baseUrl}${path}`);
      await page.waitForFunction(
        () =>
          !document.querySelector('form[data-search]') ||
          document.querySelector('form[data-search]')!.getAttribute('data-counts') === 'current',
      );
      // Before axe, which takes the cards past the first hundred out of the page.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
      );
      if (overflow) found.push(`${path}: scrolls sideways at 375 px`);
      found.push(...(await runAxe(page)));
    }
    await phone.close();
    expect(found).toEqual([]);
  });

  it('the search page has no violations, with results and filters showing', async () => {
    const found = await axeViolations('/sok/?q=kommune&storrelse=small', async (page) => {
      await page.waitForFunction(() =>
        /\d+ (saker?|treff)|Ingen treff/.test(document.getElementById('sok-status')?.textContent ?? ''),
      );
    });
    expect(found).toEqual([]);
  });

  // One case page for each thing a case page can show, not one per case: the suite must not grow
  // with the content. Every rung and step is covered by the fixture site (fixtures.test.ts).
  describe('case pages, one for each component they can show', () => {
    const pick = (why: string, test: (c: (typeof cases)[number]) => boolean) => ({ why, c: cases.find(test) });
    const longest = [...cases].sort((a, b) => b.data.summary.length - a.data.summary.length)[0];
    const picks = [
      pick('part of a larger case', (c) => c.data.partOf !== undefined),
      pick('has parts', (c) => cases.some((o) => o.data.partOf === c.slug)),
      pick('several municipalities', (c) => c.municipalities.length > 1),
      pick('abroad', (c) => c.data.country !== 'NO'),
      pick('national, no municipality', (c) => c.data.country === 'NO' && c.municipalities.length === 0),
      pick('no step and no rung', (c) => c.step === null && c.rung === null),
      pick('programmes and concepts', (c) => c.data.programmes.length > 0 && c.data.concepts.length > 0),
      pick(
        'barriers, drivers and reuse',
        (c) => c.data.barriers.length > 0 && c.data.drivers.length > 0 && !!c.data.reuse.requirements,
      ),
      { why: 'the longest summary', c: longest },
    ];
    for (const { why, c } of picks) {
      it(`a case page with ${why} has no violations`, async () => {
        expect(c, why).toBeDefined();
        expect(await axeViolations(`/saker/${c!.slug}/`)).toEqual([]);
      });
    }
  });
});

describe('without JavaScript', () => {
  it('no case page has a script', () => {
    // JSON-LD metadata is data in a script element, never run: anything else is a script.
    const withScript = cases.filter((c) =>
      /<script(?![^>]*type="application\/ld\+json")/i.test(readDist(`saker/${c.slug}/index.html`)),
    );
    expect(withScript.map((c) => c.slug)).toEqual([]);
  });

  it('a case page loads no JavaScript in the browser', async () => {
    const page = await browser.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await page.goto(`${baseUrl}/saker/${cases[0]!.slug}/`, { waitUntil: 'networkidle' });
    expect(scripts).toEqual([]);
    await page.close();
  });

  it('the list of all cases shows every case with JavaScript turned off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    // Page by page: a long list is split over /saker/side/2/ and on.
    const { items: links } = await everyPageOf(page, `${baseUrl}/saker/`, () =>
      page.$$eval('.sb-case-card h2 a', (as) =>
        as.map((a) => ({ href: a.getAttribute('href'), title: a.textContent })),
      ),
    );
    expect(links.map((l) => l.href).sort()).toEqual(caseFiles.map((slug) => `/saker/${slug}/`).sort());
    expect(links.map((l) => l.title).sort()).toEqual(cases.map((c) => c.data.title).sort());
    await context.close();
  });

  it('the search page tells a reader without JavaScript where to go instead', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/sok/`);
    expect(await page.textContent('body')).toContain('trenger JavaScript');
    expect(await page.getAttribute('noscript a, .sb-notice a', 'href')).toBe('/saker/');
    // …and to the browse pages, which need none.
    const browse = await page.$$eval('.sb-notice a', (as) => as.map((a) => a.getAttribute('href')));
    expect(browse).toContain('/tema/eldreomsorg-og-demens/');
    // Before any search the page already lists cases.
    expect(await page.locator('#sok-treff li').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('a browse page lists every case of its service area, and the front page links there', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    expect(await page.getAttribute('a:text-is("Eldreomsorg og demens")', 'href')).toBe('/tema/eldreomsorg-og-demens/');
    const { items: listed } = await everyPageOf(page, `${baseUrl}/tema/eldreomsorg-og-demens/`, () =>
      page.$$eval('.sb-case-list li h3 a', (as) => as.map((a) => a.getAttribute('href') ?? '')),
    );
    await page.goto(`${baseUrl}/tema/eldreomsorg-og-demens/`);
    const expected = cases
      .filter((c) => c.data.serviceAreas.includes('elderly-dementia'))
      .map((c) => `/saker/${c.slug}/`);
    expect(listed.sort()).toEqual(expected.sort());
    // The card says where, how big, and how far along, without repeating the country.
    const text = await page.textContent('.sb-case-list');
    expect(text).toContain('Status:');
    expect(text).not.toMatch(/(?<!\p{L})(\p{L}+), \1(?!\p{L})/u);
    await context.close();
  });
});

describe('site structure', () => {
  it('serves the 404 page for an unknown address', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${baseUrl}/saker/finnes-ikke/`);
    expect(response?.status()).toBe(404);
    expect(await page.textContent('h1')).toBe('Fant ikke siden');
    await page.close();
  });

  it("links every case page to its file's edit page, and shows when it was last checked", () => {
    for (const c of cases) {
      const html = readDist(`saker/${c.slug}/index.html`);
      // The file in the folder the site was built from: content/cases/, or the one CASES_DIR names.
      expect(html, c.slug).toMatch(new RegExp(`href="https://[^"]+/edit/main/${casesDir}/${c.slug}\\.mdx?"`));
      expect(html, c.slug).toContain('Sist kontrollert mot kildene: <time datetime=');
    }
  });

  it('reads every published case file, and nothing else, as a case', () => {
    // The file list is read by the test (site-data.ts), not by the pipeline: a file the pipeline
    // dropped would otherwise drop out of every expectation too.
    expect(cases.map((c) => c.slug).sort()).toEqual(caseFiles);
  });

  it('builds a page for every case file', () => {
    // Old addresses of pages that moved (src/model/moved-pages.ts) are pointers, not cases.
    const built = htmlFiles()
      .filter((f) => /^\/saker\/[^/]+\/index\.html$/.test(f) && !readDist(f).includes('http-equiv="refresh"'))
      .map((f) => f.split('/')[2]!);
    expect(built.sort()).toEqual(caseFiles);
  });
});
