import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { PickedFile } from '../../../common/contract/types';
import {
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENT_MB,
  sanitizeFileName,
} from '../../../common/domain/attachments';
import type { ValidationIssue } from '../../../common/domain/validation';

export interface PickedFilesFs {
  stat(path: string): Promise<{ size: number; isFile(): boolean }>;
  readFile(path: string): Promise<Uint8Array>;
}

const nodeFs: PickedFilesFs = { stat, readFile };

export interface PickedFilesResult {
  files: PickedFile[];
  rejected: ValidationIssue[];
}

function tooLarge(name: string, size: number, limitBytes: number): ValidationIssue {
  return {
    path: 'files',
    message: 'validation.file.tooLarge',
    params: {
      name,
      size: Math.ceil(size / 1024 / 1024),
      limit:
        limitBytes === MAX_ATTACHMENT_BYTES
          ? MAX_ATTACHMENT_MB
          : Math.floor(limitBytes / 1024 / 1024),
    },
  };
}

function unreadable(name: string): ValidationIssue {
  return { path: 'files', message: 'validation.file.unreadable', params: { name } };
}

/**
 * Reads the files the user picked in the open dialog. The size is checked with
 * `stat` first, so a 4 GB file is refused without being loaded into memory; the
 * content check (format, empty file) is the renderer's, through `checkAttachment`,
 * the same for dropped and picked files.
 */
export async function readPickedFiles(
  paths: readonly string[],
  fs: PickedFilesFs = nodeFs,
  /** The largest file accepted (an attachment by default; a ZFO of a 20 MB message is bigger). */
  maxBytes: number = MAX_ATTACHMENT_BYTES,
): Promise<PickedFilesResult> {
  const files: PickedFile[] = [];
  const rejected: ValidationIssue[] = [];
  for (const path of paths) {
    const name = basename(path);
    const shownName = sanitizeFileName(name);
    try {
      const info = await fs.stat(path);
      if (!info.isFile()) {
        rejected.push(unreadable(shownName));
        continue;
      }
      if (info.size > maxBytes) {
        rejected.push(tooLarge(shownName, info.size, maxBytes));
        continue;
      }
      const content = await fs.readFile(path);
      // The file may have grown between stat and read.
      if (content.byteLength > maxBytes) {
        rejected.push(tooLarge(shownName, content.byteLength, maxBytes));
        continue;
      }
      // A plain Uint8Array view: a Buffer would cross IPC as one anyway, but say what it is.
      files.push({
        name,
        bytes: new Uint8Array(content.buffer, content.byteOffset, content.byteLength),
      });
    } catch {
      rejected.push(unreadable(shownName));
    }
  }
  return { files, rejected };
}
