import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ServiceError } from '../../../common/contract/envelope';
import { createFontLoader, FONT_FILES } from './fonts';
import { createPdfService } from './index';
import { SRGB_PROFILE_FILE } from './pdfa/colorProfile';
import { ASSETS_DIR } from './testFonts';

const made: string[] = [];

async function emptyAssetsDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'uradovna-assets-'));
  made.push(dir);
  return dir;
}

async function copyFonts(dir: string): Promise<void> {
  await mkdir(join(dir, 'fonts'), { recursive: true });
  for (const file of Object.values(FONT_FILES)) {
    await copyFile(join(ASSETS_DIR, file), join(dir, file));
  }
}

afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('createFontLoader', () => {
  it('reads the fonts once and keeps them', async () => {
    const dir = await emptyAssetsDir();
    await copyFonts(dir);
    const load = createFontLoader(dir);
    const first = await load();
    // Gone from disk: a second render must not need them again.
    await rm(join(dir, 'fonts'), { recursive: true });
    expect(await load()).toBe(first);
  });

  it('does not touch the disk before the first use', async () => {
    const dir = await emptyAssetsDir();
    const service = createPdfService({ assetsDir: dir });
    await copyFonts(dir);
    await mkdir(join(dir, 'color'));
    await copyFile(join(ASSETS_DIR, SRGB_PROFILE_FILE), join(dir, SRGB_PROFILE_FILE));
    const journal = await service.renderJournal({
      organizationName: 'Obec',
      title: 'Podací deník',
      periodLabel: '2026',
      generatedAt: '2026-01-01T00:00:00Z',
      columns: Array.from({ length: 10 }, (_, index) => `Sloupec ${index + 1}`),
      rows: [],
    });
    expect(journal.pages).toBe(1);
  });

  it('says in Czech which font is missing, and tries again next time', async () => {
    const dir = await emptyAssetsDir();
    const load = createFontLoader(dir);
    const failed = load();
    await expect(failed).rejects.toBeInstanceOf(ServiceError);
    await expect(failed).rejects.toThrow(/^Písmo pro tisk PDF chybí: .*DejaVuSans/);
    await copyFonts(dir);
    await expect(load()).resolves.toHaveProperty('bold');
  });

  it('rejects a file that is not a font', async () => {
    const dir = await emptyAssetsDir();
    await copyFonts(dir);
    await copyFile(join(ASSETS_DIR, 'fonts', 'DejaVu-LICENSE.txt'), join(dir, FONT_FILES.bold));
    await expect(createFontLoader(dir)()).rejects.toThrow('Písmo pro tisk PDF je poškozené');
  });
});
