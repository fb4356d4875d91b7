/** The cases the site was built from, read the same way the build reads them, for expectations. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { caseView, type CaseView } from '../../src/lib/cases.ts';
import { loadKind } from '../../src/pipeline/content.ts';
import { caseKind, contentKinds } from '../../src/pipeline/kinds.ts';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const dist = join(root, 'dist');
export const distFixtures = join(root, 'dist-fixtures');

export const cases: CaseView[] = loadKind(caseKind, root, contentKinds).entries.map((c) => caseView(c.slug, c.data));

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
