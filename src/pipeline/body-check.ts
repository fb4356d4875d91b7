/**
 * Checks the body of a content file on the tree of the parser that builds it (Sätteri's MDX
 * parser, with the same options), never with patterns over the text: wherever the two would
 * disagree, a file could carry anything. Only the building blocks in `src/model/body-rules.ts` pass;
 * each finding names the line and says what to write instead.
 */
import { mdxToMdast, type MdastNode } from 'satteri';
import { ALLOWED_ELEMENTS, ALLOWED_MARKDOWN, MARKDOWN_ONLY, URL_RULE } from '../model/body-rules.ts';
import { dedupeFindings, shorten, type Finding } from './frontmatter.ts';
import { MARKDOWN_FEATURES } from './markdown-options.ts';
import { CONTACT_RULE, personalContacts } from './personal-data.ts';
import { checkUrl } from './urls.ts';

type Node = MdastNode & {
  type: string;
  value?: unknown;
  url?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number; column: number } };
};

const ESCAPE_BRACES = 'skriv \\{ og \\} hvis du vil vise krøllparenteser som tegn';
const ELEMENTS_ALLOWED = Object.entries(ALLOWED_ELEMENTS)
  .map(([name, attrs]) => (attrs.length > 0 ? `<${name} ${attrs.map((a) => `${a}="…"`).join(' ')}>` : `<${name}>`))
  .join(', ');

/** A link in the body, for the check that the page it points to exists. */
export interface BodyLink {
  url: string;
  line?: number;
}

/**
 * The nodes in the body that may not be published, each with its line in the file, and the body's
 * links (for the check across pages).
 */
export function checkBody(body: string, firstLine: number): { findings: Finding[]; links: BodyLink[] } {
  let tree: Node;
  try {
    tree = mdxToMdast(body, { features: MARKDOWN_FEATURES }) as Node;
  } catch (e) {
    return { findings: [parseFailure(body, firstLine, e)], links: [] };
  }
  const findings: Finding[] = [];
  const links: BodyLink[] = [];
  const allowed = new Set<string>(ALLOWED_MARKDOWN);
  const visit = (node: Node) => {
    const line = node.position ? firstLine + node.position.start.line - 1 : undefined;
    const add = (problem: string, allowedText = MARKDOWN_ONLY) =>
      findings.push({ line, field: 'tekst', problem, allowed: allowedText });

    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      checkElement(node, add);
    } else if (node.type === 'mdxjsEsm') {
      add('import og export er ikke tillatt (MDX ville kjørt det som kode)');
    } else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      add('krøllparenteser { } er JavaScript-uttrykk i MDX og er ikke tillatt', ESCAPE_BRACES);
    } else if (!allowed.has(node.type)) {
      add(`${node.type === 'html' ? 'HTML' : `byggesteinen «${node.type}»`} er ikke tillatt i en side`);
    }

    if (typeof node.url === 'string') {
      links.push({ url: node.url, line });
      const verdict = checkUrl(node.url);
      if (!verdict.ok) add(`lenken «${shorten(node.url, 40)}» er ikke tillatt: ${verdict.reason}`, URL_RULE);
    }
    if (typeof node.value === 'string' || typeof node.url === 'string') {
      const text = `${typeof node.value === 'string' ? node.value : ''} ${node.url ?? ''}`;
      for (const contact of new Set(personalContacts(text))) {
        add(`personlige kontaktopplysninger («${shorten(contact, 40)}») skal ikke publiseres`, CONTACT_RULE);
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return { findings: dedupeFindings(findings), links };
}

function checkElement(node: Node, add: (problem: string, allowed?: string) => void): void {
  const name = node.name;
  if (!name) {
    add('tomme elementer <> … </> er ikke tillatt');
    return;
  }
  // hasOwn: «constructor» and other names inherited from Object are not elements.
  const attributes = Object.hasOwn(ALLOWED_ELEMENTS, name) ? ALLOWED_ELEMENTS[name] : undefined;
  if (attributes === undefined) {
    if (/^[A-Z]/.test(name) || /[.:]/.test(name))
      add(`komponenten <${name}> er ikke tillatt`, 'ingen komponenter; bruk vanlig Markdown');
    else add(`HTML-elementet <${shorten(name, 30)}> er ikke tillatt`, `vanlig Markdown, eller ${ELEMENTS_ALLOWED}`);
    return;
  }
  const seen = new Set<string>();
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || attribute.name === undefined) {
      add(`{…} i <${name}> er JavaScript og er ikke tillatt`, ELEMENTS_ALLOWED);
      continue;
    }
    const attr = attribute.name;
    if (/^on/i.test(attr))
      add(`hendelsesattributtet ${shorten(attr, 30)}= på <${name}> er ikke tillatt`, ELEMENTS_ALLOWED);
    else if (!attributes.includes(attr))
      add(`attributtet ${shorten(attr, 30)}= på <${name}> er ikke tillatt`, ELEMENTS_ALLOWED);
    else if (typeof attribute.value !== 'string')
      add(`verdien av ${attr}= på <${name}> skal være tekst i anførselstegn`, ELEMENTS_ALLOWED);
    else if (seen.has(attr)) add(`attributtet ${attr}= står to ganger på <${name}>`, ELEMENTS_ALLOWED);
    seen.add(attr);
    if (typeof attribute.value === 'string') {
      for (const contact of new Set(personalContacts(attribute.value)))
        add(`personlige kontaktopplysninger («${shorten(contact, 40)}») skal ikke publiseres`, CONTACT_RULE);
    }
  }
}

