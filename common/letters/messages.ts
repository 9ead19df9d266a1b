import type { ValidationIssue } from '../domain/validation';
import { LABEL_SHEET_POSITIONS } from './model';

/**
 * Czech texts of the letter validation issues (`letters.validation.<name>`). They live
 * in common because main words its errors with them too; the renderer's Czech catalog
 * takes them from here, the English one has its own.
 */
export const LETTER_VALIDATION_CS = {
  invalid: 'Hodnota není platná.',
  tooLong: 'Text je příliš dlouhý (nejvýše {{max}} znaků).',
  tooManyLines: 'Příliš mnoho řádků (nejvýše {{max}}).',
  lineEmpty: 'Prázdný řádek vynechte.',
  templateIdRequired: 'Šablona nemá identifikátor.',
  templateNameRequired: 'Vyplňte název šablony.',
  organizationNameRequired: 'Vyplňte název úřadu v hlavičce.',
  ico: 'IČO musí mít 8 číslic a platnou kontrolní číslici.',
  databoxId: 'ID datové schránky má 7 znaků (malá písmena a číslice).',
  email: 'E-mailová adresa není platná.',
  logoEncoding: 'Soubor loga se nepodařilo načíst (poškozená data).',
  logoTooLarge: 'Logo je příliš velké — nejvýše {{maxKb}} kB.',
  logoFormat: 'Logo musí být obrázek PNG nebo JPEG.',
  logoMimeMismatch: 'Obsah souboru loga neodpovídá jeho typu ({{mime}}).',
  signerNameRequired: 'Vyplňte jméno toho, kdo dopis podepisuje.',
  signerFunctionRequired: 'Vyplňte funkci toho, kdo dopis podepisuje.',
  addresseeNameRequired: 'Vyplňte adresáta.',
  addressRequired: 'Vyplňte adresu adresáta (nebo ID jeho datové schránky).',
  postalAddressRequired: 'Pro poštu vyplňte poštovní adresu adresáta.',
  ourRefRequired: 'Vyplňte číslo jednací.',
  handlerNameRequired: 'Vyplňte, kdo věc vyřizuje.',
  dateInvalid: 'Datum není platné (očekává se RRRR-MM-DD).',
  subjectRequired: 'Vyplňte věc dopisu.',
  subjectTooLong: 'Věc je příliš dlouhá (nejvýše {{max}} znaků).',
  bodyRequired: 'Napište text dopisu.',
  bodyTooLong: 'Text dopisu je příliš dlouhý (nejvýše {{max}} znaků).',
  tooManyAttachments: 'Příloh je příliš mnoho (nejvýše {{max}}).',
  attachmentEmpty: 'Název přílohy nesmí být prázdný.',
  senderRequired: 'Vyplňte adresu odesílatele.',
  labelPosition: `Pozice štítku musí být 1 až ${LABEL_SHEET_POSITIONS}.`,
} as const;

export type LetterIssueName = keyof typeof LETTER_VALIDATION_CS;

export const LETTER_ISSUE_PREFIX = 'letters.validation.';

/** The i18n key of an issue name. */
export const letterIssue = (name: LetterIssueName): string => `${LETTER_ISSUE_PREFIX}${name}`;

function isIssueName(name: string): name is LetterIssueName {
  return Object.hasOwn(LETTER_VALIDATION_CS, name);
}

/** The Czech sentence of an issue, its placeholders filled. */
export function letterIssueText(issue: ValidationIssue): string {
  const name = issue.message.startsWith(LETTER_ISSUE_PREFIX)
    ? issue.message.slice(LETTER_ISSUE_PREFIX.length)
    : 'invalid';
  const template = LETTER_VALIDATION_CS[isIssueName(name) ? name : 'invalid'];
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => {
    const value = issue.params?.[key];
    return value === undefined ? whole : String(value);
  });
}
