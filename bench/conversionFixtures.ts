import sharp from 'sharp';

/**
 * What the conversion bench converts, the same pixels every run: A4 pages at 300 dpi as
 * a scanner saves them (text lines on off-white paper, JPEG quality 85 with the DPI in
 * JFIF), and one multi-page black-and-white TIFF (CCITT G4) as office scanners make.
 */

export const A4_300DPI = { width: 2480, height: 3508 } as const;

const LINE =
  'Obecní úřad posoudil Vaši žádost a dospěl k závěru, že podmínky stanovené zákonem byly splněny.';

function pageSvg(page: number): string {
  const lines: string[] = [];
  for (let row = 0; row < 60; row++) {
    const y = 300 + row * 50;
    lines.push(
      `<text x="240" y="${y}" font-family="DejaVu Sans" font-size="30" fill="#222">${row === 0 ? `Strana ${page + 1}` : LINE}</text>`,
    );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${A4_300DPI.width}" height="${A4_300DPI.height}"><rect width="100%" height="100%" fill="#f4f2ec"/>${lines.join('')}</svg>`;
}

/** One scanned page as JPEG (colour, 300 dpi). */
export async function scannedJpeg(page: number): Promise<Uint8Array> {
  return new Uint8Array(
    await sharp(Buffer.from(pageSvg(page)), { density: 72 })
      .flatten({ background: '#f4f2ec' })
      .jpeg({ quality: 85 })
      .withMetadata({ density: 300 })
      .toBuffer(),
  );
}

/** `count` scanned pages; pages repeat every 4 (the encoder's work does not depend on the text). */
export async function scannedJpegs(count: number): Promise<Uint8Array[]> {
  const distinct = await Promise.all([0, 1, 2, 3].map((page) => scannedJpeg(page)));
  return Array.from({ length: count }, (_, index) => distinct[index % distinct.length]!);
}

/** A multi-page TIFF, 1 bit per pixel, CCITT G4, 300 dpi. */
export async function scannedTiff(pages: number): Promise<Uint8Array> {
  const page = await sharp(Buffer.from(pageSvg(0)), { density: 72 })
    .flatten({ background: '#ffffff' })
    .greyscale()
    .threshold(160)
    .raw()
    .toBuffer({ resolveWithObject: true });
  const frames = Array.from({ length: pages }, () =>
    sharp(page.data, {
      raw: { width: page.info.width, height: page.info.height, channels: page.info.channels },
    })
      .png()
      .toBuffer(),
  );
  return new Uint8Array(
    await sharp(await Promise.all(frames), { join: { animated: true } })
      // One band: libtiff's G4 encoder takes 1 bit per sample only.
      .toColourspace('b-w')
      .tiff({ compression: 'ccittfax4', bitdepth: 1, xres: 300 / 25.4, yres: 300 / 25.4 })
      .toBuffer(),
  );
}
