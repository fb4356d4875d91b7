/**
 * Validates case files the way a contributor needs: every problem in every file, one line each,
 * naming the file, the line, the field, what is wrong and what is allowed, in Norwegian.
 *
 * Used by `npm run check`, by the build (through the integration in `src/integrations/`) and by the
 * unit tests, so all three report exactly the same messages. It reads files and never writes.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import type { core } from 'astro/zod';
import { caseSchema, type CaseData } from '../model/case-schema.ts';
import { messageFor, type Message } from './messages.ts';
import { lineOfPath } from './locate.ts';
import { closest } from './suggest.ts';
import { unsafeBody } from './mdx-safety.ts';
import { templateLeftovers } from './template-leftovers.ts';

export interface Problem extends Message {
  file: string;
  line?: number;
  /** The field, as a path: `arnstein.rung`, `actors[1].type`. */
  field?: string;
}

export interface CaseFile {
  /** Path as the contributor knows it, relative to the project root. */
  file: string;
  source: string;
}

export interface ValidCase {
  slug: string;
  file: string;
  source: string;
  data: CaseData;
  body: string;
}

/** The pattern of a case file's name: lower-case letters, digits and single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CASE_EXTENSIONS = /\.mdx?$/;

/** «fil:linje: felt: problem. Tillatt: … Mente du …?» */
export function formatProblem(p: Problem): string {
  const where = p.line !== undefined ? `${p.file}:${p.line}` : p.file;
  const parts = [where, p.field, p.problem].filter(Boolean).join(': ');
  const allowed = p.allowed ? ` Tillatt: ${p.allowed}.` : '';
  const suggestion = p.suggestion
    ? ` Mente du ${p.suggestion.startsWith('"') ? p.suggestion : `«${p.suggestion}»`}?`
    : '';
  return `${parts}${/[.?!]$/.test(parts) ? '' : '.'}${allowed}${suggestion}`;
}

function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (name, seg) => (typeof seg === 'number' ? `${name}[${seg}]` : name ? `${name}.${String(seg)}` : String(seg)),
    '',
  );
}

/** The keys an object in the schema allows, for «Mente du» on an unknown field. */
function allowedKeysAt(path: readonly PropertyKey[]): string[] {
  let schema = caseSchema as unknown as core.$ZodType;
  const unwrap = (s: core.$ZodType): core.$ZodType => {
    const def = s._zod.def as { type: string; innerType?: core.$ZodType; out?: core.$ZodType };
    if (def.innerType) return unwrap(def.innerType);
    if (def.type === 'pipe' && def.out) return unwrap(def.out);
    return s;
  };
  for (const seg of path) {
    const def = unwrap(schema)._zod.def as {
      type: string;
      shape?: Record<string, core.$ZodType>;
      element?: core.$ZodType;
    };
    if (typeof seg === 'number' && def.element) schema = def.element;
    else if (def.shape && typeof seg === 'string' && def.shape[seg]) schema = def.shape[seg];
    else return [];
  }
  const def = unwrap(schema)._zod.def as { shape?: Record<string, unknown> };
  return def.shape ? Object.keys(def.shape) : [];
}

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?\r?\n)?---\s*(?:\r?\n|$)/;

/** Translates the parser's most common complaints; the rest are shown as the parser gives them. */
function yamlReason(reason: string): string {
  const known: [RegExp, string][] = [
    [/bad indentation/, 'feil innrykk'],
    [
      /can not read a block mapping entry|multiline key may not be an implicit key/,
      'en verdi fortsetter over flere linjer; mangler et avsluttende anførselstegn?',
    ],
    [/duplicated mapping key/, 'samme felt står to ganger'],
    [/end of the stream or a document separator/, 'uventet tekst; mangler det et kolon eller anførselstegn?'],
    [/unexpected end of the stream/, 'teksten slutter midt i en verdi; mangler et avsluttende anførselstegn?'],
    [/incomplete explicit mapping pair/, 'et kolon (:) står der det ikke kan stå; sett verdien i anførselstegn'],
    [/missed comma between flow collection entries/, 'mangler komma mellom verdiene i listen'],
    [/unexpected end of flow collection|missed closing bracket/, 'en liste eller gruppe er ikke lukket med ] eller }'],
  ];
  return known.find(([re]) => re.test(reason))?.[1] ?? reason;
}

