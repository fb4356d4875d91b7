/**
 * Page weight budgets on the built site, gzip-compressed as a server would send them. Prints the
 * figures so a change that grows them shows in the test output, not only when it breaks a budget.
 * Budgets follow Starlight's: HTML 7 kB for a typical page, CSS 17 kB per page.
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
};

const gz = (text: string) => gzipSync(text, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} kB`;

function cssOf(html: string): number {
  return [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].reduce((sum, m) => sum + gz(readDist(m[1]!)), 0);
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

  it('keeps the CSS each page loads within budget', () => {
    const perPage = htmlFiles().map((path) => ({ path, css: cssOf(readDist(path)) }));
    const worst = perPage.reduce((a, b) => (b.css > a.css ? b : a));
    console.log(`CSS per page (gzip): largest ${kb(worst.css)} on ${worst.path} (budget ${kb(BUDGET.cssPerPage)})`);
    for (const p of perPage) expect(p.css, p.path).toBeLessThanOrEqual(BUDGET.cssPerPage);
  });
});
