/**
 * Renders the body of a content file to HTML, without compiling it to a JavaScript module: a body
 * is text, never code. This is the second guard behind the check in `body-check.ts`, and it does not
 * trust it: the renderer takes only the element kinds it knows, turns the allow-listed MDX elements
 * into plain HTML and refuses everything else (expressions, import/export, components, unknown
 * attributes), naming the file and line. What it produces then goes through a maintained sanitizer
 * (hast-util-sanitize, the core of rehype-sanitize) with a schema built from the same allow-list.
 */
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { mdxToHast } from 'satteri';
import { ALLOWED_ELEMENTS, ALLOWED_SCHEMES } from '../model/body-rules.ts';
import { MARKDOWN_FEATURES } from './markdown-options.ts';
import { checkUrl } from './urls.ts';

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface RenderedBody {
  html: string;
  headings: Heading[];
}

/** Thrown when a body holds something that may not be published. */
export class RefusedContent extends Error {
  readonly line: number | undefined;
  constructor(line: number | undefined, problem: string) {
    super(problem);
    this.name = 'RefusedContent';
    this.line = line;
  }
}

/** The sanitizer's schema: GitHub's defaults, narrowed to our allow-list and link schemes. */
const SCHEMA: Schema = {
  ...defaultSchema,
  // Sätteri already prefixes footnote ids (user-content-fn-1); a second prefix would break their links.
  clobberPrefix: '',
  clobber: [],
  tagNames: [
    ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'em', 'strong', 'del', 'code', 'pre', 'blockquote'],
    ...['ul', 'ol', 'li', 'hr', 'a', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'section', 'input'],
    ...Object.keys(ALLOWED_ELEMENTS),
  ],
  attributes: {
    a: [
      'href',
      'title',
      'id',
      'dataFootnoteRef',
      'dataFootnoteBackref',
      'ariaDescribedBy',
      'ariaLabel',
      ['className', 'data-footnote-backref'],
    ],
    img: ['src', 'alt', 'title'],
    h2: ['id', ['className', 'sr-only']],
    li: ['id', ['className', 'task-list-item']],
    ul: [['className', 'contains-task-list']],
    ol: [['className', 'contains-task-list']],
    section: ['dataFootnotes', ['className', 'footnotes']],
    input: [['type', 'checkbox'], ['disabled', true], 'checked'],
    td: ['align'],
    th: ['align'],
    code: [['className', /^language-[\w-]+$/]],
    ...Object.fromEntries(Object.entries(ALLOWED_ELEMENTS).map(([name, attrs]) => [name, [...attrs]])),
  },
  protocols: { href: [...ALLOWED_SCHEMES], src: ['http', 'https'] },
  required: {},
  strip: ['script', 'style'],
};

type AnyNode = { type: string; position?: { start: { line: number } }; [key: string]: unknown };

export function renderBody(body: string, options: { base: string; firstLine: number }): RenderedBody {
  let tree: Root;
  try {
    tree = mdxToHast(body, { features: MARKDOWN_FEATURES }) as unknown as Root;
  } catch (e) {
    const at = /^(\d+):/.exec(e instanceof Error ? e.message : '');
    throw new RefusedContent(at ? options.firstLine + Number(at[1]) - 1 : undefined, 'teksten kan ikke leses som MDX');
  }
  const guarded = guard(tree as unknown as AnyNode, options.firstLine) as unknown as Root;
  const clean = sanitize(guarded, SCHEMA) as Root;
  const headings = addHeadingIds(clean);
  transform(clean, options.base);
  return { html: toHtml(clean, { characterReferences: { useNamedReferences: true } }), headings };
}

