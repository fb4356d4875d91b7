/**
 * Open data, feeds, citations, print and statistics: the JSON and CSV round-trip every case against
 * the content, the feed and sitemap are well-formed XML listing every case, a case prints as a clean
 * brief without navigation, and the charts have text alternatives.
 */
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { browserSession } from './browser.ts';
import { caseFiles, cases, readDist } from './site-data.ts';
import { CSV_COLUMNS, DATA_FORMAT, LICENCE } from '../../src/lib/export.ts';
import { municipalities } from '../../src/model/municipalities.ts';
import { caseSchema } from '../../src/model/case-schema.ts';

const baseUrl = inject('baseUrl');
const session = browserSession();

const SITE = 'https://samskapingsbanken.no';

/** A CSV parser for what toCsv writes: quoted cells, ; between them, CRLF between rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') ((cell += '"'), i++);
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') (row.push(cell), (cell = ''));
    else if (ch === '\r' && text[i + 1] === '\n') (row.push(cell), rows.push(row), (row = []), (cell = ''), i++);
    else cell += ch;
  }
  return rows;
}

describe('/data/saker.json', () => {
  const data = JSON.parse(readDist('data/saker.json'));

  it('has a versioned format, the licence, and every case', () => {
    expect(data.format).toEqual(DATA_FORMAT);
    expect(data.licence).toEqual(LICENCE);
    // Counted and listed from the case files by the test (site-data.ts), not by the site's own code.
    expect(data.count).toBe(caseFiles.length);
    expect(data.cases.map((c: { id: string }) => c.id).sort()).toEqual(caseFiles);
  });

  it('passes the same schema as the case files', () => {
    for (const record of data.cases) {
      const { id, url, derived, ...front } = record;
      const parsed = caseSchema.safeParse(front);
      expect(parsed.success, `${id}: ${parsed.success ? '' : JSON.stringify(parsed.error.issues[0])}`).toBe(true);
      expect(typeof url).toBe('string');
      expect(derived).toBeDefined();
    }
  });

  it('holds each case’s frontmatter unchanged, with its URL and the facts derived from SSB', () => {
    // One comparison per case, not per field: the diff still names the field, and 1 000 cases do
    // not cost 25 000 assertions.
    const byId = new Map(data.cases.map((r: { id: string }) => [r.id, r]));
    for (const c of cases) {
      const record = byId.get(c.slug) as Record<string, unknown> & {
        derived: { municipalities: { number: string; population: number }[]; summaryText: string };
      };
      const { lastChecked, ...front } = c.data;
      expect(
        {
          url: record.url,
          lastChecked: record.lastChecked,
          ...Object.fromEntries(Object.keys(front).map((key) => [key, record[key]])),
          'derived.municipalities': record.derived.municipalities.map((m) => [m.number, m.population]),
          'derived.summaryText': record.derived.summaryText,
        },
        c.slug,
      ).toEqual({
        url: `${SITE}/saker/${c.slug}/`,
        lastChecked: lastChecked.toISOString().slice(0, 10),
        ...front,
        'derived.municipalities': c.municipalities.map((m) => [m.number, m.population]),
        'derived.summaryText': c.data.summary,
      });
    }
  });
});

describe('/data/saker.csv', () => {
  const raw = readDist('data/saker.csv');
  const rows = parseCsv(raw.replace(/^\uFEFF/, ''));

  it('opens in Norwegian Excel: byte-order mark, semicolons, CRLF', () => {
    expect(raw.startsWith('\uFEFF"id";"url";')).toBe(true);
    expect(raw).toContain('\r\n');
  });

  it('has one row per case, every column filled as in the content', () => {
    const [header, ...body] = rows;
    expect(header).toEqual(CSV_COLUMNS.map((c) => c.header));
    expect(body.map((r) => r[0]).sort()).toEqual(caseFiles);
    const col = (name: string) => header!.indexOf(name);
    for (const c of cases) {
      const row = body.find((r) => r[0] === c.slug)!;
      expect(row, c.slug).toHaveLength(header!.length);
      expect(row[col('tittel')]).toBe(c.data.title);
      expect(row[col('sammendrag')]).toBe(c.data.summary);
      expect(row[col('kommunenummer')]).toBe(c.data.municipalities.join(', '));
      expect(row[col('sist_kontrollert')]).toBe(c.data.lastChecked.toISOString().slice(0, 10));
    }
  });
});

describe('feed and sitemap', () => {
  async function parseXml(path: string): Promise<{ error: boolean; locs: string[]; entries: number }> {
    await session.page.goto(`${baseUrl}/`);
    return session.page.evaluate(async (p) => {
      const text = await (await fetch(p)).text();
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return {
        error: doc.getElementsByTagName('parsererror').length > 0,
        locs: [...doc.querySelectorAll('loc, entry > id')].map((e) => e.textContent ?? ''),
        entries: doc.getElementsByTagName('entry').length,
      };
    }, path);
  }

  it('the Atom feed is well-formed and lists every case', async () => {
    const feed = await parseXml('/feed.xml');
    expect(feed.error).toBe(false);
    expect(feed.entries).toBe(caseFiles.length);
    for (const slug of caseFiles) expect(feed.locs).toContain(`${SITE}/saker/${slug}/`);
  });

  it('the sitemap is well-formed, found through robots.txt, and lists every case and municipality page', async () => {
    expect(readDist('robots.txt')).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
    expect((await parseXml('/sitemap-index.xml')).locs).toEqual([`${SITE}/sitemap-0.xml`]);
    const map = await parseXml('/sitemap-0.xml');
    expect(map.error).toBe(false);
    expect(map.locs).not.toContain(`${SITE}/404/`);
    for (const slug of caseFiles) expect(map.locs).toContain(`${SITE}/saker/${slug}/`);
    for (const m of municipalities) expect(map.locs).toContain(`${SITE}/kommuner/${m.slug}/`);
  });
});

describe('case pages for citing and sharing', () => {
  it('have a canonical URL, Open Graph tags, schema.org JSON-LD and a citation', () => {
    for (const c of cases) {
      const html = readDist(`saker/${c.slug}/index.html`);
      const url = `${SITE}/saker/${c.slug}/`;
      expect(html).toContain(`<link rel="canonical" href="${url}">`);
      expect(html).toContain('<meta property="og:type" content="article">');
      const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)![1]!);
      expect(ld).toMatchObject({ '@type': 'Article', headline: c.data.title, url, license: LICENCE.url });
      expect(html).toContain('<h2 id="siter">Del, skriv ut og siter</h2>');
      // The page's own address as a link: «Del» without script.
      expect(html).toContain(`<a href="${url}">${url}</a>`);
      expect(html).toMatch(new RegExp(`Samskapingsbanken \\(${c.data.lastChecked.getUTCFullYear()}\\)\\. <cite>`));
    }
  });
});

describe('print', () => {
  it('prints a case as a brief: facts, ladders, text, sources and URL, no navigation', async () => {
    // Chromium's print emulation applies the print stylesheet; innerText leaves out what it hides.
    const printed = await session.browser.newPage();
    await printed.goto(`${baseUrl}/saker/omradeforum-asker/`);
    await printed.emulateMedia({ media: 'print' });
    const text = (await printed.evaluate(() => document.body.innerText)).replace(/\s+/g, ' ');
    for (const expected of [
      'Områdeforum',
      'Fakta',
      'Samskapingstrappen',
      'Arnsteins deltakelsesstige',
      'Kilder',
      `${SITE}/saker/omradeforum-asker/`,
    ]) {
      expect(text, expected).toContain(expected);
    }
    for (const navigation of ['Hopp til hovedinnholdet', 'Om stigene', 'Din kommune', 'Foreslå endring']) {
      expect(text, navigation).not.toContain(navigation);
    }
    await printed.close();
  });
});

describe('statistics', () => {
  it('gives every chart a text alternative and a table of its figures', async () => {
    await session.page.goto(`${baseUrl}/statistikk/`);
    const charts = await session.page.$$eval('svg[role="img"]', (svgs) =>
      svgs.map((svg) => ({
        label: (svg.getAttribute('aria-labelledby') ?? '')
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
          .join(' '),
        table: Boolean(svg.closest('figure')?.querySelector('table tbody tr')),
      })),
    );
    expect(charts.length).toBeGreaterThanOrEqual(4);
    for (const chart of charts) {
      expect(chart.label).toMatch(/Saker etter .+ Flest saker: /);
      expect(chart.table).toBe(true);
    }
  });

  for (const path of ['/statistikk/', '/data/', '/tilgjengelighet/']) {
    it(`${path} has no axe violations`, async () => {
      await session.page.goto(`${baseUrl}${path}`);
      expect(await axeViolations(session.page)).toEqual([]);
    });
  }
});
