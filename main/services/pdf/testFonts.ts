/** The repository's fonts, for tests. Used by tests only. */
import { fileURLToPath } from 'node:url';
import { createFontLoader, type FontSet } from './fonts';

export const ASSETS_DIR = fileURLToPath(new URL('../../../assets', import.meta.url));

const load = createFontLoader(ASSETS_DIR);

export function testFonts(): Promise<FontSet> {
  return load();
}
