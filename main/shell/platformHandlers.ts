import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type {
  BrowserWindow,
  Dialog,
  FileFilter,
  OpenDialogOptions,
  SaveDialogOptions,
} from 'electron';
import { ServiceError } from '../../common/contract/envelope';
import type { FilePurpose } from '../../common/contract/types';
import { sanitizeFileName } from '../../common/domain/attachments';
import { readPickedFiles, type PickedFilesResult } from '../services/files/readPickedFiles';
import type { PlatformHandlers } from '../services/handlers';
import type { Logger } from '../services/log/logger';
import { isAllowedExternalUrl } from './externalUrl';
import type { UpdateController } from './updater';

export const OPEN_XML_FILTERS: FileFilter[] = [{ name: 'Soubory XML', extensions: ['xml'] }];

export const OPEN_ZFO_FILTERS: FileFilter[] = [
  { name: 'Datové zprávy a doručenky (ZFO)', extensions: ['zfo'] },
];

/** A ZFO of a 20 MB message is about 27 MB (base64 inside CMS); a bigger one is no ISDS message. */
export const MAX_ZFO_BYTES = 60 * 1024 * 1024;

export const OPEN_PKCS12_FILTERS: FileFilter[] = [
  { name: 'Certifikát s klíčem (PKCS#12)', extensions: ['p12', 'pfx'] },
];

export const OPEN_SCAN_FILTERS: FileFilter[] = [
  {
    name: 'Naskenované dokumenty (PDF, JPEG, PNG, TIFF)',
    extensions: ['pdf', 'jpg', 'jpeg', 'png', 'tif', 'tiff'],
  },
  { name: 'Dokumenty PDF', extensions: ['pdf'] },
  { name: 'Obrázky JPEG', extensions: ['jpg', 'jpeg'] },
  { name: 'Obrázky PNG', extensions: ['png'] },
  { name: 'Obrázky TIFF', extensions: ['tif', 'tiff'] },
];

const SAVE_FILTERS: Readonly<Record<string, FileFilter>> = {
  'application/pdf': { name: 'Dokumenty PDF', extensions: ['pdf'] },
  'text/csv': { name: 'Tabulka CSV', extensions: ['csv'] },
  'application/xml': { name: 'Soubory XML', extensions: ['xml'] },
  'application/zip': { name: 'Archiv ZIP (balíček SIP)', extensions: ['zip'] },
};
const ALL_FILES: FileFilter = { name: 'Všechny soubory', extensions: ['*'] };

export interface PlatformHandlerDeps {
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;
  openExternal: (url: string) => Promise<void>;
  getWindow: () => BrowserWindow | null;
  updater: Pick<UpdateController, 'getStatus' | 'check' | 'restartAndInstall'>;
  /** Where the save dialog starts (the user's Documents folder). */
  documentsDir: string;
  logger: Logger;
  readFiles?: (paths: readonly string[], maxBytes?: number) => Promise<PickedFilesResult>;
  writeBytes?: (path: string, bytes: Uint8Array) => Promise<void>;
}

function openDialogOptions(purpose: FilePurpose): OpenDialogOptions {
  switch (purpose) {
    case 'xml':
      return {
        title: 'Načíst soubor XML',
        buttonLabel: 'Načíst',
        properties: ['openFile'],
        filters: OPEN_XML_FILTERS,
      };
    case 'zfo':
      return {
        title: 'Načíst datové zprávy (ZFO)',
        buttonLabel: 'Načíst',
        properties: ['openFile', 'multiSelections'],
        filters: OPEN_ZFO_FILTERS,
      };
    case 'pdf':
      return {
        title: 'Načíst dokument PDF',
        buttonLabel: 'Načíst',
        properties: ['openFile'],
        filters: [{ name: 'Dokumenty PDF', extensions: ['pdf'] }],
      };
    case 'pkcs12':
      return {
        title: 'Vybrat soubor s certifikátem pro podpis',
        buttonLabel: 'Vybrat',
        properties: ['openFile'],
        filters: OPEN_PKCS12_FILTERS,
      };
    case 'logo':
      return {
        title: 'Vybrat logo obce',
        buttonLabel: 'Vybrat',
        properties: ['openFile'],
        filters: [{ name: 'Obrázky PNG a JPEG', extensions: ['png', 'jpg', 'jpeg'] }],
      };
    case 'scan':
      return {
        title: 'Přiložit naskenované soubory',
        buttonLabel: 'Přiložit',
        properties: ['openFile', 'multiSelections'],
        filters: OPEN_SCAN_FILTERS,
      };
  }
}

/** The half of the contract that needs the desktop: file dialogs, the OS browser, the updater. */
export function createPlatformHandlers(deps: PlatformHandlerDeps): PlatformHandlers {
  const { dialog, logger } = deps;
  const readFiles =
    deps.readFiles ??
    ((paths: readonly string[], maxBytes?: number) => readPickedFiles(paths, undefined, maxBytes));
  const writeBytes = deps.writeBytes ?? ((path, bytes) => writeFile(path, bytes));

  const openDialog = (options: OpenDialogOptions) => {
    const window = deps.getWindow();
    return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options);
  };
  const saveDialog = (options: SaveDialogOptions) => {
    const window = deps.getWindow();
    return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options);
  };

  return {
    'files.open': async ({ purpose }) => {
      const picked = await openDialog(openDialogOptions(purpose));
      if (picked.canceled || picked.filePaths.length === 0) {
        return { canceled: true, files: [], rejected: [] };
      }
      const { files, rejected } = await (purpose === 'zfo'
        ? readFiles(picked.filePaths, MAX_ZFO_BYTES)
        : readFiles(picked.filePaths));
      if (rejected.length > 0) {
        logger.warn('files: some picked files were refused', {
          reasons: rejected.map((issue) => issue.message).join(','),
        });
      }
      return { canceled: false, files, rejected };
    },

    'files.save': async ({ suggestedName, mime, bytes }) => {
      const filter = SAVE_FILTERS[mime];
      const chosen = await saveDialog({
        title: 'Uložit soubor',
        defaultPath: join(deps.documentsDir, sanitizeFileName(suggestedName)),
        filters: filter ? [filter, ALL_FILES] : [ALL_FILES],
      });
      if (chosen.canceled || !chosen.filePath) return { saved: false, path: null };
      try {
        await writeBytes(chosen.filePath, bytes);
      } catch (error) {
        logger.warn('files: saving failed', {
          error: error instanceof Error ? error.message : String(error),
        });
        throw new ServiceError(
          'errors.file.saveFailed',
          'Soubor se nepodařilo uložit. Zkontrolujte, zda je složka přístupná a disk není plný.',
        );
      }
      logger.info('files: saved', { bytes: bytes.byteLength });
      return { saved: true, path: chosen.filePath };
    },

    'shell.openExternal': async ({ url }) => {
      if (!isAllowedExternalUrl(url)) {
        logger.warn('shell: refused to open a link', {
          scheme: url.split(':', 1)[0]?.slice(0, 20) ?? '',
        });
        return { opened: false };
      }
      try {
        await deps.openExternal(url);
        return { opened: true };
      } catch (error) {
        logger.warn('shell: the OS could not open a link', {
          error: error instanceof Error ? error.message : String(error),
        });
        return { opened: false };
      }
    },

    'update.getStatus': async () => deps.updater.getStatus(),
    'update.check': () => deps.updater.check(),
    'update.restartAndInstall': async () => ({ accepted: deps.updater.restartAndInstall() }),
  };
}
