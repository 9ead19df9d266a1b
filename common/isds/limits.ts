import { ISDS_LIMITS } from '../contract/isds';
import type { OutgoingMessage } from './model';

/**
 * What ISDS refuses in a message to send (a normal message, not VoDZ), checked before
 * CreateMessage so the user gets a Czech explanation instead of an ISDS error code.
 * Each issue names an i18n key under `isds.limits.` (renderer/i18n/locales/<lang>/isds.ts)
 * and its parameters; `file` is the index of the file it concerns.
 */

export type LimitCode =
  | 'isds.limits.noFiles'
  | 'isds.limits.tooManyFiles'
  | 'isds.limits.tooLarge'
  | 'isds.limits.fileEmpty'
  | 'isds.limits.fileNameEmpty'
  | 'isds.limits.fileNameTooLong'
  | 'isds.limits.formatNotAllowed'
  | 'isds.limits.firstNotMain'
  | 'isds.limits.mainNotFirst'
  | 'isds.limits.recipientInvalid'
  | 'isds.limits.annotationEmpty'
  | 'isds.limits.annotationTooLong';

export interface LimitIssue {
  code: LimitCode;
  params: Record<string, string | number>;
  file?: number;
}

/**
 * File formats ISDS accepts in a data message, by file-name extension: vyhláška
 * č. 194/2009 Sb., příloha č. 3 (ve znění pozdějších předpisů), as the ISDS Provozní
 * řád lists them ("Přípustné formáty datových zpráv"). Written from that list as the
 * author knows it — check against the current Provozní řád when ISDS changes it.
 */
export const ALLOWED_EXTENSIONS: ReadonlySet<string> = new Set([
  // documents
  'pdf',
  'xml',
  'fo',
  'zfo',
  'html',
  'htm',
  'odt',
  'ods',
  'odp',
  'txt',
  'rtf',
  'doc',
  'docx',
  'xls',
  'xlsx',
  'ppt',
  'pptx',
  'isdoc',
  'isdocx',
  'edi',
  // images
  'jpg',
  'jpeg',
  'jfif',
  'png',
  'tif',
  'tiff',
  'gif',
  // sound and video (MPEG-1/2, WAV, MP3)
  'mpeg',
  'mpg',
  'mpeg1',
  'mpeg2',
  'mp1',
  'mp2',
  'mp3',
  'wav',
  // drawings and geodata
  'dwg',
  'dgn',
  'shp',
  'dbf',
  'shx',
  'prj',
  'qix',
  'sbn',
  'sbx',
  'gml',
  'gfs',
  'xsd',
  // certificates, signatures, time stamps, signature containers
  'cer',
  'crt',
  'der',
  'pem',
  'p7b',
  'p7c',
  'p7s',
  'p7m',
  'p7f',
  'tst',
  'tsr',
  'asics',
  'asice',
  'sce',
  'scs',
]);

const BOX_ID = /^[a-z0-9]{7}$/;
const MB = 1024 * 1024;

/** The extension a file name ends with, lower-case; '' when it has none. */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 || dot === name.length - 1 ? '' : name.slice(dot + 1).toLowerCase();
}

/** Every limit the message breaks (empty when it may be sent). */
export function checkOutgoing(message: OutgoingMessage): LimitIssue[] {
  const issues: LimitIssue[] = [];
  const { envelope, files } = message;

  if (!BOX_ID.test(envelope.dbIDRecipient))
    issues.push({
      code: 'isds.limits.recipientInvalid',
      params: { value: envelope.dbIDRecipient },
    });
  const annotation = envelope.dmAnnotation.trim();
  const annotationLength = Array.from(envelope.dmAnnotation).length;
  if (annotation === '') issues.push({ code: 'isds.limits.annotationEmpty', params: {} });
  else if (annotationLength > ISDS_LIMITS.maxAnnotationLength)
    issues.push({
      code: 'isds.limits.annotationTooLong',
      params: { length: annotationLength, max: ISDS_LIMITS.maxAnnotationLength },
    });

  if (files.length === 0) {
    issues.push({ code: 'isds.limits.noFiles', params: {} });
    return issues;
  }
  if (files.length > ISDS_LIMITS.maxFiles)
    issues.push({
      code: 'isds.limits.tooManyFiles',
      params: { count: files.length, max: ISDS_LIMITS.maxFiles },
    });
  const total = files.reduce((sum, file) => sum + file.content.length, 0);
  if (total > ISDS_LIMITS.maxTotalBytes)
    issues.push({
      code: 'isds.limits.tooLarge',
      params: {
        size: Math.ceil((total / MB) * 10) / 10,
        max: ISDS_LIMITS.maxTotalBytes / MB,
        bytes: total,
      },
    });

  files.forEach((file, index) => {
    const name = file.dmFileDescr;
    const length = Array.from(name).length;
    if (name.trim() === '')
      issues.push({ code: 'isds.limits.fileNameEmpty', params: {}, file: index });
    else if (length > ISDS_LIMITS.maxFileNameLength)
      issues.push({
        code: 'isds.limits.fileNameTooLong',
        params: { name, length, max: ISDS_LIMITS.maxFileNameLength },
        file: index,
      });
    if (name.trim() !== '' && !ALLOWED_EXTENSIONS.has(extensionOf(name)))
      issues.push({
        code: 'isds.limits.formatNotAllowed',
        params: { name, extension: extensionOf(name) },
        file: index,
      });
    if (file.content.length === 0)
      issues.push({ code: 'isds.limits.fileEmpty', params: { name }, file: index });
    if (index === 0 && file.dmFileMetaType !== 'main')
      issues.push({ code: 'isds.limits.firstNotMain', params: { name }, file: index });
    if (index > 0 && file.dmFileMetaType === 'main')
      issues.push({ code: 'isds.limits.mainNotFirst', params: { name }, file: index });
  });
  return issues;
}
