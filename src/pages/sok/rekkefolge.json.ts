/**
 * The search page's orders by page path, for the build only: the Pagefind step turns the paths into
 * Pagefind's page ids, writes one file per order to /sok/rekkefolge/<order>.json and removes this
 * one (src/build/search-index.ts). Programmes and concepts are listed too, by name; they have no
 * year or municipality, so they come last in the other orders.
 */
import type { APIRoute } from 'astro';
import { getCases } from '../../lib/collection.ts';
import { getKnowledge } from '../../lib/knowledge.ts';
import { searchOrders, sortableCase } from '../../lib/search-order.ts';

export const GET: APIRoute = async () => {
  const [cases, { programmes, concepts }] = await Promise.all([getCases(), getKnowledge()]);
  const pages = [
    ...cases.map(sortableCase),
    ...programmes.map((p) => ({ path: `/virkemidler/${p.id}/`, title: p.data.title })),
    ...concepts.map((c) => ({ path: `/begreper/${c.id}/`, title: c.data.title })),
  ];
  return new Response(JSON.stringify(searchOrders(pages)), { headers: { 'Content-Type': 'application/json' } });
};
