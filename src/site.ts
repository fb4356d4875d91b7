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

/**
 * How readers reach the editors: one functional address (never a person's), used by /om/, the
 * case suggestion form, the accessibility statement and «Meld fra om feil» on case pages. The
 * default is a PLACEHOLDER: set EDITOR_EMAIL to the editors' real address when deploying.
 */
export const editors = {
  email: process.env.EDITOR_EMAIL ?? 'redaksjonen@samskapingsbanken.no',
};

/** A mailto: link to the editors, with subject and body filled in (encoded for a URL). */
export function mailtoEditors(subject: string, body = ''): string {
  const query = new URLSearchParams({ subject, ...(body ? { body } : {}) })
    .toString()
    // URLSearchParams writes spaces as «+», which mail programs show literally.
    .replace(/\+/g, '%20');
  return `mailto:${editors.email}?${query}`;
}

/** The page where a contributor edits a file of the repository in the browser. */
export function editUrl(filePath: string): string {
  return `${repository.url}/edit/${repository.branch}/${filePath.replace(/^\.\//, '')}`;
}
