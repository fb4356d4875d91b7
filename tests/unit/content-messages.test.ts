/**
 * Every kind of broken or unsafe file is a fixture in tests/fixtures/cases/, kept beside the exact
 * lines a contributor sees for it (<name>.txt): the same lines `npm run check` and the build print.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readEntry, type Problem } from '../../src/pipeline/content.ts';
import { caseKind } from '../../src/pipeline/kinds.ts';
import { formatProblem } from '../../src/pipeline/report.ts';
import { renderBody, RefusedContent } from '../../src/pipeline/body-render.ts';
import { splitFile } from '../../src/pipeline/frontmatter.ts';

const root = new URL('../../', import.meta.url).pathname;
const fixtures = (group: string) =>
  readdirSync(`${root}tests/fixtures/cases/${group}`)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.slice(0, -4))
    .sort();

function linesFor(group: string, name: string): string[] {
  const file = `tests/fixtures/cases/${group}/${name}.mdx`;
  const problems: Problem[] = readEntry(caseKind, { file, slug: name }, readFileSync(root + file)).problems;
  return problems.map(formatProblem);
}
/** «{dagens dato}» in an expected line is today's date (UTC), as the check prints it for «til i dag». */
const expected = (group: string, name: string) =>
  readFileSync(`${root}tests/fixtures/cases/${group}/${name}.txt`, 'utf8')
    .replaceAll('{dagens dato}', new Date().toISOString().slice(0, 10))
    .trim()
    .split('\n');

describe('valid fixtures', () => {
  it.each(fixtures('valid'))('%s is accepted', (name) => {
    expect(linesFor('valid', name)).toEqual([]);
  });
});

for (const group of ['invalid', 'unsafe', 'private']) {
  describe(`${group} fixtures get exactly the contributor's lines`, () => {
    it.each(fixtures(group))('%s', (name) => {
      expect(linesFor(group, name)).toEqual(expected(group, name));
    });
  });
}

describe('the adversarial corpus', () => {
  const attacks = fixtures('unsafe');

  it('has at least 40 attacks', () => {
    expect(attacks.length).toBeGreaterThanOrEqual(40);
  });

  // The renderer is the second guard: it must refuse each attack on its own, without the check.
  it.each(attacks)('%s is refused by the renderer on its own', (name) => {
    const split = splitFile(readFileSync(`${root}tests/fixtures/cases/unsafe/${name}.mdx`, 'utf8'));
    if (!('body' in split)) throw new Error('fixture without frontmatter');
    expect(() => renderBody(split.body, { base: '/', firstLine: split.bodyFirstLine })).toThrow(RefusedContent);
  });
});