/** Validates one case file on its own (the slug and cross-file checks are in `validateCases`). */
export function validateCaseSource(
  file: string,
  source: string,
): { data?: CaseData; body: string; problems: Problem[] } {
  if (source.trim() === '') {
    return {
      body: '',
      problems: [
        {
          file,
          problem: 'fila er tom',
          allowed: 'frontmatter mellom to linjer med --- øverst, og deretter teksten; se malen i content/mal.mdx',
        },
      ],
    };
  }
  const match = FRONTMATTER.exec(source);
  if (!match) {
    return {
      body: source,
      problems: [
        {
          file,
          line: 1,
          problem: 'fila mangler frontmatter',
          allowed: 'fila skal begynne med en linje med --- , feltene, og en ny linje med ---',
        },
      ],
    };
  }
  const rawYaml = match[1] ?? '';
  const body = source.slice(match[0].length);
  let raw: unknown;
  try {
    raw = yaml.load(rawYaml);
  } catch (e) {
    const err = e as { mark?: { line: number }; reason?: string; message: string };
    return {
      body,
      problems: [
        {
          file,
          line: err.mark ? err.mark.line + 2 : undefined,
          problem: `frontmatter er ikke gyldig YAML: ${yamlReason(err.reason ?? err.message)}`,
          allowed:
            'felt: verdi på hver linje, to mellomrom innrykk under en gruppe, og tekst med kolon i anførselstegn',
        },
      ],
    };
  }
  if (raw === null || raw === undefined) raw = {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { body, problems: [{ file, line: 2, problem: 'frontmatter skal være felt med verdier (felt: verdi)' }] };
  }

  const problems: Problem[] = unsafeBody(body, match[0].split('\n').length).map((f) => ({
    file,
    line: f.line,
    field: 'tekst',
    problem: f.problem,
    allowed: f.allowed,
  }));
  // What is left of content/mal.mdx (placeholders, example values), with what to replace it with.
  for (const { path, bodyLine, ...l } of templateLeftovers(raw, body))
    problems.push({
      file,
      line: path ? lineOfPath(rawYaml, path, 2) : match[0].split('\n').length + bodyLine! - 1,
      ...l,
    });
  const parsed = caseSchema.safeParse(raw, { reportInput: true });
  if (parsed.success) return { data: parsed.data, body, problems };

  for (const issue of parsed.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      const allowed = allowedKeysAt(issue.path);
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        problems.push({
          file,
          line: lineOfPath(rawYaml, path, 2),
          field: fieldName(path),
          problem: 'ukjent felt',
          allowed: allowed.join(', '),
          suggestion: closest(key, allowed),
        });
      }
      continue;
    }
    problems.push({
      file,
      line: lineOfPath(rawYaml, issue.path, 2),
      field: fieldName(issue.path),
      ...messageFor(issue),
    });
  }
  return { body, problems };
}

/** Validates a set of case files, including the checks across files (slugs). */
export function validateCases(files: readonly CaseFile[]): { cases: ValidCase[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const cases: ValidCase[] = [];
  const slugs = new Map<string, string>();
  for (const { file, source } of files) {
    const name = file.split(/[\\/]/).pop()!.replace(CASE_EXTENSIONS, ''); // \ separates folders on Windows
    const slug = name.toLowerCase();
    if (!SLUG_PATTERN.test(name)) {
      problems.push({
        file,
        problem: `filnavnet ${JSON.stringify(name)} kan ikke brukes som adresse`,
        allowed: 'små bokstaver a–z, tall og bindestrek, uten æøå og mellomrom, for eksempel omradeforum-asker.mdx',
      });
    }
    const other = slugs.get(slug);
    if (other) {
      problems.push({
        file,
        problem: `adressen /saker/${slug}/ er allerede brukt av ${other}`,
        allowed: 'et filnavn ingen annen sak har',
      });
    } else {
      slugs.set(slug, file);
    }
    const result = validateCaseSource(file, source);
    problems.push(...result.problems);
    if (result.data && result.problems.length === 0)
      cases.push({ slug, file, source, data: result.data, body: result.body });
  }
  // Links between cases: checked once every slug is known.
  for (const c of cases) {
    const links: [PropertyKey[], string][] = [
      ...(c.data.partOf !== undefined ? [[['partOf'], c.data.partOf] as [PropertyKey[], string]] : []),
      ...c.data.inspiredBy.map((slug, i) => [['inspiredBy', i], slug] as [PropertyKey[], string]),
    ];
    for (const [path, target] of links) {
      if (slugs.has(target) && target !== c.slug) continue;
      problems.push({
        file: c.file,
        line: lineOfPath(c.source, path, 1),
        field: fieldName(path),
        problem:
          target === c.slug
            ? 'en sak kan ikke lenke til seg selv'
            : `det finnes ingen sak med adressen ${JSON.stringify(target)}`,
        allowed: 'filnavnet (uten .mdx) til en annen sak i content/cases/',
        suggestion: target === c.slug ? undefined : closest(target, [...slugs.keys()]),
      });
    }
  }
  return { cases: cases.filter((c) => !problems.some((p) => p.file === c.file)), problems };
}

/** Reads the case files of a folder (the files Astro's loader takes, and stray ones to warn about). */
export function readCaseFiles(dir: string, root: string): CaseFile[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    // A missing folder is a setup error, not an empty knowledge base: say so rather than build nothing.
    console.error(`Fant ikke mappa med saker: ${dir}`);
    process.exit(1);
  }
  return names
    .filter((n) => CASE_EXTENSIONS.test(n) && !n.startsWith('_') && statSync(join(dir, n)).isFile())
    .map((n) => ({ file: relative(root, join(dir, n)), source: readFileSync(join(dir, n), 'utf8') }));
}
