/**
 * Page weight budgets on the built site, gzip-compressed as a server would send them. Prints the
 * figures so a change that grows them shows in the test output, not only when it breaks a budget.
 * Budgets follow Starlight's (HTML 7 kB for a typical page, CSS 17 kB per page), and a typical case
 * page with its CSS fits in the first round trip of a connection (about 14 kB).
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { cases, htmlFiles, readDist, realCaseFiles } from './site-data.ts';

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

/** Each stylesheet's size, compressed once: every page loads the same few. */
const cssSizes = new Map<string, number>();

/** The CSS a page needs to show: a print stylesheet (media="print") does not hold up the screen. */
function cssOf(html: string): number {
  return [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"(?! media="print")/g)].reduce((sum, m) => {
    if (!cssSizes.has(m[1]!)) cssSizes.set(m[1]!, gz(readDist(m[1]!)));
    return sum + cssSizes.get(m[1]!)!;
  }, 0);
}

describe('size budget (gzip)', () => {
  const casePages = cases.map((c) => ({ slug: c.slug, html: readDist(`saker/${c.slug}/index.html`) }));
  const sizes = casePages.map((p) => ({ slug: p.slug, html: gz(p.html) })).sort((a, b) => a.html - b.html);
  const largest = sizes.at(-1)!;
  // A typical page is a typical page of the real content (content/cases/), also when the site is
  // built from a bigger folder (npm run bench:tester): there 1 000 generated pages of one shape
  // would decide the median alone, and the test would measure the generator. The largest page is
  // every page's limit, so it is taken over all of them.
  const real = new Set(realCaseFiles);
  const typical = casePages.filter((p) => real.has(p.slug));
  const realSizes = sizes.filter((s) => real.has(s.slug));
  const median = realSizes[Math.floor(realSizes.length / 2)]?.html ?? NaN;

  it('keeps case page HTML within budget', () => {
    console.log(
      `Case page HTML (gzip): median ${kb(median)} of ${realSizes.length} real cases (budget ${kb(BUDGET.caseHtmlMedian)}), ` +
        `largest ${kb(largest.html)} for ${largest.slug} (budget ${kb(BUDGET.caseHtmlMax)}), ${sizes.length} pages`,
    );
    expect(realSizes.length, 'case pages built from content/cases/').toBeGreaterThan(0);
    expect(median).toBeLessThanOrEqual(BUDGET.caseHtmlMedian);
    expect(largest.html).toBeLessThanOrEqual(BUDGET.caseHtmlMax);
  });

  it('fits a typical case page, HTML and CSS, in the first round trip', () => {
    const withCss = typical.map((p) => gz(p.html) + cssOf(p.html)).sort((a, b) => a - b);
    expect(withCss.length, 'case pages built from content/cases/').toBeGreaterThan(0);
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
