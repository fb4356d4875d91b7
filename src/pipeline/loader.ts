/**
 * The Astro loader for one kind of page. Reading, parsing, validation and the Norwegian messages
 * happen once per file, in `content.ts`; this stores what passed. A body is never compiled to a
 * JavaScript module: its page renders it to HTML (`page-body.ts`, with `body-render.ts`).
 *
 * `astro build` stops on the first invalid file with every problem listed and no stack trace. The
 * dev preview keeps running: it shows the problems in the terminal and on every page, and picks
 * up each save.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import {
  knownPages,
  linkProblems,
  listFolder,
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
      watchFolder(kind, root, dir, context, context.watcher, problems, () => sync().problems);
    },
  };
}

/**
 * What the dev preview does as files change, so that each event costs what it changes, not a new
 * reading of the whole folder (tens of seconds with 10 000 cases): a saved page is read on its own;
 * a new page is read with the pages that have problems (a link to it may now work); any other file
 * added or removed (a draft, an editor's temporary file) only changes the folder listing; a change
 * to a file that is not a page changes nothing. Only a removed page reads the folder again, since
 * any other page may have linked to it.
 */
function watchFolder(
  kind: ContentKind<never>,
  root: string,
  dir: string,
  context: LoaderContext,
  watcher: NonNullable<LoaderContext['watcher']>,
  problems: Problem[],
  sync: () => Problem[],
): void {
  let current = problems;
  const isPage = (path: string) => {
    const name = basename(path);
    return dirname(path) === dir && name.endsWith('.mdx') && SLUG_PATTERN.test(name.slice(0, -'.mdx'.length));
  };
  // An editor may write a file in steps (empty first, then the text), and the watcher may drop
  // an event that follows another within 50 ms: read a saved file once it has been quiet a moment.
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  const settle = (path: string, read: () => Problem[]) => {
    clearTimeout(pending.get(path));
    pending.set(
      path,
      setTimeout(() => {
        pending.delete(path);
        // Removed in the meantime: the removal has been handled.
        if (existsSync(path)) current = read();
      }, SETTLE_MS),
    );
  };
  watcher.on('change', (path) => {
    if (isPage(path)) settle(path, () => updateOne(kind, root, path, context, current));
  });
  watcher.on('add', (path) => {
    if (!path.startsWith(dir + sep)) return;
    if (!isPage(path)) current = relist(kind, root, context, current);
    else
      settle(path, () => {
        const known = knownPages(kind, root, contentKinds);
        let all = updateOne(kind, root, path, context, current, known);
        const added = relative(root, path).split(sep).join('/');
        for (const file of new Set(all.map((p) => p.file)))
          if (file !== added && isPage(resolve(root, file)) && existsSync(resolve(root, file)))
            all = updateOne(kind, root, resolve(root, file), context, all, known);
        return all;
      });
  });
  watcher.on('unlink', (path) => {
    if (!path.startsWith(dir + sep)) return;
    clearTimeout(pending.get(path));
    pending.delete(path);
    current = isPage(path) ? sync() : relist(kind, root, context, current);
  });
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

/** What the store keeps of an entry's body: its page renders the body itself (page-body.ts). */
export interface BodyFacts {
  /** The file, as an absolute path, which the page reads again to render the body. */
  sourcePath: string;
  /** The first sentence of its «Resultater» section, where one can be lifted (src/lib/result.ts). */
  resultSentence: string | undefined;
  /** Its length in characters. */
  bodyLength: number;
}

/**
 * Stores one valid entry; returns the renderer's refusal, if any. The body is rendered here only to
 * refuse it early, with the contributor's message: neither the Markdown nor the HTML is stored.
 * Astro bundles the whole store into the build as one module, where 10 000 bodies of HTML made
 * 50 MB that the bundler and the page renderer both held at the build's peak of memory.
 */
function storeEntry(
  entry: Entry<unknown>,
  base: string,
  { store, generateDigest, config }: LoaderContext,
): Problem | undefined {
  try {
    renderBody(entry.body, { base, firstLine: entry.bodyFirstLine });
    const metadata: BodyFacts = {
      sourcePath: resolve(fileURLToPath(config.root), entry.file),
      resultSentence: resultSentence(entry.body),
      bodyLength: entry.body.length,
    };
    store.set({
      id: entry.slug,
      data: entry.data as Record<string, unknown>,
      filePath: entry.file, // relative to the project root, as Astro requires
      digest: generateDigest(entry.source),
      rendered: { html: '', metadata: { ...metadata } },
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
  known = knownPages(kind, root, contentKinds),
): Problem[] {
  const file = relative(root, path).split(sep).join('/');
  const slug = basename(path).replace(/\.mdx$/, '');
  const { entry, problems } = readEntry(kind, { file, slug }, readFileSync(path));
  const found = [...problems];
  if (entry) {
    found.push(...linkProblems(kind, entry, known));
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

/**
 * The folder listed again after a file that is not a page was added or removed: its own problems
 * (a file that cannot be a page) are replaced, and the pages' problems stay as they were.
 */
function relist(kind: ContentKind<never>, root: string, context: LoaderContext, previous: Problem[]): Problem[] {
  const listing = listFolder(resolve(root, kind.dir), root);
  const pages = new Set(listing.files.map((f) => f.file));
  const before = new Set(previous.map(formatProblem));
  const all = [...previous.filter((p) => pages.has(p.file)), ...listing.problems];
  setDevProblems(kind.name, all.map(formatProblem));
  for (const line of listing.problems.map(formatProblem)) if (!before.has(line)) context.logger.error(line);
  return all;
}
