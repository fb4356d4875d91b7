/** Where contributors' case files live, relative to the project root. */
export const CASES_DIR = 'content/cases';
