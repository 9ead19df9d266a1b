/**
 * How to check a SignerInfo's signature with Node's crypto: the hash, and for
 * RSASSA-PSS (RFC 4055) the padding and salt length its parameters give. PKCS#1 v1.5
 * and ECDSA come from the ZFO reader's table.
 */
import { constants, type KeyObject, type VerifyKeyObjectInput } from 'node:crypto';
import type * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { MalformedError, withPkijs } from '../../../isds/zfo/ber';
import { digestName, signatureHash } from '../../../isds/zfo/pki';

const RSASSA_PSS = '1.2.840.113549.1.1.10';
const MGF1 = '1.2.840.113549.1.1.8';
const SHA1 = '1.3.14.3.2.26';

export interface SignatureMethod {
  hash: string;
  key(publicKey: KeyObject): KeyObject | VerifyKeyObjectInput;
}

interface PssParameters {
  hashOid: string;
  maskOid: string;
  maskHashOid: string;
  saltLength: number;
  trailerField: number;
}

/** RFC 4055 §3.1, with its defaults (SHA-1, MGF1 with SHA-1, salt 20, trailer 1). */
function readPss(parameters: asn1js.AsnType | null): PssParameters | null {
  try {
    return withPkijs('RSASSA-PSS parameters', () => {
      const params = parameters
        ? new pkijs.RSASSAPSSParams({ schema: parameters })
        : new pkijs.RSASSAPSSParams();
      const mask = params.maskGenAlgorithm;
      return {
        hashOid: params.hashAlgorithm?.algorithmId || SHA1,
        maskOid: mask?.algorithmId || MGF1,
        maskHashOid: mask?.algorithmParams
          ? new pkijs.AlgorithmIdentifier({ schema: mask.algorithmParams }).algorithmId
          : SHA1,
        saltLength: params.saltLength ?? 20,
        trailerField: params.trailerField ?? 1,
      };
    });
  } catch (error) {
    if (error instanceof MalformedError) return null;
    throw error;
  }
}

function pssMethod(parameters: asn1js.AsnType | null): SignatureMethod | null {
  const params = readPss(parameters);
  const hash = params ? digestName(params.hashOid) : null;
  // Node's PSS uses MGF1 with the signature's own hash; anything else is not checked.
  if (!params || !hash || params.maskOid !== MGF1 || params.maskHashOid !== params.hashOid)
    return null;
  if (params.trailerField !== 1) return null;
  return {
    hash,
    key: (publicKey) => ({
      key: publicKey,
      padding: constants.RSA_PKCS1_PSS_PADDING,
      saltLength: params.saltLength,
    }),
  };
}

/** Null when the algorithm is one the verifier does not know. */
export function signatureMethod(
  signatureOid: string,
  digestOid: string,
  parameters: asn1js.AsnType | null,
): SignatureMethod | null {
  if (signatureOid === RSASSA_PSS) return pssMethod(parameters);
  const hash = signatureHash(signatureOid, digestOid);
  return hash ? { hash, key: (publicKey) => publicKey } : null;
}
