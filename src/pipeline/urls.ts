/**
 * Whether a link or image address in a body may be published. The parser has already decoded
 * character references (&#106; → j, &colon; → :); this also drops what browsers ignore in a URL
 * (leading spaces and control characters, tabs and line breaks anywhere) before reading the scheme,
 * so «java\tscript:» and « javascript:» are seen as what a browser would run.
 */
import { ALLOWED_SCHEMES } from '../model/body-rules.ts';
import { isFunctionalAddress } from './personal-data.ts';

export type UrlVerdict = { ok: true } | { ok: false; reason: string };

export function checkUrl(raw: string): UrlVerdict {
  // Percent-encoding hides nothing: the address must pass both as written and decoded.
  const decoded = safeDecode(raw);
  return decoded === raw ? checkOne(raw) : ((v) => (v.ok ? checkOne(decoded) : v))(checkOne(raw));
}

function checkOne(raw: string): UrlVerdict {
  // eslint-disable-next-line no-control-regex
  const url = raw.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
  if (url.startsWith('#')) return { ok: true };
  if (url.startsWith('/')) {
    // «//host» and «/\host» leave the site: a browser reads both as another host.
    return /^\/[/\\]/.test(url)
      ? { ok: false, reason: 'lenker som begynner med // går til et annet nettsted' }
      : { ok: true };
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined) {
    return { ok: false, reason: 'relative lenker virker ikke på alle sider' };
  }
  if (!(ALLOWED_SCHEMES as readonly string[]).includes(scheme)) {
    return { ok: false, reason: `lenker med ${scheme}: er ikke tillatt` };
  }
  if (scheme === 'mailto') {
    const address = safeDecode(url.slice('mailto:'.length).split('?')[0] ?? '');
    if (!isFunctionalAddress(address)) return { ok: false, reason: 'e-post til en person er ikke tillatt' };
  }
  if ((scheme === 'http' || scheme === 'https') && !/^https?:\/\/[^/\\\s]/i.test(url)) {
    return { ok: false, reason: 'nettadressen mangler vertsnavn' };
  }
  return { ok: true };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
