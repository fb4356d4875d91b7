/**
 * Text for XML (the Atom feed, the sitemap): the five special characters escaped, and the characters
 * XML 1.0 cannot hold at all (most control characters, lone surrogates) dropped, so one odd title
 * cannot make the whole feed unreadable.
 */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlText(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
