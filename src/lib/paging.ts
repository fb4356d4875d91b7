/**
 * Long lists of cases split over pages, so a list never becomes one page of megabytes: at 10 000
 * cases, /saker/ as one page was 10 MB of HTML. The first page keeps the list's own address; the
 * others are at <address>side/<n>/.
 */

/** Cases per page of a list. LIST_PAGE_SIZE changes it: the fixtures build uses 4, so its tests walk pages. */
export const LIST_PAGE_SIZE = listPageSize(process.env.LIST_PAGE_SIZE);

function listPageSize(value: string | undefined): number {
  if (value === undefined) return 100;
  const size = Number(value);
  if (!Number.isInteger(size) || size < 1)
    throw new Error(`LIST_PAGE_SIZE må være et helt tall over 0, ikke «${value}».`);
  return size;
}

export interface ListPage<T> {
  items: T[];
  /** 1 for the first page. */
  number: number;
  /** How many pages the list has. */
  count: number;
  /** The position in the whole list of this page's first and last item, from 1. */
  first: number;
  last: number;
}

/** The pages of a list, in order; an empty list is one empty page. */
export function pagesOf<T>(items: T[], size = LIST_PAGE_SIZE): ListPage<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => {
    const slice = items.slice(i * size, (i + 1) * size);
    return { items: slice, number: i + 1, count, first: i * size + 1, last: i * size + slice.length };
  });
}

/** The address of page `n` of the list at `path` (which ends with a slash). */
export const pagePath = (path: string, n: number): string => (n === 1 ? path : `${path}side/${n}/`);
