/**
 * The one place that reads content files: every file in a content folder is accounted for, read
 * once, its frontmatter parsed with positions, validated against its kind's schema, its body
 * checked on the parser's tree, and the links between pages checked once every page is known.
 *
 * Used by the Astro loader (`loader.ts`: build and dev preview), by `npm run check` and by the tests,
 * so all of them report exactly the same Norwegian lines. It reads files and never writes.
 */
import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { core, z } from 'astro/zod';
import { movedPages } from '../model/moved-pages.ts';
import { keysAt } from '../model/schema-path.ts';
import { templateLeftovers } from '../validation/template-leftovers.ts';
import { SLUG_PATTERN } from '../model/slug.ts';
import { messageFor, type Message } from '../validation/messages.ts';
import { closest } from '../validation/suggest.ts';
import { checkBody, type BodyLink } from './body-check.ts';
import { decodeUtf8, fieldName, parseFrontmatter, shorten, splitFile } from './frontmatter.ts';
import { CONTACT_RULE, personalContacts } from './personal-data.ts';

export interface Problem extends Message {
  file: string;
  line?: number;
  /** The field, as a path: `arnstein.rung`, `actors[1].type`, or `tekst` for the body. */
  field?: string;
}

/** A link from one page to another, by kind and address, checked once all pages are known. */
export interface Reference {
  path: readonly PropertyKey[];
  kind: string;
  slug: string;
}

/** A kind of page: where its files live, its schema, and its links to other pages. */
export interface ContentKind<Data = unknown> {
  /** The Astro collection's name, and the key other kinds use to link here. */
  name: string;
  /** The folder, relative to the project root. */
  dir: string;
  /** The address prefix of its pages, for example `/saker/`. */
  urlPrefix: string;
  /** «en sak», «et begrep»: how messages name one of them. */
  noun: string;
  /** The template contributors copy, relative to the project root. */
  template: string;
  schema: z.ZodType<Data>;
  /** The pages this one links to through its frontmatter. */
  references(data: Data): Reference[];
}

export interface Entry<Data = unknown> {
  slug: string;
  /** The path as the contributor knows it, relative to the project root, with «/». */
  file: string;
  data: Data;
  body: string;
  bodyFirstLine: number;
  source: string;
  lineOf(path: readonly PropertyKey[]): number | undefined;
  bodyLinks: BodyLink[];
}

export interface FileRef {
  file: string;
  absolute: string;
  slug: string;
}

export interface FolderListing {
  files: FileRef[];
  /** Drafts: not published, named so nothing is left out without a word. */
  drafts: string[];
  problems: Problem[];
}

const EXTENSION = '.mdx';
const toPosix = (path: string) => path.split(sep).join('/');

/** A file name turned into an address a contributor could use instead. */
export function suggestSlug(name: string): string {
  return name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Every entry of a content folder, accounted for: a page, a draft (a name starting with «_»), an
 * ignored system file (a name starting with «.»), or a problem that says what to do.
 */
export function listFolder(dir: string, root: string): FolderListing {
  const listing: FolderListing = { files: [], drafts: [], problems: [] };
  let entries: Dirent[];
  try {
    // With their types from the listing itself: no lstat per file, which with 10 000 cases took
    // longer than the rest of a save's link check (the types are an entry's own, as lstat gives).
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
  } catch {
    listing.problems.push({
      file: toPosix(relative(root, dir)) || dir,
      problem: 'fant ikke mappa',
      allowed: 'en mappe med .mdx-filer',
    });
    return listing;
  }
  const bySlug = new Map<string, string>();
  const folder = toPosix(relative(root, dir));
  for (const stat of entries) {
    const { name } = stat;
    const absolute = join(dir, name);
    const file = folder ? `${folder}/${name}` : name;
    const problem = (text: string, allowed: string) => listing.problems.push({ file, problem: text, allowed });
    if (name.startsWith('.')) continue;
    if (stat.isSymbolicLink()) {
      problem('snarveier (symbolske lenker) leses ikke', 'legg selve fila i mappa, ikke en snarvei til den');
      continue;
    }
    if (stat.isDirectory()) {
      problem('undermapper leses ikke', `flytt filene opp i ${toPosix(relative(root, dir))}/, én fil per side`);
      continue;
    }
    if (name.startsWith('_')) {
      listing.drafts.push(file);
      continue;
    }
    const dot = name.lastIndexOf('.');
    const ext = dot > 0 ? name.slice(dot) : '';
    const stem = dot > 0 ? name.slice(0, dot) : name;
    if (ext !== EXTENSION) {
      problem(
        ext.toLowerCase() === EXTENSION || ext.toLowerCase() === '.md'
          ? `filendelsen ${JSON.stringify(ext)} leses ikke`
          : 'bare .mdx-filer hører hjemme her',
        `endelsen .mdx med små bokstaver, for eksempel ${suggestSlug(stem) || 'ny-sak'}.mdx`,
      );
      continue;
    }
    if (!SLUG_PATTERN.test(stem)) {
      problem(
        `filnavnet ${JSON.stringify(stem)} kan ikke brukes som adresse`,
        `små bokstaver a–z, tall og bindestrek, uten æøå, mellomrom og store bokstaver, for eksempel ${suggestSlug(stem) || 'ny-sak'}.mdx`,
      );
      continue;
    }
    const other = bySlug.get(stem);
    if (other) {
      problem(`adressen er allerede brukt av ${other}`, 'et filnavn ingen annen side har');
      continue;
    }
    bySlug.set(stem, file);
    listing.files.push({ file, absolute, slug: stem });
  }
  return listing;
}

/** Every string in the frontmatter, with its path, for the check of personal contact data. */
function* strings(value: unknown, path: PropertyKey[] = []): Generator<[PropertyKey[], string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, [...path, i]);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) yield* strings(v, [...path, k]);
}

