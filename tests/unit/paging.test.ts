import { describe, expect, it } from 'vitest';
import { pagePath, pagesOf } from '../../src/lib/paging.ts';

describe('lists split over pages', () => {
  it('puts 250 items on pages of 100, 100 and 50, numbered from the first item', () => {
    const pages = pagesOf(
      Array.from({ length: 250 }, (_, i) => i),
      100,
    );
    expect(pages.map((p) => [p.number, p.count, p.first, p.last, p.items.length])).toEqual([
      [1, 3, 1, 100, 100],
      [2, 3, 101, 200, 100],
      [3, 3, 201, 250, 50],
    ]);
    expect(pages[2]!.items[0]).toBe(200);
  });

  it('gives a list of exactly one page, and an empty list, one page', () => {
    expect(pagesOf([1, 2, 3], 3).map((p) => p.count)).toEqual([1]);
    expect(pagesOf([], 100)).toEqual([{ items: [], number: 1, count: 1, first: 1, last: 0 }]);
  });

  it('keeps the list’s own address for its first page', () => {
    expect(pagePath('/saker/', 1)).toBe('/saker/');
    expect(pagePath('/tema/liten-kommune/', 3)).toBe('/tema/liten-kommune/side/3/');
  });
});
