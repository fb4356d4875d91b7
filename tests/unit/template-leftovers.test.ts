/**
 * The template cannot be published by accident: what is left of content/mal.mdx is refused with a
 * line that says what to replace, and a real case that happens to share an example value passes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEntry } from '../../src/pipeline/content.ts';
import { caseKind } from '../../src/pipeline/kinds.ts';
import { formatProblem } from '../../src/pipeline/report.ts';
import { readTemplate, templateLeftovers } from '../../src/validation/template-leftovers.ts';

const fixtures = new URL('../fixtures/cases/', import.meta.url).pathname;
const messages = (file: string, source = readFileSync(join(fixtures, file), 'utf8')) =>
  readEntry(caseKind, { file, slug: 'x' }, new TextEncoder().encode(source)).problems.map(formatProblem);
const REPLACE_VALUE =
  'Tillatt: erstatt med verdien for din sak, ut fra kildene, eller fjern et valgfritt felt kildene ikke sier noe om.';
const REPLACE_LINE = 'Tillatt: erstatt linjen med din egen tekst om saken, ut fra kildene, eller fjern den.';

describe('an unchanged copy of the template', () => {
  const lines = messages('invalid/mal-kopi.mdx');

  it('is refused for its placeholder title, summary, reasons, requirements and locator', () => {
    expect(lines).toContain(
      'invalid/mal-kopi.mdx:6: title: «Navnet saken er kjent under» er malens plassholdertekst. Tillatt: erstatt med din egen tekst (navnet saken er kjent under, for eksempel «Lagmodellen»).',
    );
    expect(lines).toContain(
      'invalid/mal-kopi.mdx:27: coCreation.reason: «Én linje som nevner bevisene, for eksempel hvem som prøvde ut hva sammen med …» er malens plassholdertekst. Tillatt: erstatt med din egen tekst (én linje som nevner bevisene: hvem som gjorde hva, slik kilden sier det).',
    );
    expect(lines).toContain(
      'invalid/mal-kopi.mdx:54: sources[0].locator: «kap. 4, boks «Navn på boksen»» er malens plassholdertekst. Tillatt: erstatt med din egen tekst (hvor i kilden: kapittel, boks, avsnitt eller side).',
    );
    for (const field of ['summary', 'arnstein.reason', 'reuse.requirements'])
      expect(
        lines.some((l) => l.includes(`: ${field}: «`) && l.includes('er malens plassholdertekst')),
        field,
      ).toBe(true);
  });

  it('is refused for its example municipality and contact, since the placeholders are still there', () => {
    expect(lines).toContain(
      `invalid/mal-kopi.mdx:9: municipalities[0]: «5001» er malens eksempelverdi, og fila har fortsatt plassholdertekst. ${REPLACE_VALUE}`,
    );
    expect(lines).toContain(
      `invalid/mal-kopi.mdx:51: contact.organisation: «Trondheim kommune» er malens eksempelverdi, og fila har fortsatt plassholdertekst. ${REPLACE_VALUE}`,
    );
  });

  it('is refused for the example text under each heading', () => {
    expect(lines).toContain(
      `invalid/mal-kopi.mdx:65: tekst: «Hvilket problem eller behov saken svarte på.» er malens eksempeltekst under «Bakgrunn». ${REPLACE_LINE}`,
    );
    expect(lines).toContain(
      `invalid/mal-kopi.mdx:78: tekst: «Hva som hjalp og hva som sto i veien, og hva brukere og ansatte sa.» er malens eksempeltekst under «Erfaringer». ${REPLACE_LINE}`,
    );
    expect(lines.filter((l) => l.includes(': tekst: '))).toHaveLength(5);
  });
});

describe('a case with some of the template left', () => {
  it('is refused for each leftover, with the line to fix', () => {
    expect(messages('invalid/mal-rester.mdx')).toEqual([
      `invalid/mal-rester.mdx:4: municipalities[0]: «5001» er malens eksempelverdi, og fila har fortsatt plassholdertekst. ${REPLACE_VALUE}`,
      `invalid/mal-rester.mdx:9: actors[0].name: «Trondheim kommune» er malens eksempelverdi, og fila har fortsatt plassholdertekst. ${REPLACE_VALUE}`,
      `invalid/mal-rester.mdx:25: contact.organisation: «Trondheim kommune» er malens eksempelverdi, og fila har fortsatt plassholdertekst. ${REPLACE_VALUE}`,
      'invalid/mal-rester.mdx:28: sources[0].locator: «Navn på boksen» er malens eksempel. Tillatt: erstatt med navnet i kilden (hvor i kilden: kapittel, boks, avsnitt eller side).',
      `invalid/mal-rester.mdx:38: tekst: «Det kildene ikke sier, skriver vi at vi ikke vet.» er malens eksempeltekst under «Resultater». ${REPLACE_LINE}`,
    ]);
  });

  it('passes once the placeholders are replaced, also in Trondheim with the template’s example values', () => {
    const source = readFileSync(join(fixtures, 'invalid/mal-rester.mdx'), 'utf8')
      .replace('«Navn på boksen»', '«Trondheimsmodellen»')
      .replace('Det kildene ikke sier, skriver vi at vi ikke vet.', 'Kildene sier ikke hvordan det gikk videre.');
    expect(messages('content/cases/trondheim.mdx', source)).toEqual([]);
  });
});

describe('templateLeftovers', () => {
  it('is a function of the frontmatter and the text alone', () => {
    expect(templateLeftovers({ title: 'Navnet saken er kjent under' }, '')).toEqual([
      {
        field: 'title',
        path: ['title'],
        problem: '«Navnet saken er kjent under» er malens plassholdertekst',
        allowed: 'erstatt med din egen tekst (navnet saken er kjent under, for eksempel «Lagmodellen»)',
      },
    ]);
    expect(templateLeftovers({ title: 'Lagmodellen', municipalities: ['5001'] }, 'Egen tekst.\n')).toEqual([]);
  });

  it('takes its placeholders from the template, not from a list of its own', () => {
    const t = readTemplate(
      '---\ntitle: Skriv tittelen her\nmunicipalities: ["0301"]\nstatus: pilot\n---\n\n## Bakgrunn\n\nSkriv om bakgrunnen her.\n',
    );
    expect(t.placeholders).toEqual([{ pattern: ['title'], value: 'Skriv tittelen her' }]);
    expect(t.examples).toEqual([{ pattern: ['municipalities', '*'], value: '0301' }]);
    expect(t.bodyLines).toEqual([{ text: 'Skriv om bakgrunnen her.', heading: 'Bakgrunn' }]);
  });
});
