/**
 * Ověřovací doložky konverze, převod z elektronické do listinné podoby a změna datového
 * formátu (`errors.conversion.<kind>`), k rozprostření do bloku `conversion` v errors.ts.
 */
export const conversionClauseErrors = {
  inputEncrypted:
    'PDF je zašifrované nebo chráněné heslem, proto je nelze konvertovat ani ověřit jeho podpis. Vyžádejte si soubor bez ochrany.',
  inputCorrupted:
    'Soubor není čitelné PDF nebo je poškozený ({{reason}}), proto jej nelze konvertovat.',
  inputJavascript:
    'PDF obsahuje JavaScript nebo jiné akce ({{what}}). Jeho obsah se může při zobrazení měnit, proto jej nelze konvertovat.',
  invalidNotConfirmed:
    'Podpis, pečeť nebo časové razítko vstupu se nepodařilo ověřit jako platné. Konverzi lze provést, jen když potvrdíte, že o tom víte — doložka to pak uvede.',
  clauseMissingGlyph:
    'Znak „{{char}}“ ({{codePoint}}) v údaji „{{field}}“ nelze písmem doložky vytisknout, proto doložku nelze vytvořit. Nahraďte jej jiným znakem.',
  clauseTooLong:
    'Údaje doložky se nevejdou na jednu stránku. Zkraťte je (např. popis prvku, který nelze přenést).',
  outputTooManyPages:
    'Výstup by měl {{pages}} stran, konvertovat lze nejvýše {{limit}} stran najednou.',
  formatEmpty: 'Soubor je prázdný (0 bajtů), není co převést do výstupního formátu.',
  formatUnsupported:
    'Formát {{format}} aplikace do výstupního formátu PDF/A nepřevede. Převést lze PDF, obrázky JPEG, PNG a TIFF a prostý text v kódování UTF-8.',
  textMissingGlyph:
    'Text obsahuje na řádku {{line}} znak „{{char}}“ ({{codePoint}}), který písmo výstupního formátu nezobrazí. Převod by nebyl úplný, proto nebyl proveden.',
};