/** The parser's own complaint, as a line a contributor can act on. */
function parseFailure(body: string, firstLine: number, error: unknown): Finding {
  const message = error instanceof Error ? error.message : String(error);
  const at = /^(\d+):(\d+)/.exec(message);
  const line = at ? firstLine + Number(at[1]) - 1 : undefined;
  const column = at ? Number(at[2]) : 1;
  const sourceLine = at ? (body.split('\n')[Number(at[1]) - 1] ?? '') : '';
  const rest = sourceLine.slice(column - 1);
  const finding = (problem: string, allowed: string): Finding => ({ line, field: 'tekst', problem, allowed });

  if (/^<?(https?:|mailto:|www\.)/i.test(rest) || /^<(https?:|mailto:|www\.)/i.test(sourceLine.slice(column - 2)))
    return finding(
      'lenker i vinkelparenteser <https://…> virker ikke i MDX',
      'skriv adressen uten < > (https://eksempel.no), eller [tekst](https://eksempel.no)',
    );
  if (/<!--/.test(sourceLine) || (/before name/.test(message) && rest.startsWith('!')))
    return finding(
      'HTML-kommentarer <!-- … --> er ikke tillatt i MDX',
      'fjern kommentaren; det som ikke skal vises, hører ikke hjemme i fila',
    );
  if (/expression|acorn|brace/i.test(message))
    return finding('en krøllparentes { er ikke lukket, eller innholdet er ikke gyldig', ESCAPE_BRACES);
  if (/closing tag|end of file in element|Unexpected closing/i.test(message))
    return finding(
      'et element er ikke lukket riktig, for eksempel <abbr> uten </abbr>',
      `${ELEMENTS_ALLOWED}, hver med sin slutt-tagg`,
    );
  if (/after `<`|before name|character/i.test(message))
    return finding(
      'tegnet < innleder et element i MDX, og det som følger er ikke et tillatt element',
      `skriv \\< eller &lt; for å vise tegnet, eller bruk ${ELEMENTS_ALLOWED}`,
    );
  return finding('teksten kan ikke leses som MDX her', `${MARKDOWN_ONLY}; sjekk tegnene < > { } på linjen`);
}
