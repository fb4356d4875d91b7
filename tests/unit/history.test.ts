import { describe, expect, it } from 'vitest';
import { caseDates, parseGitLog } from '../../src/lib/history.ts';

// What `git log --format=%x1e%aI --name-only -- content/cases` prints, newest commit first.
const LOG = [
  '\x1e2026-11-30T10:00:00+00:00\n\ncontent/cases/b.mdx\ncontent/cases/a.mdx\n',
  '\x1e2026-11-20T09:00:00+01:00\n\ncontent/cases/a.mdx\ncontent/mal.md\n',
  '\x1e2026-11-10T08:00:00+00:00\n\ncontent/cases/a.mdx\ncontent/cases/README.txt\n',
].join('');

describe('case history from git', () => {
  it('gives each file its first commit as added and its newest as updated, keyed by slug', () => {
    const dates = parseGitLog(LOG);
    expect(dates.get('a')).toEqual({
      added: new Date('2026-11-10T08:00:00Z'),
      updated: new Date('2026-11-30T10:00:00Z'),
    });
    expect(dates.get('b')).toEqual({
      added: new Date('2026-11-30T10:00:00Z'),
      updated: new Date('2026-11-30T10:00:00Z'),
    });
    expect(dates.has('mal')).toBe(true);
    expect(dates.has('README')).toBe(false);
  });

  it('falls back to lastChecked without history or for a file not yet committed', () => {
    const checked = new Date('2026-11-25T00:00:00Z');
    expect(caseDates('a', checked, null)).toEqual({ added: checked, updated: checked, from: 'lastChecked' });
    expect(caseDates('ny', checked, parseGitLog(LOG))).toEqual({
      added: checked,
      updated: checked,
      from: 'lastChecked',
    });
    expect(caseDates('a', checked, parseGitLog(LOG)).from).toBe('git');
  });
});
