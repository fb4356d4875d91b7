/**
 * Refuses what a contributor left of the template: its placeholder sentences and its example
 * values. The one source of truth is the template itself (content/mal.mdx): the placeholders are
 * read from it, so a change to the template changes what is refused.
 *
 * - A text of three words or more from the template's frontmatter (title, summary, the reasons,
 *   requirements, locator) is a placeholder, refused wherever it is left; so is a «quoted» part of
 *   one (the locator's «Navn på boksen») left inside a value.
 * - A line of text (not a heading) from the template's body is a placeholder.
 * - A shorter value (the example municipality "5001", the actor and contact «Trondheim kommune») may
 *   be true for a real case, so it is refused only together with a placeholder: then the file is
 *   still the template's example. Keys from the vocabularies, numbers and dates are never refused.
 *
 * Pure: `templateLeftovers(data, body)` takes the parsed frontmatter and the body and reads nothing
 * but the template (once).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fieldName, parseFrontmatter, splitFile } from '../pipeline/frontmatter.ts';
import { descriptionAt } from '../model/schema-path.ts';
import type { core } from 'astro/zod';
import { caseSchema } from '../model/case-schema.ts';

export interface Leftover {
  /** The field, as the content pipeline names it (`sources[0].locator`), or `tekst` for the body. */
  field: string;
  problem: string;
  allowed: string;
  /** Where in the frontmatter (for lineOfPath), for a field. */
  path?: (string | number)[];
  /** The line in the body (1 = the body's first line), for the text. */
  bodyLine?: number;
}

interface TemplateValue {
  /** The path in the template, with array indices replaced by '*' (any item). */
  pattern: (string | '*')[];
  value: string;
}

