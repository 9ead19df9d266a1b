/**
 * Reads the CMS layer of a ZFO: a BER/DER ContentInfo holding SignedData (RFC 5652)
 * whose encapsulated content is the ISDS XML. Nothing is verified here.
 */
import { parseSignedData, type CmsSignedData, type CmsSigner } from './cms';
import { MalformedError } from './ber';
import { notZfo } from './errors';
import type { Certificate } from './x509';

export interface OpenedZfo {
  signedData: CmsSignedData;
  /** The encapsulated content: the XML's UTF-8 bytes, exactly as sealed. */
  content: Uint8Array;
  contentType: string;
  /** The first SignerInfo (ISDS writes one). */
  signer: CmsSigner | null;
  /** Every X.509 certificate the SignedData carries. */
  certificates: Certificate[];
}

/** Parses the CMS wrapper; anything but a SignedData with content throws `errors.zfo.notZfo`. */
export function openZfo(bytes: Uint8Array): OpenedZfo {
  // A DER SEQUENCE; a PDF or a text file stops here.
  if (bytes.byteLength < 16 || bytes[0] !== 0x30) throw notZfo();
  let signedData: CmsSignedData;
  try {
    signedData = parseSignedData(bytes);
  } catch (error) {
    if (error instanceof MalformedError) throw notZfo();
    throw error;
  }
  const content = signedData.content;
  if (!content || content.byteLength === 0) throw notZfo();
  return {
    signedData,
    content,
    contentType: signedData.contentType,
    signer: signedData.signers[0] ?? null,
    certificates: signedData.certificates,
  };
}
