/**
 * Links a contributor follows from inside a pull request: relative links there resolve against the
 * pull request's page and 404, so the template uses absolute addresses in the repository that
 * src/site.ts configures, to files and headings that exist.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FLAGS } from '../../src/contribute/scaffold.ts';
import { repository, site } from '../../src/site.ts';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const links = (markdown: string) => [...markdown.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
const anchor = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');

describe('the pull-request template', () => {
  const template = read('.github/pull_request_template.md');

  it('has links, all absolute, into this repository', () => {
    expect(links(template).length).toBeGreaterThan(0);
    for (const link of links(template))
      expect(link.startsWith(`${repository.url}/blob/${repository.branch}/`), link).toBe(true);
  });

  it('points to files and headings that exist', () => {
    for (const link of links(template)) {
      const [path, hash] = link.slice(`${repository.url}/blob/${repository.branch}/`.length).split('#');
      expect(existsSync(new URL(path!, root)), path).toBe(true);
      if (hash) {
        const headings = [...read(path!).matchAll(/^#+ (.+)$/gm)].map((m) => anchor(m[1]!));
        expect(headings, link).toContain(hash);
      }
    }
  });
});

describe('CONTRIBUTING.md', () => {
  const guide = read('CONTRIBUTING.md');

  it('gives the site’s and the repository’s address as src/site.ts configures them, as does the README', () => {
    for (const text of [guide, read('README.md')]) {
      expect(text).toContain(site.url);
      expect(text).toContain(repository.url);
    }
  });

  it('documents every flag of npm run ny-sak', () => {
    const missing = Object.keys(FLAGS).filter((flag) => !guide.includes(`\`--${flag}\``));
    expect(missing).toEqual([]);
  });

  it('links to headings that exist, and to files of the repository that exist', () => {
    const headings = [...guide.matchAll(/^#+ (.+)$/gm)].map((m) => anchor(m[1]!));
    for (const link of links(guide).filter((l) => l.startsWith('#'))) expect(headings, link).toContain(link.slice(1));
    const inRepo = [...guide.matchAll(/https:\/\/github\.com\/\S+?\/(?:blob|tree)\/main\/([^\s)]+?)\.?(?=[\s)]|$)/gm)];
    expect(inRepo.length).toBeGreaterThan(0);
    for (const m of inRepo) expect(existsSync(new URL(m[1]!, root)), m[1]).toBe(true);
  });
});
