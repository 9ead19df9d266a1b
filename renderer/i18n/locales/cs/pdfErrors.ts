/** PDF/A writing and PDF import (`errors.pdf.<kind>`), spread into the `pdf` block of errors.ts. */
export const pdfErrors = {
  missingGlyph:
    'Znak „{{char}}“ ({{codePoint}}) v písmu pro PDF chybí — dopis nelze vytvořit. Nahraďte jej jiným znakem.',
  colorProfileMissing: 'Barevný profil pro PDF/A chybí ({{path}}). Přeinstalujte aplikaci.',
  colorProfileBroken: 'Barevný profil pro PDF/A je poškozený ({{path}}). Přeinstalujte aplikaci.',
  encrypted:
    'PDF je zašifrované nebo chráněné heslem, proto je nelze převést do PDF/A. Uložte je bez ochrany a vložte znovu.',
  corrupted:
    'Soubor není platné PDF nebo je poškozený ({{reason}}), proto jej nelze převést do PDF/A.',
  javascript: 'PDF obsahuje JavaScript nebo jiné akce ({{what}}), proto je nelze převést do PDF/A.',
  fontNotEmbedded:
    'PDF používá písmo „{{font}}“, které v něm není vložené, proto je nelze převést do PDF/A. Vytvořte PDF znovu s vloženými písmy.',
  transparency:
    'PDF používá průhlednost ({{what}}). Aplikace ji v PDF/A neumí ověřit, proto soubor nepřevede. Vytvořte PDF bez průhlednosti, např. jako PDF/A-1b.',
  unsupportedFeature: 'PDF obsahuje {{feature}}, to aplikace do PDF/A nepřevede.',
};
