/**
 * The documents the knowledge base is built from, so a case can cite them by a short key and a
 * locator, and the site can show the full reference and tell which document a fact comes from.
 */
export interface SourceDocument {
  readonly key: string;
  /** How the document is cited (title, with series and year). */
  readonly title: string;
  readonly publisher: string;
  /** Publication year; left out where the document does not say. */
  readonly year?: number;
  /**
   * The document's official publication page. Set only where a source gives the address or it is
   * certain; never guessed. None of the source texts give one yet.
   */
  readonly url?: string;
  /** A hint for contributors on how to write the locator for this document. */
  readonly locatorHint: string;
}

export const sourceDocuments = [
  {
    key: 'den-nye-velferdskommunen-2026',
    title: 'Den nye velferdskommunen. Utredning fra Innovasjons- og samskapingsutvalget',
    publisher: 'Innovasjons- og samskapingsutvalget, levert Helse- og omsorgsdepartementet',
    year: 2026,
    locatorHint: 'kapittel og bokstittel, for eksempel «kap. 4, boks «Lagmodellen»»',
  },
  {
    key: 'meld-st-29-2012-2013',
    title: 'Meld. St. 29 (2012–2013) Morgendagens omsorg',
    publisher: 'Helse- og omsorgsdepartementet',
    year: 2013,
    locatorHint: 'boks eller kapittel, for eksempel «boks 4.6»',
  },
  {
    key: 'omsorg-3-0-2017',
    title: 'Omsorg 3.0. ØF-notat 03/2017',
    publisher: 'Østlandsforskning',
    year: 2017,
    locatorHint: 'kapittel eller avsnitt, for eksempel «kap. 4, Ringebu»',
  },
  {
    key: 'notat-hemmere-fremmere',
    title:
      'Notat til Innovasjons- og samskapingsutvalget: Regulatoriske hemmere og fremmere av samskaping og innovasjon',
    publisher: 'Universitetet i Innlandet, skrevet for Innovasjons- og samskapingsutvalget',
    // The note refers to "this autumn's Storting election" and to reports from June 2025.
    year: 2025,
    locatorHint: 'avsnitt, for eksempel «Statlige hemmere»',
  },
  {
    key: 'foredrag-omsorgssektoren-var-innovasjon',
    title: 'Foredrag «Omsorgssektoren var innovasjon»',
    publisher: 'Lysbilder fra foredrag (år ikke oppgitt)',
    locatorHint: 'lysbilde eller tema, for eksempel «lysbildet om Kommune 3.0»',
  },
] as const satisfies readonly SourceDocument[];

export type SourceDocumentKey = (typeof sourceDocuments)[number]['key'];
export const sourceDocumentKeys = sourceDocuments.map((d) => d.key) as unknown as readonly [
  SourceDocumentKey,
  ...SourceDocumentKey[],
];

export function sourceDocument(key: string): SourceDocument | undefined {
  return sourceDocuments.find((d) => d.key === key);
}
