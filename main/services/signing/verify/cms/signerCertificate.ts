/** The certificate a SignerInfo names (RFC 5652 §5.3 sid), among those the SignedData carries. */
import type { CmsSignedData, CmsSigner } from '../../../isds/zfo/cms';
import { digest, sameBytes } from '../../../isds/zfo/pki';
import type { Certificate } from '../../../isds/zfo/x509';

export function signerCertificate(
  signedData: CmsSignedData,
  signer: CmsSigner,
): Certificate | null {
  const sid = signer.sid;
  return (
    signedData.certificates.find((certificate) =>
      sid.kind === 'issuerSerial'
        ? sameBytes(certificate.issuerDer, sid.issuerDer) &&
          sameBytes(certificate.serial, sid.serial)
        : (certificate.subjectKeyId !== null && sameBytes(certificate.subjectKeyId, sid.keyId)) ||
          sameBytes(digest('sha1', certificate.publicKeyBits), sid.keyId),
    ) ?? null
  );
}
