/**
 * The open data: every case as JSON (all frontmatter, the facts derived from SSB, a plain-text
 * summary) and as CSV that opens correctly in Norwegian Excel. One record builder for both, so the
 * two cannot disagree. The format is versioned and documented on /data/.
 */
import { stringify } from 'csv-stringify/sync';
import { sourceDocument } from '../model/source-documents.ts';
import {
  actorTypes,
  barriers,
  countries,
  drivers,
  evidenceLevels,
  ratingConfidences,
  serviceAreas,
  sizeClasses,
  statuses,
  targetGroups,
} from '../model/vocabularies.ts';
import type { CaseView } from './cases.ts';

export const DATA_FORMAT = { name: 'samskapingsbanken-saker', version: '1.0' } as const;
export const LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.no' } as const;

const day = (d: Date) => d.toISOString().slice(0, 10);

/** One case as exported: its frontmatter, unchanged, plus the derived facts under `derived`. */
export function caseRecord(view: CaseView, siteUrl: string) {
  const { data } = view;
  return {
    id: view.slug,
    url: new URL(`saker/${view.slug}/`, siteUrl).href,
    ...data,
    lastChecked: day(data.lastChecked),
    derived: {
      municipalities: view.municipalities.map((m) => ({
        number: m.number,
        name: m.name,
        county: { number: m.countyNumber, name: m.countyName },
        population: m.population,
        populationYear: m.year,
        sizeClass: m.sizeClass,
        sizeBand: m.sizeBand,
      })),
      coCreationStep: view.step?.step ?? null,
      arnsteinRung: view.rung?.rung ?? null,
      summaryText: data.summary,
    },
  };
}

export type CaseRecord = ReturnType<typeof caseRecord>;

export function dataset(cases: readonly CaseView[], siteUrl: string, generated: Date) {
  return {
    format: DATA_FORMAT,
    generated: generated.toISOString(),
    licence: LICENCE,
    attribution: 'Samskapingsbanken. Innbyggertall: Statistisk sentralbyrå (SSB).',
    schema: new URL('skjema/sak.schema.json', siteUrl).href,
    count: cases.length,
    cases: cases.map((c) => caseRecord(c, siteUrl)),
  };
}

/** The CSV columns: Norwegian headers, values as readers see them (labels, not keys) plus keys where useful. */
export const CSV_COLUMNS: { header: string; value: (r: CaseRecord) => string }[] = [
  { header: 'id', value: (r) => r.id },
  { header: 'url', value: (r) => r.url },
  { header: 'tittel', value: (r) => r.title },
  { header: 'sammendrag', value: (r) => r.summary },
  { header: 'kommunenummer', value: (r) => r.municipalities.join(', ') },
  { header: 'kommuner', value: (r) => r.derived.municipalities.map((m) => m.name).join(', ') },
  { header: 'fylker', value: (r) => [...new Set(r.derived.municipalities.map((m) => m.county.name))].join(', ') },
  { header: 'innbyggere', value: (r) => r.derived.municipalities.map((m) => m.population).join(', ') },
  {
    header: 'storrelse',
    value: (r) =>
      [...new Set(r.derived.municipalities.map((m) => sizeClasses.find((s) => s.key === m.sizeClass)!.label))].join(
        ', ',
      ),
  },
  { header: 'tidligere_kommunenavn', value: (r) => r.historicalNames.join(', ') },
  { header: 'land', value: (r) => countries.label(r.country) },
  { header: 'sted', value: (r) => r.place ?? '' },
  { header: 'tjenesteomrader', value: (r) => r.serviceAreas.map((k) => serviceAreas.label(k)).join(', ') },
  { header: 'malgrupper', value: (r) => r.targetGroups.map((k) => targetGroups.label(k)).join(', ') },
  { header: 'aktorer', value: (r) => r.actors.map((a) => `${a.name} (${actorTypes.label(a.type)})`).join('; ') },
  { header: 'samskapingstrappen', value: (r) => String(r.derived.coCreationStep ?? 'ingen') },
  { header: 'samskapingstrappen_begrunnelse', value: (r) => r.coCreation.reason },
  { header: 'samskapingstrappen_kildested', value: (r) => r.coCreation.basis },
  { header: 'samskapingstrappen_sikkerhet', value: (r) => ratingConfidences.label(r.coCreation.confidence) },
  { header: 'arnstein', value: (r) => String(r.derived.arnsteinRung ?? 'ingen') },
  { header: 'arnstein_begrunnelse', value: (r) => r.arnstein.reason },
  { header: 'arnstein_kildested', value: (r) => r.arnstein.basis },
  { header: 'arnstein_sikkerhet', value: (r) => ratingConfidences.label(r.arnstein.confidence) },
  { header: 'status', value: (r) => statuses.label(r.status) },
  { header: 'status_per', value: (r) => (r.statusAsOf ? String(r.statusAsOf) : '') },
  { header: 'periode_start', value: (r) => (r.period.start ? String(r.period.start) : '') },
  { header: 'periode_slutt', value: (r) => (r.period.end ? String(r.period.end) : '') },
  { header: 'periode_slutt_planlagt', value: (r) => (r.period.endPlanned ? 'ja' : '') },
  { header: 'dokumentasjon', value: (r) => evidenceLevels.label(r.evidence.level) },
  { header: 'evaluert_av', value: (r) => r.evidence.evaluatedBy ?? '' },
  { header: 'hemmere', value: (r) => r.barriers.map((k) => barriers.label(k)).join('; ') },
  { header: 'fremmere', value: (r) => r.drivers.map((k) => drivers.label(k)).join('; ') },
  { header: 'hva_skal_til', value: (r) => r.reuse.requirements ?? '' },
  { header: 'tatt_i_bruk_av', value: (r) => r.reuse.adoptedBy.join(', ') },
  {
    header: 'kilder',
    value: (r) =>
      r.sources.map((s) => `${s.document ? sourceDocument(s.document)!.title : s.title}, ${s.locator}`).join(' | '),
  },
  { header: 'sist_kontrollert', value: (r) => r.lastChecked },
];

/**
 * CSV for Norwegian Excel: a byte-order mark so Excel reads UTF-8 (æøå), semicolons because comma
 * is the decimal separator in Norwegian, and CRLF line endings. Every cell is quoted, and a cell
 * that a spreadsheet would read as a formula (=, +, -, @, tab, CR first) gets a leading apostrophe
 * (csv-stringify's escape_formulas), so an opened file never runs what a title says.
 */
export function toCsv(records: readonly CaseRecord[]): string {
  return stringify([CSV_COLUMNS.map((c) => c.header), ...records.map((r) => CSV_COLUMNS.map((c) => c.value(r)))], {
    bom: true,
    delimiter: ';',
    record_delimiter: '\r\n',
    quoted: true,
    escape_formulas: true,
  });
}
