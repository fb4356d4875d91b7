import { site } from '../site.ts';
/**
 * The schema reference for contributors and the JSON Schema for editors, both generated from the
 * case schema and the vocabularies: nothing here is written by hand, so it cannot drift.
 */
import { z } from 'astro/zod';
import { caseSchema } from '../model/case-schema.ts';
import { conceptSchema } from '../model/concept-schema.ts';
import { programmeSchema } from '../model/programme-schema.ts';
import { sourceDocuments } from '../model/source-documents.ts';
import {
  ARNSTEIN_NONE,
  COCREATION_NONE,
  actorTypes,
  arnsteinRungs,
  audiences,
  barriers,
  conceptKinds,
  countries,
  drivers,
  evidenceLevels,
  innovationTypes,
  programmeKinds,
  programmeStatuses,
  serviceAreas,
  statuses,
  targetGroups,
} from '../model/vocabularies.ts';

export interface AllowedValue {
  key: string;
  label: string;
  description?: string;
}

export interface FieldReference {
  /** Dotted path; `[]` marks the items of a list: `actors[].type`. */
  path: string;
  required: boolean;
  type: string;
  description: string;
  values?: AllowedValue[];
}

type JsonSchema = {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  pattern?: string;
  format?: string;
  const?: unknown;
};

/** The JSON Schema of a case's frontmatter (draft 2020-12), with Norwegian descriptions. */
export function caseJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(caseSchema, { io: 'input', unrepresentable: 'any' }),
    $id: new URL('/skjema/sak.schema.json', site.url).href,
    title: 'Samskapingsbanken: frontmatter for en sak',
  };
}

/** The JSON Schema of a programme's frontmatter (content/virkemidler/). */
export function programmeJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(programmeSchema, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://samskapingsbanken.no/skjema/virkemiddel.schema.json',
    title: 'Samskapingsbanken: frontmatter for et virkemiddel',
  };
}

/** The JSON Schema of a concept's frontmatter (content/begreper/). */
export function conceptJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(conceptSchema, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://samskapingsbanken.no/skjema/begrep.schema.json',
    title: 'Samskapingsbanken: frontmatter for et begrep',
  };
}

/** Every vocabulary's values with their labels, to explain an enum by its keys. */
const vocabularies: AllowedValue[][] = [
  serviceAreas.terms,
  targetGroups.terms,
  actorTypes.terms,
  innovationTypes.terms,
  statuses.terms,
  evidenceLevels.terms,
  barriers.terms,
  drivers.terms,
  countries.terms,
  programmeKinds.terms,
  audiences.terms,
  programmeStatuses.terms,
  conceptKinds.terms,
  sourceDocuments.map((d) => ({ key: d.key, label: d.title })),
  [
    ...arnsteinRungs.map((r) => ({ key: r.key, label: `${r.rung}. ${r.label}`, description: r.description })),
    { key: ARNSTEIN_NONE, label: 'Innbyggerne deltar ikke' },
  ],
].map((terms) =>
  (terms as readonly { key: string; label: string; description?: string }[]).map(({ key, label, description }) => ({
    key,
    label,
    description,
  })),
);

function explain(values: unknown[]): AllowedValue[] {
  const keys = values.map(String);
  const vocabulary = vocabularies.find((v) => keys.every((k) => v.some((t) => t.key === k)));
  return keys.map((key) => vocabulary?.find((t) => t.key === key) ?? { key, label: key });
}

function typeOf(s: JsonSchema): string {
  if (s.anyOf) return s.anyOf.map(typeOf).join(' eller ');
  if (s.const !== undefined) return JSON.stringify(s.const);
  if (s.enum) return 'en av verdiene under';
  if (s.type === 'array') return `liste av ${s.items ? typeOf(s.items) : 'verdier'}`;
  if (s.type === 'integer')
    return s.minimum !== undefined && s.maximum !== undefined ? `heltall ${s.minimum}–${s.maximum}` : 'heltall';
  if (s.type === 'string' && s.pattern === '^\\d{4}$') return 'kommunenummer (fire siffer i anførselstegn)';
  if (s.type === 'string' && s.format === 'uri') return 'nettadresse';
  if (s.type === 'string') return 'tekst';
  if (s.type === 'object') return 'gruppe av felt';
  return String(s.type ?? 'verdi');
}

