import { deflateSync } from 'node:zlib';
import {
  concatTransformationMatrix,
  drawObject,
  popGraphicsState,
  pushGraphicsState,
  type PDFDocument,
  type PDFPage,
  type PDFRef,
} from 'pdf-lib';
import { decodeBase64 } from '../../../common/bytes/base64';
import { ServiceError } from '../../../common/contract/envelope';
import { sniffLogoMime } from '../../../common/letters/logo';
import type { LetterLogo } from '../../../common/letters/model';
import { readJpegInfo } from './letterJpeg';
import { decodePngOnWhite, type RgbImage } from './letterPng';

export type PreparedLogo =
  | { kind: 'rgb'; image: RgbImage }
  | { kind: 'jpeg'; bytes: Uint8Array; width: number; height: number };

export interface EmbeddedLogo {
  ref: PDFRef;
  /** Pixels, for the aspect ratio. */
  width: number;
  height: number;
}

const unreadable = () =>
  new ServiceError(
    'errors.letters.logoUnreadable',
    'Logo v hlavičce nelze přečíst — soubor je poškozený nebo to není obrázek PNG či JPEG. Nahrajte logo v šabloně znovu.',
  );

/**
 * Decodes the logo before anything is drawn, so a broken file is refused with a
 * clear message instead of breaking the PDF. The bytes decide the format, not the
 * declared type.
 */
export function prepareLogo(logo: LetterLogo): PreparedLogo {
  let bytes: Uint8Array;
  try {
    bytes = decodeBase64(logo.base64);
  } catch {
    throw unreadable();
  }
  const mime = sniffLogoMime(bytes);
  if (mime === 'image/png') {
    try {
      return { kind: 'rgb', image: decodePngOnWhite(bytes) };
    } catch {
      throw unreadable();
    }
  }
  if (mime === 'image/jpeg') {
    const info = readJpegInfo(bytes);
    if (info && info.components === 4) {
      throw new ServiceError(
        'errors.letters.logoCmyk',
        'Logo je obrázek JPEG v barvách CMYK (pro tiskárnu). Uložte jej v barvách RGB a nahrajte v šabloně znovu.',
      );
    }
    const usable =
      info &&
      info.precision === 8 &&
      (info.components === 1 || info.components === 3) &&
      info.width > 0 &&
      info.height > 0;
    if (!usable) throw unreadable();
    return { kind: 'jpeg', bytes, width: info.width, height: info.height };
  }
  throw unreadable();
}

/**
 * Puts the logo into the document as an opaque image: PNG pixels (already composed
 * onto white) as 8-bit DeviceRGB with Flate, a JPEG as it is. No soft mask, no
 * interpolation flag — both would trouble PDF/A.
 */
export async function embedLogo(doc: PDFDocument, logo: PreparedLogo): Promise<EmbeddedLogo> {
  if (logo.kind === 'jpeg') {
    const image = await doc.embedJpg(logo.bytes);
    return { ref: image.ref, width: logo.width, height: logo.height };
  }
  const { width, height, rgb } = logo.image;
  const stream = doc.context.stream(deflateSync(rgb), {
    Type: 'XObject',
    Subtype: 'Image',
    Width: width,
    Height: height,
    ColorSpace: 'DeviceRGB',
    BitsPerComponent: 8,
    Filter: 'FlateDecode',
  });
  return { ref: doc.context.register(stream), width, height };
}

/** The logo's drawn size: as large as fits the box, never distorted. */
export function logoSize(
  logo: Pick<EmbeddedLogo, 'width' | 'height'>,
  maxWidth: number,
  maxHeight: number,
): { width: number; height: number } {
  const scale = Math.min(maxWidth / logo.width, maxHeight / logo.height);
  return { width: logo.width * scale, height: logo.height * scale };
}

/** Draws the logo with its lower-left corner at (x, y). */
export function drawLogo(
  page: PDFPage,
  logo: EmbeddedLogo,
  x: number,
  y: number,
  size: { width: number; height: number },
): void {
  const name = page.node.newXObject('Logo', logo.ref);
  page.pushOperators(
    pushGraphicsState(),
    concatTransformationMatrix(size.width, 0, 0, size.height, x, y),
    drawObject(name),
    popGraphicsState(),
  );
}
