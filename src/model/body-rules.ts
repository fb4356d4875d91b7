/**
 * What the body of a content file may contain: the one allow-list read by the check
 * (`src/pipeline/body-check.ts`), the renderer that refuses again (`src/pipeline/body-render.ts`),
 * the sanitizer's schema and the contributor docs. Everything not listed here is refused.
 */

/** HTML elements a body may use, each with the attributes it may carry (values are plain text). */
export const ALLOWED_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  abbr: ['title'],
  br: [],
  sub: [],
  sup: [],
};

/** Markdown's own building blocks (mdast node types), all harmless: text, structure, links. */
export const ALLOWED_MARKDOWN = [
  'root',
  'paragraph',
  'heading',
  'text',
  'emphasis',
  'strong',
  'delete',
  'inlineCode',
  'code',
  'blockquote',
  'list',
  'listItem',
  'thematicBreak',
  'break',
  'link',
  'image',
  'linkReference',
  'imageReference',
  'definition',
  'footnoteReference',
  'footnoteDefinition',
  'table',
  'tableRow',
  'tableCell',
] as const;

/** URL schemes a link or image may use; anything else is refused. Site paths start with one «/». */
export const ALLOWED_SCHEMES = ['https', 'http', 'mailto'] as const;

/**
 * Functional e-mail addresses (an organisation's shared inbox) may be published; personal ones may
 * not. An address is functional when its local part is one of these.
 */
export const FUNCTIONAL_MAILBOXES = [
  'postmottak',
  'post',
  'postkasse',
  'kontakt',
  'info',
  'servicetorget',
  'firmapost',
  'redaksjonen',
] as const;

/** How a contributor writes what the body cannot hold. */
export const MARKDOWN_ONLY = 'vanlig Markdown: avsnitt, overskrifter, lister, lenker og tabeller';
export const URL_RULE =
  'lenker som begynner med https://, http://, mailto: til en funksjonsadresse, / (en side her) eller #';
