/**
 * Signed PDFs for the verifier's tests, made with @libpdf/core: a plain document, a
 * PAdES or adbe.pkcs7.detached signature, a document timestamp, and an incremental
 * update that changes a page. Tests only.
 */
import { P12Signer, PDF, type SignOptions, type TimestampAuthority } from '@libpdf/core';
import type { SealAuthority } from '../../../../../sim/isds/seal';
import { P12_PASSWORD, type TestSigner } from './pki';

export async function plainPdf(
  text = 'Rozhodnutí o přidělení čísla popisného',
): Promise<Uint8Array> {
  const pdf = PDF.create();
  const page = pdf.addPage({ size: 'a4' });
  page.drawText(text.normalize('NFD').replace(/[\u0300-\u036f]/g, ''), { x: 50, y: 700, size: 14 });
  return pdf.save();
}

export type SignWith = Omit<SignOptions, 'signer'>;

export async function signPdf(
  bytes: Uint8Array,
  signer: TestSigner,
  options: SignWith = {},
): Promise<Uint8Array> {
  const pdf = await PDF.load(bytes);
  const p12 = await P12Signer.create(signer.p12, P12_PASSWORD);
  const result = await pdf.sign({ signer: p12, ...options });
  return result.bytes;
}

/** The simulator's TSA as libpdf's TimestampAuthority: tokens made in-process, no HTTP. */
export function simTimestampAuthority(
  authority: SealAuthority,
  genTime?: Date,
): TimestampAuthority {
  return {
    timestamp: (digest, algorithm) =>
      authority.timestampToken(algorithm, digest, genTime ?? new Date()),
  };
}

export async function addDocumentTimestamp(
  bytes: Uint8Array,
  authority: TimestampAuthority,
): Promise<Uint8Array> {
  const pdf = await PDF.load(bytes);
  return (await pdf.addTimestamp({ timestampAuthority: authority })).bytes;
}

/** An incremental update that draws on the first page: new content, the signed bytes untouched. */
export async function drawAfterSigning(bytes: Uint8Array): Promise<Uint8Array> {
  const pdf = await PDF.load(bytes);
  const page = pdf.getPage(0);
  if (!page) throw new Error('no page to draw on');
  page.drawText('Dopsano po podpisu', { x: 50, y: 600, size: 14 });
  return pdf.save({ incremental: true });
}

export function findBytes(haystack: Uint8Array, needle: string, from = 0): number {
  return Buffer.from(haystack.buffer, haystack.byteOffset, haystack.byteLength).indexOf(
    needle,
    from,
    'latin1',
  );
}

/** The two signed ranges joined: what `openssl cms -verify -content` checks against. */
export function signedBytesOf(
  bytes: Uint8Array,
  byteRange: [number, number, number, number],
): Uint8Array {
  const [, a, b, c] = byteRange;
  return Buffer.concat([bytes.subarray(0, a), bytes.subarray(b, b + c)]);
}

/** The /ByteRange of the n-th signature dictionary in file order. */
export function byteRangeAt(bytes: Uint8Array, index = 0): [number, number, number, number] {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const found = [...text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)][index];
  if (!found) throw new Error(`no /ByteRange #${index}`);
  return [Number(found[1]), Number(found[2]), Number(found[3]), Number(found[4])];
}
