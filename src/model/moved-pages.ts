/**
 * Pages that have moved, so old addresses keep working: each old address gets a small page that
 * sends the reader on (meta refresh and a visible link) and asks search engines not to index it.
 * These six were published as cases before programmes had a kind of their own (issue 15).
 * The old addresses are not cases: sitemap, feed and exports never list them.
 */
export interface MovedPage {
  /** The old address, below the site root. */
  readonly from: string;
  /** The new address. */
  readonly to: string;
  /** The page's title at its new address. */
  readonly title: string;
}

const toProgramme = (slug: string, title: string): MovedPage => ({
  from: `/saker/${slug}/`,
  to: `/virkemidler/${slug}/`,
  title,
});

export const movedPages: readonly MovedPage[] = [
  toProgramme('big-society-storbritannia', 'Big Society (Storbritannia)'),
  toProgramme('adda-sverige', 'ADDA (Sverige)'),
  toProgramme('ski-danmark', 'SKI (Danmark)'),
  toProgramme('innoff-nettverket', 'INNOFF-nettverket'),
  toProgramme('kommuneforskningsprogrammet-uia', 'Kommuneforskningsprogrammet'),
  toProgramme('innovasjonsfond-region-stockholm', 'Innovasjonsfondet i Region Stockholm'),
];

/** The old case addresses (slugs) that now point elsewhere. */
export const movedCaseSlugs: readonly string[] = movedPages
  .filter((m) => m.from.startsWith('/saker/'))
  .map((m) => m.from.slice('/saker/'.length, -1));
