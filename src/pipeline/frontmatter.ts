/**
 * Splits a content file into frontmatter and body, and parses the frontmatter with the `yaml`
 * package, which keeps the position of every node. Every line a contributor sees points at the
 * place the problem starts.
 *
 * The YAML is held to a small, safe subset: YAML 1.2 core schema (so dates and `no` stay text and
 * are checked by the schema, not guessed by the parser), no anchors or aliases (a 1.5 kB alias bomb
 * would otherwise expand to gigabytes), no custom tags, no merge keys, no directives, no duplicate
 * keys. BOM, CRLF and CR-only line endings are accepted.
 */
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type Node as YamlNode,
} from 'yaml';

export interface Finding {
  /** Line in the file, 1-based. */
  line?: number;
  /** The field, as a path: `arnstein.rung`, `actors[1].type`. */
  field?: string;
  problem: string;
  allowed?: string;
}

export interface SplitFile {
  /** The frontmatter's text (without the --- lines), line endings normalised to \n. */
  yaml: string;
  /** Line in the file where the frontmatter's first line is. */
  yamlFirstLine: number;
  body: string;
  /** Line in the file where the body's first line is. */
  bodyFirstLine: number;
}

export interface ParsedFrontmatter {
  data: Record<string, unknown>;
  /** The line in the file of the value at a path (or of its nearest parent). */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

const FIELDS_HINT =
  'felt: verdi på hver linje, to mellomrom innrykk under en gruppe, og tekst med kolon i anførselstegn';

/** Decodes a file's bytes as UTF-8, refusing anything else rather than guessing. */
export function decodeUtf8(bytes: Uint8Array): string | Finding {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return {
      problem: 'fila er ikke lagret som UTF-8',
      allowed: 'lagre fila med tegnkoding UTF-8 (i de fleste editorer: «Lagre som» og velg UTF-8)',
    };
  }
}

/** Splits frontmatter from body. Line endings are normalised; line numbers stay those of the file. */
export function splitFile(source: string, template = 'content/mal.mdx'): SplitFile | Finding {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') {
    return {
      problem: 'fila er tom',
      allowed: `frontmatter mellom to linjer med --- øverst, og deretter teksten; se malen i ${template}`,
    };
  }
  const lines = text.split('\n');
  // Blank lines before the opening --- are harmless: skip them instead of failing the whole file.
  let open = 0;
  while (open < lines.length && lines[open]!.trim() === '') open++;
  if (!/^---[ \t]*$/.test(lines[open]!)) {
    return {
      line: open + 1,
      problem: 'fila begynner ikke med frontmatter',
      allowed: 'fila skal begynne med en linje med bare ---, så feltene, og en ny linje med bare ---',
    };
  }
  let close = open + 1;
  while (close < lines.length && !/^---[ \t]*$/.test(lines[close]!)) close++;
  if (close >= lines.length) {
    return {
      line: open + 1,
      problem: 'frontmatter er ikke avsluttet',
      allowed: 'en linje med bare --- etter det siste feltet, før teksten',
    };
  }
  return {
    yaml: lines.slice(open + 1, close).join('\n'),
    yamlFirstLine: open + 2,
    body: lines.slice(close + 1).join('\n'),
    bodyFirstLine: close + 2,
  };
}

/** «a.b[2].c» */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (name, seg) => (typeof seg === 'number' ? `${name}[${seg}]` : name ? `${name}.${String(seg)}` : String(seg)),
    '',
  );
}

/** The parser's error codes, in the words a contributor understands. */
const YAML_ERRORS: Record<string, string> = {
  DUPLICATE_KEY: 'samme felt står to ganger',
  TAB_AS_INDENT: 'tabulator brukt som innrykk; bruk mellomrom',
  BAD_INDENT: 'feil innrykk',
  MISSING_CHAR: 'et tegn mangler; mangler et avsluttende anførselstegn eller en ] eller }?',
  MULTILINE_IMPLICIT_KEY: 'en verdi fortsetter over flere linjer; mangler et avsluttende anførselstegn?',
  BLOCK_AS_IMPLICIT_KEY: 'et felt står der en verdi skulle stått; mangler et kolon eller anførselstegn?',
  UNEXPECTED_TOKEN: 'uventet tegn; sett tekst med kolon, # eller klammer i anførselstegn',
  MULTIPLE_DOCS: 'frontmatter kan bare ha ett dokument; fjern linjer med --- eller ... inne i feltene',
  BAD_DQ_ESCAPE: 'ugyldig \\-tegn inne i doble anførselstegn; bruk enkle anførselstegn',
  BAD_SCALAR_START: 'en verdi kan ikke begynne med dette tegnet; sett verdien i anførselstegn',
  BLOCK_IN_FLOW: 'en liste i klammer [ ] kan ikke inneholde linjer med innrykk',
  IMPOSSIBLE: 'uventet tekst; mangler det et kolon eller anførselstegn?',
  KEY_OVER_1024_CHARS: 'et feltnavn er for langt',
  MISSING_ANCHOR: 'henvisninger (*) er ikke tillatt',
  TAG_RESOLVE_FAILED: 'egne typer (!…) er ikke tillatt',
  BAD_DIRECTIVE: 'direktiver (%…) er ikke tillatt',
};

