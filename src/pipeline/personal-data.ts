/**
 * Personal contact data may not be published: a case names roles and organisations, never a
 * person's e-mail address or phone number. Functional addresses (postmottak@…) are allowed.
 * These patterns run over text values the parser has already separated from markup.
 */
import { FUNCTIONAL_MAILBOXES } from '../model/body-rules.ts';

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
/**
 * Norwegian phone numbers: 8 digits starting with 2–9, written together or grouped as 2+2+2+2 or
 * 3+2+3, with or without +47 / 0047 in front. Years («2015 2016») and amounts («12 345 678») have
 * other groupings and are not matched.
 */
const PHONE =
  /(?<![\p{N}])(?:(?:\+|00)47[ \u00a0]?)?(?:[2-9]\d{7}|[2-9]\d(?:[ \u00a0]\d{2}){3}|[2-9]\d{2}[ \u00a0]\d{2}[ \u00a0]\d{3})(?![\p{N}])/gu;

export function isFunctionalAddress(address: string): boolean {
  const local = address.split('@')[0]!.toLowerCase();
  return (FUNCTIONAL_MAILBOXES as readonly string[]).includes(local);
}

/** The personal e-mail addresses and phone numbers in a text. */
export function personalContacts(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(EMAIL)) if (!isFunctionalAddress(m[0])) found.push(m[0]);
  for (const m of text.matchAll(PHONE)) found.push(m[0]);
  return found;
}

export const CONTACT_RULE =
  'en rolle og en organisasjon (for eksempel «prosjektleder, Trondheim kommune»), eller en funksjonsadresse som ' +
  FUNCTIONAL_MAILBOXES.slice(0, 3)
    .map((m) => `${m}@…`)
    .join(', ');
