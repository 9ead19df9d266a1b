/**
 * The refusals of reading scans (`errors.conversion.<kind>`), each naming the file
 * and, where it matters, the page (1-based, as the clerk counts). Texts for the UI:
 * renderer/i18n/locales/{cs,en}/conversionErrors.ts.
 */
import { CONVERSION_LIMITS } from '../../../../common/contract/conversion';
import { ServiceError } from '../../../../common/contract/envelope';

const where = (file: string, page: number) => `Soubor „${file}“, strana ${page}`;

export function emptyFileError(file: string): ServiceError {
  return new ServiceError(
    'errors.conversion.emptyFile',
    `Soubor „${file}“ je prázdný (0 bajtů). Naskenujte nebo zkopírujte jej znovu.`,
    { file },
  );
}

export function unknownFormatError(file: string): ServiceError {
  return new ServiceError(
    'errors.conversion.unknownFormat',
    `Soubor „${file}“ není obrázek JPEG, PNG, TIFF ani PDF. Uložte sken v jednom z těchto formátů.`,
    { file },
  );
}

export function truncatedImageError(file: string, format: string): ServiceError {
  return new ServiceError(
    'errors.conversion.truncatedImage',
    `Obrázek ${format} „${file}“ je neúplný — soubor končí uprostřed obrazových dat (ukládání nebo kopírování se nedokončilo). Naskenujte nebo zkopírujte jej znovu.`,
    { file, format },
  );
}

export function damagedImageError(file: string, page: number): ServiceError {
  return new ServiceError(
    'errors.conversion.damagedImage',
    `${where(file, page)}: obrázek je poškozený a nelze jej přečíst.`,
    { file, page },
  );
}

export function tiffCompressionError(file: string, page: number, compression: string) {
  return new ServiceError(
    'errors.conversion.tiffCompression',
    `${where(file, page)}: TIFF používá kompresi ${compression}, kterou aplikace nepřevede. Uložte sken s kompresí CCITT G4, LZW, ZIP nebo JPEG, případně bez komprese.`,
    { file, page, compression },
  );
}

export function imageTooLargeError(file: string, page: number, width: number, height: number) {
  const maxSide = CONVERSION_LIMITS.side;
  const maxMegapixels = Math.floor(CONVERSION_LIMITS.pixels / 1_000_000);
  return new ServiceError(
    'errors.conversion.imageTooLarge',
    `${where(file, page)}: obrázek má ${width} × ${height} px, to je víc, než aplikace převede (nejvýše ${maxSide} px na stranu a ${maxMegapixels} Mpx). Naskenujte dokument v menším rozlišení.`,
    { file, page, width, height, maxSide, maxMegapixels },
  );
}

export function tooManyPagesError(pages: number): ServiceError {
  const max = CONVERSION_LIMITS.pages;
  return new ServiceError(
    'errors.conversion.tooManyPages',
    `Vstup má ${pages} stran, najednou lze převést nejvýše ${max}. Rozdělte konverzi na více částí.`,
    { pages, max },
  );
}

export function noSuchPageError(file: string, page: number): ServiceError {
  return new ServiceError(
    'errors.conversion.noSuchPage',
    `${where(file, page)} ve vstupu není. Načtěte soubory znovu.`,
    { file, page },
  );
}

/**
 * The import's refusal (errors.pdf.<kind>) said of one input file: the same reason,
 * the file named (errors.conversion.pdf<Kind>).
 */
export function pdfRefusalError(file: string, refusal: ServiceError): ServiceError {
  const kind = refusal.code.replace(/^errors\.pdf\./, '');
  const code = `errors.conversion.pdf${kind.charAt(0).toUpperCase()}${kind.slice(1)}`;
  // "Soubor není platné PDF…" continues the sentence in lower case; "PDF je…" stays.
  const reason = /^\p{Lu}{2}/u.test(refusal.message)
    ? refusal.message
    : refusal.message.charAt(0).toLowerCase() + refusal.message.slice(1);
  return new ServiceError(code, `Soubor „${file}“: ${reason}`, {
    ...refusal.params,
    file,
  });
}

const megabytes = (bytes: number) => Math.ceil(bytes / (1024 * 1024));

export function tooManyFilesError(files: number): ServiceError {
  const max = CONVERSION_LIMITS.files;
  return new ServiceError(
    'errors.conversion.tooManyFiles',
    `Vybráno je ${files} souborů, najednou lze převést nejvýše ${max}.`,
    { files, max },
  );
}

export function fileTooLargeError(file: string, bytes: number): ServiceError {
  const sizeMb = megabytes(bytes);
  const maxMb = megabytes(CONVERSION_LIMITS.fileBytes);
  return new ServiceError(
    'errors.conversion.fileTooLarge',
    `Soubor „${file}“ má ${sizeMb} MB, převést lze soubor nejvýše o ${maxMb} MB. Naskenujte dokument po částech nebo v menším rozlišení.`,
    { file, sizeMb, maxMb },
  );
}

export function inputTooLargeError(bytes: number): ServiceError {
  const sizeMb = megabytes(bytes);
  const maxMb = megabytes(CONVERSION_LIMITS.totalBytes);
  return new ServiceError(
    'errors.conversion.inputTooLarge',
    `Soubory mají dohromady ${sizeMb} MB, najednou lze převést nejvýše ${maxMb} MB. Rozdělte konverzi na více částí.`,
    { sizeMb, maxMb },
  );
}

/** sharp (libvips) did not load: a broken or foreign-platform install. */
export function imageLibraryMissingError(): ServiceError {
  return new ServiceError(
    'errors.conversion.imageLibraryMissing',
    'Knihovna pro čtení obrázků (sharp) se nenačetla, skeny proto nelze převést. Přeinstalujte aplikaci; pokud potíže trvají, obraťte se na správce ORP.',
  );
}
