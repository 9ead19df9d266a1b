import { createFontLoader, type FontSet } from './fonts';
import { createColorProfileLoader, type ColorProfile } from './pdfa/colorProfile';

/** What every renderer needs from the assets folder: the fonts and the PDF/A colour profile. */
export interface PdfAssets {
  fonts: FontSet;
  colorProfile: ColorProfile;
}

/** Loads the fonts and the colour profile on first use and keeps them (see each loader). */
export function createAssetLoader(assetsDir: string): () => Promise<PdfAssets> {
  const fonts = createFontLoader(assetsDir);
  const colorProfile = createColorProfileLoader(assetsDir);
  return async () => {
    const [fontSet, profile] = await Promise.all([fonts(), colorProfile()]);
    return { fonts: fontSet, colorProfile: profile };
  };
}
