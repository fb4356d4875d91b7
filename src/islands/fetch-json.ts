/**
 * A JSON file the build wrote (word list, orders, index parts, filter table, municipalities), or
 * `fallback` if it cannot be had: the search page then works with less, rather than not at all.
 */
export const fetchJson = <T>(url: string, fallback: T): Promise<T> =>
  fetch(url)
    .then((r) => (r.ok ? (r.json() as Promise<T>) : fallback))
    .catch(() => fallback);
