import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ServiceError } from '../../common/contract/envelope';
import type { UpdateStatus } from '../../common/contract/types';
import { MAX_ATTACHMENT_MB } from '../../common/domain/attachments';
import { createMemoryLogger } from '../services/log/logger';
import {
  MAX_ZFO_BYTES,
  OPEN_SCAN_FILTERS,
  OPEN_XML_FILTERS,
  OPEN_ZFO_FILTERS,
  createPlatformHandlers,
  type PlatformHandlerDeps,
} from './platformHandlers';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'uradovna-platform-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const readyStatus: UpdateStatus = { state: 'ready', reason: null, version: '0.2.0', percent: null };

function setup(overrides: Partial<PlatformHandlerDeps> = {}) {
  const window = { id: 1 } as unknown as BrowserWindow;
  const dialog = {
    showOpenDialog: vi.fn(async (..._args: unknown[]) => ({
      canceled: true,
      filePaths: [] as string[],
    })),
    showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' })),
  };
  const openExternal = vi.fn(async (_url: string) => {});
  const updater = {
    getStatus: vi.fn(() => readyStatus),
    check: vi.fn(async () => readyStatus),
    restartAndInstall: vi.fn(() => true),
  };
  const logger = createMemoryLogger();
  const handlers = createPlatformHandlers({
    dialog: dialog as unknown as Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>,
    openExternal,
    getWindow: () => window,
    updater,
    documentsDir: join(dir, 'Dokumenty'),
    logger,
    ...overrides,
  });
  return { handlers, dialog, openExternal, updater, window, logger };
}

describe('files.open', () => {
  it('asks for several scans with Czech filters of the accepted formats', async () => {
    const { handlers, dialog, window } = setup();
    expect(await handlers['files.open']({ purpose: 'scan' })).toEqual({
      canceled: true,
      files: [],
      rejected: [],
    });
    const [parent, options] = dialog.showOpenDialog.mock.calls[0]!;
    expect(parent).toBe(window);
    expect(options).toMatchObject({
      properties: ['openFile', 'multiSelections'],
      filters: OPEN_SCAN_FILTERS,
    });
    const extensions = OPEN_SCAN_FILTERS[0]!.extensions;
    expect(extensions).toEqual(
      expect.arrayContaining(['pdf', 'jpg', 'jpeg', 'png', 'tif', 'tiff']),
    );
    expect(OPEN_SCAN_FILTERS.map((filter) => filter.name).join(' ')).toMatch(
      /Dokumenty PDF.*Obrázky JPEG/,
    );
  });

  it('asks for one XML file for an import (a file plan, an archive decision)', async () => {
    const { handlers, dialog } = setup();
    await handlers['files.open']({ purpose: 'xml' });
    const [, options] = dialog.showOpenDialog.mock.calls[0]!;
    expect(options).toMatchObject({ properties: ['openFile'], filters: OPEN_XML_FILTERS });
    expect(OPEN_XML_FILTERS[0]!.extensions).toEqual(['xml']);
  });

  it("asks for ZFO files (signed data messages) and reads them up to the ZFO cap, above an attachment's", async () => {
    // A ZFO of a 20 MB message is about 27 MB: more than an attachment may be, less than the cap.
    const zfo = join(dir, 'DZ_123456.zfo');
    const huge = join(dir, 'obrovska.zfo');
    await writeFile(zfo, '');
    await truncate(zfo, 55 * 1024 * 1024);
    await writeFile(huge, '');
    await truncate(huge, MAX_ZFO_BYTES + 1);
    const { handlers, dialog } = setup();
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [zfo, huge] });

    const result = await handlers['files.open']({ purpose: 'zfo' });

    const [, options] = dialog.showOpenDialog.mock.calls[0]!;
    expect(options).toMatchObject({
      properties: ['openFile', 'multiSelections'],
      filters: OPEN_ZFO_FILTERS,
    });
    expect(OPEN_ZFO_FILTERS[0]!.extensions).toEqual(['zfo']);
    expect(result.files.map((file) => [file.name, file.bytes.byteLength])).toEqual([
      ['DZ_123456.zfo', 55 * 1024 * 1024],
    ]);
    expect(result.rejected).toEqual([
      {
        path: 'files',
        message: 'validation.file.tooLarge',
        params: { name: 'obrovska.zfo', size: 61, limit: 60 },
      },
    ]);
  });

  it('reads the picked files and refuses a too large one without reading it', async () => {
    const scan = join(dir, 'sken.pdf');
    const huge = join(dir, 'velký.tif');
    await writeFile(scan, '%PDF-1.7');
    await writeFile(huge, '');
    await truncate(huge, 60 * 1024 * 1024);
    const { handlers, dialog, logger } = setup();
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [scan, huge] });

    const result = await handlers['files.open']({ purpose: 'scan' });

    expect(result.canceled).toBe(false);
    expect(result.files).toHaveLength(1);
    expect(result.files[0]!.name).toBe('sken.pdf');
    expect(Buffer.from(result.files[0]!.bytes).toString()).toBe('%PDF-1.7');
    expect(result.rejected).toEqual([
      {
        path: 'files',
        message: 'validation.file.tooLarge',
        params: { name: 'velký.tif', size: 60, limit: MAX_ATTACHMENT_MB },
      },
    ]);
    expect(logger.entries[0]).toMatchObject({ level: 'warn' });
  });
});

