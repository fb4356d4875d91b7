/**
 * The Astro loader for one kind of page. Reading, parsing, validation and the Norwegian messages
 * happen once per file, in `content.ts`; this stores what passed, with its body rendered to HTML
 * (`body-render.ts`), so `render(entry)` works without compiling a body to a JavaScript module.
 *
 * `astro build` stops on the first invalid file with every problem listed and no stack trace. The
 * dev preview keeps running: it shows the problems in the terminal and on every page, and picks
 * up each save.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { loadKind, type ContentKind, type Problem } from './content.ts';
import { renderBody, RefusedContent } from './body-render.ts';
import { formatProblem, reportLines } from './report.ts';
import { contentKinds } from './kinds.ts';
import { setDevProblems } from './dev-problems.ts';

/** A content problem, carrying the contributor's lines; the CLI prints the message without a trace. */
export class ContentError extends Error {
  constructor(lines: string[]) {
    super(lines.join('\n'));
    this.name = 'Innholdsfeil';
    this.stack = ''; // the message is the whole story: a stack trace would only bury it
  }
}

export function contentLoader(kind: ContentKind<never>): Loader {
  return {
    name: `samskapingsbanken:${kind.name}`,
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const sync = () => syncKind(kind, root, context);
      const { problems, checked } = sync();
      if (!context.watcher) {
        if (problems.length > 0) {
          const lines = reportLines(problems, checked, { terminal: Boolean(process.stderr.isTTY) });
          throw new ContentError(['Innholdet kan ikke bygges:', ...lines, 'npm run check viser det samme.']);
        }
        return;
      }
      const dir = resolve(root, kind.dir);
      context.watcher.add(dir);
      const onChange = (path: string) => {
        if (!path.startsWith(dir)) return;
        sync();
      };
      for (const event of ['change', 'add', 'unlink'] as const) context.watcher.on(event, onChange);
    },
  };
}

/** Reads the kind again and replaces the store's entries; returns the problems found. */
function syncKind(
  kind: ContentKind<never>,
  root: string,
  { store, logger, config, generateDigest, watcher }: LoaderContext,
): { problems: Problem[]; checked: number } {
  const watching = watcher !== undefined;
  const { entries, problems, checked } = loadKind(kind, root, contentKinds);
  const base = config.base;
  const rendered: Problem[] = [...problems];
  store.clear();
  for (const entry of entries) {
    try {
      const { html, headings } = renderBody(entry.body, { base, firstLine: entry.bodyFirstLine });
      store.set({
        id: entry.slug,
        data: entry.data as Record<string, unknown>,
        body: entry.body,
        filePath: entry.file, // relative to the project root, as Astro requires
        digest: generateDigest(entry.source),
        rendered: { html, metadata: { headings } },
      });
    } catch (e) {
      if (!(e instanceof RefusedContent)) throw e;
      rendered.push({ file: entry.file, line: e.line, field: 'tekst', problem: e.message });
    }
  }
  if (rendered.length === 0) logger.info(`${entries.length} sider i ${kind.dir}/ er i orden.`);
  if (watching) {
    setDevProblems(kind.name, rendered.map(formatProblem));
    for (const p of rendered) logger.error(formatProblem(p));
  }
  return { problems: rendered, checked };
}
