/**
 * Where the content files live, relative to the project root. CASES_DIR points a build at another
 * folder (the benchmark's synthetic corpora, test fixtures) without touching contributors' files;
 * PROGRAMMES_DIR and CONCEPTS_DIR do the same for programmes and concepts.
 */
export const CASES_DIR: string = process.env.CASES_DIR ?? 'content/cases';
export const PROGRAMMES_DIR: string = process.env.PROGRAMMES_DIR ?? 'content/virkemidler';
export const CONCEPTS_DIR: string = process.env.CONCEPTS_DIR ?? 'content/begreper';
