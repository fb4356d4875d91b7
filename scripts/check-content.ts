/**
 * `npm run check`: validates every case file and prints one line per problem, in Norwegian.
 * Exits 1 if there is any problem, so CI and pull requests stop on a broken case.
 *
 * Usage: npm run check [-- file.mdx ...]   (default: every case in content/cases/)
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CASES_DIR } from '../src/model/paths.ts';
import { formatProblem, readCaseFiles, validateCases } from '../src/validation/validate-cases.ts';

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
const all = readCaseFiles(resolve(root, CASES_DIR), root);
// A case named on the command line may link to other cases (partOf, inspiredBy): check it together
// with all the others, and report only on the ones named.
const inCases = named.length > 0 && named.every((f) => all.some((a) => a.file === f.file));
const files = named.length === 0 ? all : inCases ? all.map((a) => named.find((n) => n.file === a.file) ?? a) : named;
const reported = new Set((named.length > 0 ? named : all).map((f) => f.file));

const { problems: found } = validateCases(files);
const problems = found.filter((p) => reported.has(p.file));
for (const p of problems) console.error(formatProblem(p));
if (problems.length > 0) {
  const broken = new Set(problems.map((p) => p.file)).size;
  console.error(
    `\n${problems.length} feil i ${broken} av ${reported.size} saksfiler. Rett feilene over og kjør npm run check igjen.`,
  );
  process.exit(1);
}
console.log(`Alle ${reported.size} saksfiler er i orden.`);
