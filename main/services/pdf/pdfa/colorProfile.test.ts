import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ServiceError } from '../../../../common/contract/envelope';
import { ASSETS_DIR } from '../testFonts';
import { createColorProfileLoader, iccHeader, SRGB_PROFILE_FILE } from './colorProfile';

const made: string[] = [];

async function assetsDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'uradovna-color-'));
  made.push(dir);
  await mkdir(join(dir, 'color'));
  return dir;
}

afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('createColorProfileLoader', () => {
  it('loads the bundled sRGB profile: ICC version 2, RGB, once', async () => {
    const dir = await assetsDir();
    await copyFile(join(ASSETS_DIR, SRGB_PROFILE_FILE), join(dir, SRGB_PROFILE_FILE));
    const load = createColorProfileLoader(dir);
    const profile = await load();
    expect(iccHeader(profile.bytes)).toEqual({ space: 'RGB ', version: 2 });
    expect(profile).toMatchObject({ components: 3, identifier: 'sRGB IEC61966-2.1' });
    await rm(join(dir, 'color'), { recursive: true });
    expect(await load()).toBe(profile);
  });

  it('says in Czech that the profile is missing, and tries again next time', async () => {
    const dir = await assetsDir();
    const load = createColorProfileLoader(dir);
    const failed = load();
    await expect(failed).rejects.toBeInstanceOf(ServiceError);
    await expect(failed).rejects.toMatchObject({ code: 'errors.pdf.colorProfileMissing' });
    await expect(failed).rejects.toThrow(/^Barevný profil pro PDF\/A chybí: .*sRGB\.icc$/);
    await copyFile(join(ASSETS_DIR, SRGB_PROFILE_FILE), join(dir, SRGB_PROFILE_FILE));
    await expect(load()).resolves.toHaveProperty('components', 3);
  });

  it('refuses a file that is no ICC profile', async () => {
    const dir = await assetsDir();
    await writeFile(join(dir, SRGB_PROFILE_FILE), 'not a profile'.repeat(20));
    const failed = createColorProfileLoader(dir)();
    await expect(failed).rejects.toMatchObject({ code: 'errors.pdf.colorProfileBroken' });
    await expect(failed).rejects.toThrow('Barevný profil pro PDF/A je poškozený');
  });
});
