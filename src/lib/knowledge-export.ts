/** The export records of every programme and concept, with the links derived once in knowledge.ts. */
import { conceptRecord, programmeRecord } from './export.ts';
import { getKnowledge } from './knowledge.ts';

export async function programmeRecords(siteUrl: string) {
  const k = await getKnowledge();
  return k.programmes.map((p) =>
    programmeRecord(
      p,
      (k.casesOfProgramme.get(p.id) ?? []).map((c) => c.slug),
      siteUrl,
    ),
  );
}

export async function conceptRecords(siteUrl: string) {
  const k = await getKnowledge();
  return k.concepts.map((c) =>
    conceptRecord(
      c,
      {
        cases: (k.casesOfConcept.get(c.id) ?? []).map((v) => v.slug),
        programmes: (k.programmesOfConcept.get(c.id) ?? []).map((p) => p.id),
      },
      siteUrl,
    ),
  );
}

/** The newest lastChecked of the records, so a rebuild without changes gives the same file. */
export const newest = (records: readonly { lastChecked: string }[]): Date =>
  new Date(records.reduce((max, r) => (r.lastChecked > max ? r.lastChecked : max), '1970-01-01'));
