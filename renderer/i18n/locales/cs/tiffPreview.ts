/** The in-app preview of a TIFF scan, drawn by main (`tiffPreview.*`). */
export const tiffPreview = {
  firstPageOf: 'Náhled: strana 1 z {{total}}',
};

/** Why a TIFF has no preview (`errors.tiffPreview.<kind>`, from main/services/preview). */
export const tiffPreviewErrors = {
  tooLarge:
    'Soubor má {{sizeMb}} MB, náhled se zobrazí jen u souboru nejvýše o {{maxMb}} MB. Soubor je uložen beze změny.',
  notTiff: 'Soubor není obrázek TIFF, náhled proto nelze zobrazit. Soubor je uložen beze změny.',
  damaged:
    'Obrázek TIFF nelze přečíst — je poškozený, neúplný nebo používá kompresi, kterou aplikace nezná. Soubor je uložen beze změny; uložte si jej a otevřete v jiném programu, případně dokument naskenujte znovu.',
  compression:
    'Obrázek TIFF používá kompresi {{compression}}, kterou aplikace neumí zobrazit. Soubor je uložen beze změny; otevřete jej v jiném programu, případně dokument naskenujte znovu s kompresí CCITT G4, LZW, ZIP nebo JPEG.',
  imageTooLarge:
    'Obrázek TIFF má {{width}} × {{height}} px, to je víc, než aplikace zobrazí (nejvýše {{maxMegapixels}} Mpx). Soubor je uložen beze změny.',
  imageLibraryMissing:
    'Knihovna pro čtení obrázků (sharp) se nenačetla, náhled TIFF proto nelze zobrazit. Přeinstalujte aplikaci; pokud potíže trvají, obraťte se na správce ORP.',
};
