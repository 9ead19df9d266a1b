/**
 * The scan files of one conversion, in the order they were added, and the limits the
 * contract sets on them — checked here first, so an oversized file is named in Czech
 * before anything is sent to main.
 */
import { CONVERSION_LIMITS } from '../../../../common/contract/conversion';
import type { ValidationIssue } from '../../../../common/domain/validation';

export interface ScanInputFile {
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
  /** A file from the scanner's folder (by its name there), or picked / dropped. */
  fromFolder: boolean;
}

const MB = 1024 * 1024;

/**
 * The files after adding these, or the issues why they cannot be added (nothing is
 * added then: the clerk chooses again).
 */
export function addFiles(
  current: readonly ScanInputFile[],
  added: readonly ScanInputFile[],
): { ok: true; files: ScanInputFile[] } | { ok: false; issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  const files = [...current, ...added];
  if (files.length > CONVERSION_LIMITS.files)
    issues.push({
      path: 'files',
      message: 'conversionScan.files.tooMany',
      params: { max: CONVERSION_LIMITS.files },
    });
  for (const file of added) {
    if (file.bytes.byteLength > CONVERSION_LIMITS.fileBytes)
      issues.push({
        path: 'files',
        message: 'conversionScan.files.tooLarge',
        params: { name: file.name, limitMb: CONVERSION_LIMITS.fileBytes / MB },
      });
  }
  const total = files.reduce((sum, file) => sum + file.bytes.byteLength, 0);
  if (total > CONVERSION_LIMITS.totalBytes)
    issues.push({
      path: 'files',
      message: 'conversionScan.files.totalTooLarge',
      params: { limitMb: CONVERSION_LIMITS.totalBytes / MB },
    });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, files };
}

/** Files dropped on the dialog, read into memory in their order. */
export async function readDropped(list: readonly File[]): Promise<ScanInputFile[]> {
  return Promise.all(
    list.map(async (file) => ({
      name: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
      fromFolder: false,
    })),
  );
}
