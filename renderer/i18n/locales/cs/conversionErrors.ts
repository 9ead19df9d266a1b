/** Reading scans for a conversion (`errors.conversion.<kind>`), main/services/conversion/scans. */
export const conversionErrors = {
  imageLibraryMissing:
    'Knihovna pro čtení obrázků (sharp) se nenačetla, skeny proto nelze převést. Přeinstalujte aplikaci; pokud potíže trvají, obraťte se na správce ORP.',
  emptyFile: 'Soubor „{{file}}“ je prázdný (0 bajtů). Naskenujte nebo zkopírujte jej znovu.',
  unknownFormat:
    'Soubor „{{file}}“ není obrázek JPEG, PNG, TIFF ani PDF. Uložte sken v jednom z těchto formátů.',
  truncatedImage:
    'Obrázek {{format}} „{{file}}“ je neúplný — soubor končí uprostřed obrazových dat (ukládání nebo kopírování se nedokončilo). Naskenujte nebo zkopírujte jej znovu.',
  damagedImage: 'Soubor „{{file}}“, strana {{page}}: obrázek je poškozený a nelze jej přečíst.',
  tiffCompression:
    'Soubor „{{file}}“, strana {{page}}: TIFF používá kompresi {{compression}}, kterou aplikace nepřevede. Uložte sken s kompresí CCITT G4, LZW, ZIP nebo JPEG, případně bez komprese.',
  imageTooLarge:
    'Soubor „{{file}}“, strana {{page}}: obrázek má {{width}} × {{height}} px, to je víc, než aplikace převede (nejvýše {{maxSide}} px na stranu a {{maxMegapixels}} Mpx). Naskenujte dokument v menším rozlišení.',
  tooManyPages:
    'Vstup má {{pages}} stran, najednou lze převést nejvýše {{max}}. Rozdělte konverzi na více částí.',
  noSuchPage: 'Soubor „{{file}}“, strana {{page}} ve vstupu není. Načtěte soubory znovu.',
  tooManyFiles: 'Vybráno je {{files}} souborů, najednou lze převést nejvýše {{max}}.',
  fileTooLarge:
    'Soubor „{{file}}“ má {{sizeMb}} MB, převést lze soubor nejvýše o {{maxMb}} MB. Naskenujte dokument po částech nebo v menším rozlišení.',
  inputTooLarge:
    'Soubory mají dohromady {{sizeMb}} MB, najednou lze převést nejvýše {{maxMb}} MB. Rozdělte konverzi na více částí.',
  pdfEncrypted:
    'Soubor „{{file}}“: PDF je zašifrované nebo chráněné heslem, proto je nelze převést do PDF/A. Uložte je bez ochrany a vložte znovu.',
  pdfCorrupted:
    'Soubor „{{file}}“: soubor není platné PDF nebo je poškozený ({{reason}}), proto jej nelze převést do PDF/A.',
  pdfJavascript:
    'Soubor „{{file}}“: PDF obsahuje JavaScript nebo jiné akce ({{what}}), proto je nelze převést do PDF/A.',
  pdfFontNotEmbedded:
    'Soubor „{{file}}“: PDF používá písmo „{{font}}“, které v něm není vložené, proto je nelze převést do PDF/A. Vytvořte PDF znovu s vloženými písmy.',
  pdfTransparency:
    'Soubor „{{file}}“: PDF používá průhlednost ({{what}}). Aplikace ji v PDF/A neumí ověřit, proto soubor nepřevede. Vytvořte PDF bez průhlednosti, např. jako PDF/A-1b.',
  pdfUnsupportedFeature:
    'Soubor „{{file}}“: PDF obsahuje {{feature}}, to aplikace do PDF/A nepřevede.',
};
