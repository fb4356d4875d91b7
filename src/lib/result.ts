/**
 * A case's result in one sentence, for the top of its page: the first sentence of the body's
 * «Resultater» section, as the case itself words it (never written anew). Where that section does
 * not open with a paragraph (a table, a list), or the sentence cannot be cut out safely, there is
 * no one-liner and the page links to the section instead.
 */

const HEADING = /^##\s+Resultater?\s*$/m;
// Abbreviations that end in a full stop without ending the sentence.
const ABBREVIATIONS = /(?:^|[\s(])(?:kap|Meld|St|nr|bl\.a|f\.eks|ca|mill|mrd|pst|jf|dvs|o\.l|osv|mv|vedl|s)\.$/;
const MAX = 280;

/** Markdown inline syntax removed: links keep their text, emphasis and code marks go. */
function plain(markdown: string): string {
  return markdown
    .replace(/\[\^[^\]]*\]/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|`)(.+?)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim();
}

export function resultSentence(body: string | undefined): string | undefined {
  if (!body) return undefined;
  const match = HEADING.exec(body);
  if (!match) return undefined;
  const rest = body.slice(match.index + match[0].length);
  const paragraph = rest
    .split(/\n\s*\n/)
    .find((p) => p.trim().length > 0)
    ?.trim();
  // A table, list, heading, quote or component is not a sentence to lift.
  if (!paragraph || /^[|\-*#>+<\d]/.test(paragraph)) return undefined;
  const text = plain(paragraph);
  for (let i = text.indexOf('. '); i !== -1; i = text.indexOf('. ', i + 1)) {
    const before = text.slice(0, i + 1);
    if (ABBREVIATIONS.test(before)) continue;
    if (!/^[A-ZÆØÅ«"(]/.test(text.slice(i + 2))) continue;
    return before.length <= MAX ? before : undefined;
  }
  return text.length <= MAX && /[.!?]$/.test(text) ? text : undefined;
}
