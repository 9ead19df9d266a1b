import type { Catalog } from '../../catalog';
import type { tiffPreview as cs, tiffPreviewErrors as csErrors } from '../cs/tiffPreview';

/** The in-app preview of a TIFF scan, drawn by main (`tiffPreview.*`). */
export const tiffPreview: Catalog<typeof cs> = {
  firstPageOf: 'Preview: page 1 of {{total}}',
};

/** Why a TIFF has no preview (`errors.tiffPreview.<kind>`, from main/services/preview). */
export const tiffPreviewErrors: Catalog<typeof csErrors> = {
  tooLarge:
    'The file has {{sizeMb}} MB; a preview is shown only for files of at most {{maxMb}} MB. The file is stored unchanged.',
  notTiff: 'The file is not a TIFF image, so it cannot be previewed. The file is stored unchanged.',
  damaged:
    'The TIFF image cannot be read — it is damaged, incomplete or uses a compression the application does not know. The file is stored unchanged; save it and open it in another program, or scan the document again.',
  compression:
    'The TIFF image uses the compression {{compression}}, which the application cannot show. The file is stored unchanged; open it in another program, or scan the document again with CCITT G4, LZW, ZIP or JPEG compression.',
  imageTooLarge:
    'The TIFF image has {{width}} × {{height}} px, more than the application shows (at most {{maxMegapixels}} Mpx). The file is stored unchanged.',
  imageLibraryMissing:
    'The image library (sharp) did not load, so the TIFF cannot be previewed. Reinstall the application; if the problem persists, contact the ORP administrator.',
};
