import { ACCEPT_ATTRIBUTE } from '../../common/domain/attachments';
import { sanitizeFileName } from '../../common/domain/attachments';
import type { Envelope } from '../../common/contract/envelope';
import type { FilePurpose, OpenFilesResult, SaveFileResult } from '../../common/contract/types';

const ACCEPT_BY_PURPOSE = {
  scan: ACCEPT_ATTRIBUTE,
  xml: '.xml,application/xml,text/xml',
  // ZFO has no registered media type; browsers offer it by its extension.
  zfo: '.zfo',
  pdf: '.pdf,application/pdf',
  pkcs12: '.p12,.pfx,application/x-pkcs12',
  logo: '.png,.jpg,.jpeg,image/png,image/jpeg',
} as const satisfies Record<FilePurpose, string>;

/**
 * In a plain browser the host process cannot show the OS file dialogs, so the two
 * dialog methods of the contract are answered here with the browser's own means:
 * a file input and a download.
 */
export function openFilesInBrowser(
  purpose: FilePurpose = 'scan',
): Promise<Envelope<OpenFilesResult>> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = purpose === 'scan' || purpose === 'zfo';
    input.accept = ACCEPT_BY_PURPOSE[purpose];
    input.style.display = 'none';
    const finish = async () => {
      const files = await Promise.all(
        [...(input.files ?? [])].map(async (file) => ({
          name: file.name,
          bytes: new Uint8Array(await file.arrayBuffer()),
        })),
      );
      input.remove();
      resolve({ ok: true, value: { canceled: files.length === 0, files, rejected: [] } });
    };
    input.addEventListener('change', () => void finish(), { once: true });
    input.addEventListener('cancel', () => {
      input.remove();
      resolve({ ok: true, value: { canceled: true, files: [], rejected: [] } });
    });
    document.body.append(input);
    input.click();
  });
}

export async function saveFileInBrowser(args: {
  suggestedName: string;
  mime: string;
  bytes: Uint8Array;
}): Promise<Envelope<SaveFileResult>> {
  const url = URL.createObjectURL(
    new Blob([args.bytes as Uint8Array<ArrayBuffer>], { type: args.mime }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = sanitizeFileName(args.suggestedName);
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: the download reads the blob asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { ok: true, value: { saved: true, path: null } };
}
