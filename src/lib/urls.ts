/** Site paths, with the configured base path (for hosting under a sub-path). */
const base = import.meta.env.BASE_URL.replace(/\/$/, '');

export const href = (path: string): string => `${base}${path}`;
export const caseHref = (slug: string): string => href(`/saker/${slug}/`);
