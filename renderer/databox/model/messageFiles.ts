import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { sanitizeFileName } from '../../../common/domain/attachments';
import type { DataMessageFile } from '../../../common/domain/databox';
import type { MessageFile } from '../../../common/isds/model';
import type { StorableFile } from '../../db/commands/registerDocument';

/** The MIME type of a ZFO (the signed data message as Software602 defined it). */
export const ZFO_MIME = 'application/vnd.software602.filler.form-xml-zip';

/** Extensions that run when opened on Windows (or that a shell runs), however they arrive. */
const EXECUTABLE_EXTENSIONS = new Set([
  'exe',
  'com',
  'bat',
  'cmd',
  'scr',
  'pif',
  'msi',
  'msp',
  'cpl',
  'dll',
  'sys',
  'drv',
  'js',
  'jse',
  'vbs',
  'vbe',
  'wsf',
  'wsh',
  'hta',
  'ps1',
  'psm1',
  'jar',
  'lnk',
  'reg',
  'sh',
  'app',
  'appx',
  'msix',
  'scf',
  'inf',
  'gadget',
  'application',
  'iso',
  'img',
]);

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot >= 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** A program by its name or by its first bytes (MZ, ELF, a shebang). */
export function looksExecutable(name: string, bytes: Uint8Array): boolean {
  if (EXECUTABLE_EXTENSIONS.has(extensionOf(name))) return true;
  if (bytes[0] === 0x4d && bytes[1] === 0x5a) return true;
  if (bytes[0] === 0x7f && bytes[1] === 0x45 && bytes[2] === 0x4c && bytes[3] === 0x46) return true;
  return bytes[0] === 0x23 && bytes[1] === 0x21;
}

/** A MIME type as a header value may carry it; anything else is stored as plain bytes. */
const MIME_SHAPE = /^[a-z0-9!#$&^_.+-]{1,63}\/[a-z0-9!#$&^_.+-]{1,63}$/i;

function safeMime(mime: string): string {
  const bare = mime.split(';')[0]?.trim().toLowerCase() ?? '';
  return MIME_SHAPE.test(bare) ? bare : 'application/octet-stream';
}

/** "a.pdf", "a.pdf" → "a.pdf", "a (2).pdf": two files of a message never share a name on disk. */
function distinctName(name: string, taken: Set<string>): string {
  if (!taken.has(name.toLowerCase())) return name;
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const ext = dot > 0 ? name.slice(dot) : '';
  for (let n = 2; ; n++) {
    const candidate = `${stem} (${n})${ext}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

export interface PreparedMessageFile {
  file: DataMessageFile;
  storable: StorableFile;
  executable: boolean;
  /** The name had to change to be safe (a path, a device name, control characters, length). */
  renamed: boolean;
}

function blobOf(bytes: Uint8Array, mime: string): Blob {
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mime });
}

/**
 * The files of a message as the journal stores them: safe distinct names, a sane MIME
 * type, hashes — computed before a transaction opens (hashing inside one would let
 * IndexedDB commit it early). `hashes` are the files' SHA-256 when the caller has them
 * already (see `sha256HexAsync`); else they are computed here.
 */
export function prepareMessageFiles(
  files: ReadonlyArray<MessageFile>,
  hashes?: ReadonlyArray<string>,
): PreparedMessageFile[] {
  const taken = new Set<string>();
  return files.map((source, index) => {
    const sanitized = sanitizeFileName(source.dmFileDescr);
    const name = distinctName(sanitized, taken);
    taken.add(name.toLowerCase());
    const mime = safeMime(source.dmMimeType);
    const renamed = sanitized !== source.dmFileDescr.normalize('NFC');
    return {
      file: {
        index,
        name,
        originalName: source.dmFileDescr,
        mime,
        metaType: source.dmFileMetaType,
        size: source.content.byteLength,
        componentId: null,
      },
      storable: {
        name,
        originalName: source.dmFileDescr,
        mime,
        size: source.content.byteLength,
        sha256: hashes?.[index] ?? sha256Hex(source.content),
        blob: blobOf(source.content, mime),
        renamed: name !== source.dmFileDescr.normalize('NFC'),
      },
      executable:
        looksExecutable(sanitized, source.content) ||
        looksExecutable(source.dmFileDescr, source.content),
      renamed,
    };
  });
}

/**
 * The signed original as a component of the registered document. `blob` is the ZFO's
 * Blob when the caller stores it elsewhere too (`isdsBlobs`): one Blob for both rows
 * instead of a copy of the bytes each.
 */
export function zfoComponent(
  dmID: string,
  zfo: Uint8Array,
  zfoSha256: string,
  blob: Blob = zfoBlob(zfo),
): StorableFile {
  const name = `${dmID}.zfo`;
  return {
    name,
    originalName: name,
    mime: ZFO_MIME,
    size: zfo.byteLength,
    sha256: zfoSha256,
    blob,
    renamed: false,
    role: 'signedOriginal',
  };
}

/** SHA-256 (hex) of bytes, synchronous (usable just before a transaction). */
export function sha256Hex(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes));
}

type Digest = (algorithm: 'SHA-256', data: Uint8Array<ArrayBuffer>) => Promise<ArrayBuffer>;

/** WebCrypto's digest where there is one (a secure context), bound to its object. */
function webDigest(): Digest | null {
  const subtle = (globalThis as { crypto?: { subtle?: SubtleCrypto } }).crypto?.subtle;
  return subtle ? (algorithm, data) => subtle.digest(algorithm, data) : null;
}

/**
 * SHA-256 (hex) of bytes by WebCrypto — native, several times faster than hashing in
 * JavaScript — or in JavaScript where WebCrypto is missing. Asynchronous: await it
 * before a Dexie transaction opens, never inside one (a promise that is not Dexie's
 * lets IndexedDB commit the transaction early).
 */
export async function sha256HexAsync(bytes: Uint8Array): Promise<string> {
  const digest = webDigest();
  if (!digest) return sha256Hex(bytes);
  return bytesToHex(new Uint8Array(await digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)));
}

/** The ZFO bytes as a Blob for `isdsBlobs`. */
export function zfoBlob(zfo: Uint8Array): Blob {
  return blobOf(zfo, ZFO_MIME);
}
