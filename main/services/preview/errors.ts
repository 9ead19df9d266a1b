/**
 * Why a TIFF has no preview (`errors.tiffPreview.<kind>`). The file itself stays as it was
 * stored; the texts say so. For the UI: renderer/i18n/locales/{cs,en}/tiffPreview.ts.
 */
import { tiffPreviewTooLarge } from '../../../common/contract/preview';
import { ServiceError } from '../../../common/contract/envelope';

export function tooLargeError(bytes: number): ServiceError {
  const { code, message, params } = tiffPreviewTooLarge(bytes);
  return new ServiceError(code, message, params);
}

export function notTiffError(): ServiceError {
  return new ServiceError(
    'errors.tiffPreview.notTiff',
    'Soubor není obrázek TIFF, náhled proto nelze zobrazit. Soubor je uložen beze změny.',
  );
}

export function damagedError(): ServiceError {
  return new ServiceError(
    'errors.tiffPreview.damaged',
    'Obrázek TIFF nelze přečíst — je poškozený, neúplný nebo používá kompresi, kterou aplikace nezná. Soubor je uložen beze změny; uložte si jej a otevřete v jiném programu, případně dokument naskenujte znovu.',
  );
}

/** libvips has no decoder for the compression: named, so an administrator knows what to ask for. */
export function compressionError(compression: string): ServiceError {
  return new ServiceError(
    'errors.tiffPreview.compression',
    `Obrázek TIFF používá kompresi ${compression}, kterou aplikace neumí zobrazit. Soubor je uložen beze změny; otevřete jej v jiném programu, případně dokument naskenujte znovu s kompresí CCITT G4, LZW, ZIP nebo JPEG.`,
    { compression },
  );
}

export function imageTooLargeError(width: number, height: number, maxMegapixels: number) {
  return new ServiceError(
    'errors.tiffPreview.imageTooLarge',
    `Obrázek TIFF má ${width} × ${height} px, to je víc, než aplikace zobrazí (nejvýše ${maxMegapixels} Mpx). Soubor je uložen beze změny.`,
    { width, height, maxMegapixels },
  );
}

/** sharp (libvips) did not load: a broken or foreign-platform install. */
export function imageLibraryMissingError(): ServiceError {
  return new ServiceError(
    'errors.tiffPreview.imageLibraryMissing',
    'Knihovna pro čtení obrázků (sharp) se nenačetla, náhled TIFF proto nelze zobrazit. Přeinstalujte aplikaci; pokud potíže trvají, obraťte se na správce ORP.',
  );
}
