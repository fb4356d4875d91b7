/**
 * `npm run eval:search`: how well the search page answers what municipal staff type. Each query in
 * queries.ts is typed into the real, built search page (dist/, served as a static host would) in
 * Chromium, and the result list the visitor sees is compared with the cases judged relevant by hand.
 *
 * Prints, overall and per kind of query: precision at 5 (relevant among the first five, out of five),
 * recall at 10 (share of the relevant cases among the first ten), mean reciprocal rank (1 / position
 * of the first relevant case) and the share of queries with no result at all. A benchmark, not a test.
 *
 * Usage: npm run build && npm run eval:search [-- --verbose]
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../../tests/e2e/browser.ts';
import { serveStatic } from '../../tests/e2e/static-server.ts';
import { queries, type EvalQuery } from './queries.ts';

const dist = join(import.meta.dirname, '../../dist');
const verbose = process.argv.includes('--verbose');
if (!existsSync(join(dist, 'sok/index.html'))) {
  console.error('Fant ikke dist/sok/index.html. Kjør «npm run build» først.');
  process.exit(1);
}

interface Outcome {
  query: EvalQuery;
  /** Slugs in the order the page lists them (all-words results first, then any broader ones). */
  ranked: string[];
  p5: number;
  r10: number;
  rr: number;
}

function score(query: EvalQuery, ranked: string[]): Outcome {
  const relevant = new Set(query.relevant);
  const hits = (n: number) => ranked.slice(0, n).filter((s) => relevant.has(s)).length;
  const first = ranked.findIndex((s) => relevant.has(s));
  return { query, ranked, p5: hits(5) / 5, r10: hits(10) / relevant.size, rr: first < 0 ? 0 : 1 / (first + 1) };
}

const { server, url } = await serveStatic(dist);
const browser = await launchBrowser();
const outcomes: Outcome[] = [];
try {
  const page = await browser.newPage();
  for (const query of queries) {
    await page.goto(`${url}/sok/?q=${encodeURIComponent(query.q)}`);
    // The page names the query in its status once the results for it are on screen.
    await page.waitForFunction((q) => {
      const text = document.getElementById('sok-status')?.textContent ?? '';
      return text.includes(`«${q}»`) && /\d+ (sak|treff)|Ingen treff/.test(text);
    }, query.q);
    // Case links in the result lists, in the order shown.
    const hrefs = await page.$$eval('.sb-results li h3 a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    const ranked = hrefs.map((h) => /\/saker\/([^/]+)\//.exec(h)?.[1]).filter((s): s is string => Boolean(s));
    outcomes.push(score(query, ranked));
  }
} finally {
  await browser.close();
  server.close();
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const fmt = (x: number) => x.toFixed(2).replace('.', ',');
const row = (label: string, os: Outcome[]) =>
  `| ${label} | ${os.length} | ${fmt(mean(os.map((o) => o.p5)))} | ${fmt(mean(os.map((o) => o.r10)))} | ${fmt(mean(os.map((o) => o.rr)))} | ${Math.round((os.filter((o) => o.ranked.length === 0).length / os.length) * 100)} % |`;

console.log('| spørringer | antall | presisjon@5 | treffandel@10 | MRR | uten treff |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
console.log(row('**alle**', outcomes));
for (const kind of [...new Set(queries.map((q) => q.kind))]) {
  console.log(
    row(
      kind,
      outcomes.filter((o) => o.query.kind === kind),
    ),
  );
}
if (verbose) {
  console.log('\n| spørring | P@5 | R@10 | RR | første fem |');
  console.log('| --- | ---: | ---: | ---: | --- |');
  for (const o of outcomes) {
    console.log(
      `| ${o.query.q} | ${fmt(o.p5)} | ${fmt(o.r10)} | ${fmt(o.rr)} | ${o.ranked.slice(0, 5).join(', ') || '–'} |`,
    );
  }
}
