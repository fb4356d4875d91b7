/**
 * Runs Pagefind's own search API inside a page of the built site, for many queries at once: the
 * same index, stemming and ranking a visitor gets, without clicking through the form each time.
 */
import type { Page } from 'playwright-core';

/** For each query, the URLs of all its results, best first. */
export async function searchAll(page: Page, baseUrl: string, queries: string[]): Promise<Record<string, string[]>> {
  await page.goto(`${baseUrl}/sok/`);
  // A string, not a function: Vitest would rewrite a dynamic import() inside a function.
  return page.evaluate(`(async () => {
    const pf = await import('/pagefind/pagefind.js');
    await pf.init();
    const out = {};
    for (const q of ${JSON.stringify(queries)}) {
      const search = await pf.search(q);
      out[q] = await Promise.all(search.results.map(async (r) => (await r.data()).url));
    }
    return out;
  })()`);
}
