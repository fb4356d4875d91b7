/**
 * Page weight budgets on the built site, gzip-compressed as a server would send them. Prints the
 * figures so a change that grows them shows in the test output, not only when it breaks a budget.
 * Budgets follow Starlight's (HTML 7 kB for a typical page, CSS 17 kB per page), and a typical case
 * page with its CSS fits in the first round trip of a connection (about 14 kB).
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { cases, htmlFiles, readDist } from './site-data.ts';

const KB = 1024;
const BUDGET = {
  /** The median case page's HTML. */
  caseHtmlMedian: 7 * KB,
  /** The largest case page's HTML: the long flagship pages may exceed the median, not this. */
  caseHtmlMax: 12 * KB,
  /** All CSS one page loads. */
  cssPerPage: 17 * KB,
  /** A typical case page's HTML and all its CSS: the first round trip of a new connection. */
  caseFirstRoundTrip: 14 * KB,
  /** The search page's own JavaScript, before Pagefind's bundle loads. */
  searchScript: 4 * KB,
};

const gz = (text: string) => gzipSync(text, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} kB`;

/** The CSS a page needs to show: a print stylesheet (media="print") does not hold up the screen. */
function cssOf(html: string): number {
  return [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"(?! media="print")/g)].reduce(
    (sum, m) => sum + gz(readDist(m[1]!)),
    0,
  );
}

describe('size budget (gzip)', () => {
  const casePages = cases.map((c) => ({ slug: c.slug, html: readDist(`saker/${c.slug}/index.html`) }));
  const sizes = casePages.map((p) => ({ slug: p.slug, html: gz(p.html) })).sort((a, b) => a.html - b.html);
  const median = sizes[Math.floor(sizes.length / 2)]!.html;
  const largest = sizes.at(-1)!;

  it('keeps case page HTML within budget', () => {
    console.log(
      `Case page HTML (gzip): median ${kb(median)} (budget ${kb(BUDGET.caseHtmlMedian)}), ` +
        `largest ${kb(largest.html)} for ${largest.slug} (budget ${kb(BUDGET.caseHtmlMax)}), ${sizes.length} pages`,
    );
    expect(median).toBeLessThanOrEqual(BUDGET.caseHtmlMedian);
    expect(largest.html).toBeLessThanOrEqual(BUDGET.caseHtmlMax);
  });

  it('fits a typical case page, HTML and CSS, in the first round trip', () => {
    const withCss = casePages.map((p) => gz(p.html) + cssOf(p.html)).sort((a, b) => a - b);
    const medianTotal = withCss[Math.floor(withCss.length / 2)]!;
    console.log(`Case page HTML + CSS (gzip): median ${kb(medianTotal)} (budget ${kb(BUDGET.caseFirstRoundTrip)})`);
    expect(medianTotal).toBeLessThanOrEqual(BUDGET.caseFirstRoundTrip);
  });

  it("keeps the search page's own script small; Pagefind loads only on the search page", () => {
    const search = readDist('sok/index.html');
    const scripts = [...search.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]!);
    const size = scripts.reduce((sum, src) => sum + gz(readDist(src)), 0);
    console.log(`Search page script before Pagefind (gzip): ${kb(size)} (budget ${kb(BUDGET.searchScript)})`);
    expect(scripts.length).toBeGreaterThan(0);
    expect(size).toBeLessThanOrEqual(BUDGET.searchScript);
    const withPagefind = htmlFiles().filter(
      (path) => path !== '/sok/index.html' && /pagefind/.test(readDist(path).replace(/data-pagefind-[a-z]+/g, '')),
    );
    expect(withPagefind).toEqual([]);
  });

  it('keeps the CSS each page loads within budget', () => {
    const perPage = htmlFiles().map((path) => ({ path, css: cssOf(readDist(path)) }));
    const worst = perPage.reduce((a, b) => (b.css > a.css ? b : a));
    console.log(`CSS per page (gzip): largest ${kb(worst.css)} on ${worst.path} (budget ${kb(BUDGET.cssPerPage)})`);
    for (const p of perPage) expect(p.css, p.path).toBeLessThanOrEqual(BUDGET.cssPerPage);
  });
});
