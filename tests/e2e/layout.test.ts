/**
 * One page of every type, as a phone (320 and 375 px) and a desktop (1280 px) show it: the page
 * never scrolls sideways, no web address runs into the word before it («2026.https://…»), and no
 * link runs into the word beside it («CC BY 4.0med»). Wide content (tables) may scroll inside its
 * own container; the page itself may not.
 */
import { describe, expect, inject, it } from 'vitest';
import { browserSession } from './browser.ts';

const baseUrl = inject('baseUrl');
const session = browserSession();

/** One of each kind of page, plus the longest case page and one with many municipalities. */
const PAGES = [
  '/',
  '/saker/',
  '/saker/omsorg-3-0/',
  '/saker/bygdevekstavtale-engerdal-trysil-valer-amot/',
  '/sok/?q=frivillige',
  '/tema/eldreomsorg-og-demens/',
  '/virkemidler/',
  '/virkemidler/husbanken/',
  '/begreper/',
  '/begreper/samvirke/',
  '/kommuner/',
  '/kommuner/ringebu/',
  '/fylker/',
  '/fylker/innlandet/',
  '/spredning/',
  '/statistikk/',
  '/data/',
  '/om/',
  '/om/foresla-sak/',
  '/om/stigene/',
  '/om/skjema/',
  '/om/bidra/',
  '/tilgjengelighet/',
  '/finnes-ikke/',
];
const WIDTHS = [320, 375, 1280];

interface Layout {
  scrollWidth: number;
  innerWidth: number;
  /** Text where an address follows a letter, digit or full stop with no space. */
  gluedUrls: string[];
  /** Links whose text runs into a letter right before or after them. */
  gluedLinks: string[];
}

function measure(): Layout {
  const visible = (el: Element) => (el as HTMLElement).offsetParent !== null || el.getClientRects().length > 0;
  const text = document.body.innerText;
  const gluedUrls = [...text.matchAll(/[\p{L}\p{N}.,;:]https?:\/\/\S+/gu)].map((m) => m[0]);
  const gluedLinks: string[] = [];
  for (const a of document.querySelectorAll('main a, footer a')) {
    if (!visible(a)) continue;
    const own = a.textContent ?? '';
    const before = a.previousSibling?.nodeType === Node.TEXT_NODE ? (a.previousSibling.textContent ?? '') : '';
    const after = a.nextSibling?.nodeType === Node.TEXT_NODE ? (a.nextSibling.textContent ?? '') : '';
    if (/[\p{L}\p{N}]$/u.test(before) && /^[\p{L}\p{N}]/u.test(own)) gluedLinks.push(`${before.slice(-12)}|${own}`);
    if (/[\p{L}\p{N}]$/u.test(own) && /^[\p{L}\p{N}]/u.test(after)) gluedLinks.push(`${own}|${after.slice(0, 12)}`);
  }
  return {
    scrollWidth: document.scrollingElement!.scrollWidth,
    innerWidth: window.innerWidth,
    gluedUrls,
    gluedLinks,
  };
}

describe('layout on phones and desktops', () => {
  for (const width of WIDTHS) {
    describe(`${width} px`, () => {
      for (const path of PAGES) {
        it(`${path} does not scroll sideways, and no address or link is glued to a word`, async () => {
          const { page } = session;
          await page.setViewportSize({ width, height: 800 });
          await page.goto(`${baseUrl}${path}`);
          if (path.startsWith('/sok/')) {
            // The search page fills in its results after loading; measure them, not the empty page.
            await page.waitForFunction(() =>
              /\d+ (saker?|treff)|Ingen treff/.test(document.getElementById('sok-status')?.textContent ?? ''),
            );
          }
          const layout = await page.evaluate(measure);
          expect(layout.scrollWidth, `${path} at ${width} px`).toBeLessThanOrEqual(layout.innerWidth);
          expect(layout.gluedUrls).toEqual([]);
          expect(layout.gluedLinks).toEqual([]);
        });
      }
    });
  }
});

describe('the checks catch what they are meant to', () => {
  it('a glued address, a glued link and a too-wide element are all found', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 320, height: 800 });
    await page.setContent(
      '<main><p>Samskapingsbanken (2026).https://example.org/a.</p>' +
        '<p>Lisensen <a href="#">CC BY 4.0</a>med henvisning, og<a href="#">sakene</a>.</p>' +
        '<div style="width:600px">bred</div></main>',
    );
    const layout = await page.evaluate(measure);
    expect(layout.scrollWidth).toBeGreaterThan(layout.innerWidth);
    expect(layout.gluedUrls).toEqual(['.https://example.org/a.']);
    expect(layout.gluedLinks).toEqual(['CC BY 4.0|med henvisni', 'nvisning, og|sakene']);
  });
});
