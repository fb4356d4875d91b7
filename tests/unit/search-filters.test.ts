import { describe, expect, it } from 'vitest';
import { countFilters, filterTable, pagesWith } from '../../src/lib/search-filters.ts';

// Three cases and a programme, with the filter values Pagefind would record for them.
const table = filterTable([
  { id: 'und_c', filters: { type: ['sak'], storrelse: ['small', 'large'], status: ['pilot'] } },
  { id: 'und_a', filters: { type: ['sak'], storrelse: ['small'], status: ['in-operation'] } },
  { id: 'und_b', filters: { type: ['sak'], storrelse: ['medium'], status: ['pilot'] } },
  { id: 'und_p', filters: { type: ['virkemiddel'] } },
]);

describe('filter counts from the build’s table', () => {
  it('counts each value among the given pages, and a value none of them holds as 0', () => {
    expect(countFilters(table, ['und_a', 'und_c'])).toEqual({
      type: { sak: 2, virkemiddel: 0 },
      storrelse: { small: 2, medium: 0, large: 1 },
      status: { pilot: 1, 'in-operation': 1 },
    });
  });

  it('counts a value once per page even if the page lists it twice, and skips ids the table lacks', () => {
    const doubled = filterTable([{ id: 'x', filters: { storrelse: ['small', 'small'] } }]);
    expect(countFilters(doubled, ['x', 'ukjent']).storrelse).toEqual({ small: 1 });
  });

  it('lets a page through with any ticked value of a group, and only if every ticked group agrees', () => {
    expect(pagesWith(table, { storrelse: { any: ['small', 'medium'] } }).sort()).toEqual(['und_a', 'und_b', 'und_c']);
    expect(pagesWith(table, { storrelse: { any: ['small'] }, status: { any: ['pilot'] } })).toEqual(['und_c']);
    expect(pagesWith(table, {}).sort()).toEqual(['und_a', 'und_b', 'und_c', 'und_p']);
    expect(pagesWith(table, { storrelse: { any: ['unknown-value'] } })).toEqual([]);
  });
});
