/**
 * Why a TIFF has no preview (`errors.tiffPreview.<kind>`). The file itself stays as it was
 * stored; the texts say so. For the UI: renderer/i18n/locales/{cs,en}/tiffPreview.ts.
 */
import { MAX_ATTACHMENT_BYTES } from '../../../common/domain/attachments';
import { ServiceError } from '../../../common/contract/envelope';

const megabytes = (bytes: number) => Math.ceil(bytes / (1024 * 1024));

export function tooLargeError(bytes: number): ServiceError {
  const sizeMb = megabytes(bytes);
  const maxMb = megabytes(MAX_ATTACHMENT_BYTES);
  return new ServiceError(
    'errors.tiffPreview.tooLarge',
    `Soubor má ${sizeMb} MB, náhled se zobrazí jen u souboru nejvýše o ${maxMb} MB. Soubor je uložen beze změny.`,
    { sizeMb, maxMb },
  );
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
