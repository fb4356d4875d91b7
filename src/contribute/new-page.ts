/**
 * `npm run ny-sak` for the two other kinds of page: a programme or scheme (virkemiddel) or a
 * concept (begrep). It asks which kind first; for these two it asks the title and the address,
 * and writes the kind's template with them filled in. The template's placeholders are refused by
 * `npm run check` until the contributor has replaced them (src/validation/template-leftovers.ts).
 */
import { parseDocument } from 'yaml';
import { conceptKind, programmeKind } from '../pipeline/kinds.ts';
import { splitFile } from '../pipeline/frontmatter.ts';
import type { Asker, Check, Question } from './prompt.ts';
import { checkSlug, checkText, slugFromTitle } from './scaffold.ts';

export const PAGE_KINDS = [
  { key: 'sak', label: 'Sak: lokalt arbeid noen har gjort', noun: 'saken' },
  {
    key: 'virkemiddel',
    label: 'Virkemiddel: et program, fond, en ordning, et nettverk eller et organ',
    noun: 'virkemiddelet',
    dir: programmeKind.dir,
    template: programmeKind.template,
  },
  {
    key: 'begrep',
    label: 'Begrep: et begrep, en modell eller en metode',
    noun: 'begrepet',
    dir: conceptKind.dir,
    template: conceptKind.template,
  },
] as const;

export type PageKind = (typeof PAGE_KINDS)[number];
export type KnowledgeKind = Exclude<PageKind, { key: 'sak' }>;

/** The kind, by number, key or the start of its label. */
export function checkKind(answer: string): Check<PageKind> {
  const a = answer.trim().toLowerCase();
  const found = PAGE_KINDS.find(
    (k, i) => a === String(i + 1) || a === k.key || (a.length > 2 && k.label.toLowerCase().startsWith(a)),
  );
  return found
    ? { ok: true, value: found }
    : { ok: false, message: `Svar 1, 2 eller 3, eller ${PAGE_KINDS.map((k) => k.key).join(', ')}.` };
}

export const kindQuestion = (): Question<PageKind> => ({
  text: 'Hva slags side vil du lage',
  hint: PAGE_KINDS.map((k, i) => `  ${i + 1}. ${k.label}`).join('\n'),
  check: checkKind,
  suggested: '1',
  optional: true,
  flag: 'type',
});

/** Title and address for a programme or concept page, each asked until valid. */
export async function knowledgeInterview(
  asker: Asker,
  kind: KnowledgeKind,
  existing: readonly string[],
  given: { tittel?: string; adresse?: string },
): Promise<{ title: string; slug: string }> {
  const title = await asker.ask(
    { text: `Navnet på ${kind.noun}`, check: (a) => checkText(a, 'Navnet'), flag: 'tittel' },
    given.tittel,
  );
  const slug = await asker.ask(
    {
      text: 'Adressen (filnavnet uten .mdx)',
      check: (a) => checkSlug(a, existing),
      suggested: title ? slugFromTitle(title) || undefined : undefined,
      optional: true,
      flag: 'adresse',
    },
    given.adresse,
  );
  return { title, slug };
}

/** The kind's template with the title and today's date filled in; comments and the rest kept. */
export function knowledgeFile(template: string, title: string, today: string): string {
  const split = splitFile(template);
  if (!('yaml' in split)) throw new Error(`Malen mangler frontmatter.`);
  const doc = parseDocument(split.yaml, { version: '1.2' });
  doc.set('title', title);
  doc.set('lastChecked', today);
  return `---\n${doc.toString({ lineWidth: 100 })}---\n${split.body}`;
}
