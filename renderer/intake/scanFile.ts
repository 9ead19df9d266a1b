import {
  checkAttachment,
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENT_MB,
  sanitizeFileName,
  type AcceptedFormat,
} from '../../common/domain/attachments';
import type { ValidationIssue } from '../../common/domain/validation';

/** A file that passed the checks and waits to be saved with the document. */
export interface ScanFile {
  id: string;
  /** The name as it came (what the command records as the original). */
  originalName: string;
  /** The safe name it will be stored under. */
  name: string;
  renamed: boolean;
  format: AcceptedFormat;
  mime: string;
  size: number;
  bytes: Uint8Array;
}

export interface Refusal {
  id: string;
  issue: ValidationIssue;
}

export interface CheckedFiles {
  accepted: ScanFile[];
  refused: Refusal[];
}

/** Checks picked files right away, so the clerk learns of a bad file before saving. */
export async function checkScanFiles(
  files: ReadonlyArray<{ name: string; bytes: Uint8Array }>,
): Promise<CheckedFiles> {
  const accepted: ScanFile[] = [];
  const refused: Refusal[] = [];
  for (const file of files) {
    const check = await checkAttachment(file.name, file.bytes);
    if (check.ok) {
      accepted.push({ id: crypto.randomUUID(), ...check.file, bytes: file.bytes });
    } else {
      refused.push({ id: crypto.randomUUID(), issue: check.issue });
    }
  }
  return { accepted, refused };
}

/** The same refusal `checkAttachment` gives, decided from the size alone: a huge file is never read. */
export function tooLargeIssue(name: string, size: number): ValidationIssue | null {
  if (size <= MAX_ATTACHMENT_BYTES) return null;
  return {
    path: 'files',
    message: 'validation.file.tooLarge',
    params: {
      name: sanitizeFileName(name),
      size: Math.ceil(size / 1024 / 1024),
      limit: MAX_ATTACHMENT_MB,
    },
  };
}

/** Reads dropped files, refusing the oversized ones before their bytes are loaded. */
export async function readDroppedFiles(list: readonly File[]): Promise<CheckedFiles> {
  const refused: Refusal[] = [];
  const readable: Array<{ name: string; bytes: Uint8Array }> = [];
  for (const file of list) {
    const issue = tooLargeIssue(file.name, file.size);
    if (issue) refused.push({ id: crypto.randomUUID(), issue });
    else readable.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  }
  const checked = await checkScanFiles(readable);
  return { accepted: checked.accepted, refused: [...refused, ...checked.refused] };
}
