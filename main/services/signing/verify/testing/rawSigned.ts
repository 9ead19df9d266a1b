/**
 * A hand-made PDF with one signature field whose /Contents is a zero-filled placeholder
 * and whose /ByteRange is filled around it; the placeholder then takes whatever CMS a
 * test wants — one `openssl cms -sign` made (an implementation independent of libpdf
 * and of the verifier), or deliberately broken bytes. Tests only.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireTool } from '../../../pdf/testTools';
import { byteRangeAt, signedBytesOf } from './pdfs';
import type { TestSigner } from './pki';
import { BYTE_RANGE_PLACEHOLDER, fillByteRange, rawPdf } from './rawPdf';

export interface PlaceholderOptions {
  subFilter?: string;
  /** Bytes reserved for the CMS. */
  reserve?: number;
  /** Object bodies to add or replace, by number (1 catalog, 3 page, 5 field, 6 signature). */
  objects?: Record<number, string>;
}

/** A one-page PDF whose signature field 5 holds signature dictionary 6, not yet signed. */
export function placeholderPdf(options: PlaceholderOptions = {}): Uint8Array {
  const content = 'BT /F1 14 Tf 50 700 Td (Usneseni zastupitelstva) Tj ET';
  const bodies: Record<number, string> = {
    1: '<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [5 0 R] /SigFlags 3 >> >>',
    2: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    3: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Annots [5 0 R] /Resources << /Font << /F1 7 0 R >> >> >>',
    4: `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    5: '<< /FT /Sig /T (Podpis starosty) /Type /Annot /Subtype /Widget /Rect [0 0 0 0] /F 132 /P 3 0 R /V 6 0 R >>',
    6: `<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /${options.subFilter ?? 'ETSI.CAdES.detached'} ${BYTE_RANGE_PLACEHOLDER} /Contents <${'0'.repeat(2 * (options.reserve ?? 8192))}> /M (D:20250301120000+01'00') >>`,
    7: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ...options.objects,
  };
  const count = Math.max(...Object.keys(bodies).map(Number));
  const objects = Array.from({ length: count }, (_, i) => bodies[i + 1] ?? 'null');
  return fillByteRange(rawPdf(objects));
}

/** The placeholder filled with `cms` (zero-padded); throws when it does not fit. */
export function withContents(pdf: Uint8Array, cms: Uint8Array): Uint8Array {
  const [, a, b] = byteRangeAt(pdf);
  const hex = Buffer.from(cms).toString('hex').toUpperCase();
  if (hex.length > b - a - 2) throw new Error('CMS larger than the placeholder');
  const out = Buffer.from(pdf);
  out.write(hex, a + 1, 'latin1');
  return new Uint8Array(out);
}

/** What the placeholder's /ByteRange covers. */
export function rangeBytes(pdf: Uint8Array): Uint8Array {
  return signedBytesOf(pdf, byteRangeAt(pdf));
}

/**
 * `openssl cms -sign` of `content`, detached, DER, with the signer's certificate; `flags`
 * add e.g. `-cades` (ESS signing-certificate-v2), `-noattr`, `-keyopt rsa_padding_mode:pss`.
 */
export function opensslSign(
  content: Uint8Array,
  signer: TestSigner,
  flags: string[] = [],
): Uint8Array {
  const openssl = requireTool('openssl', 'openssl');
  const dir = mkdtempSync(join(tmpdir(), 'pdf-verify-sign-'));
  try {
    writeFileSync(join(dir, 'content.bin'), content);
    writeFileSync(join(dir, 'signer.pem'), signer.certificatePem);
    writeFileSync(join(dir, 'signer.key'), signer.keyPem);
    execFileSync(
      openssl,
      [
        'cms',
        '-sign',
        '-binary',
        '-md',
        'sha256',
        '-in',
        'content.bin',
        '-signer',
        'signer.pem',
        '-inkey',
        'signer.key',
        '-outform',
        'DER',
        '-out',
        'sig.der',
        '-nosmimecap',
        ...flags,
      ],
      { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    return new Uint8Array(readFileSync(join(dir, 'sig.der')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A placeholder PDF signed by openssl. */
export function opensslSignedPdf(
  signer: TestSigner,
  flags: string[],
  options: PlaceholderOptions = {},
): Uint8Array {
  const pdf = placeholderPdf(options);
  return withContents(pdf, opensslSign(rangeBytes(pdf), signer, flags));
}
