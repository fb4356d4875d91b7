/**
 * Where the case files live, relative to the project root. CASES_DIR points a build at another
 * folder (the benchmark's synthetic corpora, test fixtures) without touching contributors' files.
 */
export const CASES_DIR: string = process.env.CASES_DIR ?? 'content/cases';