/** Reads and validates one file on its own (links to other pages are checked in `loadKind`). */
export function readEntry<Data>(
  kind: ContentKind<Data>,
  ref: { file: string; slug: string },
  bytes: Uint8Array,
): { entry?: Entry<Data>; problems: Problem[] } {
  const result = readEntryUnsorted(kind, ref, bytes);
  // Top to bottom, as the contributor reads the file; problems without a line (a missing field) first.
  result.problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return result;
}

function readEntryUnsorted<Data>(
  kind: ContentKind<Data>,
  ref: { file: string; slug: string },
  bytes: Uint8Array,
): { entry?: Entry<Data>; problems: Problem[] } {
  const { file } = ref;
  const at = (p: Omit<Problem, 'file'>): Problem => ({ file, ...p });
  const source = decodeUtf8(bytes);
  if (typeof source !== 'string') return { problems: [at(source)] };
  const split = splitFile(source, kind.template);
  if (!('yaml' in split)) return { problems: [at(split)] };
  const parsed = parseFrontmatter(split.yaml, split.yamlFirstLine);
  if (Array.isArray(parsed)) return { problems: parsed.map(at) };

  const body = checkBody(split.body, split.bodyFirstLine);
  const problems: Problem[] = body.findings.map(at);
  for (const [path, text] of strings(parsed.data)) {
    for (const contact of new Set(personalContacts(text))) {
      problems.push(
        at({
          line: parsed.lineOf(path),
          field: fieldName(path),
          problem: `personlige kontaktopplysninger («${shorten(contact, 40)}») skal ikke publiseres`,
          allowed: CONTACT_RULE,
        }),
      );
    }
  }

  // A copy of the kind's template with its placeholders left in is refused, schema problems or not.
  const leftovers = templateLeftovers(parsed.data, split.body, kind.template, kind.schema as unknown as core.$ZodType);
  for (const { path, bodyLine, ...finding } of leftovers) {
    const line = path ? parsed.lineOf(path) : bodyLine !== undefined ? split.bodyFirstLine + bodyLine - 1 : undefined;
    problems.push(at({ line, ...finding }));
  }
  const result = kind.schema.safeParse(parsed.data, { reportInput: true });
  if (!result.success) {
    for (const issue of result.error.issues as core.$ZodIssue[]) {
      if (issue.code === 'unrecognized_keys') {
        const allowed = keysAt(kind.schema as unknown as core.$ZodType, issue.path);
        for (const key of issue.keys) {
          const path = [...issue.path, key];
          problems.push(
            at({
              line: parsed.lineOf(path),
              field: fieldName(path),
              problem: 'ukjent felt',
              allowed: allowed.join(', '),
              suggestion: closest(key, allowed),
            }),
          );
        }
        continue;
      }
      problems.push(at({ line: parsed.lineOf(issue.path), field: fieldName(issue.path), ...messageFor(issue) }));
    }
    return { problems };
  }
  const data = result.data as Data;
  if (problems.length > 0) return { problems };
  return {
    problems,
    entry: {
      slug: ref.slug,
      file,
      data,
      body: split.body,
      bodyFirstLine: split.bodyFirstLine,
      source,
      lineOf: parsed.lineOf,
      bodyLinks: body.links,
    },
  };
}

export interface KindResult<Data> {
  entries: Entry<Data>[];
  /** How many files were looked at (pages and files with problems, not drafts). */
  checked: number;
  drafts: string[];
  problems: Problem[];
}

/**
 * Reads every file of one kind and checks its links: to pages of its own kind (by the entries just
 * read) and to pages of other kinds (by their folders' file names, so each loader stays independent).
 */
