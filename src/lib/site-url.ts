/** Absolute URLs for feeds, data and metadata: the configured site plus the base path. */
export function absoluteUrl(path: string, site: URL | undefined): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return new URL(`${base}${path}`, site ?? 'https://samskapingsbanken.no').href;
}

/** The site's root URL, with the base path, ending in a slash. */
export function siteRoot(site: URL | undefined): string {
  return absoluteUrl('/', site);
}
