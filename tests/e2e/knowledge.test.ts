/**
 * Programmes (virkemidler) and concepts (begreper) as readers get them: from a case to the programme
 * it used and back, without JavaScript; proposals marked as proposals; the A–Z list in Norwegian
 * order; the index pages axe-clean and without sideways scrolling at 320 px; the six moved case
 * addresses pointing on, and kept out of the case data. One page of each type, not every page.
 */
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { browserSession } from './browser.ts';
import { distFixtures, readDist } from './site-data.ts';

const baseUrl = inject('baseUrl');
const fixturesUrl = inject('fixturesUrl');
const session = browserSession();

async function noScriptPage() {
  const context = await session.browser.newContext({ javaScriptEnabled: false });
  return context.newPage();
}

describe('from a case to the programme it used, and back (fixtures, no JavaScript)', () => {
  it('follows the links both ways', async () => {
    const page = await noScriptPage();
    await page.goto(`${fixturesUrl}/saker/partnerskap/`);
    const section = page.locator('section', {
      has: page.getByRole('heading', { name: 'Virkemidler og begreper i saken' }),
    });
    await section.getByRole('link', { name: 'Testprogrammet' }).click();
    await page.waitForURL('**/understi/virkemidler/testprogram/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Testprogrammet');
    const cases = page.locator('section', {
      has: page.getByRole('heading', { name: 'Saker som brukte Testprogrammet' }),
    });
    await cases.getByRole('link', { name: 'Testsak partnerskap' }).click();
    await page.waitForURL('**/understi/saker/partnerskap/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Testsak partnerskap');
    await page.context().close();
  });

  it('lists the concept on the case, and the case and programme on the concept page', () => {
    const concept = readDist('begreper/testbegrep/index.html', distFixtures);
    expect(concept).toContain('<a href="/understi/saker/partnerskap/">Testsak partnerskap</a>');
    expect(concept).toContain('<a href="/understi/virkemidler/testprogram/">Testprogrammet</a>');
    // Related both ways: Testbegrepet names Øvingsbegrepet, so Øvingsbegrepet lists Testbegrepet.
    expect(readDist('begreper/ovingsbegrep/index.html', distFixtures)).toContain(
      '<a href="/understi/begreper/testbegrep/">Testbegrepet</a>',
    );
    expect(readDist('saker/partnerskap/index.html', distFixtures)).toContain(
      '<a href="/understi/begreper/testbegrep/">Testbegrepet</a>',
    );
  });
});

describe('proposals and the A–Z list (fixtures)', () => {
  it('marks a committee proposal as a proposal, with where the report proposes it', async () => {
    const page = await noScriptPage();
    await page.goto(`${fixturesUrl}/virkemidler/testforslag/`);
    const note = (await page.getByRole('note').textContent())!.replace(/\s+/g, ' ');
    expect(note).toContain('Forslag fra utvalget, ikke vedtatt.');
    expect(note).toContain('kap. 7.2, avsnittet «Testfond»');
    await page.goto(`${fixturesUrl}/virkemidler/testprogram/`);
    expect(await page.getByRole('note').count()).toBe(0);
    await page.context().close();
  });

  it('lists concepts under letter headings, Ø after T, and other names pointing to the concept', async () => {
    const page = await noScriptPage();
    await page.goto(`${fixturesUrl}/begreper/`);
    expect(await page.locator('.sb-az h2').allTextContents()).toEqual(['P', 'T', 'Ø']);
    const p = page.locator('section', { has: page.getByRole('heading', { name: 'P', exact: true }) });
    expect((await p.locator('li').textContent())!.replace(/\s+/g, ' ').trim()).toBe('Prøveord: se Testbegrepet');
    await page.context().close();
  });

  it('groups programmes by kind and by who can use them', async () => {
    const page = await noScriptPage();
    await page.goto(`${fixturesUrl}/virkemidler/`);
    expect(await page.locator('section[aria-labelledby="etter-type"] h3').allTextContents()).toEqual([
      'Fond (1)',
      'Tilskuddsordning (1)',
    ]);
    const civil = page.locator('section[aria-labelledby="for-civil-society"]');
    expect(await civil.getByRole('link').allTextContents()).toEqual(['Testprogrammet']);
    await page.context().close();
  });
});

describe('the real site', () => {
  for (const path of ['/virkemidler/', '/begreper/', '/virkemidler/ski-danmark/', '/begreper/cbpr/']) {
    it(`${path} has no axe violations and no sideways scrolling at 320 px`, async () => {
      expect(await axeViolationsAt(path)).toEqual([]);
      const page = await (await session.browser.newContext({ viewport: { width: 320, height: 640 } })).newPage();
      await page.goto(`${baseUrl}${path}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await page.context().close();
    });
  }

  it('reaches both lists from the main menu and the front page', () => {
    const front = readDist('index.html');
    const menu = front.slice(front.indexOf('aria-label="Hovedmeny"'));
    expect(menu).toContain('<a href="/virkemidler/">Virkemidler</a>');
    expect(menu).toContain('<a href="/begreper/">Begreper</a>');
    expect(front.slice(front.indexOf('<main'))).toMatch(/href="\/virkemidler\/"[\s\S]*href="\/begreper\/"/);
  });

  it('indexes programmes and concepts for search with their type', () => {
    expect(readDist('virkemidler/ski-danmark/index.html')).toContain(
      '<meta data-pagefind-filter="type[content]" content="virkemiddel">',
    );
    expect(readDist('begreper/cbpr/index.html')).toContain(
      '<meta data-pagefind-filter="type[content]" content="begrep">',
    );
    expect(readDist('saker/lagmodellen/index.html')).toContain(
      '<meta data-pagefind-filter="type[content]" content="sak">',
    );
  });

  it('keeps a moved case address working: a pointer to the new page, not indexed, not a case', async () => {
    const page = await noScriptPage();
    await page.goto(`${baseUrl}/saker/adda-sverige/`, { waitUntil: 'commit' });
    const html = readDist('saker/adda-sverige/index.html');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/virkemidler/adda-sverige/">');
    expect(html).toMatch(/<a href="\/virkemidler\/adda-sverige\/">ADDA \(Sverige\)<\/a>/);
    expect(html).not.toContain('data-pagefind-body');
    await page.context().close();
    expect(readDist('sitemap-0.xml')).not.toContain('/saker/adda-sverige/');
    expect(readDist('sitemap-0.xml')).toContain('/virkemidler/adda-sverige/');
    expect(readDist('feed.xml')).not.toContain('/saker/adda-sverige/');
    expect(JSON.parse(readDist('data/saker.json')).cases.map((c: { id: string }) => c.id)).not.toContain(
      'adda-sverige',
    );
    expect(JSON.parse(readDist('data/virkemidler.json')).programmes.map((c: { id: string }) => c.id)).toContain(
      'adda-sverige',
    );
  });

  it('exports programmes and concepts as CSV for Norwegian Excel', () => {
    const csv = readDist('data/begreper.csv');
    expect(csv.startsWith('\uFEFF"id";"url";"tittel";"definisjon"')).toBe(true);
    expect(csv).toContain('"cbpr";');
    expect(readDist('data/virkemidler.csv')).toContain('"ski-danmark";');
  });
});

async function axeViolationsAt(path: string): Promise<string[]> {
  const page = await (await session.browser.newContext({ bypassCSP: true })).newPage();
  try {
    await page.goto(`${baseUrl}${path}`);
    return await axeViolations(page);
  } finally {
    await page.context().close();
  }
}
