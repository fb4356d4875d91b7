/**
 * What a newcomer needs beyond the layout. Reaching the editors without GitHub: /om/ gives their address, the accessibility statement takes
 * feedback by e-mail and points to uustatus.no, and the suggestion form asks the questions of
 * `npm run ny-sak`, posts to the mail program without JavaScript, and with JavaScript writes a
 * readable e-mail and a draft case file. «Spredt» means the same on /spredning/ and in the status
 * filter, and the front page lists new and changed cases with their dates.
 */
import { describe, expect, inject, it } from 'vitest';
import { browserSession } from './browser.ts';
import { cases } from './site-data.ts';

const baseUrl = inject('baseUrl');
const session = browserSession();
// The placeholder in src/site.ts, unless the build was given the real address.
const address = process.env.EDITOR_EMAIL ?? 'redaksjonen@samskapingsbanken.no';

describe('reaching the editors', () => {
  it('/om/ says who edits, how cases are checked, and gives the address', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/om/`);
    const headings = await page.$$eval('h2', (hs) => hs.map((h) => h.textContent));
    expect(headings).toEqual(
      expect.arrayContaining([
        'Hvem som redigerer',
        'Slik kontrolleres sakene',
        'Kontakt redaksjonen',
        'Lisens og gjenbruk',
      ]),
    );
    expect(await page.getAttribute(`a[href="mailto:${address}"]`, 'href')).toBe(`mailto:${address}`);
  });

  it('the accessibility statement takes feedback by e-mail and links to uustatus.no', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/tilgjengelighet/`);
    expect(await page.$('a[href="https://uustatus.no/"]')).not.toBeNull();
    const mail = await page.getAttribute(`a[href^="mailto:${address}?"]`, 'href');
    expect(decodeURIComponent(mail!)).toContain('subject=Tilgjengelighet');
  });

  it('a case page leads back to its facts from the end, and explains its evidence level', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/saker/${cases[0]!.slug}/`);
    expect(await page.$('.sb-meta-line a[href="#fakta-tittel"]')).not.toBeNull();
    expect(await page.$('#fakta-tittel')).not.toBeNull();
    // «Beskrevet» and the other levels are explained where they are shown (the vocabulary's words).
    const evidence = await page.$eval('.sb-facts dt:text("Dokumentasjon") + dd', (dd) => dd.textContent ?? '');
    expect(evidence).toMatch(/evaluert|studert|målt/);
  });

  it('every page leads to the editors and the suggestion form without GitHub', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/saker/${cases[0]!.slug}/`);
    expect(await page.getAttribute('footer a:text("Om oss og kontakt")', 'href')).toBe('/om/');
    await page.goto(`${baseUrl}/om/`);
    expect(await page.$('main a[href="/om/foresla-sak/"]')).not.toBeNull();
  });
});

describe('the suggestion form', () => {
  it('works without JavaScript: it posts its answers to the mail program as plain text', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/om/foresla-sak/`);
    const form = await page.$eval('form.sb-suggest', (f) => ({
      action: f.getAttribute('action'),
      method: f.getAttribute('method'),
      enctype: f.getAttribute('enctype'),
    }));
    expect(form.action).toMatch(new RegExp(`^mailto:${address.replace('.', '\\.')}\\?subject=`));
    expect(form).toMatchObject({ method: 'post', enctype: 'text/plain' });
    // The questions of `npm run ny-sak`, with the choices a case file allows.
    const labels = await page.$$eval('form.sb-suggest [data-label]', (els) => [
      ...new Set(els.map((e) => e.getAttribute('data-label'))),
    ]);
    expect(labels).toEqual(
      expect.arrayContaining([
        'Tittel',
        'Sammendrag',
        'Kommuner',
        'Tjenesteområde',
        'Målgruppe',
        'Samskapingstrappen',
        'Arnsteins stige',
        'Status',
        'Dokumentasjon',
        'Kildedokument',
        'Plassering i kilden',
      ]),
    );
    expect(
      await page.$$eval('input[name="tjenesteomrade"]', (els) => els.map((e) => (e as HTMLInputElement).value)),
    ).toContain('elderly-dementia (Eldreomsorg og demens)');
    expect(await page.$$eval('input[name="trinn"]', (els) => els.length)).toBe(7);
    expect(await page.$$eval('input[name="arnstein"]', (els) => els.length)).toBe(10);
    await context.close();
  });

  it('with JavaScript it shows a draft case file, its strings escaped for YAML', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/om/foresla-sak/`);
    const opened = page.waitForEvent('console', (m) => m.text().includes('mailto:'));
    await page.fill('#tittel', 'Møteplass: «Kafé» "på" hjørnet');
    await page.check('input[name="tjenesteomrade"][value^="culture-leisure "]');
    await page.check('input[name="trinn"][value^="4 "]');
    await page.click('form.sb-suggest button[type="submit"]');
    const draft = await page.textContent('[data-draft] pre');
    expect(draft).toContain('title: "Møteplass: «Kafé» \\"på\\" hjørnet"');
    expect(draft).toContain('serviceAreas: ["culture-leisure"]');
    expect(draft).toContain('  step: 4');
    // Chromium reports the mail program it would open; the body is UTF-8, one answer per line.
    const url = (await opened).text().match(/mailto:[^'\s]+/)![0];
    const body = decodeURIComponent(url.split('body=')[1]!);
    expect(body).toContain('Tittel: Møteplass: «Kafé» "på" hjørnet');
    expect(body).toContain('Tjenesteområde: culture-leisure (Kultur og fritid)');
  });
});

describe('one definition of «spredt»', () => {
  it('/spredning/ lists exactly the cases the status filter counts as spread', async () => {
    // The definition, as readers are told it: the sources say others took it up, or named
    // municipalities adopted it.
    const spread = cases.filter((c) => c.data.status === 'spread' || c.data.reuse.adoptedBy.length > 0);
    const { page } = session;
    await page.goto(`${baseUrl}/spredning/`);
    const listed = await page.$$eval('.sb-case-list > li h2 a', (as) => as.map((a) => a.textContent));
    expect(listed.sort()).toEqual(spread.map((c) => c.data.title).sort());
    await page.goto(`${baseUrl}/sok/?status=spread`);
    // The status first counts all cases, then the filtered ones.
    await page.waitForFunction(() =>
      /valgte filtrene|Ingen treff/.test(document.getElementById('sok-status')?.textContent ?? ''),
    );
    expect(await page.textContent('#sok-status')).toMatch(new RegExp(`(^|\\D)${spread.length} sak`));
  });
});

describe('nye og oppdaterte saker', () => {
  it('the front page lists recent cases with the date of their change', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/`);
    const items = await page.$$eval('#nye + ul li', (lis) => lis.map((li) => li.textContent ?? ''));
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item).toMatch(/(Lagt til|Oppdatert|Sist kontrollert) \d{1,2}\. \p{L}+ \d{4}/u);
  });
});
