/**
 * Runs Pagefind's own search API inside a page of the built site, for many queries at once: the
 * same index, stemming and ranking a visitor gets, without clicking through the form each time.
 * Each result's URL costs a fragment to fetch, so neither helper reads every result of a common word.
 */
import type { Page } from 'playwright-core';

/** Runs a script in the search page: a string, not a function, as Vitest would rewrite a dynamic import() inside a function. */
async function inSearchPage<T>(page: Page, baseUrl: string, body: string): Promise<T> {
  await page.goto(`${baseUrl}/sok/`);
  return page.evaluate(`(async () => {
    const pf = await import('/pagefind/pagefind.js');
    await pf.init();
    ${body}
  })()`);
}

/** A query, the filters it runs with (as in the search page's URL), and the URLs it must find. */
export interface Expected {
  query: string;
  filters?: Record<string, string>;
  urls: string[];
}

/**
 * For each search, the expected URLs Pagefind does not list among its first `within` results, as
 * «URL by «query»». Results are read in rank order, ten at a time, only until every expected URL
 * has been seen.
 */
export async function missingFrom(
  page: Page,
  baseUrl: string,
  searches: Expected[],
  within = Infinity,
): Promise<string[]> {
  return inSearchPage(
    page,
    baseUrl,
    `const out = [];
    for (const { query, filters, urls } of ${JSON.stringify(searches)}) {
      const results = (await pf.search(query, { filters: filters ?? {} })).results.slice(0, ${Number.isFinite(within) ? within : 'Infinity'});
      const want = new Set(urls);
      for (let i = 0; i < results.length && want.size > 0; i += 10) {
        for (const r of await Promise.all(results.slice(i, i + 10).map((r) => r.data()))) want.delete(r.url);
      }
      out.push(...[...want].map((url) => url + ' by «' + query + '»'));
    }
    return out;`,
  );
}

/**
 * For each query, how many results Pagefind has, and the URLs of at most `max` of them, spread
 * evenly from the best to the last (all of them when there are fewer).
 */
export async function searchSpread(
  page: Page,
  baseUrl: string,
  queries: string[],
  max: number,
): Promise<Record<string, { count: number; urls: string[] }>> {
  return inSearchPage(
    page,
    baseUrl,
    `const out = {};
    for (const q of ${JSON.stringify(queries)}) {
      const all = (await pf.search(q)).results;
      const picked = all.length <= ${max} ? all : Array.from({ length: ${max} }, (_, i) => all[Math.floor((i * all.length) / ${max})]);
      out[q] = { count: all.length, urls: await Promise.all(picked.map(async (r) => (await r.data()).url)) };
    }
    return out;`,
  );
}
