/**
 * The links between kinds of page: a case's `programmes` and `concepts`, a programme's `concepts`
 * and a concept's `related` must each name a page that exists, or the contributor gets a Norwegian
 * message with «Mente du …?» among the real addresses. Pure functions: `npm run check`, the build's
 * validation and the unit tests call them with files they have read.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { caseKind, conceptKind, programmeKind, type ContentKind } from '../model/kinds.ts';
import { lineOfPath } from './locate.ts';
import { closest } from './suggest.ts';
import { readCaseFiles, validateCases, type CaseFile, type Problem, type ValidCase } from './validate-cases.ts';

/** The address a file gets: its name without .md/.mdx, lower-cased (as validateCases does). */
export const slugOfFile = (file: string): string =>
  file
    .split('/')
    .pop()!
    .replace(/\.mdx?$/, '')
    .toLowerCase();

/** Which field links to which kind, per kind. */
const LINKS: Record<ContentKind['collection'], { field: string; target: ContentKind }[]> = {
  cases: [
    { field: 'programmes', target: programmeKind },
    { field: 'concepts', target: conceptKind },
  ],
  programmes: [{ field: 'concepts', target: conceptKind }],
  concepts: [{ field: 'related', target: conceptKind }],
};

const WHAT: Record<ContentKind['collection'], string> = {
  cases: 'ingen sak',
  programmes: 'ikke noe virkemiddel',
  concepts: 'ikke noe begrep',
};

export interface KindFiles {
  kind: ContentKind;
  files: readonly CaseFile[];
}

/**
 * Problems with links between kinds. `slugs` holds every address that exists per kind (from all
 * files, valid or not, so one broken page does not make every link to it an error too).
 */
export function crossLinkProblems(
  entries: readonly { kind: ContentKind; entry: ValidCase<unknown> }[],
  slugs: ReadonlyMap<ContentKind['collection'], readonly string[]>,
): Problem[] {
  const problems: Problem[] = [];
  for (const { kind, entry } of entries) {
    const data = entry.data as Record<string, unknown>;
    for (const { field, target } of LINKS[kind.collection]) {
      const values = Array.isArray(data[field]) ? (data[field] as string[]) : [];
      const known = slugs.get(target.collection) ?? [];
      values.forEach((value, i) => {
        const self = kind === target && value === entry.slug;
        if (!self && known.includes(value)) return;
        problems.push({
          file: entry.file,
          line: lineOfPath(entry.source, [field, i], 1),
          field: `${field}[${i}]`,
          problem: self
            ? 'et begrep kan ikke lenke til seg selv'
            : `det finnes ${WHAT[target.collection]} med adressen ${JSON.stringify(value)}`,
          allowed: `filnavnet (uten .mdx) til en side i ${target.dir}/`,
          // Never suggest the page itself: a page cannot link to itself.
          suggestion: self
            ? undefined
            : closest(value, kind === target ? known.filter((k) => k !== entry.slug) : known),
        });
      });
    }
  }
  return problems;
}

/**
 * Validates every kind and the links between them: each kind with its own schema, then the links.
 * Returns the valid entries per kind and every problem.
 */
export function validateKinds(sets: readonly KindFiles[]): {
  valid: Map<ContentKind['collection'], ValidCase<unknown>[]>;
  problems: Problem[];
} {
  const problems: Problem[] = [];
  const valid = new Map<ContentKind['collection'], ValidCase<unknown>[]>();
  const slugs = new Map<ContentKind['collection'], string[]>();
  const entries: { kind: ContentKind; entry: ValidCase<unknown> }[] = [];
  for (const { kind, files } of sets) {
    const result = validateCases<unknown>(files, kind);
    problems.push(...result.problems);
    valid.set(kind.collection, result.cases);
    slugs.set(kind.collection, [...new Set(files.map((f) => slugOfFile(f.file)))]);
    entries.push(...result.cases.map((entry) => ({ kind, entry })));
  }
  const linkProblems = crossLinkProblems(entries, slugs);
  for (const [collection, list] of valid) {
    valid.set(
      collection,
      list.filter((e) => !linkProblems.some((p) => p.file === e.file)),
    );
  }
  return { valid, problems: [...problems, ...linkProblems] };
}

/**
 * The files of every kind under `root`. Cases must have their folder (a missing one is a setup
 * error); programmes and concepts may have none yet.
 */
export function readAllKinds(root: string, kinds: readonly ContentKind[]): KindFiles[] {
  return kinds.map((kind) => {
    const dir = resolve(root, kind.dir);
    return { kind, files: kind === caseKind || existsSync(dir) ? readCaseFiles(dir, root) : [] };
  });
}