interface Template {
  placeholders: TemplateValue[];
  /** «Quoted» parts of placeholders, which are never part of a real value. */
  quoted: TemplateValue[];
  examples: TemplateValue[];
  /** Body lines that are not headings, with the heading above them. */
  bodyLines: { text: string; heading: string }[];
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const words = (s: string) => norm(s).split(' ').length;
/** Vocabulary keys and document keys look like this; they are choices, not leftovers. */
const KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Reads the template's values into placeholders and examples. Exported for the tests. */
export function readTemplate(source: string): Template {
  // Read the way every content file is read (src/pipeline/frontmatter.ts).
  const split = splitFile(source);
  const parsed = 'yaml' in split ? parseFrontmatter(split.yaml, split.yamlFirstLine) : [];
  const data: unknown = Array.isArray(parsed) ? {} : parsed.data;
  const body = 'body' in split ? split.body : source;
  const t: Template = { placeholders: [], quoted: [], examples: [], bodyLines: [] };
  const walk = (value: unknown, pattern: (string | '*')[]) => {
    if (Array.isArray(value)) value.forEach((v) => walk(v, [...pattern, '*']));
    else if (value && typeof value === 'object' && !(value instanceof Date))
      for (const [k, v] of Object.entries(value)) walk(v, [...pattern, k]);
    else if (typeof value === 'string') {
      const v = norm(value);
      if (words(v) >= 3) {
        t.placeholders.push({ pattern, value: v });
        for (const q of v.matchAll(/«([^«»]+)»/g)) t.quoted.push({ pattern, value: q[1]! });
      } else if (!KEY.test(v) || /^\d{4}$/.test(v)) t.examples.push({ pattern, value: v });
    }
  };
  walk(data, []);
  let heading = '';
  for (const line of body.split(/\r?\n/)) {
    const h = /^#{1,6}\s+(.+)$/.exec(line);
    if (h) heading = norm(h[1]!);
    else if (norm(line) && words(line) >= 3) t.bodyLines.push({ text: norm(line), heading });
  }
  return t;
}

const templates = new Map<string, Template>();
function theTemplate(file: string): Template {
  let template = templates.get(file);
  if (!template) {
    // Next to this module in the repository; from the working directory when bundled elsewhere.
    let source: string;
    try {
      source = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
    } catch {
      source = readFileSync(resolve(process.cwd(), file), 'utf8');
    }
    template = readTemplate(source);
    templates.set(file, template);
  }
  return template;
}

/** Every value in `data` at a path matching `pattern`, with its real path. */
function valuesAt(
  data: unknown,
  pattern: (string | '*')[],
  path: (string | number)[] = [],
): [(string | number)[], string][] {
  if (pattern.length === 0) {
    if (typeof data === 'string') return [[path, data]];
    if (typeof data === 'number' && /^\d{4}$/.test(String(data).padStart(4, '0')))
      return [[path, String(data).padStart(4, '0')]];
    return [];
  }
  const [head, ...rest] = pattern;
  if (head === '*') return Array.isArray(data) ? data.flatMap((v, i) => valuesAt(v, rest, [...path, i])) : [];
  if (data && typeof data === 'object' && !Array.isArray(data) && head! in data)
    return valuesAt((data as Record<string, unknown>)[head!], rest, [...path, head!]);
  return [];
}

const quote = (s: string) => `«${s.length > 80 ? `${s.slice(0, 77)}…` : s}»`;

/** What is left of the template in a case: one entry per leftover, in the order of the file. */
export function templateLeftovers(
  data: unknown,
  body: string,
  templateFile = 'content/mal.mdx',
  schema: core.$ZodType = caseSchema as unknown as core.$ZodType,
): Leftover[] {
  const t = theTemplate(templateFile);
  const describe = (path: (string | number)[]) => descriptionAt(schema, path);
  const found: Leftover[] = [];
  const seen = new Set<string>();
  const add = (l: Leftover) => {
    const key = `${l.field}|${l.bodyLine ?? ''}`;
    if (!seen.has(key)) (found.push(l), seen.add(key));
  };
  const own = (path: (string | number)[]) => {
    const d = describe(path);
    return `erstatt med din egen tekst${d ? ` (${d.charAt(0).toLowerCase()}${d.slice(1).replace(/\.$/, '')})` : ''}`;
  };

  for (const p of t.placeholders)
    for (const [path, value] of valuesAt(data, p.pattern))
      if (norm(value) === p.value)
        add({
          field: fieldName(path),
          path,
          problem: `${quote(p.value)} er malens plassholdertekst`,
          allowed: own(path),
        });
  for (const q of t.quoted)
    for (const [path, value] of valuesAt(data, q.pattern))
      if (
        norm(value) !== t.placeholders.find((p) => p.pattern.join() === q.pattern.join())?.value &&
        value.includes(`«${q.value}»`)
      )
        add({
          field: fieldName(path),
          path,
          problem: `${quote(q.value)} er malens eksempel`,
          allowed: `erstatt med navnet i kilden${describe(path) ? ` (${describe(path)!.charAt(0).toLowerCase()}${describe(path)!.slice(1).replace(/\.$/, '')})` : ''}`,
        });
  body.split(/\r?\n/).forEach((line, i) => {
    const hit = t.bodyLines.find((b) => b.text === norm(line));
    if (hit)
      add({
        field: 'tekst',
        bodyLine: i + 1,
        problem: `${quote(hit.text)} er malens eksempeltekst${hit.heading ? ` under «${hit.heading}»` : ''}`,
        allowed: 'erstatt linjen med din egen tekst om saken, ut fra kildene, eller fjern den',
      });
  });

  // The template's example values, only where the file is still the template's example.
  if (found.length > 0) {
    for (const e of t.examples)
      for (const [path, value] of valuesAt(data, e.pattern))
        if (norm(value) === e.value)
          add({
            field: fieldName(path),
            path,
            problem: `${quote(e.value)} er malens eksempelverdi, og fila har fortsatt plassholdertekst`,
            allowed:
              'erstatt med verdien for din sak, ut fra kildene, eller fjern et valgfritt felt kildene ikke sier noe om',
          });
  }
  return found.sort((a, b) => Number(a.field === 'tekst') - Number(b.field === 'tekst'));
}
