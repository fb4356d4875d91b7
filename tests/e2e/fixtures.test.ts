/**
 * The site built from the test fixtures: the pages render every placement on both ladders, cases
 * without optional fields, and the GitHub-flavoured Markdown case pages use, all without axe
 * violations.
 */
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { browserSession } from './browser.ts';
import { join } from 'node:path';
import { everyPageOf } from './list-pages.ts';
import { distFixtures, publishedIn, readDist, root } from './site-data.ts';

const fixturesUrl = inject('fixturesUrl');
const session = browserSession();

const html = (slug: string) => readDist(`saker/${slug}/index.html`, distFixtures);

describe('GitHub-flavoured Markdown in a case (rendered by Sätteri, without remark-gfm)', () => {
  const gfm = html('gfm');
  it('renders tables with header cells', () => {
    expect(gfm).toMatch(/<table>\s*<thead>\s*<tr>\s*<th>År<\/th>/);
  });
  it('renders footnotes with Norwegian labels', () => {
    expect(gfm).toContain('data-footnote-ref');
    expect(gfm).toMatch(/<h2 class="sr-only" id="footnote-label">Fotnoter<\/h2>/);
    expect(gfm).toContain('aria-label="Tilbake til henvisning 1"');
  });
  it('renders task lists with their state in words for screen readers, not as unlabelled checkboxes', () => {
    expect(gfm).toContain(
      '<span class="sb-task"><span aria-hidden="true">☑</span><span class="sr-only">Utført:</span></span> Forankret',
    );
    expect(gfm).toContain('<span class="sr-only">Ikke utført:</span></span> Evaluert');
    expect(gfm).not.toContain('type="checkbox"');
  });
  it('shows escaped braces and a lone «<» as text, and keeps the allowed <abbr>', () => {
    expect(gfm).toContain(
      'Tegn som vises som tegn: { og }, a &lt; b, og <abbr title="Kommunenes sentralforbund">KS</abbr>.',
    );
  });
  it('renders strikethrough and autolinks', () => {
    expect(gfm).toContain('<del>Pilot A</del>');
    expect(gfm).toContain('<a href="https://www.regjeringen.no/">https://www.regjeringen.no/</a>');
    expect(gfm).toContain('<a href="http://www.ks.no">www.ks.no</a>');
  });
});

describe('hosting under a sub-path (BASE=/understi/)', () => {
  it('puts the base path on every link in the site, links in case texts too', () => {
    const html =
      readDist('saker/gfm/index.html', distFixtures) +
      readDist('index.html', distFixtures) +
      readDist('sok/index.html', distFixtures);
    const rootRelative = [...html.matchAll(/\s(?:href|src|action|data-pagefind-base)="(\/[^"]*)"/g)].map((m) => m[1]!);
    expect(rootRelative.length).toBeGreaterThan(10);
    expect(rootRelative.filter((u) => !u.startsWith('/understi/'))).toEqual([]);
  });

  it('finds cases in search, with result links under the base path', async () => {
    const search = await (await session.browser.newContext()).newPage();
    await search.goto(`${fixturesUrl}/sok/?q=testsak`);
    // The answer to the query, not the page's first status («Alle N saker»), which is there before the search runs.
    await search.waitForFunction(() =>
      /\d+ (treff|saker?) for «testsak»/.test(document.getElementById('sok-status')?.textContent ?? ''),
    );
    const links = await search.$$eval('#sok-treff a', (as) => as.map((a) => a.getAttribute('href')));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(/^\/understi\/saker\/[a-z0-9-]+\/$/);
  });

  it('searches an index built in parts as one: every case, in order, with every kind counted', async () => {
    // build:fixtures puts at most 8 pages in each part of the index, so these pages span several parts.
    const parts = JSON.parse(readDist('pagefind/deler.json', distFixtures)) as string[];
    expect(parts.length).toBeGreaterThan(0);
    const files = (dir: string) => publishedIn(join(root, dir));
    const slugs = files('tests/fixtures/cases/valid');
    const search = await (await session.browser.newContext()).newPage();
    await search.goto(`${fixturesUrl}/sok/?sorter=navn`);
    await search.waitForFunction(
      () => document.querySelector<HTMLFormElement>('form[data-search]')?.dataset.counts === 'current',
    );
    expect(await search.textContent('#sok-status')).toBe(`Alle ${slugs.length} saker, etter navn.`);
    while (await search.isVisible('[data-more]')) {
      const before = await search.locator('#sok-treff li').count();
      await search.click('[data-more]');
      await search.waitForFunction((n) => document.querySelectorAll('#sok-treff li').length > n, before);
    }
    const shown = await search.$$eval('#sok-treff h3 a', (as) => as.map((a) => a.getAttribute('href')));
    expect([...shown].sort()).toEqual(slugs.map((s) => `/understi/saker/${s}/`).sort());
    const titles = await search.$$eval('#sok-treff h3 a', (as) => as.map((a) => a.textContent ?? ''));
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'nb')));
    expect(await search.textContent('[data-count="type:virkemiddel"]')).toBe(
      `(${files('tests/fixtures/virkemidler/valid').length})`,
    );
    expect(await search.textContent('[data-count="type:begrep"]')).toBe(
      `(${files('tests/fixtures/begreper/valid').length})`,
    );
  });
});

