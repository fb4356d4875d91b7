/**
 * `npm run dekning`: which cases cite each of the project's source documents, and where in it. A
 * report for editors who compare the site with the documents; it never fails, so it can never stop
 * a contribution (the tests check only what any valid case satisfies).
 */
import { fileURLToPath } from 'node:url';
import { sourceDocuments } from '../src/model/source-documents.ts';
import { loadKind } from '../src/pipeline/content.ts';
import { caseKind, contentKinds } from '../src/pipeline/kinds.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const cases = loadKind(caseKind, root, contentKinds).entries;

for (const d of sourceDocuments) {
  const citing = cases.flatMap((c) =>
    c.data.sources.filter((s) => s.document === d.key).map((s) => `  ${c.slug} (${s.locator})`),
  );
  console.log(`\n${d.title} [${d.key}]: ${citing.length} henvisninger`);
  console.log(citing.length > 0 ? citing.join('\n') : '  ingen sak viser til dokumentet');
}
const other = cases.filter((c) => !c.data.sources.some((s) => s.document));
console.log(`\nSaker som bare viser til andre publikasjoner: ${other.length}`);
for (const c of other) console.log(`  ${c.slug}`);
