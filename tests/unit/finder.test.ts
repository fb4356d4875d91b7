/** The finder's suggestions: names as typed, with or without æøå, and likely typos. */
import { describe, expect, it } from 'vitest';
import { suggest } from '../../src/islands/finder.ts';
import { municipalities } from '../../src/model/municipalities.ts';

const all = municipalities.map((m) => ({ ...m, names: m.names }));
const names = (typed: string) => suggest(all, typed).map((m) => m.name);

describe('finder suggestions', () => {
  it('finds a name from its first letters, without æøå', () => {
    expect(names('Baer')).toContain('Bærum');
  });

  it('suggests the municipality a typo most likely meant', () => {
    expect(names('Ringbu')[0]).toBe('Ringebu');
    expect(names('Lilehammer')[0]).toBe('Lillehammer');
  });

  it('suggests nothing for text that is not close to any name', () => {
    expect(names('xqzxqzxqz')).toEqual([]);
  });
});
