/**
 * Reading a clause back in the tests, and what every test clause states in the same
 * words: who converted and when (the same in all of them), the refusal of an encrypted
 * input. Used by tests only.
 */
import { expect } from 'vitest';
import { pdfText } from '../../pdf/testTools';

/** The text of pages `first`–`last` (1-based), white space folded to single spaces. */
export async function pagesText(pdf: Uint8Array, first: number, last = first): Promise<string> {
  return (await pdfText(pdf, { first, last })).replace(/\s+/g, ' ');
}

/** Who converted and when, as every test clause of § 25 says it. */
export const TEST_CONVERSION = {
  body: 'Obecní úřad Horní Lhota',
  person: 'Marie Šťastná',
  convertedAt: '2026-03-02T09:30:00+01:00',
};

/**
 * The items both clauses of § 25 zákona 300/2008 Sb. word alike, as TEST_CONVERSION
 * fills them in: the heading, who made the conversion (písm. a), the clause's number
 * (písm. b), the date of the clause and the person.
 */
export function expectConverterItems(text: string, heading: string, number: string): void {
  expect(text).toContain(heading);
  expect(text).toContain(`Název subjektu, který konverzi provedl: ${TEST_CONVERSION.body}`);
  expect(text).toContain(`Pořadové číslo / Číslo ověřovací doložky: ${number}`);
  expect(text).toContain('Datum vyhotovení ověřovací doložky: 2. 3. 2026');
  expect(text).toContain(
    `Jméno a příjmení osoby, která konverzi provedla: ${TEST_CONVERSION.person}`,
  );
}

/** How a conversion refuses an encrypted input. */
export const INPUT_ENCRYPTED = {
  code: 'errors.conversion.inputEncrypted',
  message:
    'PDF je zašifrované nebo chráněné heslem, proto je nelze konvertovat ani ověřit jeho podpis. Vyžádejte si soubor bez ochrany.',
};