describe('files.save', () => {
  it('offers a sanitised name in Documents and writes the bytes where the user chose', async () => {
    const target = join(dir, 'denik.pdf');
    const { handlers, dialog } = setup();
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46]);

    const result = await handlers['files.save']({
      suggestedName: '../../CON.pdf',
      mime: 'application/pdf',
      bytes,
    });

    expect(result).toEqual({ saved: true, path: target });
    expect([...(await readFile(target))]).toEqual([...bytes]);
    const options = dialog.showSaveDialog.mock.calls[0]![1] as {
      defaultPath: string;
      filters: Array<{ extensions: string[] }>;
    };
    expect(options.defaultPath).toBe(join(dir, 'Dokumenty', '_CON.pdf'));
    expect(options.filters[0]!.extensions).toEqual(['pdf']);
  });

  it('returns saved: false when the user cancels, writing nothing', async () => {
    const writeBytes = vi.fn(async () => {});
    const { handlers } = setup({ writeBytes });
    expect(
      await handlers['files.save']({
        suggestedName: 'a.csv',
        mime: 'text/csv',
        bytes: new Uint8Array([1]),
      }),
    ).toEqual({
      saved: false,
      path: null,
    });
    expect(writeBytes).not.toHaveBeenCalled();
  });

  it('turns a failed write into a Czech ServiceError', async () => {
    const { handlers, dialog } = setup();
    dialog.showSaveDialog.mockResolvedValueOnce({
      canceled: false,
      filePath: join(dir, 'missing-folder', 'x.pdf'),
    });
    const error = await handlers['files.save']({
      suggestedName: 'x.pdf',
      mime: 'application/pdf',
      bytes: new Uint8Array([1]),
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).code).toBe('errors.file.saveFailed');
  });
});

describe('shell.openExternal', () => {
  it.each([
    'https://www.mojedatovaschranka.cz/',
    'http://obec.example/',
    'mailto:podatelna@obec.example',
  ])('opens %s in the OS', async (url) => {
    const { handlers, openExternal } = setup();
    expect(await handlers['shell.openExternal']({ url })).toEqual({ opened: true });
    expect(openExternal).toHaveBeenCalledWith(url);
  });

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'smb://server/share',
    'ms-settings:',
    'https://a:b@example.com/',
  ])('refuses %s', async (url) => {
    const { handlers, openExternal } = setup();
    expect(await handlers['shell.openExternal']({ url })).toEqual({ opened: false });
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('reports opened: false when the OS cannot open it', async () => {
    const { handlers } = setup({
      openExternal: async () => Promise.reject(new Error('no handler')),
    });
    expect(await handlers['shell.openExternal']({ url: 'https://example.com/' })).toEqual({
      opened: false,
    });
  });
});

describe('update handlers', () => {
  it('delegate to the update controller', async () => {
    const { handlers, updater } = setup();
    expect(await handlers['update.getStatus']({})).toEqual(readyStatus);
    expect(await handlers['update.check']({})).toEqual(readyStatus);
    expect(await handlers['update.restartAndInstall']({})).toEqual({ accepted: true });
    updater.restartAndInstall.mockReturnValueOnce(false);
    expect(await handlers['update.restartAndInstall']({})).toEqual({ accepted: false });
  });
});
