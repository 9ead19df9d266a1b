/**
 * The user-facing failures of the verification clauses, electronic → paper and the
 * format change (`errors.conversion.<kind>`); their Czech and English texts are in
 * renderer/i18n/locales/{cs,en}/conversionClauses.ts.
 */
import { ServiceError } from '../../../../common/contract/envelope';

export const inputEncrypted = () =>
  new ServiceError(
    'errors.conversion.inputEncrypted',
    'PDF je zašifrované nebo chráněné heslem, proto je nelze konvertovat ani ověřit jeho podpis. Vyžádejte si soubor bez ochrany.',
  );

export const inputCorrupted = (reason: string) =>
  new ServiceError(
    'errors.conversion.inputCorrupted',
    `Soubor není čitelné PDF nebo je poškozený (${reason}), proto jej nelze konvertovat.`,
    { reason },
  );

export const inputJavascript = (what: string) =>
  new ServiceError(
    'errors.conversion.inputJavascript',
    `PDF obsahuje JavaScript nebo jiné akce (${what}). Jeho obsah se může při zobrazení měnit, proto jej nelze konvertovat.`,
    { what },
  );

export const invalidNotConfirmed = () =>
  new ServiceError(
    'errors.conversion.invalidNotConfirmed',
    'Podpis, pečeť nebo časové razítko vstupu se nepodařilo ověřit jako platné. Konverzi lze provést, jen když potvrdíte, že o tom víte — doložka to pak uvede.',
  );

export const clauseMissingGlyph = (char: string, codePoint: string, field: string) =>
  new ServiceError(
    'errors.conversion.clauseMissingGlyph',
    `Znak „${char}“ (${codePoint}) v údaji „${field}“ nelze písmem doložky vytisknout, proto doložku nelze vytvořit. Nahraďte jej jiným znakem.`,
    { char, codePoint, field },
  );

export const clauseTooLong = () =>
  new ServiceError(
    'errors.conversion.clauseTooLong',
    'Údaje doložky se nevejdou na jednu stránku. Zkraťte je (např. popis prvku, který nelze přenést).',
  );

export const outputTooManyPages = (pages: number, limit: number) =>
  new ServiceError(
    'errors.conversion.outputTooManyPages',
    `Výstup by měl ${pages} stran, konvertovat lze nejvýše ${limit} stran najednou.`,
    { pages, limit },
  );

export const formatEmpty = () =>
  new ServiceError(
    'errors.conversion.formatEmpty',
    'Soubor je prázdný (0 bajtů), není co převést do výstupního formátu.',
  );

export const formatUnsupported = (format: string) =>
  new ServiceError(
    'errors.conversion.formatUnsupported',
    `Formát ${format} aplikace do výstupního formátu PDF/A nepřevede. Převést lze PDF, obrázky JPEG, PNG a TIFF a prostý text v kódování UTF-8.`,
    { format },
  );

export const textMissingGlyph = (char: string, codePoint: string, line: number) =>
  new ServiceError(
    'errors.conversion.textMissingGlyph',
    `Text obsahuje na řádku ${line} znak „${char}“ (${codePoint}), který písmo výstupního formátu nezobrazí. Převod by nebyl úplný, proto nebyl proveden.`,
    { char, codePoint, line },
  );
