import {
  appendFile,
  mkdir,
  mkdtemp,
  readdir,
  rm,
  symlink,
  truncate,
  utimes,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONVERSION_LIMITS, type ScanFolderEntry } from '../../../common/contract/conversion';
import { createScanFolder, pollScanFolder, type ScanFolder } from './scanFolder';
import { serviceFailure } from '../testing/serviceFailure';

const NOW = Date.parse('2026-11-04T10:00:00.000Z');
let base: string;
let root: string;
let outside: string;

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'scan-folder-'));
  root = join(base, 'skener');
  outside = join(base, 'jinde');
  await mkdir(root);
  await mkdir(outside);
});
afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

/** A file whose modification time is `secondsAgo` before NOW. */
async function put(name: string, content: string | Uint8Array, secondsAgo = 60, dir = root) {
  const path = join(dir, name);
  await writeFile(path, content);
  const at = new Date(NOW - secondsAgo * 1000);
  await utimes(path, at, at);
  return path;
}

function folder(options: Partial<Parameters<typeof createScanFolder>[0]> = {}): ScanFolder {
  return createScanFolder({ root, now: () => NOW, wait: () => Promise.resolve(), ...options });
}

const names = (entries: ScanFolderEntry[]) => entries.map((entry) => entry.name);

describe('the scanner folder: listing', () => {
  it('lists finished scans of the convertible types, oldest first, and nothing else', async () => {
    await put('sken-002.pdf', '%PDF-1.7 druhý', 30);
    await put('sken-001.jpg', 'jpeg', 90);
    await put('SKEN-003.TIFF', 'tiff', 20);
    await put('sken-004.png', 'png', 10);
    await put('sken-005.jpeg', 'jpeg', 5);
    await put('sken-006.tif', 'tif', 3);
    await put('rozepsany.pdf', '%PDF-1.7', 1); // modified 1 s ago: the scanner is still at it
    await put('poznamka.txt', 'text');
    await put('program.exe', 'MZ');
    await put('.DS_Store', 'x');
    await put('._sken-002.pdf', 'AppleDouble');
    await put('~$sken.pdf', 'lock');
    await mkdir(join(root, 'slozka.pdf'));
    await symlink(await put('tajne.pdf', '%PDF tajné', 60, outside), join(root, 'odkaz-ven.pdf'));
    await symlink(join(root, 'sken-001.jpg'), join(root, 'odkaz-dovnitr.jpg'));

    const entries = await folder().list();
    expect(names(entries)).toEqual([
      'sken-001.jpg',
      'sken-002.pdf',
      'SKEN-003.TIFF',
      'sken-004.png',
      'sken-005.jpeg',
      'sken-006.tif',
    ]);
    expect(entries[1]).toEqual({
      name: 'sken-002.pdf',
      size: Buffer.byteLength('%PDF-1.7 druhý'),
      modifiedAt: '2026-11-04T09:59:30.000Z',
    });
  });

  it('leaves out a file whose size changes between the two looks', async () => {
    await put('roste.pdf', '%PDF-1.7 začátek');
    await put('hotovo.pdf', '%PDF-1.7 hotovo');
    const growing = folder({
      wait: async () => {
        await appendFile(join(root, 'roste.pdf'), ' další stránka');
      },
    });
    expect(names(await growing.list())).toEqual(['hotovo.pdf']);
  });

  it('is empty for an empty folder and refuses a folder that is missing or a file', async () => {
    expect(await folder().list()).toEqual([]);
    const missing = await serviceFailure(createScanFolder({ root: join(base, 'neni') }).list());
    expect(missing.code).toBe('errors.conversion.folderMissing');
    expect(missing.message).toBe(
      `Složka skeneru „${join(base, 'neni')}“ neexistuje, není složka nebo není dostupná. Zkontrolujte ji v nastavení.`,
    );
    const file = await put('soubor.pdf', 'x', 60, outside);
    expect((await serviceFailure(createScanFolder({ root: file }).list())).code).toBe(
      'errors.conversion.folderMissing',
    );
  });
});