/** Keeps only what the renderer knows; allow-listed MDX elements become plain elements. */
function guard(node: AnyNode, firstLine: number): AnyNode {
  const line = node.position ? firstLine + node.position.start.line - 1 : undefined;
  const children = (node.children as AnyNode[] | undefined)?.map((c) => guard(c, firstLine));
  switch (node.type) {
    case 'root':
      return { type: 'root', children };
    case 'text':
      return { type: 'text', value: node.value };
    case 'element': {
      const properties = node.properties as Record<string, unknown>;
      for (const key of ['href', 'src']) {
        if (typeof properties[key] === 'string' && !checkUrl(properties[key]).ok)
          throw new RefusedContent(line, `lenken ${JSON.stringify(properties[key])} er ikke tillatt`);
      }
      // Table alignment arrives as a style attribute, which the CSP forbids: keep it as align="…".
      const align = /^text-align:\s*(left|center|right)$/.exec(String(properties.style ?? ''))?.[1];
      const { style: _style, ...rest } = properties;
      return { type: 'element', tagName: node.tagName, properties: align ? { ...rest, align } : rest, children };
    }
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const name = node.name as string | null;
      const allowed = name !== null && Object.hasOwn(ALLOWED_ELEMENTS, name) ? ALLOWED_ELEMENTS[name]! : undefined;
      if (allowed === undefined) throw new RefusedContent(line, `elementet <${String(name)}> er ikke tillatt`);
      const properties: Record<string, string> = {};
      for (const a of node.attributes as { type: string; name?: string; value?: unknown }[]) {
        if (
          a.type !== 'mdxJsxAttribute' ||
          !a.name ||
          !allowed.includes(a.name) ||
          typeof a.value !== 'string' ||
          a.name in properties
        )
          throw new RefusedContent(line, `attributtet på <${name}> er ikke tillatt`);
        properties[a.name] = a.value;
      }
      return { type: 'element', tagName: name, properties, children };
    }
    default:
      // mdxjsEsm, mdxFlowExpression, mdxTextExpression, raw HTML, comments: never rendered.
      throw new RefusedContent(line, `«${node.type}» kan ikke vises på en side`);
  }
}

function walk(node: Root | Element, visit: (el: Element, parent: Root | Element) => void): void {
  for (const child of node.children as (RootContent | ElementContent)[]) {
    if (child.type === 'element') {
      visit(child, node);
      walk(child, visit);
    }
  }
}

const textOf = (node: Element | ElementContent): string =>
  node.type === 'text' ? node.value : 'children' in node ? node.children.map(textOf).join('') : '';

/** Heading ids, for the in-page contents list; added after sanitizing so they are never clobbered. */
function addHeadingIds(tree: Root): Heading[] {
  const slugger = new GithubSlugger();
  const headings: Heading[] = [];
  walk(tree, (el) => {
    const depth = /^h([1-6])$/.exec(el.tagName)?.[1];
    if (!depth || el.properties.id) return;
    const text = textOf(el).trim();
    const slug = slugger.slug(text) || `avsnitt-${headings.length + 1}`;
    el.properties.id = slug;
    headings.push({ depth: Number(depth), slug, text });
  });
  return headings;
}

/**
 * Task-list checkboxes become words a screen reader reads («Utført:») instead of unlabelled form
 * fields; site paths get the base path when the site is hosted under one.
 */
function transform(tree: Root, base: string): void {
  const prefix = base.replace(/\/$/, '');
  walk(tree, (el, parent) => {
    if (el.tagName === 'input' && el.properties.type === 'checkbox') {
      const done = Boolean(el.properties.checked);
      const index = parent.children.indexOf(el);
      parent.children[index] = {
        type: 'element',
        tagName: 'span',
        properties: { className: ['sb-task'] },
        children: [
          {
            type: 'element',
            tagName: 'span',
            properties: { ariaHidden: 'true' },
            children: [{ type: 'text', value: done ? '☑' : '☐' }],
          },
          {
            type: 'element',
            tagName: 'span',
            properties: { className: ['sr-only'] },
            children: [{ type: 'text', value: done ? 'Utført:' : 'Ikke utført:' }],
          },
        ],
      };
    }
    const href = el.tagName === 'a' ? el.properties.href : undefined;
    if (prefix && typeof href === 'string' && href.startsWith('/') && !href.startsWith('//')) {
      if (href !== prefix && !href.startsWith(`${prefix}/`)) el.properties.href = `${prefix}${href}`;
    }
  });
}