export function loadKind<Data>(
  kind: ContentKind<Data>,
  root: string,
  allKinds: readonly ContentKind<never>[],
  read: (absolute: string) => Uint8Array = (p) => readFileSync(p),
): KindResult<Data> {
  const listing = listFolder(resolve(root, kind.dir), root);
  const problems = [...listing.problems];
  const entries: Entry<Data>[] = [];
  for (const ref of listing.files) {
    const { entry, problems: found } = readEntry(kind, ref, read(ref.absolute));
    problems.push(...found);
    if (entry) entries.push(entry);
  }
  const known = knownPages(kind, root, allKinds, listing);
  const broken = new Set<string>();
  for (const entry of entries) {
    const found = linkProblems(kind, entry, known);
    problems.push(...found);
    if (found.length > 0) broken.add(entry.file);
  }
  return {
    entries: Object.freeze(entries.filter((e) => !broken.has(e.file))) as Entry<Data>[],
    drafts: listing.drafts,
    checked: listing.files.length + listing.problems.length,
    problems,
  };
}

/** Every page that exists, by kind, and which kind owns each address prefix. */
export interface KnownPages {
  slugsOf: Map<string, string[]>;
  byPrefix: Map<string, ContentKind<never>>;
  kinds: readonly ContentKind<never>[];
}

/**
 * The addresses links may point to: every file that exists, valid or not (a broken target has its
 * own error). Reads only folder listings, so it is cheap enough for each save in the dev preview.
 */
export function knownPages(
  kind: ContentKind<unknown>,
  root: string,
  allKinds: readonly ContentKind<never>[],
  listing = listFolder(resolve(root, kind.dir), root),
): KnownPages {
  const slugsOf = new Map<string, string[]>();
  for (const other of allKinds) {
    const own = other.name === kind.name;
    slugsOf.set(
      other.name,
      (own ? listing : listFolder(resolve(root, other.dir), root)).files.map((f) => f.slug),
    );
  }
  if (!slugsOf.has(kind.name))
    slugsOf.set(
      kind.name,
      listing.files.map((f) => f.slug),
    );
  const byPrefix = new Map(allKinds.map((k) => [k.urlPrefix, k] as const));
  byPrefix.set(kind.urlPrefix, kind as unknown as ContentKind<never>);
  return { slugsOf, byPrefix, kinds: allKinds };
}

/** The problems with one page's links: in its frontmatter (references) and in its text. */
export function linkProblems<Data>(kind: ContentKind<Data>, entry: Entry<Data>, known: KnownPages): Problem[] {
  const problems: Problem[] = [];
  const fail = (p: Omit<Problem, 'file'>) => problems.push({ file: entry.file, ...p });
  for (const ref of kind.references(entry.data)) {
    const slugs = known.slugsOf.get(ref.kind) ?? [];
    const target = known.kinds.find((k) => k.name === ref.kind) ?? kind;
    if (ref.kind === kind.name && ref.slug === entry.slug) {
      fail({
        line: entry.lineOf(ref.path),
        field: fieldName(ref.path),
        problem: `${kind.noun} kan ikke lenke til seg selv`,
        allowed: `adressen til en annen side i ${target.dir}/`,
      });
    } else if (!slugs.includes(ref.slug)) {
      fail({
        line: entry.lineOf(ref.path),
        field: fieldName(ref.path),
        problem: `det finnes ingen side med adressen ${JSON.stringify(shorten(ref.slug, 40))} i ${target.dir}/`,
        allowed: `filnavnet (uten .mdx) til en side i ${target.dir}/`,
        suggestion: closest(ref.slug, slugs),
      });
    }
  }
  for (const link of entry.bodyLinks) {
    const m = /^\/([a-z]+)\/([^/#?]+)\/?(?:[#?].*)?$/.exec(link.url);
    const target = m ? known.byPrefix.get(`/${m[1]}/`) : undefined;
    if (!m || !target) continue;
    const slugs = known.slugsOf.get(target.name) ?? [];
    const moved = movedPages.find((page) => page.from === `/${m[1]}/${m[2]}/`);
    if (moved) {
      fail({
        line: link.line,
        field: 'tekst',
        problem: `lenken ${JSON.stringify(shorten(link.url, 50))} går til en side som har flyttet`,
        allowed: 'den nye adressen',
        suggestion: moved.to,
      });
    } else if (!slugs.includes(m[2]!)) {
      const near = closest(m[2]!, slugs);
      fail({
        line: link.line,
        field: 'tekst',
        problem: `lenken ${JSON.stringify(shorten(link.url, 50))} går til en side som ikke finnes`,
        allowed: `en adresse som ${target.urlPrefix}<filnavn>/ for en fil i ${target.dir}/`,
        suggestion: near ? `${target.urlPrefix}${near}/` : undefined,
      });
    }
  }
  return problems;
}
