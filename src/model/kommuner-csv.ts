import { municipalitySchema, type Municipality } from './municipality.ts';

const COLUMNS = ['kommunenummer', 'navn', 'fylkesnummer', 'fylkesnavn', 'folkemengde', 'aar'] as const;

export type ParseResult = { ok: true; municipalities: Municipality[] } | { ok: false; errors: string[] };

/**
 * Parses SSB municipality figures in the CSV layout of `../shared/data/kommuner.csv`. Every row is
 * checked; all problems are returned, each with its line number, so one run shows them all.
 */
export function parseKommunerCsv(text: string): ParseResult {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  const errors: string[] = [];
  const header = lines[0]?.split(',').map((h) => h.trim());
  if (!header || COLUMNS.some((c, i) => header[i] !== c)) {
    return { ok: false, errors: [`linje 1: kolonnene må være ${COLUMNS.join(',')}`] };
  }
  const municipalities: Municipality[] = [];
  const seen = new Set<string>();
  lines.slice(1).forEach((line, i) => {
    const lineNo = i + 2;
    const cells = line.split(',');
    if (cells.length !== COLUMNS.length) {
      errors.push(`linje ${lineNo}: ventet ${COLUMNS.length} felt, fant ${cells.length}`);
      return;
    }
    const [number, name, countyNumber, countyName, population, year] = cells.map((c) => c.trim());
    const parsed = municipalitySchema.safeParse({
      number,
      name,
      countyNumber,
      countyName,
      population: Number(population),
      year: Number(year),
    });
    if (!parsed.success) {
      const fields = parsed.error.issues.map((issue) => issue.path.join('.')).join(', ');
      errors.push(`linje ${lineNo}: ugyldig verdi i ${fields}`);
      return;
    }
    const m = parsed.data;
    if (!m.number.startsWith(m.countyNumber)) {
      errors.push(`linje ${lineNo}: fylkesnummer ${m.countyNumber} stemmer ikke med kommunenummer ${m.number}`);
    }
    if (seen.has(m.number)) errors.push(`linje ${lineNo}: kommunenummer ${m.number} står to ganger`);
    seen.add(m.number);
    municipalities.push(m);
  });
  if (municipalities.length === 0) errors.push('fila har ingen kommuner');
  if (errors.length > 0) return { ok: false, errors };
  municipalities.sort((a, b) => a.number.localeCompare(b.number));
  return { ok: true, municipalities };
}
