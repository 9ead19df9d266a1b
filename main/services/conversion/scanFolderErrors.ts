/** The scanner folder's user-facing failures (`errors.conversion.folder*`). */
import { ServiceError } from '../../../common/contract/envelope';

/** Node's error codes as a clerk can read them. */
export function fsReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'přístup odepřen';
    case 'ENOENT':
      return 'neexistuje';
    case 'EBUSY':
      return 'soubor je otevřený jiným programem';
    case 'ETIMEDOUT':
    case 'EHOSTDOWN':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return 'síťové umístění je nedostupné';
    default:
      return typeof code === 'string' ? code : 'neznámá chyba';
  }
}

export const folderMissing = (root: string) =>
  new ServiceError(
    'errors.conversion.folderMissing',
    `Složka skeneru „${root}“ neexistuje, není složka nebo není dostupná. Zkontrolujte ji v nastavení.`,
    { root },
  );

export const folderUnreadable = (root: string, reason: string) =>
  new ServiceError(
    'errors.conversion.folderUnreadable',
    `Složku skeneru „${root}“ nelze přečíst (${reason}).`,
    { root, reason },
  );

export const folderBadName = (name: string) =>
  new ServiceError(
    'errors.conversion.folderBadName',
    `„${name}“ není název souboru ve složce skeneru.`,
    { name },
  );

export const folderNotFound = (name: string) =>
  new ServiceError(
    'errors.conversion.folderNotFound',
    `Soubor „${name}“ ve složce skeneru není; možná ho už někdo zpracoval nebo smazal.`,
    { name },
  );

export const folderNotScan = (name: string) =>
  new ServiceError(
    'errors.conversion.folderNotScan',
    `Soubor „${name}“ není sken, který lze převést (převádí se JPEG, PNG, TIFF a PDF).`,
    { name },
  );

export const folderLink = (name: string) =>
  new ServiceError(
    'errors.conversion.folderLink',
    `„${name}“ je odkaz na jiné místo, ne soubor; ze složky skeneru se čtou jen soubory v ní uložené.`,
    { name },
  );

export const folderFileBusy = (name: string) =>
  new ServiceError(
    'errors.conversion.folderFileBusy',
    `Soubor „${name}“ se ještě zapisuje. Počkejte, až skener ukládání dokončí.`,
    { name },
  );

export const folderFileTooLarge = (name: string, limitMb: number) =>
  new ServiceError(
    'errors.conversion.folderFileTooLarge',
    `Soubor „${name}“ je větší než ${limitMb} MB, proto jej nelze převést.`,
    { name, limitMb },
  );

export const folderReadFailed = (name: string, reason: string) =>
  new ServiceError(
    'errors.conversion.folderReadFailed',
    `Soubor „${name}“ ze složky skeneru nelze přečíst (${reason}).`,
    { name, reason },
  );

export const folderRemoveFailed = (name: string, reason: string) =>
  new ServiceError(
    'errors.conversion.folderRemoveFailed',
    `Soubor „${name}“ se ze složky skeneru nepodařilo odstranit (${reason}).`,
    { name, reason },
  );
