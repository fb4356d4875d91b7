/**
 * A readable summary of what a pull request changes in the cases: which cases are added, changed or
 * removed, and for a changed case which fields. Posted on the pull request by the check workflow.
 */
import { parseFrontmatter, splitFile } from '../pipeline/frontmatter.ts';

export interface CaseChange {
  status: 'added' | 'modified' | 'deleted' | 'renamed';
  path: string;
  before?: string;
  after?: string;
}

/** The file read the way the build reads it; a broken file has no fields (the check reports it). */
function frontmatter(source: string | undefined): Record<string, unknown> {
  const split = splitFile(source ?? '');
  if (!('yaml' in split)) return {};
  const parsed = parseFrontmatter(split.yaml, split.yamlFirstLine);
  return Array.isArray(parsed) ? {} : parsed.data;
}

const body = (source: string | undefined) => {
  const split = splitFile(source ?? '');
  return 'body' in split ? split.body : (source ?? '');
};
const title = (source: string | undefined, path: string) => String(frontmatter(source).title ?? path.split('/').pop());

/** The fields whose values differ, in the order of the new file, then removed ones. */
export function changedFields(before: string | undefined, after: string | undefined): string[] {
  const a = frontmatter(before);
  const b = frontmatter(after);
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  const fields = keys.filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
  if (body(before).trim() !== body(after).trim()) fields.push('teksten');
  return fields;
}

export function summarize(changes: readonly CaseChange[]): string {
  const cases = changes.filter((c) => /\.mdx?$/.test(c.path));
  if (cases.length === 0) return '### Endringer i sakene\n\nPull requesten endrer ingen saker.\n';
  const lines = ['### Endringer i sakene', ''];
  const group = (status: CaseChange['status'][], heading: string, line: (c: CaseChange) => string) => {
    const items = cases.filter((c) => status.includes(c.status));
    if (items.length === 0) return;
    lines.push(`**${heading} (${items.length})**`, '', ...items.map((c) => `- ${line(c)}`), '');
  };
  group(['added'], 'Nye saker', (c) => `${title(c.after, c.path)} (\`${c.path}\`)`);
  group(['modified', 'renamed'], 'Endrede saker', (c) => {
    const fields = changedFields(c.before, c.after);
    return `${title(c.after, c.path)} (\`${c.path}\`): ${fields.length > 0 ? fields.map((f) => (f === 'teksten' ? f : `\`${f}\``)).join(', ') : 'bare formatering'}`;
  });
  group(['deleted'], 'Fjernede saker', (c) => `${title(c.before, c.path)} (\`${c.path}\`)`);
  return `${lines.join('\n').trimEnd()}\n`;
}
