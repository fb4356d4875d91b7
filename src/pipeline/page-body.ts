/**
 * Renders a stored entry's body when its page is built. The loader has read, checked and rendered
 * the file once to refuse it with the contributor's message; the store keeps only where the file is
 * (loader.ts, `BodyFacts`). The page reads it again and renders it with the same renderer, which
 * refuses anything outside the allow-list here too, so a file changed after the check (a save in
 * the dev preview) is held to the same rules.
 */
import { readFileSync } from 'node:fs';
import { renderBody, type RenderedBody } from './body-render.ts';
import { decodeUtf8, splitFile } from './frontmatter.ts';
import type { BodyFacts } from './loader.ts';

/** An entry as the store gives it to a page. */
interface StoredEntry {
  id: string;
  rendered?: { metadata?: Record<string, unknown> };
}

/** What the loader kept of an entry's body (loader.ts). */
export const bodyFacts = (entry: StoredEntry): Partial<BodyFacts> =>
  (entry.rendered?.metadata ?? {}) as Partial<BodyFacts>;

/** The body of an entry from the store, as HTML with its headings. */
export function renderPageBody(entry: StoredEntry): RenderedBody {
  const facts = bodyFacts(entry);
  if (!facts.sourcePath) throw new Error(`Fant ikke fila til «${entry.id}» i innholdslageret.`);
  const source = decodeUtf8(readFileSync(facts.sourcePath));
  const split = typeof source === 'string' ? splitFile(source) : source;
  if (!('yaml' in split)) throw new Error(`${facts.sourcePath}: ${split.problem}`);
  // The base path the loader rendered with; renderBody drops a closing slash either way.
  return renderBody(split.body, { base: import.meta.env.BASE_URL, firstLine: split.bodyFirstLine });
}
