import { mkdtemp, readFile, rm, stat, truncate, writeFile, mkdir, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENT_MB } from '../../../common/domain/attachments';
import { readPickedFiles, type PickedFilesFs } from './readPickedFiles';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'uradovna-picked-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function spyingFs(): PickedFilesFs & { readFile: ReturnType<typeof vi.fn> } {
  return { stat, readFile: vi.fn((path: string) => readFile(path)) };
}

describe('readPickedFiles', () => {
  it('reads the picked files with their names and exact bytes', async () => {
    const scan = join(dir, 'sken dopisu.pdf');
    const photo = join(dir, 'příloha.png');
    await writeFile(scan, '%PDF-1.7\n%…');
    await writeFile(photo, Buffer.from([0x89, 0x50, 0x4e, 0x47]));

    const result = await readPickedFiles([scan, photo]);

    expect(result.rejected).toEqual([]);
    expect(result.files.map((file) => file.name)).toEqual(['sken dopisu.pdf', 'příloha.png']);
    expect(Buffer.from(result.files[0]!.bytes).toString()).toBe('%PDF-1.7\n%…');
    expect([...result.files[1]!.bytes]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(result.files[1]!.bytes).toBeInstanceOf(Uint8Array);
  });

  it('refuses a file over the limit from its size alone, without reading it', async () => {
    const big = join(dir, 'obrovský sken.pdf');
    const small = join(dir, 'ok.pdf');
    await writeFile(big, '');
    await truncate(big, 60 * 1024 * 1024); // sparse: costs no disk
    await writeFile(small, '%PDF-1.4');
    const fs = spyingFs();

    const result = await readPickedFiles([big, small], fs);

    expect(result.rejected).toEqual([
      {
        path: 'files',
        message: 'validation.file.tooLarge',
        params: { name: 'obrovský sken.pdf', size: 60, limit: MAX_ATTACHMENT_MB },
      },
    ]);
    expect(fs.readFile).toHaveBeenCalledTimes(1);
    expect(fs.readFile).toHaveBeenCalledWith(small);
    expect(result.files.map((file) => file.name)).toEqual(['ok.pdf']);
  });

  it('accepts a file of exactly the limit', async () => {
    const edge = join(dir, 'edge.pdf');
    await writeFile(edge, '');
    await truncate(edge, MAX_ATTACHMENT_BYTES);
    const result = await readPickedFiles([edge]);
    expect(result.rejected).toEqual([]);
    expect(result.files[0]!.bytes.byteLength).toBe(MAX_ATTACHMENT_BYTES);
  });

  it('refuses a file that grew past the limit between stat and read', async () => {
    const fs: PickedFilesFs = {
      stat: async () => ({ size: 10, isFile: () => true }),
      readFile: async () => new Uint8Array(MAX_ATTACHMENT_BYTES + 1),
    };
    const result = await readPickedFiles(['/x/growing.tif'], fs);
    expect(result.files).toEqual([]);
    expect(result.rejected[0]?.message).toBe('validation.file.tooLarge');
  });

  it('reports missing files, directories and unreadable files as unreadable', async () => {
    const folder = join(dir, 'složka');
    await mkdir(folder);
    const locked = join(dir, 'zamčený.pdf');
    await writeFile(locked, '%PDF');
    await chmod(locked, 0o000);
    const fs: PickedFilesFs = {
      stat,
      readFile: async (path) => {
        if (path === locked) throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
        return readFile(path);
      },
    };

    const result = await readPickedFiles([join(dir, 'není.pdf'), folder, locked], fs);

    expect(result.files).toEqual([]);
    expect(result.rejected).toEqual([
      { path: 'files', message: 'validation.file.unreadable', params: { name: 'není.pdf' } },
      { path: 'files', message: 'validation.file.unreadable', params: { name: 'složka' } },
      { path: 'files', message: 'validation.file.unreadable', params: { name: 'zamčený.pdf' } },
    ]);
  });

  it('shows hostile names sanitised in its messages', async () => {
    const fs: PickedFilesFs = {
      stat: async () => ({ size: MAX_ATTACHMENT_BYTES + 1, isFile: () => true }),
      readFile: async () => new Uint8Array(),
    };
    const result = await readPickedFiles(['/x/CON.pdf'], fs);
    expect(result.rejected[0]?.params?.name).toBe('_CON.pdf');
  });
});
