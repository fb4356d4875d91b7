/** The cases the site was built from, read the same way the build reads them, for expectations. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { caseView, type CaseView } from '../../src/lib/cases.ts';
import { loadKind } from '../../src/pipeline/content.ts';
import { CASES_DIR } from '../../src/model/paths.ts';
import { caseKind, contentKinds } from '../../src/pipeline/kinds.ts';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const dist = join(root, 'dist');
export const distFixtures = join(root, 'dist-fixtures');

export const cases: CaseView[] = loadKind(caseKind, root, contentKinds).entries.map((c) => caseView(c.slug, c.data));

/** The slugs of the .mdx files in a folder that are published: not drafts (_…) and not hidden (.…). */
export const publishedIn = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.mdx') && !/^[_.]/.test(f))
    .map((f) => f.slice(0, -'.mdx'.length))
    .sort();

/**
 * The folder the site was built from (CASES_DIR, as `npm run bench:tester` sets it, else
 * content/cases), relative to the project root as edit links name it.
 */
export const casesDir = relative(root, resolve(root, CASES_DIR)).replaceAll('\\', '/');

/**
 * Every published case, by slug, read from the folder by the tests themselves and not by the
 * pipeline under test: what tests that count or list all cases expect.
 */
export const caseFiles: string[] = publishedIn(join(root, casesDir));

/** The real cases in content/cases/, whatever folder the site was built from. */
export const realCaseFiles: string[] = publishedIn(join(root, 'content/cases'));

/**
 * At most `max` cases, spread evenly over all of them in slug order, for checks that cost a browser
 * round trip per case: with today's content that is every case, and the suite does not grow when
 * more are added.
 */
export function sampleOf<T>(all: readonly T[], max = 100): T[] {
  if (all.length <= max) return [...all];
  return Array.from({ length: max }, (_, i) => all[Math.floor((i * all.length) / max)]!);
}

/** Every HTML file of the built site, as paths below dist/. */
export function htmlFiles(dir = dist): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'pagefind' || e.name === '_astro' ? [] : htmlFiles(path);
    return e.name.endsWith('.html') ? [path.slice(dist.length)] : [];
  });
}

export function readDist(path: string, from = dist): string {
  return readFileSync(join(from, path), 'utf8');
}