describe('the scanner folder: reading', () => {
  it('reads a listed scan byte for byte', async () => {
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 1, 2, 3, 0xff, 0xd9]);
    await put('sken.jpg', bytes);
    const read = await folder().read('sken.jpg');
    expect(read.name).toBe('sken.jpg');
    expect([...read.bytes]).toEqual([...bytes]);
  });

  it.each([
    '../jinde/tajne.pdf',
    '..',
    '.',
    'podslozka/sken.pdf',
    '..\\jinde\\tajne.pdf',
    '/etc/passwd',
    'C:\\Windows\\win.ini',
    'sken.pdf\u0000.txt',
    'sken.pdf:Zone.Identifier',
    'sken.pdf ',
    ' sken.pdf',
    'sken.pdf.',
    'CON.pdf',
    'nul',
    '',
    `${'a'.repeat(252)}.pdf`,
  ])('refuses the name %j before touching the disk', async (name) => {
    await put('tajne.pdf', '%PDF tajné', 60, outside);
    const error = await serviceFailure(folder().read(name));
    expect(error.code).toBe('errors.conversion.folderBadName');
    expect(error.message).toBe(`„${name}“ není název souboru ve složce skeneru.`);
    expect((await serviceFailure(folder().remove(name))).code).toBe(
      'errors.conversion.folderBadName',
    );
  });

  it('refuses a name that is not in the folder, also when it differs only in case', async () => {
    await put('sken.pdf', '%PDF');
    const error = await serviceFailure(folder().read('neni.pdf'));
    expect(error.code).toBe('errors.conversion.folderNotFound');
    expect(error.message).toBe(
      'Soubor „neni.pdf“ ve složce skeneru není; možná ho už někdo zpracoval nebo smazal.',
    );
    expect((await serviceFailure(folder().read('SKEN.PDF'))).code).toBe(
      'errors.conversion.folderNotFound',
    );
  });

  it('refuses a link, even one that stays inside the folder', async () => {
    await symlink(await put('tajne.pdf', '%PDF tajné', 60, outside), join(root, 'odkaz.pdf'));
    await put('sken.pdf', '%PDF');
    await symlink(join(root, 'sken.pdf'), join(root, 'odkaz-dovnitr.pdf'));
    const error = await serviceFailure(folder().read('odkaz.pdf'));
    expect(error.code).toBe('errors.conversion.folderLink');
    expect(error.message).toBe(
      '„odkaz.pdf“ je odkaz na jiné místo, ne soubor; ze složky skeneru se čtou jen soubory v ní uložené.',
    );
    expect((await serviceFailure(folder().read('odkaz-dovnitr.pdf'))).code).toBe(
      'errors.conversion.folderLink',
    );
  });

  it('refuses what is not a scan: another type, a folder', async () => {
    await put('poznamka.txt', 'text');
    await mkdir(join(root, 'slozka.pdf'));
    const error = await serviceFailure(folder().read('poznamka.txt'));
    expect(error.code).toBe('errors.conversion.folderNotScan');
    expect(error.message).toBe(
      'Soubor „poznamka.txt“ není sken, který lze převést (převádí se JPEG, PNG, TIFF a PDF).',
    );
    expect((await serviceFailure(folder().read('slozka.pdf'))).code).toBe(
      'errors.conversion.folderNotScan',
    );
  });

  it('refuses a scan still being written', async () => {
    await put('rozepsany.pdf', '%PDF', 1);
    const error = await serviceFailure(folder().read('rozepsany.pdf'));
    expect(error.code).toBe('errors.conversion.folderFileBusy');
    expect(error.message).toBe(
      'Soubor „rozepsany.pdf“ se ještě zapisuje. Počkejte, až skener ukládání dokončí.',
    );
  });

  it('refuses a file over the conversion limit without reading it', async () => {
    const path = await put('obri.tif', '');
    // Sparse: the size is there, the disk space is not.
    await truncate(path, CONVERSION_LIMITS.fileBytes + 1);
    const at = new Date(NOW - 60_000);
    await utimes(path, at, at);
    expect(names(await folder().list())).toEqual(['obri.tif']);
    const error = await serviceFailure(folder().read('obri.tif'));
    expect(error.code).toBe('errors.conversion.folderFileTooLarge');
    expect(error.message).toBe('Soubor „obri.tif“ je větší než 256 MB, proto jej nelze převést.');
  });
});

describe('the scanner folder: clearing', () => {
  it('removes a converted scan, and only that', async () => {
    await put('sken-1.pdf', '%PDF 1');
    await put('sken-2.pdf', '%PDF 2');
    expect(await folder().remove('sken-1.pdf')).toBe(true);
    expect(await readdir(root)).toEqual(['sken-2.pdf']);
    // Cleared already (from another PC): nothing to do, and no error.
    expect(await folder().remove('sken-1.pdf')).toBe(false);
    expect(await readdir(root)).toEqual(['sken-2.pdf']);
  });

  it('never removes through a link: the link and its target stay', async () => {
    const target = await put('tajne.pdf', '%PDF tajné', 60, outside);
    await symlink(target, join(root, 'odkaz.pdf'));
    expect((await serviceFailure(folder().remove('odkaz.pdf'))).code).toBe(
      'errors.conversion.folderLink',
    );
    await put('poznamka.txt', 'text');
    expect((await serviceFailure(folder().remove('poznamka.txt'))).code).toBe(
      'errors.conversion.folderNotScan',
    );
    expect((await readdir(root)).sort()).toEqual(['odkaz.pdf', 'poznamka.txt']);
    expect(await readdir(outside)).toEqual(['tajne.pdf']);
  });
});

describe('polling the scanner folder', () => {
  it('reports the first listing, then only changes, and failures without stopping', async () => {
    const script: Array<ScanFolderEntry[] | Error> = [
      [],
      [],
      [{ name: 'a.pdf', size: 1, modifiedAt: '2026-11-04T09:00:00.000Z' }],
      new Error('síť'),
      [{ name: 'a.pdf', size: 1, modifiedAt: '2026-11-04T09:00:00.000Z' }],
    ];
    let calls = 0;
    const fake: ScanFolder = {
      root,
      list: () => {
        const next = script[Math.min(calls++, script.length - 1)];
        return next instanceof Error ? Promise.reject(next) : Promise.resolve(next ?? []);
      },
      read: () => Promise.reject(new Error('unused')),
      remove: () => Promise.reject(new Error('unused')),
    };
    const seen: string[] = [];
    await new Promise<void>((done) => {
      const stop = pollScanFolder(
        fake,
        (result) => {
          seen.push('error' in result ? 'error' : names(result.entries).join(',') || '(nic)');
          if (seen.length === 4) {
            stop();
            done();
          }
        },
        1,
      );
    });
    expect(seen).toEqual(['(nic)', 'a.pdf', 'error', 'a.pdf']);
  });
});
