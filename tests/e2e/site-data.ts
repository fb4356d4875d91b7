/** The cases the site was built from, read the same way the build reads them, for expectations. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { caseView, type CaseView } from '../../src/lib/cases.ts';
import { CASES_DIR } from '../../src/model/paths.ts';
import { readCaseFiles, validateCases } from '../../src/validation/validate-cases.ts';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const dist = join(root, 'dist');
export const distFixtures = join(root, 'dist-fixtures');

export const cases: CaseView[] = validateCases(readCaseFiles(resolve(root, CASES_DIR), root)).cases.map((c) =>
  caseView(c.slug, c.data),
);

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
