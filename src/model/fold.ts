/**
 * Lower case with æøå and diacritics folded, for matching what people type: «Baerum» finds Bærum,
 * «Karasjohka» finds Kárášjohka. No dependencies, so the browser scripts can use it too.
 */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/[øö]/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ŋ/g, 'n')
    .replace(/đ/g, 'd')
    .replace(/ŧ/g, 't');
}
