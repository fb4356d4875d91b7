/**
 * Municipality sizes: the classes readers filter by and the finer bands for comparing
 * municipalities. Re-exported from vocabularies.ts; a module of its own, without dependencies, so
 * the browser's finder can use the same labels without bundling the other vocabularies.
 */

/**
 * Municipality size classes as SSB and KOSTRA commonly use them, by population. Derived from SSB's
 * figure, never typed by hand.
 */
export const sizeClasses = [
  { key: 'small', label: 'Liten kommune', range: 'under 5 000 innbyggere', min: 0, max: 4_999 },
  { key: 'medium', label: 'Mellomstor kommune', range: '5 000–19 999 innbyggere', min: 5_000, max: 19_999 },
  {
    key: 'large',
    label: 'Stor kommune',
    range: '20 000 innbyggere og flere',
    min: 20_000,
    max: Number.POSITIVE_INFINITY,
  },
] as const;

export type SizeClassKey = (typeof sizeClasses)[number]['key'];

/** Finer population bands, for finding comparable municipalities. */
export const sizeBands = [
  { key: 'under-2000', label: 'under 2 000', min: 0, max: 1_999 },
  { key: '2000-4999', label: '2 000–4 999', min: 2_000, max: 4_999 },
  { key: '5000-9999', label: '5 000–9 999', min: 5_000, max: 9_999 },
  { key: '10000-19999', label: '10 000–19 999', min: 10_000, max: 19_999 },
  { key: '20000-49999', label: '20 000–49 999', min: 20_000, max: 49_999 },
  { key: '50000-plus', label: '50 000 og flere', min: 50_000, max: Number.POSITIVE_INFINITY },
] as const;

export type SizeBandKey = (typeof sizeBands)[number]['key'];
