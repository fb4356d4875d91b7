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

/**
 * Text from a pull request (a title, a file name) as literal Markdown: every character that could
 * start formatting, a link, an image or HTML is escaped, and line breaks become spaces, so a crafted
 * title or file name shows as itself and cannot add headings, links or mentions to the summary.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_{}\[\]()#+\-.!|~:@]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

const body = (source: string | undefined) => {
  const split = splitFile(source ?? '');
  return 'body' in split ? split.body : (source ?? '');
};
const titleOf = (source: string | undefined, path: string) =>
  String(frontmatter(source).title ?? path.split('/').pop());

/** The fields whose values differ, in the order of the new file, then removed ones. */
export function changedFields(before: string | undefined, after: string | undefined): string[] {
  const a = frontmatter(before);
  const b = frontmatter(after);
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  const fields = keys.filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
  if (body(before).trim() !== body(after).trim()) fields.push('teksten');
  return fields;
}

/**
 * The summary as Markdown (for the job summary), or as plain text (`'text'`: for the pull-request
 * comment, which shows it verbatim in a code block because it comes from the pull request's own run).
 */
export function summarize(changes: readonly CaseChange[], format: 'markdown' | 'text' = 'markdown'): string {
  const md = format === 'markdown';
  const esc = (s: string) => (md ? escapeMarkdown(s) : s.replace(/[\r\n]+/g, ' '));
  // Field names are YAML keys from the pull request too: escaped like any other text.
  const name = (s: string) => (md ? `*${escapeMarkdown(s)}*` : s);
  const heading = md ? '### Endringer i sakene' : 'Endringer i sakene';
  const cases = changes.filter((c) => /\.mdx?$/.test(c.path));
  if (cases.length === 0) return `${heading}\n\nPull requesten endrer ingen saker.\n`;
  const lines = [heading, ''];
  const group = (status: CaseChange['status'][], title: string, line: (c: CaseChange) => string) => {
    const items = cases.filter((c) => status.includes(c.status));
    if (items.length === 0) return;
    lines.push(
      md ? `**${title} (${items.length})**` : `${title} (${items.length}):`,
      '',
      ...items.map((c) => `- ${line(c)}`),
      '',
    );
  };
  const label = (source: string | undefined, c: CaseChange) => `${esc(titleOf(source, c.path))} (${esc(c.path)})`;
  group(['added'], 'Nye saker', (c) => label(c.after, c));
  group(['modified', 'renamed'], 'Endrede saker', (c) => {
    const fields = changedFields(c.before, c.after);
    return `${label(c.after, c)}: ${fields.length > 0 ? fields.map((f) => (f === 'teksten' ? f : name(f))).join(', ') : 'bare formatering'}`;
  });
  group(['deleted'], 'Fjernede saker', (c) => label(c.before, c));
  return `${lines.join('\n').trimEnd()}\n`;
}
