/**
 * The suggestion form, improved where JavaScript runs: the answers become a readable e-mail (one
 * «Question: answer» per line, in UTF-8, which Chromium's text/plain mailto: encoding gets wrong),
 * and a draft case file appears on the page, ready to copy. Without JavaScript the form still posts
 * its answers to the mail program as text/plain.
 */

/** The answers as lines of text, in the order of the form, empty answers left out. */
export function answerLines(entries: Iterable<[string, string]>, labelOf: (name: string) => string): string[] {
  const grouped = new Map<string, string[]>();
  for (const [name, value] of entries) {
    const v = value.trim();
    if (!v) continue;
    grouped.set(name, [...(grouped.get(name) ?? []), v]);
  }
  return [...grouped].map(([name, values]) => `${labelOf(name)}: ${values.join('; ')}`);
}

/** The key from an answer such as «elderly-dementia (Eldreomsorg og demens)». */
const keyOf = (answer: string) => answer.replace(/\s*\(.*\)$/, '');

/**
 * A draft of the case file's frontmatter from the answers. Strings are written as JSON, which is
 * valid YAML, so quotes, colons and line breaks in an answer cannot break the file.
 */
export function draftCaseFile(get: (name: string) => string[]): string {
  const one = (name: string) => get(name)[0]?.trim() ?? '';
  const known = (v: string) => (v && v !== 'vet ikke' ? keyOf(v) : '');
  const str = (v: string) => JSON.stringify(v);
  const list = (values: string[]) => `[${values.map((v) => str(keyOf(v))).join(', ')}]`;
  const step = known(one('trinn'));
  const rung = known(one('arnstein'));
  const numberOrKey = (v: string) => (/^\d+$/.test(v) ? v : str(v));
  const document = known(one('kildedokument'));
  const lines = [
    '---',
    `title: ${str(one('tittel'))}`,
    `summary: ${str(one('sammendrag'))}`,
    `# Kommuner (navn, redaksjonen setter inn kommunenummer): ${one('kommuner')}`,
    ...(one('sted') ? [`place: ${str(one('sted'))}`] : []),
    `serviceAreas: ${list(get('tjenesteomrade'))}`,
    `targetGroups: ${list(get('malgruppe'))}`,
    'coCreation:',
    `  step: ${step ? numberOrKey(step) : '# vet ikke'}`,
    `  reason: ${str(one('trinn-begrunnelse'))}`,
    'arnstein:',
    `  rung: ${rung ? numberOrKey(rung) : '# vet ikke'}`,
    `  reason: ${str(one('arnstein-begrunnelse'))}`,
    `status: ${known(one('status')) || '# vet ikke'}`,
    'evidence:',
    `  level: ${known(one('dokumentasjon')) || '# vet ikke'}`,
    'sources:',
    document ? `  - document: ${document}` : `  - title: ${str(one('annen-kilde'))}`,
    `    locator: ${str(one('plassering'))}`,
    '---',
  ];
  return `${lines.join('\n')}\n`;
}

export function startSuggestForm(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-suggest]');
  const output = document.querySelector<HTMLElement>('[data-draft]');
  if (!form || !output) return;
  const address = form.dataset.address!;
  const subject = form.dataset.subject!;
  const labelOf = (name: string) =>
    form.querySelector(`[name="${CSS.escape(name)}"]`)?.getAttribute('data-label') ?? name;
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = new FormData(form);
    const entries = [...data].map(([k, v]) => [k, String(v)] as [string, string]);
    const body = answerLines(entries, labelOf).join('\n');
    const title = String(data.get('tittel') ?? '').trim();
    output.hidden = false;
    output.querySelector('pre')!.textContent = draftCaseFile((name) => data.getAll(name).map(String));
    // encodeURIComponent writes UTF-8 and %20 for spaces, which every mail program reads.
    location.href = `mailto:${address}?subject=${encodeURIComponent(title ? `${subject}: ${title}` : subject)}&body=${encodeURIComponent(body)}`;
  });
}
