/**
 * Produces the project's municipality data (`src/data/kommuner.json`) from SSB's population figures.
 *
 * Usage: npm run data:kommuner -- [path/to/kommuner.csv]
 * Default input: ../shared/data/kommuner.csv (SSB, 1 January 2024; see its SOURCE.md). To refresh
 * from SSB table 07459 later, export "Folkemengde 1. januar" for all municipalities (region level K)
 * as CSV with the same columns: kommunenummer,navn,fylkesnummer,fylkesnavn,folkemengde,aar.
 *
 * The output is sorted by number and written only after every row has passed its checks, so a bad
 * input leaves the existing file untouched.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseKommunerCsv } from '../src/model/kommuner-csv.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const input = process.argv[2] ?? `${root}../shared/data/kommuner.csv`;
const output = `${root}src/data/kommuner.json`;

let text: string;
try {
  text = readFileSync(input, 'utf8');
} catch {
  console.error(`Fant ikke filen ${input}. Oppgi stien til en CSV-fil med kommunetall fra SSB.`);
  process.exit(1);
}

const result = parseKommunerCsv(text);
if (!result.ok) {
  console.error(`${input}: ${result.errors.length} feil, ${output} er ikke endret:`);
  for (const e of result.errors) console.error(`  ${e}`);
  process.exit(1);
}

const file = {
  source: 'Statistisk sentralbyrå (SSB), folkemengde 1. januar, tabell 07459',
  year: result.municipalities[0]?.year,
  municipalities: result.municipalities,
};
writeFileSync(output, `${JSON.stringify(file, null, 1)}\n`);
const total = result.municipalities.reduce((sum, m) => sum + m.population, 0);
console.log(`Skrev ${result.municipalities.length} kommuner (folkemengde i alt ${total}) til ${output}`);
