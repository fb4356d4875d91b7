import { describe, expect, it } from 'vitest';
import { searchOrders } from '../../src/lib/search-order.ts';

const pages = [
  { path: '/saker/b/', title: 'Bø', year: 2019, population: 2600 },
  { path: '/saker/a/', title: 'Asker', year: 2021, population: 98000 },
  { path: '/saker/ae/', title: 'Ærlig', year: 2019 },
  { path: '/virkemidler/o/', title: 'Ordning' },
  { path: '/saker/z/', title: 'Zeta', population: 2600 },
];

describe('search orders', () => {
  it('sorts by name the Norwegian way, with æ after z', () => {
    expect(searchOrders(pages).navn).toEqual(['/saker/a/', '/saker/b/', '/virkemidler/o/', '/saker/z/', '/saker/ae/']);
  });

  it('puts pages without the value last, by name, whichever way the order runs', () => {
    const orders = searchOrders(pages);
    expect(orders.nyest).toEqual(['/saker/a/', '/saker/b/', '/saker/ae/', '/virkemidler/o/', '/saker/z/']);
    expect(orders.minst).toEqual(['/saker/b/', '/saker/z/', '/saker/a/', '/virkemidler/o/', '/saker/ae/']);
    expect(orders.storst).toEqual(['/saker/a/', '/saker/b/', '/saker/z/', '/virkemidler/o/', '/saker/ae/']);
  });
});
