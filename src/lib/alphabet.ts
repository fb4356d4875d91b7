/**
 * An A–Z index in Norwegian order: entries sorted with Norwegian collation (Æ, Ø, Å after Z) and
 * grouped under their first letter. Pure, so it is tested without a build.
 */
const collator = new Intl.Collator('nb', { sensitivity: 'base', numeric: true });

/** The heading letter of a title: Æ, Ø and Å are letters of their own; É and Ü go under E and U. */
export function indexLetter(title: string): string {
  const first = title.trim().charAt(0).toLocaleUpperCase('nb');
  if ('ÆØÅ'.includes(first)) return first;
  const plain = first.normalize('NFD').replace(/\p{M}/gu, '');
  return /^[A-Z]$/.test(plain) ? plain : '#';
}

export interface LetterGroup<T> {
  letter: string;
  items: T[];
}

/** Groups entries under their first letter, letters and entries both in Norwegian order. */
export function byLetter<T>(items: readonly T[], title: (item: T) => string): LetterGroup<T>[] {
  const sorted = [...items].sort((a, b) => collator.compare(title(a), title(b)));
  const groups = new Map<string, T[]>();
  for (const item of sorted) {
    const letter = indexLetter(title(item));
    groups.set(letter, [...(groups.get(letter) ?? []), item]);
  }
  // «#» (titles starting with a digit or sign) first, then the alphabet.
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '#' ? -1 : b === '#' ? 1 : collator.compare(a, b)))
    .map(([letter, list]) => ({ letter, items: list }));
}
