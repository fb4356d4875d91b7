/**
 * Work the sources name in a sentence or two, too little for a case page (see the case rule in
 * CONTRIBUTING.md): what it is, where, and where the source says it. Shown on the municipality's
 * page and on /saker/ under «Nevnt i kildene», never counted as a case, never rated on the ladders.
 */
import type { SourceDocumentKey } from './source-documents.ts';

export interface Mention {
  readonly title: string;
  /** Kommunenummer; empty where the source names no municipality. */
  readonly municipalities: readonly string[];
  /** One sentence in our own words: what the source says, and that it says no more. */
  readonly text: string;
  readonly source: { readonly document: SourceDocumentKey; readonly locator: string };
  /** Case pages about the same kind of work, by address. */
  readonly related: readonly string[];
}

export const mentions: readonly Mention[] = [
  {
    title: 'Helsestasjon for eldre i Larvik',
    municipalities: ['3909'],
    text: 'Utvalget bruker Larviks helsestasjon for eldre, sammen med Stangehjelpa, som eksempel på et tilbud med lav terskel som kan styrke eldres psykiske helse og livskvalitet. Hvordan tilbudet er organisert og hva det har ført til, sier ikke kilden.',
    source: { document: 'den-nye-velferdskommunen-2026', locator: 'kap. 9.1, avsnittet om lavterskeltilbud for eldre' },
    related: ['stangehjelpa'],
  },
  {
    title: 'Bolystteam i Steinkjer',
    municipalities: ['5006'],
    text: 'Rapporten nevner Bolystteam i Steinkjer, sammen med Med hjerte for Arendal, som et lokalt initiativ som knytter kommunen og frivilligheten sammen og samler ressurser i nærmiljøet på tvers av sektorer, ofte med stedsutvikling som grunnlag. Mer sier ikke kilden.',
    source: {
      document: 'den-nye-velferdskommunen-2026',
      locator: 'kap. 9.3, avsnittet om knutepunkt for frivillighet',
    },
    related: ['med-hjerte-for-arendal'],
  },
  {
    title: 'Ut på vidda',
    municipalities: [],
    text: 'Utvalget trekker fram Ut på vidda som en modell for samiske innbyggere som bygger på samisk kultur og tradisjoner, duodji, historie, dyr, natur og reindrift. Kilden sier ikke hvor tilbudet finnes, hvem som driver det eller hva det har ført til.',
    source: {
      document: 'den-nye-velferdskommunen-2026',
      locator: 'kap. 9.1, avsnittet om helsefremmende og forebyggende tilbud',
    },
    related: ['vardobaiki-samisk-senter'],
  },
];
