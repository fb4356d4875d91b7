/**
 * The open data: every case as JSON (all frontmatter, the facts derived from SSB, a plain-text
 * summary) and as CSV that opens correctly in Norwegian Excel. One record builder for both, so the
 * two cannot disagree. The format is versioned and documented on /data/.
 */
import { stringify } from 'csv-stringify/sync';
import { sourceDocument } from '../model/source-documents.ts';
import {
  actorTypes,
  audiences,
  barriers,
  conceptKinds,
  countries,
  drivers,
  evidenceLevels,
  ratingConfidences,
  programmeKinds,
  programmeStatuses,
  serviceAreas,
  sizeClasses,
  statuses,
  targetGroups,
} from '../model/vocabularies.ts';
import type { ConceptData } from '../model/concept-schema.ts';
import type { ProgrammeData } from '../model/programme-schema.ts';
import type { CaseView } from './cases.ts';

// 1.1: cases gained programmes and concepts (links to /virkemidler/ and /begreper/).
export const DATA_FORMAT = { name: 'samskapingsbanken-saker', version: '1.1' } as const;
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
  { header: 'virkemidler', value: (r) => r.programmes.join(', ') },
  { header: 'begreper', value: (r) => r.concepts.join(', ') },
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
  return toCsvWith(CSV_COLUMNS, records);
}

const CSV_OPTIONS = {
  bom: true,
  delimiter: ';',
  record_delimiter: '\r\n',
  quoted: true,
  escape_formulas: true,
} as const;

/*
 * Programmes (virkemidler) and concepts (begreper): files of their own beside the cases, same
 * licence, same CSV conventions, plus formula escaping so a cell is never run as a formula.
 */

export const PROGRAMME_FORMAT = { name: 'samskapingsbanken-virkemidler', version: '1.0' } as const;
export const CONCEPT_FORMAT = { name: 'samskapingsbanken-begreper', version: '1.0' } as const;

interface KnowledgeEntry<T> {
  id: string;
  data: T;
}

/** One programme as exported: its frontmatter unchanged, and the cases that name it. */
export function programmeRecord(entry: KnowledgeEntry<ProgrammeData>, cases: readonly string[], siteUrl: string) {
  // `url` is the page's address, as for cases; the programme's own address goes in `officialUrl`.
  const { url: officialUrl, ...data } = entry.data;
  return {
    id: entry.id,
    url: new URL(`virkemidler/${entry.id}/`, siteUrl).href,
    ...data,
    officialUrl,
    lastChecked: day(entry.data.lastChecked),
    derived: { cases: [...cases] },
  };
}
export type ProgrammeRecord = ReturnType<typeof programmeRecord>;

/** One concept as exported: its frontmatter unchanged, and the cases and programmes that name it. */
export function conceptRecord(
  entry: KnowledgeEntry<ConceptData>,
  links: { cases: readonly string[]; programmes: readonly string[] },
  siteUrl: string,
) {
  return {
    id: entry.id,
    url: new URL(`begreper/${entry.id}/`, siteUrl).href,
    ...entry.data,
    lastChecked: day(entry.data.lastChecked),
    derived: { cases: [...links.cases], programmes: [...links.programmes] },
  };
}
export type ConceptRecord = ReturnType<typeof conceptRecord>;

/** The JSON file of programmes or concepts: versioned, licensed, like the cases' file. */
export function knowledgeDataset<R>(
  format: { name: string; version: string },
  key: 'programmes' | 'concepts',
  records: readonly R[],
  generated: Date,
) {
  return {
    format,
    generated: generated.toISOString(),
    licence: LICENCE,
    attribution: 'Samskapingsbanken.',
    count: records.length,
    [key]: records,
  };
}

const sourcesText = (sources: readonly { document?: string; title?: string; locator: string }[]) =>
  sources.map((s) => `${s.document ? sourceDocument(s.document)!.title : s.title}, ${s.locator}`).join(' | ');

export const PROGRAMME_CSV_COLUMNS: { header: string; value: (r: ProgrammeRecord) => string }[] = [
  { header: 'id', value: (r) => r.id },
  { header: 'url', value: (r) => r.url },
  { header: 'tittel', value: (r) => r.title },
  { header: 'sammendrag', value: (r) => r.summary },
  { header: 'type', value: (r) => programmeKinds.label(r.kind) },
  { header: 'eier', value: (r) => r.owner },
  { header: 'hvem_kan_bruke', value: (r) => r.audience.map((a) => audiences.label(a)).join(', ') },
  { header: 'til_hva', value: (r) => r.purpose },
  { header: 'status', value: (r) => programmeStatuses.label(r.status) },
  { header: 'status_per', value: (r) => String(r.statusAsOf) },
  { header: 'periode_start', value: (r) => (r.period.start ? String(r.period.start) : '') },
  { header: 'periode_slutt', value: (r) => (r.period.end ? String(r.period.end) : '') },
  { header: 'slutt_planlagt', value: (r) => (r.period.endPlanned ? 'ja' : '') },
  { header: 'land', value: (r) => countries.label(r.country) },
  { header: 'nettadresse', value: (r) => r.officialUrl ?? '' },
  { header: 'tjenesteomrader', value: (r) => r.serviceAreas.map((k) => serviceAreas.label(k)).join(', ') },
  { header: 'begreper', value: (r) => r.concepts.join(', ') },
  { header: 'saker', value: (r) => r.derived.cases.join(', ') },
  { header: 'kilder', value: (r) => sourcesText(r.sources) },
  { header: 'sist_kontrollert', value: (r) => r.lastChecked },
];

export const CONCEPT_CSV_COLUMNS: { header: string; value: (r: ConceptRecord) => string }[] = [
  { header: 'id', value: (r) => r.id },
  { header: 'url', value: (r) => r.url },
  { header: 'tittel', value: (r) => r.title },
  { header: 'definisjon', value: (r) => r.summary },
  { header: 'andre_navn', value: (r) => r.aliases.join(', ') },
  { header: 'type', value: (r) => conceptKinds.label(r.kind) },
  { header: 'opphav', value: (r) => r.origin },
  { header: 'beslektede_begreper', value: (r) => r.related.join(', ') },
  { header: 'saker', value: (r) => r.derived.cases.join(', ') },
  { header: 'virkemidler', value: (r) => r.derived.programmes.join(', ') },
  { header: 'kilder', value: (r) => sourcesText(r.sources) },
  { header: 'sist_kontrollert', value: (r) => r.lastChecked },
];

/** CSV for Norwegian Excel from any columns, the same way as the cases' CSV (see toCsv). */
export function toCsvWith<R>(columns: readonly { header: string; value: (r: R) => string }[], records: readonly R[]) {
  return stringify([columns.map((c) => c.header), ...records.map((r) => columns.map((c) => c.value(r)))], CSV_OPTIONS);
}
