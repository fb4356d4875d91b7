/**
 * Finding comparable cases: a page for every municipality and county, the finder's combobox by
 * keyboard and without JavaScript, related cases and spread on both ends, and no axe violations.
 */
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { browserSession } from './browser.ts';
import { cases, distFixtures, htmlFiles, readDist } from './site-data.ts';
import { counties, municipalities, municipality } from '../../src/model/municipalities.ts';

const baseUrl = inject('baseUrl');
const fixturesUrl = inject('fixturesUrl');
const session = browserSession();

/**
 * The smallest municipality with no case of its own: Utsira with today's cases. Picked from the
 * cases, not named, so the page without cases is tested whatever the content.
 */
const withoutCases = municipalities
  .filter((m) => m.sizeClass === 'small' && !cases.some((c) => c.municipalities.some((x) => x.number === m.number)))
  .sort((a, b) => a.population - b.population)[0];

describe('municipality and county pages', () => {
  it('builds a page for every one of the 357 municipalities and 15 counties', () => {
    const pages = htmlFiles();
    for (const m of municipalities) expect(pages, m.name).toContain(`/kommuner/${m.slug}/index.html`);
    for (const c of counties) expect(pages, c.name).toContain(`/fylker/${c.slug}/index.html`);
  });

  it('gives a small municipality with no case of its own comparable cases, small ones first', () => {
    expect(withoutCases, 'a small municipality with no case').toBeDefined();
    const html = readDist(`kommuner/${withoutCases!.slug}/index.html`);
    expect(html).toContain(`Samskapingsbanken har ingen saker fra ${withoutCases!.name} ennå.`);
    const listed = [...html.slice(html.indexOf('id="lignende"')).matchAll(/href="\/saker\/([^/]+)\/"/g)].map(
      (m) => m[1]!,
    );
    expect(listed.length).toBeGreaterThan(0);
    const first = cases.find((c) => c.slug === listed[0])!;
    expect(first.sizeClasses).toContain('small');
    expect(html).toContain('samme størrelse');
  });

  it('lists a municipality’s own cases on its page', () => {
    const html = readDist('kommuner/asker/index.html');
    expect(html).toContain('href="/saker/omradeforum-asker/"');
  });
});

