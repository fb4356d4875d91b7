/**
 * The parts of the search island that are not needed for the first answer, in a module of their own
 * so the island's first script stays small: the ticked filters as removable chips, which municipality
 * of a case matched the size filters, and «kommuner på størrelse med min».
 */
import { escapeHtml } from '../lib/search-card.ts';

const labelOf = (form: HTMLFormElement, box: HTMLInputElement) =>
  form.querySelector(`label[for="${box.id}"]`)?.firstChild?.textContent?.trim() ?? box.value;

/** The ticked filters as removable chips, and their number on the filter disclosure. */
export function renderChips(
  form: HTMLFormElement,
  boxes: HTMLInputElement[],
  chips: HTMLElement,
  count: HTMLElement,
  remove: (box: HTMLInputElement) => void,
): void {
  const ticked = boxes.filter((c) => c.checked);
  chips.querySelector('ul')!.replaceChildren(
    ...ticked.map((box) => {
      const li = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sb-chip';
      const group = box.closest('fieldset')?.querySelector('legend')?.textContent ?? '';
      button.innerHTML = `${escapeHtml(labelOf(form, box))} <span aria-hidden="true">×</span><span class="sb-visually-hidden"> (fjern filteret ${escapeHtml(group)})</span>`;
      button.addEventListener('click', () => remove(box));
      li.append(button);
      return li;
    }),
  );
  chips.hidden = ticked.length === 0;
  count.textContent = ticked.length === 0 ? '' : `(${ticked.length} valgt)`;
}

/**
 * Which municipalities of a case made it pass the size filters, when it has more than one and not
 * all of them do. `kommuner` is the case's «name|population|class|band;…» metadata.
 */
export function sizeNote(kommuner: string | undefined, boxes: HTMLInputElement[]): string {
  const ticked = (name: string) => boxes.filter((c) => c.name === name && c.checked).map((c) => c.value);
  const classes = ticked('storrelse');
  const bands = ticked('innbyggere');
  const ms = (kommuner ?? '')
    .split(';')
    .filter(Boolean)
    .map((s) => s.split('|'));
  if (ms.length < 2 || (classes.length === 0 && bands.length === 0)) return '';
  const hits = ms.filter(
    ([, , cls, band]) =>
      (classes.length === 0 || classes.includes(cls!)) && (bands.length === 0 || bands.includes(band!)),
  );
  if (hits.length === 0 || hits.length === ms.length) return '';
  return `<p class="sb-muted">Passer størrelsen: ${hits.map(([name, pop]) => `${escapeHtml(name!)} (${escapeHtml(pop!)} innbyggere)`).join(', ')}</p>`;
}

/** Ticks the chosen municipality's population band and the ones next to it; false if it is not one. */
export function chooseMunicipality(
  form: HTMLFormElement,
  boxes: HTMLInputElement[],
  input: HTMLInputElement,
  note: HTMLElement | null,
): boolean {
  const option = form.querySelector<HTMLOptionElement>(`#sok-kommuner option[value="${CSS.escape(input.value)}"]`);
  if (!option || !note) return false;
  const bands = boxes.filter((c) => c.name === 'innbyggere');
  const at = bands.findIndex((c) => c.value === option.dataset.band);
  for (const [i, box] of bands.entries()) box.checked = Math.abs(i - at) <= 1;
  const labels = bands.filter((c) => c.checked).map((c) => labelOf(form, c));
  note.textContent = `${input.value} har ${option.dataset.population} innbyggere. Valgt: ${labels.join(', ')}.`;
  form.querySelector<HTMLDetailsElement>('details[data-group="innbyggere"]')!.open = true;
  return true;
}