describe('long lists split over pages (LIST_PAGE_SIZE=4 in this build)', () => {
  const slugs = publishedIn(join(root, 'tests/fixtures/cases/valid'));
  const pages = Math.ceil(slugs.length / 4);

  it('lists every case once over /saker/ and /saker/side/<n>/, following «Neste side» without JavaScript', async () => {
    expect(pages).toBeGreaterThan(2);
    const page = await (await session.browser.newContext({ javaScriptEnabled: false })).newPage();
    const { items: listed, paths } = await everyPageOf(page, `${fixturesUrl}/saker/`, async () => {
      const cards = await page.$$eval('.sb-case-card h2 a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(cards.length).toBeLessThanOrEqual(4);
      return cards;
    });
    expect(paths).toEqual([
      '/understi/saker/',
      ...Array.from({ length: pages - 1 }, (_, i) => `/understi/saker/side/${i + 2}/`),
    ]);
    expect([...listed].sort()).toEqual(slugs.map((s) => `/understi/saker/${s}/`).sort());
    // The last page says where it is, and marks itself among the page links.
    expect(await page.textContent('h1')).toBe(`Alle saker, side ${pages} av ${pages}`);
    expect(await page.textContent('.sb-pager a[aria-current="page"]')).toContain(String(pages));
    expect(await page.$('.sb-pager a[rel="prev"]')).not.toBeNull();
  });

  it('has no axe violations on a later page of the list', async () => {
    await session.page.goto(`${fixturesUrl}/saker/side/2/`);
    expect(await axeViolations(session.page)).toEqual([]);
  });
});

describe('ladders on the case page', () => {
  it('marks the step and rung in words, not only by colour', () => {
    const built = html('steg-4-konsultasjon');
    expect(built).toContain('Trinn 4 av 5: Utvikle og teste sammen');
    expect(built).toContain('Trinn 4 av 8: Konsultasjon (symbolsk deltakelse)');
    expect(built.match(/aria-current="true"/g)).toHaveLength(2);
    expect(built.match(/← denne saken/g)).toHaveLength(2);
  });
  it('says so when a case has no place on a ladder', () => {
    const built = html('uten-innbyggere');
    expect(built).toContain(
      'Ikke plassert: kildene beskriver ingen innbyggere, brukere, pårørende, frivillige eller sivilsamfunn som tar del',
    );
    expect(built).toContain('Ikke plassert: kildene beskriver ingen rolle for innbyggerne i beslutningene');
    expect(built).not.toContain('aria-current="true"');
  });
  it('shows each rating with its basis, its confidence and a link to the rule it was placed by', () => {
    const built = html('steg-4-konsultasjon');
    expect(built.match(/<dt>Kildested<\/dt>\s*<dd>Testkilde, side 1<\/dd>/g)).toHaveLength(2);
    expect(built).toMatch(/<dt>Sikkerhet<\/dt>\s*<dd>Klar lesning av kilden<\/dd>/);
    expect(built).toMatch(/<dt>Sikkerhet<\/dt>\s*<dd>Skjønn på tynt grunnlag<\/dd>/);
    expect(built).toContain('href="/understi/om/stigene/#trapp-4">Regelen for trinn 4 på samskapingstrappen</a>');
    expect(built).toContain('href="/understi/om/stigene/#stige-4">Regelen for trinn 4 på Arnsteins stige</a>');
    const rubric = readDist('om/stigene/index.html', distFixtures);
    for (const id of ['trapp-ingen', 'trapp-4', 'stige-ingen', 'stige-4', 'hvem-teller'])
      expect(rubric).toContain(`id="${id}"`);
  });
  it('says what the sources do not, when optional fields are left out', () => {
    const built = html('steg-3-informasjon');
    expect(built).toContain('Kildene sier ikke hva som skal til');
    expect(built).toContain('Kildene oppgir ingen kontakt');
    expect(built).toContain('Ikke oppgitt i kildene');
  });
});

describe('accessibility of every fixture page (axe, WCAG 2.2 AA)', () => {
  const slugs = [
    'gfm',
    'steg-1-manipulasjon',
    'steg-2-terapi',
    'steg-3-informasjon',
    'steg-4-konsultasjon',
    'steg-5-blidgjoring',
    'partnerskap',
    'delegert-makt',
    'innbyggerkontroll',
    'uten-innbyggere',
  ];
  for (const slug of slugs) {
    it(`/saker/${slug}/ has no violations`, async () => {
      await session.page.goto(`${fixturesUrl}/saker/${slug}/`);
      expect(await axeViolations(session.page)).toEqual([]);
    });
  }
});
