import { site as siteConfig } from '../site.ts';
/** Site paths and URLs, with the configured base path (for hosting under a sub-path). */
const base = import.meta.env.BASE_URL.replace(/\/$/, '');

export const href = (path: string): string => `${base}${path}`;
export const caseHref = (slug: string): string => href(`/saker/${slug}/`);

/** Absolute URLs for feeds, data and metadata: the configured site plus the base path. */
export function absoluteUrl(path: string, site: URL | undefined): string {
  return new URL(href(path), site ?? siteConfig.url).href;
}

/** The site's root URL, with the base path, ending in a slash. */
export const siteRoot = (site: URL | undefined): string => absoluteUrl('/', site);
