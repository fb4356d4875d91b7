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
const files = args.length
  ? args.map((f) => {
      try {
        return { file: relative(root, resolve(f)), source: readFileSync(f, 'utf8') };
      } catch {
        console.error(`Fant ikke fila ${f}.`);
        process.exit(1);
      }
    })
  : readCaseFiles(resolve(root, CASES_DIR), root);

const { cases, problems } = validateCases(files);
for (const p of problems) console.error(formatProblem(p));
if (problems.length > 0) {
  const broken = new Set(problems.map((p) => p.file)).size;
  console.error(
    `\n${problems.length} feil i ${broken} av ${files.length} saksfiler. Rett feilene over og kjør npm run check igjen.`,
  );
  process.exit(1);
}
console.log(`Alle ${cases.length} saksfiler er i orden.`);