describe('«Finn saker for din kommune»', () => {
  async function open(): Promise<void> {
    await session.page.goto(`${baseUrl}/kommuner/`);
  }

  it('finds a municipality by keyboard, tolerant of missing æøå, and ranks cases with reasons', async () => {
    await open();
    await session.page.focus('#finn-kommune');
    await session.page.keyboard.type('baeru');
    await session.page.waitForSelector('#finn-forslag:not([hidden]) [role="option"]');
    expect(await session.page.getAttribute('#finn-kommune', 'aria-expanded')).toBe('true');
    await session.page.keyboard.press('ArrowDown');
    const active = await session.page.getAttribute('#finn-kommune', 'aria-activedescendant');
    expect(active).toBe('finn-valg-3201');
    await session.page.keyboard.press('Enter');
    expect(await session.page.inputValue('#finn-kommune')).toBe('Bærum');
    expect(await session.page.getAttribute('#finn-kommune', 'aria-expanded')).toBe('false');
    await session.page.waitForSelector('[data-results]:not([hidden]) [data-list] li');
    const first = await session.page.textContent('[data-list] li:first-child');
    expect(first).toMatch(/samme størrelse|nesten samme størrelse/);
    expect(session.page.url()).toContain('kommune=3201');
  });

  it('knows Sámi names, and narrows by service area', async () => {
    await open();
    await session.page.fill('#finn-kommune', 'Tråante');
    await session.page.waitForSelector('#finn-valg-5001');
    await session.page.keyboard.press('ArrowDown');
    await session.page.keyboard.press('Enter');
    await session.page.selectOption('#finn-omrade', 'elderly-dementia');
    await session.page.waitForFunction(() =>
      /innen eldreomsorg og demens/.test(document.querySelector('[data-status]')?.textContent ?? ''),
    );
    expect(session.page.url()).toContain('tjenesteomrade=elderly-dementia');
  });

  it('suggests the right name for a typo, and says how many cases there are beyond the first 20', async () => {
    await open();
    await session.page.fill('#finn-kommune', 'Ringbu');
    await session.page.click('.sb-finder button[type="submit"]');
    await session.page.waitForFunction(() => /Mente du/.test(document.querySelector('[data-hint]')?.textContent ?? ''));
    expect(await session.page.textContent('[data-hint]')).toContain('Mente du Ringebu');
    await session.page.click('#finn-valg-3439');
    await session.page.waitForSelector('[data-results]:not([hidden]) [data-list] li');
    // Ringebu is not the only municipality with cases, so more than 20 cases come from others.
    const others = cases.filter((c) => !c.municipalities.some((m) => m.number === '3439')).length;
    expect(others).toBeGreaterThan(20);
    expect(await session.page.textContent('[data-status]')).toContain(`20 mest sammenlignbare av ${others} saker`);
    expect(await session.page.$$eval('[data-list] li', (lis) => lis.length)).toBe(20);
    await session.page.click('[data-more]');
    expect(await session.page.$$eval('[data-list] li', (lis) => lis.length)).toBe(others);
    expect(await session.page.isHidden('[data-more]')).toBe(true);
  });

  it('has no axe violations with the list open and results shown', async () => {
    await open();
    await session.page.fill('#finn-kommune', 'ut');
    await session.page.waitForSelector('#finn-forslag:not([hidden])');
    expect(await axeViolations(session.page)).toEqual([]);
    await session.page.goto(`${baseUrl}/kommuner/?kommune=1151`);
    await session.page.waitForSelector('[data-results]:not([hidden])');
    expect(await axeViolations(session.page)).toEqual([]);
  });

  it('without JavaScript, lists every municipality with a link to its page', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(`${baseUrl}/kommuner/`);
    const links = await noJs.$$eval('#alle ~ details a, section details a', (as) =>
      as.map((a) => a.getAttribute('href')),
    );
    expect(new Set(links).size).toBe(357);
    expect(await noJs.textContent('noscript')).toContain('velg kommunen din i listen under');
    expect(await noJs.getAttribute('noscript a', 'href')).toBe('#alle');
    // Sending the form without JavaScript is no dead end: it lands on the list of all municipalities.
    await noJs.fill('#finn-kommune', 'Ringebu');
    await noJs.click('.sb-finder button[type="submit"]');
    await noJs.waitForURL(/#alle$/);
    expect(new URL(noJs.url()).pathname).toBe('/kommuner/');
    await context.close();
  });
});

describe('related cases and spread', () => {
  it('shows related cases with the reason on case pages, built without script', () => {
    const withRelated = cases.filter((c) => readDist(`saker/${c.slug}/index.html`).includes('id="lignende"'));
    expect(withRelated.length).toBeGreaterThan(cases.length / 2);
    const html = readDist(`saker/${withRelated[0]!.slug}/index.html`);
    expect(html.slice(html.indexOf('id="lignende"'))).toMatch(/samme tjenesteområder? \(/);
  });

  it('shows a case that inspired another on both ends, and who adopted it, in the fixture site', () => {
    const source = readDist('saker/steg-1-manipulasjon/index.html', distFixtures);
    const follower = readDist('saker/steg-2-terapi/index.html', distFixtures);
    expect(source).toMatch(/Har inspirert: <a href="\/understi\/saker\/steg-2-terapi\/">/);
    expect(follower).toMatch(/Bygger på: <a href="\/understi\/saker\/steg-1-manipulasjon\/">/);
    expect(source).toContain(`href="/understi/kommuner/${municipality('3203')!.slug}/"`);
    expect(readDist(`kommuner/${municipality('3203')!.slug}/index.html`, distFixtures)).toContain(
      'Tatt i bruk fra andre',
    );
    expect(readDist('spredning/index.html', distFixtures)).toContain('Testsak steg-1-manipulasjon');
  });
});

describe('accessibility of the new pages (axe, WCAG 2.2 AA)', () => {
  for (const path of [
    `/kommuner/${withoutCases?.slug}/`,
    '/kommuner/trondheim-traante/',
    '/fylker/',
    '/fylker/agder/',
    '/spredning/',
    '/om/bidra/',
  ]) {
    it(`${path} has no violations`, async () => {
      await session.page.goto(`${baseUrl}${path}`);
      expect(await axeViolations(session.page)).toEqual([]);
    });
  }
  it('the fixture site’s spread page has no violations', async () => {
    await session.page.goto(`${fixturesUrl}/spredning/`);
    expect(await axeViolations(session.page)).toEqual([]);
  });
});