/** The fields of a schema in order (a case's unless told), nested fields after their parent. */
export function fieldReference(jsonSchema: Record<string, unknown> = caseJsonSchema()): FieldReference[] {
  const rows: FieldReference[] = [];
  const walk = (schema: JsonSchema, prefix: string) => {
    for (const [name, field] of Object.entries(schema.properties ?? {})) {
      const path = `${prefix}${name}`;
      const item = field.type === 'array' ? field.items : undefined;
      const enumValues = field.enum ?? item?.enum ?? field.anyOf?.flatMap((a) => a.enum ?? []);
      rows.push({
        path,
        required: schema.required?.includes(name) ?? false,
        type: typeOf(field),
        description: field.description ?? '',
        values: enumValues && enumValues.length > 0 ? explain(enumValues) : undefined,
      });
      if (field.properties) walk(field, `${path}.`);
      if (item?.properties) walk(item, `${path}[].`);
    }
  };
  walk(jsonSchema as JsonSchema, '');
  return rows;
}

/** The reference as Markdown, for the repository (docs/skjema.md). */
export function referenceMarkdown(): string {
  const lines = [
    '# Skjema for en sak',
    '',
    '<!-- Generert fra src/model/ med `npm run docs`. Ikke rediger for hånd. -->',
    '',
    'Feltene i frontmatter til en sak (`content/cases/<adresse>.mdx`). Verdier fra faste lister skrives',
    'med nøkkelen. JSON Schema for redigeringsverktøy: `docs/sak.schema.json`.',
    '',
    `Samskapingstrappen godtar også \`${COCREATION_NONE}\`, og Arnsteins stige \`${ARNSTEIN_NONE}\`, der ingen utenfor det offentlige deltar.`,
    '',
  ];
  const fields = (rows: FieldReference[], level: string) => {
    for (const f of rows) {
      lines.push(
        `${level} \`${f.path}\``,
        '',
        `${f.required ? 'Påkrevd' : 'Valgfritt'}. ${f.type[0]!.toUpperCase()}${f.type.slice(1)}.`,
        '',
        f.description,
        '',
      );
      if (f.values) {
        lines.push('| verdi | betyr |', '| --- | --- |');
        for (const v of f.values)
          lines.push(`| \`${v.key}\` | ${v.label}${v.description ? `: ${v.description}` : ''} |`);
        lines.push('');
      }
    }
  };
  fields(fieldReference(), '##');
  for (const kind of KNOWLEDGE_KINDS) {
    lines.push(`# ${kind.title}`, '', ...kind.intro, '');
    fields(fieldReference(kind.jsonSchema()), '##');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The programme and concept schemas, documented after the case schema (docs/skjema.md, /om/skjema/). */
export const KNOWLEDGE_KINDS = [
  {
    key: 'virkemiddel',
    title: 'Skjema for et virkemiddel',
    intro: [
      'Feltene i frontmatter til et virkemiddel (`content/virkemidler/<adresse>.mdx`): programmer, fond,',
      'tilskudds- og låneordninger, nettverk, nasjonale organer, avtaler og kompetansesentre. Mal:',
      '`content/mal-virkemiddel.mdx`. JSON Schema: `docs/virkemiddel.schema.json`.',
    ],
    jsonSchema: programmeJsonSchema,
  },
  {
    key: 'begrep',
    title: 'Skjema for et begrep',
    intro: [
      'Feltene i frontmatter til et begrep, en modell, en metode eller en stige (`content/begreper/<adresse>.mdx`).',
      'Mal: `content/mal-begrep.mdx`. JSON Schema: `docs/begrep.schema.json`.',
    ],
    jsonSchema: conceptJsonSchema,
  },
] as const;
