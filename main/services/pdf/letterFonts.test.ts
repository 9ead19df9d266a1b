import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ServiceError } from '../../../common/contract/envelope';
import { createAssetLoader } from './assets';
import { createLetterAssetLoader, OBLIQUE_FONT_FILES } from './letterFonts';
import { ASSETS_DIR } from './testFonts';

const made: string[] = [];

afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('createLetterAssetLoader', () => {
  it('takes the regular and bold faces and the colour profile from the shared loader', async () => {
    const shared = createAssetLoader(ASSETS_DIR);
    const assets = await createLetterAssetLoader(ASSETS_DIR, shared)();
    const common = await shared();
    expect(assets.fonts.regular).toBe(common.fonts.regular);
    expect(assets.fonts.bold).toBe(common.fonts.bold);
    expect(assets.colorProfile).toBe(common.colorProfile);
    expect(assets.fonts.italic.hasGlyph('ř'.codePointAt(0) ?? 0)).toBe(true);
    expect(assets.fonts.boldItalic.hasGlyph('中'.codePointAt(0) ?? 0)).toBe(false);
  });

  it('says in Czech which oblique face is missing, and tries again next time', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'uradovna-letter-fonts-'));
    made.push(dir);
    const load = createLetterAssetLoader(dir, createAssetLoader(ASSETS_DIR));
    const failed = load();
    await expect(failed).rejects.toBeInstanceOf(ServiceError);
    await expect(failed).rejects.toThrow(/^Písmo pro tisk PDF chybí: .*DejaVuSans-(Bold)?Oblique/);
    await mkdir(join(dir, 'fonts'));
    for (const file of Object.values(OBLIQUE_FONT_FILES)) {
      await copyFile(join(ASSETS_DIR, file), join(dir, file));
    }
    await expect(load()).resolves.toHaveProperty('fonts.boldItalic');
  });
});
