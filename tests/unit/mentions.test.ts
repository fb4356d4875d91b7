/** Mentions point at what exists: real municipalities, source documents and case pages. */
import { describe, expect, it } from 'vitest';
import { mentions } from '../../src/model/mentions.ts';
import { municipality } from '../../src/model/municipalities.ts';
import { sourceDocument } from '../../src/model/source-documents.ts';
import { loadKind } from '../../src/pipeline/content.ts';
import { caseKind, contentKinds } from '../../src/pipeline/kinds.ts';

const root = new URL('../../', import.meta.url).pathname;
const slugs = loadKind(caseKind, root, contentKinds).entries.map((e) => e.slug);

describe('mentions in the sources', () => {
  it.each(mentions.map((m) => [m.title, m] as const))(
    '%s names real municipalities, a source and real cases',
    (_, m) => {
      for (const n of m.municipalities) expect(municipality(n), n).toBeDefined();
      expect(sourceDocument(m.source.document)).toBeDefined();
      expect(m.source.locator.length).toBeGreaterThan(0);
      for (const s of m.related) expect(slugs, s).toContain(s);
    },
  );
});
