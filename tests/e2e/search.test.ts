/**
 * Search as a visitor uses it: Pagefind in Debian's Chromium against the built site, with the site's
 * Content-Security-Policy in force.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { searchSpread } from './pagefind.ts';
import { caseFiles, cases, readDist, root, sampleOf } from './site-data.ts';
import { loadKind } from '../../src/pipeline/content.ts';
import { contentKinds, programmeKind } from '../../src/pipeline/kinds.ts';
import { facets } from '../../src/lib/facets.ts';
import { municipalities } from '../../src/model/municipalities.ts';
import { sizeBands } from '../../src/model/vocabularies.ts';

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
      /\d+ (saker?|treff)|Ingen treff/.test(document.getElementById('sok-status')?.textContent ?? '') &&
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

/**
 * Every case the search page lists with all the words of a query, after «Vis flere» until those run
 * out (the cases with only some of the words come after them). Only for queries that few cases
 * match: each click is a round trip.
 */
async function allWithAllWords(query: string): Promise<string[]> {
  await searchAt(query);
  while ((await page.isVisible('[data-more]')) && (await page.isHidden('#sok-bredere-tittel'))) {
    const before = await page.locator('.sb-results li h3 a').count();
    await page.click('[data-more]');
    await page.waitForFunction((n) => document.querySelectorAll('.sb-results li h3 a').length > n, before);
  }
  return page.$$eval('#sok-treff > li h3 a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
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

  it('finds a case by another form of a word: «frivillige» also finds «frivillig»', async () => {
    // A case whose indexed text has «frivillig» but never «frivillige» is found only by taking the ending off.
    const stemOnly = cases.filter((c) => {
      const text = indexedText(c.slug).toLowerCase();
      return /\bfrivillig\b/.test(text) && !/\bfrivillige\b/.test(text);
    });
    expect(stemOnly.length, 'a case that says «frivillig» but not «frivillige»').toBeGreaterThan(0);
    // With the longest word of its title, which few other cases have: the case must be listed with
    // all the words, not only with some of them, however many cases say «frivillige».
    for (const c of sampleOf(stemOnly, 5)) {
      const rare = c.data.title.split(/[^\p{L}\p{N}]+/u).sort((a, b) => b.length - a.length)[0]!;
      const found = await allWithAllWords(`?q=${encodeURIComponent(`frivillige ${rare}`)}`);
      expect(found, `«frivillige ${rare}»`).toContain(`/saker/${c.slug}/`);
    }
  });

  it('does not take «demens» for the pronoun «dem»', async () => {
    // Pagefind's Norwegian stemmer cut both to «dem». The page must ask for the word itself: as many
    // results as Pagefind has for «demens», which are fewer than for «dem».
    const { status } = await searchAt('?q=demens');
    // Up to 100 results, spread from the first to the last, are read: every one of today's.
    const { demens, dem } = await searchSpread(page, baseUrl, ['demens', 'dem'], 100);
    expect(dem!.count, 'pages with words that start with «dem» but are not «demens»').toBeGreaterThan(demens!.count);
    expect(status).toBe(`${demens!.count} treff for «demens».`);
    // …and every page Pagefind finds for it says something about dementia.
    expect(demens!.urls.length).toBeGreaterThan(3);
    const off = demens!.urls.filter(
      (url) =>
        !readDist(`${url.slice(1)}index.html`)
          .toLowerCase()
          .includes('demens'),
    );
    expect(off).toEqual([]);
  });

  it('finds the cases tagged «Eldreomsorg og demens» for «eldreomsorg»', async () => {
    const tagged = cases
      .filter((c) => c.data.serviceAreas.includes('elderly-dementia'))
      .map((c) => `/saker/${c.slug}/`);
    expect(tagged.length).toBeGreaterThan(10);
    // Searched within the tag, with one page load however many there are: the word finds every
    // tagged case when it finds as many as are tagged (the filter itself is tested below).
    const { status, hits } = await searchAt('?q=eldreomsorg&tjenesteomrade=elderly-dementia');
    expect(status).toBe(`${tagged.length} treff for «eldreomsorg» med de valgte filtrene.`);
    for (const hit of hits) expect(tagged).toContain(hit.url);
  });

  it('does not let small words decide: «frivillige i eldreomsorgen»', async () => {
    const { hits } = await searchAt('?q=frivillige%20i%20eldreomsorgen');
    expect(hits.map((h) => h.url)).toContain('/saker/frivillighetssamarbeid-lillehammer/');
  });

  it('suggests the word meant for a misspelling, and shows its cases', async () => {
    const { status, hits } = await searchAt('?q=hverdagsrehabilitring');
    expect(await page.textContent('#sok-forslag')).toBe('Mente du «hverdagsrehabilitering»?');
    expect(status).toContain('hverdagsrehabilitering');
    expect(hits.map((h) => h.url)).toContain('/saker/hverdagsrehabilitering-nome/');
  });

  it('lists cases with some of the words under their own heading when none has all', async () => {
    const { status } = await searchAt('?q=NAV%20ungdom');
    expect(status).toMatch(/Ingen treff har alle ordene.*\d+ treff har noen av dem/);
    expect(await page.isVisible('#sok-bredere-tittel')).toBe(true);
    expect(await page.locator('#sok-bredere > li').count()).toBeGreaterThan(0);
  });

  it('lets a short word in a longer query match only whole: «NAV kommune» does not find «navn»', async () => {
    const { hits } = await searchAt('?q=NAV%20kommune');
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      // The page, its metadata included, has NAV as a word of its own.
      expect(readDist(`${hit.url.slice(1)}index.html`), hit.url).toMatch(/(^|[^\p{L}])nav([^\p{L}]|$)/iu);
    }
  });

  it('counts the filters over the results listed, a short word of the query included', async () => {
    // «kommune» alone finds far more pages; the counts must be those of the pages with NAV as well.
    const { status } = await searchAt('?q=NAV%20kommune');
    const listed = Number(/(\d+) (treff|saker?)/.exec(status)?.[1]);
    expect(listed).toBeGreaterThan(0);
    const typeCounts = await page.$$eval('[data-count^="type:"]', (els) =>
      els.map((e) => Number(e.textContent?.replace(/\D/g, ''))),
    );
    expect(typeCounts.reduce((a, b) => a + b, 0)).toBe(listed);
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
      const shown = await page.locator(`[data-count="storrelse:${v.key}"]`).textContent({ timeout: 5000 });
      expect(shown, v.key).toBe(`(${n})`);
    }
  });

  it('searches once when Enter follows the typing, not again after the pause for typing', async () => {
    await page.goto(`${baseUrl}/sok/`);
    await page.waitForFunction(
      () => document.querySelector<HTMLFormElement>('form[data-search]')?.dataset.counts === 'current',
    );
    // Each search writes the form's state into the URL as it starts.
    const started = await page.evaluate(async () => {
      let searches = 0;
      const replace = history.replaceState.bind(history);
      history.replaceState = (...args: Parameters<History['replaceState']>) => {
        searches++;
        replace(...args);
      };
      const input = document.querySelector<HTMLInputElement>('#sok-q')!;
      input.value = 'eldre';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.form!.requestSubmit();
      // Well past the 150 ms pause after the last keystroke.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      return searches;
    });
    expect(started).toBe(1);
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

  it('lists every case with no query, and sorts them by municipality size', async () => {
    await page.goto(`${baseUrl}/sok/`);
    // The number of case files, counted by the test (site-data.ts), not by the site.
    expect(await page.textContent('#sok-status')).toBe(`Alle ${caseFiles.length} saker, etter navn.`);
    expect(await page.locator('#sok-treff > li').count()).toBe(Math.min(10, caseFiles.length));
    // A case's size is its largest municipality's. Cases of the same size may come in any order,
    // so the first page is compared by size, not by name.
    const population = new Map(
      cases
        .filter((c) => c.municipalities.length > 0)
        .map((c) => [`/saker/${c.slug}/`, Math.max(...c.municipalities.map((m) => m.population))]),
    );
    const smallest = [...population.values()].sort((a, b) => a - b).slice(0, 10);
    const { status, hits } = await searchAt('?sorter=minst');
    expect(status).toBe(`Alle ${caseFiles.length} saker, minste kommune først.`);
    expect(hits.map((h) => population.get(h.url))).toEqual(smallest);
  });

  it('sorts the results of a query newest first, and fetches an order only when one is asked for', async () => {
    const orderFiles: string[] = [];
    const listen = (r: import('playwright-core').Request) => {
      const path = new URL(r.url()).pathname;
      if (path.includes('/sok/rekkefolge/')) orderFiles.push(path);
    };
    page.on('request', listen);
    await searchAt('?q=frivillige');
    expect(orderFiles).toEqual([]);
    const { status, hits } = await searchAt('?q=frivillige&sorter=nyest');
    page.off('request', listen);
    expect(orderFiles).toEqual(['/sok/rekkefolge/nyest.json']);
    // Pagefind's own results for the word the page asks for, «frivillig»: up to 100, spread over
    // all (every one of today's), to compare the first page with.
    const { frivillig } = await searchSpread(page, baseUrl, ['frivillig'], 100);
    expect(status).toBe(`${frivillig!.count} treff for «frivillige».`);
    // Pages without a year (programmes, concepts, cases the sources do not date) come last.
    const year = (url: string) => {
      const c = cases.find((c) => `/saker/${c.slug}/` === url);
      return c?.data.period.start ?? c?.data.period.end ?? -Infinity;
    };
    const years = hits.map((h) => year(h.url));
    expect(years).toEqual([...years].sort((a, b) => b - a));
    // No page after the first is newer than the first page's last. The results span several years,
    // so another order would show; the first page alone may not (with many cases, all ten may share
    // the newest year).
    const later = frivillig!.urls.filter((u) => !hits.some((h) => h.url === u)).map(year);
    expect(new Set([...years, ...later]).size, 'years among the results').toBeGreaterThan(1);
    expect(later.filter((y) => y > years.at(-1)!)).toEqual([]);
  });

  it('lists only cases without a query, and still counts the other kinds of page', async () => {
    const { status, hits } = await searchAt('?sorter=navn');
    expect(status).toBe(`Alle ${caseFiles.length} saker, etter navn.`);
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(hit.url).toMatch(/^\/saker\//);
    const programmes = loadKind(programmeKind, root, contentKinds).entries.length;
    expect(await page.textContent('[data-count="type:virkemiddel"]')).toBe(`(${programmes})`);
    await page.click('details[data-group="type"] > summary');
    await page.check('#f-type-virkemiddel');
    await page.waitForFunction(() =>
      /treff med de valgte filtrene/.test(document.getElementById('sok-status')?.textContent ?? ''),
    );
    expect(await page.textContent('#sok-status')).toBe(`${programmes} treff med de valgte filtrene, etter navn.`);
  });

  it('shows ticked filters as chips that can be removed one by one or all at once', async () => {
    await searchAt('?tjenesteomrade=elderly-dementia&storrelse=small');
    expect(await page.locator('[data-chips] li').count()).toBe(2);
    expect(await page.textContent('.sb-filters > summary')).toContain('(2 valgt)');
    await page.click('[data-chips] li:first-child button');
    await page.waitForURL((u) => !u.search.includes('tjenesteomrade'));
    expect(await page.locator('[data-chips] li').count()).toBe(1);
    await page.click('[data-clear]');
    await page.waitForURL((u) => u.search === '');
    expect(await page.isHidden('[data-chips]')).toBe(true);
  });

  it('says which municipality of a case made it match the size filter', async () => {
    const omsorg = cases.find((c) => c.slug === 'omsorg-3-0')!;
    const small = omsorg.municipalities.filter((m) => m.sizeClass === 'small');
    expect(small.length, 'Omsorg 3.0 has a small municipality').toBeGreaterThan(0);
    expect(small.length).toBeLessThan(omsorg.municipalities.length);
    await searchAt('?q=omsorg%203.0&storrelse=small');
    const card = page.locator('#sok-treff > li', { has: page.locator('a[href="/saker/omsorg-3-0/"]') });
    expect(await card.textContent()).toContain(`Passer størrelsen: ${small[0]!.name}`);
  });

  it('ticks the size of a chosen municipality and its neighbours', async () => {
    await page.goto(`${baseUrl}/sok/`);
    const nome = municipalities.find((m) => m.name === 'Nome')!;
    const order = sizeBands.map((b) => b.key);
    const at = order.indexOf(nome.sizeBand);
    const expected = order.filter((_, i) => Math.abs(i - at) <= 1);
    await page.fill('#sok-min-kommune', 'Nome');
    await page.dispatchEvent('#sok-min-kommune', 'change');
    await page.waitForURL(/innbyggere=/);
    const ticked = await page.$$eval('input[name="innbyggere"]:checked', (bs) =>
      bs.map((b) => (b as HTMLInputElement).value),
    );
    expect(ticked).toEqual(expected);
    expect(await page.textContent('[data-min-kommune-svar]')).toContain('Nome har');
  });

  it('puts the results first on a phone, with the filters folded and a link to skip to the results', async () => {
    const phone = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await phone.goto(`${baseUrl}/sok/?q=eldre`);
    await phone.waitForFunction(() =>
      /(saker?|treff) for/.test(document.getElementById('sok-status')?.textContent ?? ''),
    );
    expect(await phone.getAttribute('details.sb-filters', 'open')).toBeNull();
    expect(await phone.getAttribute('a[href="#sok-resultater"]', 'href')).toBe('#sok-resultater');
    const top = await phone.evaluate(() => document.querySelector('#sok-treff li')!.getBoundingClientRect().top);
    expect(top).toBeLessThan(800);
    await phone.close();
  });

  it('runs under the Content-Security-Policy without errors, on a page of its own', async () => {
    // Its own page, so the test does not depend on which tests ran before it.
    const fresh = await browser.newPage();
    const errors: string[] = [];
    fresh.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    fresh.on('pageerror', (e) => errors.push(e.message));
    await fresh.goto(`${baseUrl}/sok/?q=frivillige&storrelse=small`);
    await fresh.waitForFunction(() =>
      /\d+ (saker?|treff)|Ingen treff/.test(document.getElementById('sok-status')?.textContent ?? ''),
    );
    await fresh.fill('#sok-q', 'hverdagsrehabilitring');
    await fresh.waitForFunction(() =>
      /Fant ikke|Mente du|\d+ (saker?|treff)/.test(document.getElementById('sok-status')?.textContent ?? ''),
    );
    await fresh.close();
    expect(errors).toEqual([]);
    // And nothing went wrong on the page the other tests used.
    expect(problems).toEqual([]);
  });
});
