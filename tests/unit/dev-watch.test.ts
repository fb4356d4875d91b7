/**
 * The dev preview's loader as files come and go: each event costs what it changes, and the pages
 * and messages end up as a fresh reading of the folder would leave them.
 */
import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadKind, type ContentKind } from '../../src/pipeline/content.ts';
import { devProblems } from '../../src/pipeline/dev-problems.ts';
import { caseKind, contentKinds } from '../../src/pipeline/kinds.ts';
import { contentLoader } from '../../src/pipeline/loader.ts';
import { formatProblem } from '../../src/pipeline/report.ts';

const root = new URL('../../', import.meta.url).pathname;
const valid = readFileSync(`${root}tests/fixtures/cases/valid/steg-3-informasjon.mdx`, 'utf8');
const kind = { ...caseKind, dir: 'content/cases' } as unknown as ContentKind<never>;
/** Longer than the loader waits for a saved file to be quiet. */
const settled = () => new Promise((r) => setTimeout(r, 400));

/** A project with a content/cases folder, and the loader running on it as in `astro dev`. */
async function preview(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'forhandsvisning-'));
  const folder = join(dir, 'content/cases');
  mkdirSync(folder, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  const entries = new Map<string, unknown>();
  let readings = 0; // full readings of the folder: each starts by clearing the store
  const watcher = Object.assign(new EventEmitter(), { add: () => watcher });
  const context = {
    config: { root: pathToFileURL(`${dir}/`), base: '/' },
    store: {
      set: (e: { id: string }) => (entries.set(e.id, e), true),
      delete: (id: string) => entries.delete(id),
      clear: () => (readings++, entries.clear()),
    },
    logger: { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} },
    generateDigest: (s: string) => String(s.length),
    watcher,
  };
  await contentLoader(kind).load(context as never);
  const event = (name: 'add' | 'change' | 'unlink', file: string, text?: string) => {
    const path = join(folder, file);
    if (name === 'unlink') rmSync(path);
    else writeFileSync(path, text!);
    watcher.emit(name, path);
  };
  /** What a fresh reading of the folder gives: the pages and the messages. */
  const fresh = () => {
    const { entries: pages, problems } = loadKind(kind, dir, contentKinds);
    return { pages: pages.map((e) => e.slug).sort(), lines: problems.map(formatProblem).sort() };
  };
  const now = () => ({ pages: [...entries.keys()].sort(), lines: [...devProblems()].sort() });
  return { event, fresh, now, readings: () => readings };
}

const linkingTo = (slug: string) => valid.replace('status:', `partOf: ${slug}\nstatus:`);

describe('the dev preview as files come and go', () => {
  it('reads a new page on its own, and again the pages whose link to it was broken', async () => {
    const p = await preview({ 'a.mdx': linkingTo('b'), 'c.mdx': valid });
    expect(p.now().lines).toHaveLength(1);
    p.event('add', 'b.mdx', valid);
    await settled();
    expect(p.now()).toEqual(p.fresh());
    expect(p.now()).toEqual({ pages: ['a', 'b', 'c'], lines: [] });
    expect(p.readings()).toBe(1);
  });

  it('lists the folder again, and reads no page, when another file is added, changed or removed', async () => {
    const p = await preview({ 'a.mdx': valid });
    p.event('add', 'notat.txt', 'x');
    p.event('add', '_utkast.mdx', 'halvferdig');
    p.event('add', '.sak.mdx.swp', 'x');
    expect(p.now()).toEqual(p.fresh());
    expect(p.now().lines).toEqual([
      'content/cases/notat.txt: bare .mdx-filer hører hjemme her. Tillatt: endelsen .mdx med små bokstaver, for eksempel notat.mdx.',
    ]);
    p.event('change', '_utkast.mdx', 'litt mer');
    p.event('unlink', 'notat.txt');
    await settled();
    expect(p.now()).toEqual(p.fresh());
    expect(p.now()).toEqual({ pages: ['a'], lines: [] });
    expect(p.readings()).toBe(1);
  });

  it('reads the folder again when a page is removed, so a link to it is reported', async () => {
    const p = await preview({ 'a.mdx': linkingTo('b'), 'b.mdx': valid });
    p.event('unlink', 'b.mdx');
    expect(p.now()).toEqual(p.fresh());
    expect(p.now().pages).toEqual([]);
    expect(p.now().lines).toEqual([
      expect.stringContaining('content/cases/a.mdx:22: partOf: det finnes ingen side med adressen "b"'),
    ]);
    expect(p.readings()).toBe(2);
  });

  it('does not read a page saved and removed before it was quiet', async () => {
    const p = await preview({ 'a.mdx': valid, 'b.mdx': valid });
    p.event('change', 'b.mdx', linkingTo('x'));
    p.event('unlink', 'b.mdx');
    await settled();
    expect(p.now()).toEqual({ pages: ['a'], lines: [] });
  });
});
