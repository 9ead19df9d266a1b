/**
 * The ESS signing-certificate attributes (RFC 2634 §5.4 ESSCertID with SHA-1, RFC 5035
 * ESSCertIDv2): the signer binds the hash of its certificate into the signed
 * attributes, so that no other certificate with the same key can be passed off as the
 * signer's. PAdES baseline signatures (ETSI EN 319 122-1 §5.2.2.3) must carry it.
 */
import * as asn1js from 'asn1js';
import type { CmsSigner } from '../../../isds/zfo/cms';
import { digest, digestName, sameBytes } from '../../../isds/zfo/pki';
import type { Certificate } from '../../../isds/zfo/x509';

const SIGNING_CERTIFICATE_V2 = '1.2.840.113549.1.9.16.2.47';
const SIGNING_CERTIFICATE = '1.2.840.113549.1.9.16.2.12';
const SHA256 = '2.16.840.1.101.3.4.2.1';

export type SigningCertificateBinding = 'matches' | 'missing' | 'mismatch';

function children(node: asn1js.AsnType | undefined): asn1js.AsnType[] | null {
  return node instanceof asn1js.Sequence ? node.valueBlock.value : null;
}

/** The certificate hash and its algorithm from the first ESSCertID(v2); null when unreadable. */
function firstCertId(
  value: asn1js.AsnType | undefined,
  v2: boolean,
): { hash: string | null; certHash: Uint8Array } | null {
  const certIds = children(children(value)?.[0]);
  const parts = children(certIds?.[0]);
  if (!parts || parts.length === 0) return null;
  let algorithm = v2 ? SHA256 : '1.3.14.3.2.26';
  let index = 0;
  const first = parts[0];
  if (v2 && first instanceof asn1js.Sequence) {
    const oid = first.valueBlock.value[0];
    if (!(oid instanceof asn1js.ObjectIdentifier)) return null;
    algorithm = oid.valueBlock.toString();
    index = 1;
  }
  const certHash = parts[index];
  if (!(certHash instanceof asn1js.OctetString) || certHash.idBlock.isConstructed) return null;
  return { hash: digestName(algorithm), certHash: certHash.valueBlock.valueHexView };
}

function bindingOf(
  signer: CmsSigner,
  type: string,
  certificate: Certificate,
): SigningCertificateBinding | null {
  const attributes = signer.signedAttributes.filter((item) => item.type === type);
  if (attributes.length === 0) return null;
  if (attributes.length > 1 || attributes[0]!.values.length !== 1) return 'mismatch';
  const certId = firstCertId(attributes[0]!.values[0], type === SIGNING_CERTIFICATE_V2);
  if (!certId?.hash) return 'mismatch';
  return sameBytes(digest(certId.hash, certificate.der), certId.certHash) ? 'matches' : 'mismatch';
}

/** Whether the signed attributes name `certificate` as the signer's (v2 preferred over v1). */
export function signingCertificateBinding(
  signer: CmsSigner,
  certificate: Certificate,
): SigningCertificateBinding {
  return (
    bindingOf(signer, SIGNING_CERTIFICATE_V2, certificate) ??
    bindingOf(signer, SIGNING_CERTIFICATE, certificate) ??
    'missing'
  );
}
