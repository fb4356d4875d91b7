/**
 * Browse pages that work without JavaScript: one per service area and one per size class, at
 * /tema/<slug>/. The front page and the search page's <noscript> link here; the search page offers
 * the same view with filters for those who have JavaScript.
 */
import type { CaseView } from './cases.ts';
import { byTitle } from './cases.ts';
import { municipalitySlug } from '../model/municipality.ts';
import { serviceAreas, sizeClasses } from '../model/vocabularies.ts';

export interface BrowsePage {
  slug: string;
  path: string;
  label: string;
  /** What the page lists, in a sentence. */
  description: string;
  /** The same view on the search page: filter name and value. */
  filter: { name: string; value: string };
  cases: CaseView[];
}

const slugOf = (label: string) => municipalitySlug({ name: label });

export function browsePages(cases: CaseView[]): BrowsePage[] {
  const sorted = [...cases].sort(byTitle);
  const areas = serviceAreas.terms.map((t) => ({
    slug: slugOf(t.label),
    path: `/tema/${slugOf(t.label)}/`,
    label: t.label,
    description: `Saker innen ${t.label.toLowerCase()}: ${t.description.replace(/\.$/, '').toLowerCase()}.`,
    filter: { name: 'tjenesteomrade', value: t.key },
    cases: sorted.filter((c) => c.data.serviceAreas.includes(t.key)),
  }));
  const sizes = sizeClasses.map((s) => ({
    slug: slugOf(s.label),
    path: `/tema/${slugOf(s.label)}/`,
    label: `${s.label} (${s.range})`,
    description: `Saker fra minst én kommune med ${s.range}. Innbyggertall fra SSB.`,
    filter: { name: 'storrelse', value: s.key },
    cases: sorted.filter((c) => c.sizeClasses.includes(s.key)),
  }));
  return [...areas, ...sizes].filter((p) => p.cases.length > 0);
}
