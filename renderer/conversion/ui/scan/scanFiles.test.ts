import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONVERSION_LIMITS } from '../../../../common/contract/conversion';
import { addFiles, type ScanInputFile } from './scanFiles';
import { scanFile } from './testing/scanFixtures';
import { loadTestI18n } from '../../../ui/testing/testI18n';

let t: TFunction;
beforeAll(async () => {
  t = (await loadTestI18n()).t;
});

/** A file of this many bytes without allocating them (only the length is checked). */
const sized = (name: string, byteLength: number): ScanInputFile => ({
  name,
  bytes: { byteLength } as unknown as Uint8Array<ArrayBuffer>,
  fromFolder: false,
});

const texts = (result: ReturnType<typeof addFiles>) =>
  result.ok ? [] : result.issues.map((issue) => t(issue.message as never, issue.params));

describe('adding scan files', () => {
  it('appends the files in the order added', () => {
    const result = addFiles([scanFile('a.jpg')], [scanFile('b.jpg'), scanFile('c.tif')]);
    expect(result.ok && result.files.map((file) => file.name)).toEqual(['a.jpg', 'b.jpg', 'c.tif']);
  });

  it('names a file larger than one conversion takes', () => {
    const limit = CONVERSION_LIMITS.fileBytes;
    expect(texts(addFiles([], [sized('velky.tif', limit)]))).toEqual([]);
    expect(texts(addFiles([], [sized('velky.tif', limit + 1)]))).toEqual([
      `Soubor „velky.tif“ je větší než ${limit / 1024 / 1024} MB.`,
    ]);
  });

  it('refuses files that together exceed the limit, counting those added before', () => {
    const half = CONVERSION_LIMITS.totalBytes / 2;
    const quarter = CONVERSION_LIMITS.totalBytes / 4;
    const before = [sized('a.tif', half)];
    expect(texts(addFiles(before, [sized('b.tif', quarter), sized('c.tif', quarter)]))).toEqual([]);
    expect(texts(addFiles(before, [sized('b.tif', quarter), sized('c.tif', quarter + 1)]))).toEqual(
      [
        `Soubory jedné konverze mohou mít dohromady nejvýše ${CONVERSION_LIMITS.totalBytes / 1024 / 1024} MB.`,
      ],
    );
  });
});
