/** Small text helpers for Norwegian counts and lists, so every page writes them the same way. */

/** «1 kommune», «2 kommuner», with the number formatted the Norwegian way (12 345). */
export function countOf(n: number, one: string, many: string): string {
  return `${new Intl.NumberFormat('nb-NO').format(n)} ${n === 1 ? one : many}`;
}
