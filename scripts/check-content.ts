/**
 * `npm run check`: reads every content file the way the build does (src/pipeline/content.ts) and
 * prints one Norwegian line per problem. Exits 1 if there is any, so CI and pull requests stop.
 *
 * Usage: npm run check [-- fil.mdx ...]   (default: every file of every kind)
 * Files named on the command line are checked together with all the others (links between pages),
 * and only their problems are reported.
 */
import { relative, resolve, sep } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadKind, readEntry, suggestSlug, type Problem } from '../src/pipeline/content.ts';
import { caseKind, contentKinds } from '../src/pipeline/kinds.ts';
import { reportLines } from '../src/pipeline/report.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const named = process.argv.slice(2).map((f) => relative(root, resolve(f)).split(sep).join('/'));
for (const f of named) {
  if (!existsSync(resolve(root, f))) {
    console.error(`Fant ikke fila ${f}.`);
    process.exit(1);
  }
}

const results = contentKinds.map((kind) => loadKind(kind, root, contentKinds));
let problems = results.flatMap((r) => r.problems);
let checked = results.reduce((n, r) => n + r.checked, 0);
if (named.length > 0) {
  problems = problems.filter((p) => named.includes(p.file));
  checked = named.length;
  // A file outside the content folders (a template, a draft elsewhere, a test fixture) is checked on its own.
  const inFolders = new Set(
    results.flatMap((r) => [...r.entries.map((e) => e.file), ...r.problems.map((p) => p.file)]),
  );
  for (const file of named.filter((f) => !inFolders.has(f))) {
    const name = file
      .split('/')
      .pop()!
      .replace(/\.mdx?$/i, '');
    // A template is checked as its own kind; anything else as a case.
    const kind = contentKinds.find((k) => k.template === file) ?? caseKind;
    const found: Problem[] = readEntry(
      kind as typeof caseKind,
      { file, slug: suggestSlug(name) },
      readFileSync(resolve(root, file)),
    ).problems;
    problems.push(...found);
  }
}
const drafts = results.flatMap((r) => r.drafts).filter((d) => named.length === 0 || named.includes(d));
for (const draft of drafts) console.log(`${draft}: utkast (navnet begynner med _), publiseres ikke og sjekkes ikke.`);

if (problems.length > 0) {
  for (const line of reportLines(problems, checked, { terminal: Boolean(process.stderr.isTTY) })) console.error(line);
  console.error('Rett feilene og kjør npm run check igjen.');
  process.exit(1);
}
console.log(checked === 1 ? 'Fila er i orden.' : `Alle ${checked} filer er i orden.`);
