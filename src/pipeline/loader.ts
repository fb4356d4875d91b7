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
import { readFileSync } from 'node:fs';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import {
  knownPages,
  linkProblems,
  loadKind,
  readEntry,
  type ContentKind,
  type Entry,
  type Problem,
} from './content.ts';
import { renderBody, RefusedContent } from './body-render.ts';
import { formatProblem, reportLines } from './report.ts';
import { contentKinds } from './kinds.ts';
import { setDevProblems } from './dev-problems.ts';
import { SLUG_PATTERN } from '../model/slug.ts';
import { resultSentence } from '../lib/result.ts';

/** A content problem, carrying the contributor's lines; the CLI prints the message without a trace. */
export class ContentError extends Error {
  constructor(lines: string[]) {
    super(lines.join('\n'));
    this.name = 'Innholdsfeil';
    this.stack = ''; // the message is the whole story: a stack trace would only bury it
  }
}

/** How long a saved file must be quiet before it is read again. */
const SETTLE_MS = 150;

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
      // A save reads, checks and renders that one file; a file added or removed reads the folder again.
      let current = problems;
      // An editor may write a file in steps (empty first, then the text), and the watcher may drop
      // an event that follows another within 50 ms: read a saved file once it has been quiet a moment.
      const pending = new Map<string, ReturnType<typeof setTimeout>>();
      context.watcher.on('change', (path) => {
        if (dirname(path) !== dir) return;
        clearTimeout(pending.get(path));
        pending.set(
          path,
          setTimeout(() => {
            pending.delete(path);
            const name = basename(path);
            const page = name.endsWith('.mdx') && SLUG_PATTERN.test(name.slice(0, -'.mdx'.length));
            current = page ? updateOne(kind, root, path, context, current) : sync().problems;
          }, SETTLE_MS),
        );
      });
      for (const event of ['add', 'unlink'] as const)
        context.watcher.on(event, (path) => {
          if (path.startsWith(dir)) current = sync().problems;
        });
    },
  };
}

/** Reads the kind again and replaces the store's entries; returns the problems found. */
function syncKind(
  kind: ContentKind<never>,
  root: string,
  context: LoaderContext,
): { problems: Problem[]; checked: number } {
  const { store, logger, config, watcher } = context;
  const watching = watcher !== undefined;
  const { entries, problems, checked } = loadKind(kind, root, contentKinds);
  const base = config.base;
  const rendered: Problem[] = [...problems];
  store.clear();
  for (const entry of entries) {
    const refused = storeEntry(entry, base, context);
    if (refused) rendered.push(refused);
  }
  if (rendered.length === 0) logger.info(`${entries.length} sider i ${kind.dir}/ er i orden.`);
  if (watching) report(kind, rendered, context);
  return { problems: rendered, checked };
}

/** What a page needs to know about an entry's Markdown source, stored with its HTML. */
export interface BodyFacts {
  /** The first sentence of its «Resultater» section, where one can be lifted (src/lib/result.ts). */
  resultSentence: string | undefined;
  /** Its length in characters. */
  bodyLength: number;
}

/** Renders one valid entry into the store; returns the renderer's refusal, if any. */
function storeEntry(
  entry: Entry<unknown>,
  base: string,
  { store, generateDigest }: LoaderContext,
): Problem | undefined {
  try {
    const { html, headings } = renderBody(entry.body, { base, firstLine: entry.bodyFirstLine });
    // The Markdown source itself is not stored: Astro bundles the whole store into the build, where
    // 10 000 sources would add 40 MB. The page needs only these facts about it.
    const metadata: BodyFacts = { resultSentence: resultSentence(entry.body), bodyLength: entry.body.length };
    store.set({
      id: entry.slug,
      data: entry.data as Record<string, unknown>,
      filePath: entry.file, // relative to the project root, as Astro requires
      digest: generateDigest(entry.source),
      rendered: { html, metadata: { headings, ...metadata } },
    });
    return undefined;
  } catch (e) {
    if (!(e instanceof RefusedContent)) throw e;
    store.delete(entry.slug);
    return { file: entry.file, line: e.line, field: 'tekst', problem: e.message };
  }
}

/** In the dev preview: the problems in the terminal and on every page. */
function report(kind: ContentKind<never>, problems: Problem[], { logger }: LoaderContext): void {
  setDevProblems(kind.name, problems.map(formatProblem));
  for (const p of problems) logger.error(formatProblem(p));
}

/** A saved file read again on its own; the kind's other problems stay as they were. */
function updateOne(
  kind: ContentKind<never>,
  root: string,
  path: string,
  context: LoaderContext,
  previous: Problem[],
): Problem[] {
  const file = relative(root, path).split(sep).join('/');
  const slug = basename(path).replace(/\.mdx$/, '');
  const { entry, problems } = readEntry(kind, { file, slug }, readFileSync(path));
  const found = [...problems];
  if (entry) {
    found.push(...linkProblems(kind, entry, knownPages(kind, root, contentKinds)));
    if (found.length === 0) {
      const refused = storeEntry(entry, context.config.base, context);
      if (refused) found.push(refused);
    }
  }
  if (found.length > 0) context.store.delete(slug);
  else context.logger.info(`${file} er i orden.`);
  const all = [...previous.filter((p) => p.file !== file), ...found];
  setDevProblems(kind.name, all.map(formatProblem));
  for (const p of found) context.logger.error(formatProblem(p));
  return all;
}
