/** Runs axe-core in a page and returns its WCAG 2.2 AA (and best-practice) violations as lines. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * The most cards of one case list axe looks at. Every card is the same component (src/lib/search-card.ts),
 * and axe's time grows with the page: on /saker/ with 1 091 cases it took 7 s, with 100 cards 1 s.
 * With fewer cases than this, axe sees every card.
 */
export const CARDS_CHECKED = 100;

/**
 * The page must come from a context with bypassCSP: axe is injected as a script, which the CSP refuses.
 * Cards past the first CARDS_CHECKED of a case list are taken out of the page first.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate((max) => {
    for (const card of document.querySelectorAll(`.sb-case-list > li:nth-child(n+${max + 1})`)) card.remove();
  }, CARDS_CHECKED);
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async (tags) => {
    const axe = (
      window as unknown as { axe: { run: (d: Document, o: object) => Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    return (await axe.run(document, { runOnly: { type: 'tag', values: tags } })).violations;
  }, TAGS);
  const path = new URL(page.url()).pathname;
  return violations.map((v) => `${path}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
