/**
 * The site's public address (canonical links, feed, sitemap). SITE overrides it when building for
 * another host; under a sub-path, BASE is set as well (see .github/workflows/pages.yml).
 */
export const site = {
  url: (process.env.SITE ?? 'https://samskapingsbanken.no').replace(/\/$/, ''),
};

/**
 * Where the site's source lives, for «Foreslå endring» links to a case file's edit page. Set
 * REPOSITORY_URL when building from a fork or another host.
 */
export const repository = {
  url: (process.env.REPOSITORY_URL ?? 'https://github.com/samskapingsbanken/samskapingsbanken').replace(/\/$/, ''),
  branch: process.env.REPOSITORY_BRANCH ?? 'main',
};

/** The page where a contributor edits a file of the repository in the browser. */
export function editUrl(filePath: string): string {
  return `${repository.url}/edit/${repository.branch}/${filePath.replace(/^\.\//, '')}`;
}
