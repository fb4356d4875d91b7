/**
 * MDX is code: a case file from a pull request must not be able to run anything or inject markup.
 * The body of a case may hold Markdown (with GFM) and nothing else: no import/export, no JavaScript
 * expressions, no HTML or components outside the allow-list, no event handlers, no javascript: or
 * data: URLs. Each finding names the line, so a contributor can fix it.
 *
 * Code spans and fenced code blocks are exempt: what is inside them is shown, never run.
 */

/** Components a case may use. None yet: add one here and document it in content/mal.mdx. */
export const ALLOWED_COMPONENTS: readonly string[] = [];

/** Plain HTML elements a case may use, without attributes other than title. */
export const ALLOWED_HTML = ['abbr', 'br', 'sub', 'sup'] as const;

export interface BodyFinding {
  /** Line in the file (1-based). */
  line: number;
  problem: string;
  allowed: string;
}

const MARKDOWN_ONLY = 'vanlig Markdown: avsnitt, overskrifter, lister, lenker og tabeller';
const ESCAPE_BRACES = 'skriv \\{ og \\} hvis du vil vise krøllparenteser som tegn';

/** Blanks out code (fenced blocks and inline code spans), keeping line and column positions. */
function withoutCode(body: string): string {
  let inFence: string | null = null;
  return body
    .split('\n')
    .map((line) => {
      const fence = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
      if (inFence) {
        if (fence && fence[0] === inFence[0] && fence.length >= inFence.length) inFence = null;
        return '';
      }
      if (fence) {
        inFence = fence;
        return '';
      }
      return line.replace(/(`+)[^`]*?\1/g, (m) => ' '.repeat(m.length));
    })
    .join('\n');
}

/** Everything in a case body that MDX would run or render as markup outside the allow-list. */
export function unsafeBody(body: string, firstLine: number): BodyFinding[] {
  const findings: BodyFinding[] = [];
  const lines = withoutCode(body).split('\n');
  lines.forEach((text, i) => {
    const line = firstLine + i;
    const add = (problem: string, allowed = MARKDOWN_ONLY) => findings.push({ line, problem, allowed });

    if (/^\s*(import|export)\b/.test(text)) {
      add('import og export er ikke tillatt i en sak (MDX ville kjørt det som kode)');
      return;
    }
    // Unescaped braces start a JavaScript expression in MDX.
    if (/(^|[^\\])[{}]/.test(text))
      add('krøllparenteser { } er JavaScript-uttrykk i MDX og er ikke tillatt', ESCAPE_BRACES);

    // «<» straight before a letter opens an HTML element or a component; «a < b» is plain text.
    for (const tag of text.matchAll(/<\/?([A-Za-z][\w.:-]*)([^>]*)>?/g)) {
      if (tag[0].startsWith('</')) continue;
      const name = tag[1]!;
      const attributes = tag[2] ?? '';
      const handler = /\b(on[a-z]+)\s*=/i.exec(attributes)?.[1];
      if (handler) add(`hendelsesattributtet ${handler}= på <${name}> er ikke tillatt`);
      if (/^(script|iframe|style|object|embed|link|meta|base|form)$/i.test(name)) {
        add(`<${name}> er ikke tillatt i en sak`);
      } else if (/^[A-Z]/.test(name) || name.includes('.')) {
        if (!ALLOWED_COMPONENTS.includes(name)) {
          add(
            `komponenten <${name}> er ikke tillatt`,
            ALLOWED_COMPONENTS.length > 0
              ? ALLOWED_COMPONENTS.map((c) => `<${c}>`).join(', ')
              : 'ingen komponenter; bruk vanlig Markdown',
          );
        }
      } else if (!(ALLOWED_HTML as readonly string[]).includes(name.toLowerCase())) {
        add(
          `HTML-elementet <${name}> er ikke tillatt`,
          `vanlig Markdown, eller ${ALLOWED_HTML.map((t) => `<${t}>`).join(', ')}`,
        );
      } else if (!handler && /[a-z-]+\s*=/i.test(attributes.replace(/\btitle\s*=\s*("[^"]*"|'[^']*')/gi, ''))) {
        add(
          `attributter på <${name}> er ikke tillatt`,
          'bare title, for eksempel <abbr title="Kommunenes sentralforbund">KS</abbr>',
        );
      }
    }
    // Links and images: only web addresses, site paths and anchors.
    for (const url of text.matchAll(/\]\(\s*<?([^)\s>]+)|\b(?:href|src)\s*=\s*["']?([^"'\s>]+)/gi)) {
      const target = (url[1] ?? url[2] ?? '').trim();
      if (/^\s*(javascript|data|vbscript):/i.test(target)) {
        add(
          `lenken ${JSON.stringify(target.slice(0, 40))} er ikke tillatt`,
          'lenker som begynner med https://, http://, / eller #',
        );
      }
    }
  });
  return findings;
}
