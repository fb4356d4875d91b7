/**
 * A result card on the search page, as HTML. One function for the build (the first cases listed
 * before any search) and the browser (Pagefind's results), so both look the same. The meta fields
 * are those of `searchMeta` in search-keywords.ts; `excerpt` is Pagefind's, already escaped with
 * <mark> around the hits, or null to show the summary.
 */
export interface CardFields {
  url: string;
  title: string;
  meta: Record<string, string | undefined>;
  /** Pagefind's excerpt HTML, or null for the escaped summary. */
  excerpt: string | null;
  /** «Passer størrelsen: …», already escaped, or ''. */
  sizeNote?: string;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function cardHtml({ url, title, meta: m, excerpt, sizeNote = '' }: CardFields): string {
  const place = [m.sted, m.storrelse]
    .filter(Boolean)
    .map((s) => escapeHtml(s!))
    .join(' · ');
  const facts = [m.status ? `Status: ${m.status}` : '', m.trinn, m.stige].filter(Boolean);
  return (
    `<h3><a href="${escapeHtml(url)}">${escapeHtml(title)}</a></h3>` +
    (place ? `<p class="sb-eyebrow">${place}</p>` : '') +
    sizeNote +
    (facts.length ? `<ul class="sb-card-facts">${facts.map((s) => `<li>${escapeHtml(s!)}</li>`).join('')}</ul>` : '') +
    (m.omrader ? `<p class="sb-muted">${escapeHtml(m.omrader)}</p>` : '') +
    `<p class="sb-excerpt">${excerpt ?? escapeHtml(m.sammendrag ?? '')}</p>`
  );
}
