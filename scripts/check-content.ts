/**
 * `npm run check`: validates every case, programme and concept file and the links between them, and
 * prints one line per problem, in Norwegian. Exits 1 if there is any problem, so CI and pull
 * requests stop on a broken page.
 *
 * Usage: npm run check [-- file.mdx ...]   (default: every file in content/cases/, content/virkemidler/
 * and content/begreper/)
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { caseKind, contentKinds } from '../src/model/kinds.ts';
import { readAllKinds, validateKinds } from '../src/validation/cross-links.ts';
import { formatProblem } from '../src/validation/validate-cases.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const named = args.map((f) => {
  try {
    return { file: relative(root, resolve(f)), source: readFileSync(f, 'utf8') };
  } catch {
    console.error(`Fant ikke fila ${f}.`);
    process.exit(1);
  }
});
const all = readAllKinds(root, contentKinds);
// A file named on the command line may link to other pages (partOf, inspiredBy, programmes,
// concepts): check it together with all the others, and report only on the ones named. A named file
// outside the content folders is checked on its own, as a case.
const inFolders = named.length > 0 && named.every((f) => all.some((k) => k.files.some((a) => a.file === f.file)));
const sets =
  named.length === 0
    ? all
    : inFolders
      ? all.map((k) => ({ ...k, files: k.files.map((a) => named.find((n) => n.file === a.file) ?? a) }))
      : [{ kind: caseKind, files: named }];
const reported = new Set((named.length > 0 ? named : all.flatMap((k) => k.files)).map((f) => f.file));

const { problems: found } = validateKinds(sets);
const problems = found.filter((p) => reported.has(p.file));
for (const p of problems) console.error(formatProblem(p));
if (problems.length > 0) {
  const broken = new Set(problems.map((p) => p.file)).size;
  console.error(
    `\n${problems.length} feil i ${broken} av ${reported.size} filer. Rett feilene over og kjør npm run check igjen.`,
  );
  process.exit(1);
}
console.log(`Alle ${reported.size} filer (saker, virkemidler og begreper) er i orden.`);
