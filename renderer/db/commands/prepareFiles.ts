import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { checkAttachment, type CheckedAttachment } from '../../../common/domain/attachments';
import type { ValidationIssue } from '../../../common/domain/validation';

export interface IncomingFile {
  name: string;
  bytes: Uint8Array;
}

export interface PreparedFile extends CheckedAttachment {
  sha256: string;
  blob: Blob;
}

export interface PreparedFiles {
  files: PreparedFile[];
  issues: ValidationIssue[];
}

/**
 * Checks and hashes files before a command's transaction opens: both are work that
 * must not run while IndexedDB waits (it would commit the transaction early).
 */
export async function prepareFiles(files: IncomingFile[]): Promise<PreparedFiles> {
  const prepared: PreparedFile[] = [];
  const issues: ValidationIssue[] = [];
  for (const file of files) {
    const check = await checkAttachment(file.name, file.bytes);
    if (!check.ok) {
      issues.push(check.issue);
      continue;
    }
    prepared.push({
      ...check.file,
      sha256: bytesToHex(sha256(file.bytes)),
      blob: new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: check.file.mime }),
    });
  }
  return { files: prepared, issues };
}
