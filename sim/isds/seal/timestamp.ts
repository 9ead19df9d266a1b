/**
 * RFC 3161 TimeStampTokens over a given imprint, as ISDS puts one in dmQTimestamp: a
 * SignedData over a TSTInfo, with the ESS signingCertificateV2 attribute that names
 * the TSA's certificate (RFC 5816), so that `openssl ts -verify` accepts it too.
 */
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { attribute, signedData, type Signer } from './cms';
import { certificateDer, ISDS_DIGESTS, OID, positiveSerial, subtle } from './pki';

/** The simulator's TSA policy: under 2.999, the arc X.660 keeps for examples. */
export const SIM_TSA_POLICY = '2.999.3161.1';

function imprintBytes(value: Uint8Array | string): Uint8Array {
  return typeof value === 'string'
    ? new Uint8Array(Buffer.from(value.replace(/\s+/g, ''), 'base64'))
    : value;
}

/** The ESS attribute that binds the TSA's certificate to its tokens. */
export async function signingCertificateV2(
  certificate: pkijs.Certificate,
): Promise<asn1js.Sequence> {
  const hash = new Uint8Array(await subtle.digest('SHA-256', certificateDer(certificate)));
  // SigningCertificateV2 { certs SEQUENCE OF ESSCertIDv2 { certHash } }; SHA-256 is the default.
  return new asn1js.Sequence({
    value: [
      new asn1js.Sequence({
        value: [
          new asn1js.Sequence({ value: [new asn1js.OctetString({ valueHex: hash.buffer })] }),
        ],
      }),
    ],
  });
}

/**
 * A TimeStampToken (DER) stamping `value` — the hash's bytes, or its base64 as
 * dmHash carries it — computed with `algorithm` (an ISDS name: "SHA-256", "SHA-1", …).
 */
export async function makeTimestampToken(
  tsa: Signer,
  algorithm: string,
  value: Uint8Array | string,
  genTime: Date,
): Promise<Uint8Array> {
  const digest = ISDS_DIGESTS[algorithm.trim().toUpperCase()];
  if (!digest) throw new Error(`unknown hash algorithm for a timestamp: ${algorithm}`);
  const hashed = imprintBytes(value);
  const tstInfo = new pkijs.TSTInfo({
    version: 1,
    policy: SIM_TSA_POLICY,
    messageImprint: new pkijs.MessageImprint({
      hashAlgorithm: new pkijs.AlgorithmIdentifier({
        algorithmId: digest.oid,
        algorithmParams: new asn1js.Null(),
      }),
      hashedMessage: new asn1js.OctetString({ valueHex: hashed.slice().buffer }),
    }),
    serialNumber: positiveSerial(8),
    genTime,
    tsa: new pkijs.GeneralName({ type: 4, value: tsa.certificate.subject }),
  });
  const content = new Uint8Array(tstInfo.toSchema().toBER(false));
  return signedData(OID.tstInfo, content, tsa, [
    attribute(OID.signingCertificateV2, await signingCertificateV2(tsa.certificate)),
  ]);
}