/** Where a quoted scalar that covers `offset` starts: an unclosed quote is reported where it opens. */
function quoteStart(doc: Document, offset: number): number | undefined {
  let start: number | undefined;
  visit(doc, {
    Scalar(_, node) {
      const [from, , to] = node.range ?? [];
      if (
        (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') &&
        from !== undefined &&
        to !== undefined &&
        from <= offset &&
        offset <= to
      ) {
        start = from;
      }
    },
  });
  return start;
}

/** Parses frontmatter YAML. Returns the data, or every problem found, each with its line. */
export function parseFrontmatter(yaml: string, firstLine: number): ParsedFrontmatter | Finding[] {
  const counter = new LineCounter();
  const doc = parseDocument(yaml, {
    lineCounter: counter,
    version: '1.2',
    schema: 'core',
    uniqueKeys: true,
    merge: false,
    strict: true,
    prettyErrors: false,
    // Nothing in a case needs a custom or type tag: `!!binary`, `!!js/function` and friends are refused below.
    customTags: [],
  });
  const lineAt = (offset: number) => firstLine + counter.linePos(offset).line - 1;
  const findings: Finding[] = [];

  // The first syntax error is the one to fix: the parser's later complaints are mostly its consequences.
  for (const error of doc.errors.slice(0, 1)) {
    const at = error.code === 'MISSING_CHAR' ? (quoteStart(doc, error.pos[0]) ?? error.pos[0]) : error.pos[0];
    findings.push({
      line: lineAt(at),
      problem: `frontmatter er ikke gyldig YAML: ${YAML_ERRORS[error.code] ?? 'uventet tekst; mangler det et kolon eller anførselstegn?'}`,
      allowed: FIELDS_HINT,
    });
  }
  if (doc.directives?.docStart || /^%/m.test(yaml)) {
    findings.push({
      line: firstLine,
      problem: 'frontmatter kan ikke ha direktiver (%YAML, %TAG) eller en egen ---',
      allowed: FIELDS_HINT,
    });
  }
  // Anchors, aliases, tags and merge keys: refused by kind, once each, so an alias bomb gives one
  // short line at once instead of being expanded.
  const refused = new Set<string>();
  const refuse = (kind: string, offset: number | undefined, problem: string, allowed: string) => {
    if (refused.has(kind)) return;
    refused.add(kind);
    findings.push({ line: offset === undefined ? firstLine : lineAt(offset), problem, allowed });
  };
  visit(doc, {
    Alias(_, node) {
      refuse(
        'alias',
        node.range?.[0],
        'henvisninger (*navn) er ikke tillatt i frontmatter',
        'skriv verdien ut der den skal stå',
      );
    },
    Node(_, node) {
      if (node.anchor)
        refuse(
          'anchor',
          node.range?.[0],
          'ankere (&navn) er ikke tillatt i frontmatter',
          'skriv verdien ut der den skal stå',
        );
      // The parser sets `tag` only where the file writes one (!!binary, !foo).
      if (node.tag && !isAlias(node))
        refuse(
          'tag',
          node.range?.[0],
          `typen ${shorten(node.tag, 30)} er ikke tillatt i frontmatter`,
          'vanlig tekst, tall, lister og grupper',
        );
    },
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === '<<')
        refuse(
          'merge',
          pair.key.range?.[0],
          'flettenøkler (<<) er ikke tillatt i frontmatter',
          'skriv feltene ut der de skal stå',
        );
    },
  });
  if (findings.length > 0) return dedupeFindings(findings);

  const value = doc.toJS({ maxAliasCount: 0 }) as unknown;
  if (value !== null && value !== undefined && (typeof value !== 'object' || Array.isArray(value))) {
    return [{ line: firstLine, problem: 'frontmatter skal være felt med verdier (felt: verdi)', allowed: FIELDS_HINT }];
  }

  return {
    data: (value ?? {}) as Record<string, unknown>,
    lineOf(path) {
      let node: unknown = doc.contents;
      let line: number | undefined;
      for (const seg of path) {
        let next: unknown;
        if (isMap(node)) {
          const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
          if (!pair) break;
          const keyStart = (pair.key as YamlNode).range?.[0];
          if (keyStart !== undefined) line = lineAt(keyStart);
          next = pair.value;
        } else if (isSeq(node) && typeof seg === 'number') {
          next = node.items[seg];
        } else {
          break;
        }
        const start = (next as YamlNode | null)?.range?.[0];
        // A value on the key's own line or below it: the value's line is where to look.
        if (start !== undefined && !isMap(next)) line = lineAt(start);
        node = next;
      }
      return line;
    },
  };
}

/** Each problem once per line, top to bottom. */
export function dedupeFindings(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings
    .filter((f) => {
      const key = `${f.line}|${f.problem}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** A value as a contributor sees it in a message: one line, at most `max` characters. */
export function shorten(value: string, max = 60): string {
  const oneLine = value.replace(/\s+/g, ' ').trim();
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 1)}…`;
}
