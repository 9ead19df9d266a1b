import { fileTypeFromBuffer } from 'file-type/core';
import type { ValidationIssue } from './validation';

/** One scan or file may have at most this many bytes (a 600 dpi colour A4 scan is ~10 MB). */
export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;
export const MAX_ATTACHMENT_MB = MAX_ATTACHMENT_BYTES / 1024 / 1024;

export const acceptedFormats = {
  pdf: { mime: 'application/pdf', extensions: ['pdf'] },
  jpeg: { mime: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
  png: { mime: 'image/png', extensions: ['png'] },
  tiff: { mime: 'image/tiff', extensions: ['tif', 'tiff'] },
} as const;
export type AcceptedFormat = keyof typeof acceptedFormats;

export const ACCEPT_ATTRIBUTE = Object.values(acceptedFormats)
  .flatMap((format) => [format.mime, ...format.extensions.map((ext) => `.${ext}`)])
  .join(',');

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
// Characters that are unsafe in a file name on Windows, macOS or Linux, controls, and
// the bidi controls that make "faktura\u202Efdp.exe" read as "fakturaexe.pdf".
const UNSAFE_CHARS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f<>:"/\\|?*\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const MAX_NAME_LENGTH = 180;

/** Cuts to at most `max` UTF-16 units without splitting a character; no trailing dots or spaces. */
function truncateCodePoints(text: string, max: number): string {
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out.replace(/[. ]+$/, '');
}

/**
 * Makes a received file name safe to show and to save anywhere: the last path
 * segment only, no control or bidi characters, no reserved device names, no trailing
 * dots or spaces. Returns "soubor" when nothing is left.
 */
export function sanitizeFileName(name: string): string {
  const lastSegment = name.split(/[/\\]/).pop() ?? '';
  let safe = lastSegment.normalize('NFC').replace(UNSAFE_CHARS, '_').trim();
  safe = safe.replace(/^\.+/, '').replace(/[. ]+$/, '');
  if (WINDOWS_RESERVED.test(safe)) safe = `_${safe}`;
  if (safe.length > MAX_NAME_LENGTH) {
    const dot = safe.lastIndexOf('.');
    const ext = dot > 0 && safe.length - dot <= 6 ? safe.slice(dot) : '';
    safe =
      truncateCodePoints(safe.slice(0, safe.length - ext.length), MAX_NAME_LENGTH - ext.length) +
      ext;
  }
  return safe.length > 0 ? safe : 'soubor';
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot >= 0 ? name.slice(dot + 1).toLowerCase() : '';
}

function formatForExtension(ext: string): AcceptedFormat | null {
  for (const [format, spec] of Object.entries(acceptedFormats) as [
    AcceptedFormat,
    (typeof acceptedFormats)[AcceptedFormat],
  ][]) {
    if ((spec.extensions as readonly string[]).includes(ext)) return format;
  }
  return null;
}

function formatForMime(mime: string): AcceptedFormat | null {
  for (const [format, spec] of Object.entries(acceptedFormats) as [
    AcceptedFormat,
    (typeof acceptedFormats)[AcceptedFormat],
  ][]) {
    if (spec.mime === mime) return format;
  }
  return null;
}

/** Signatures of programs and scripts, named for the message (file-type names them too). */
function describeForeignContent(bytes: Uint8Array, detectedMime: string | undefined): string {
  if (bytes[0] === 0x4d && bytes[1] === 0x5a) return 'spustitelný program (Windows EXE)';
  if (bytes[0] === 0x7f && bytes[1] === 0x45 && bytes[2] === 0x4c && bytes[3] === 0x46)
    return 'spustitelný program (ELF)';
  if (bytes[0] === 0x23 && bytes[1] === 0x21) return 'skript';
  return detectedMime ?? 'neznámý formát';
}

export interface CheckedAttachment {
  name: string;
  originalName: string;
  mime: string;
  format: AcceptedFormat;
  size: number;
  renamed: boolean;
}

export type AttachmentCheck =
  { ok: true; file: CheckedAttachment } | { ok: false; issue: ValidationIssue };

/**
 * Decides whether a file may be attached: size, name and — because a name says
 * nothing — the format read from the content itself.
 */
export async function checkAttachment(
  originalName: string,
  bytes: Uint8Array,
): Promise<AttachmentCheck> {
  const name = sanitizeFileName(originalName);
  const params = { name };
  if (bytes.byteLength === 0)
    return { ok: false, issue: { path: 'files', message: 'validation.file.empty', params } };
  if (bytes.byteLength > MAX_ATTACHMENT_BYTES) {
    return {
      ok: false,
      issue: {
        path: 'files',
        message: 'validation.file.tooLarge',
        params: { name, size: Math.ceil(bytes.byteLength / 1024 / 1024), limit: MAX_ATTACHMENT_MB },
      },
    };
  }
  const detected = await fileTypeFromBuffer(bytes);
  const actual = detected ? formatForMime(detected.mime) : null;
  const claimed = formatForExtension(extensionOf(name));
  if (!actual) {
    if (claimed) {
      return {
        ok: false,
        issue: {
          path: 'files',
          message: 'validation.file.contentMismatch',
          params: {
            name,
            claimed: claimed.toUpperCase(),
            detected: describeForeignContent(bytes, detected?.mime),
          },
        },
      };
    }
    return { ok: false, issue: { path: 'files', message: 'validation.file.unsupported', params } };
  }
  if (claimed && claimed !== actual) {
    return {
      ok: false,
      issue: {
        path: 'files',
        message: 'validation.file.contentMismatch',
        params: { name, claimed: claimed.toUpperCase(), detected: actual.toUpperCase() },
      },
    };
  }
  // A name without a known extension gets the right one, so the file opens when saved.
  const finalName = claimed ? name : `${name}.${acceptedFormats[actual].extensions[0]}`;
  return {
    ok: true,
    file: {
      name: finalName,
      originalName,
      mime: acceptedFormats[actual].mime,
      format: actual,
      size: bytes.byteLength,
      // Only NFC normalisation (macOS writes names decomposed) is not a rename to report.
      renamed: finalName !== originalName.normalize('NFC'),
    },
  };
}
