/**
 * RFC 3161 answers of the simulator's timestamp authority: the request read, a TSTInfo
 * with the request's imprint and nonce signed by the simulator's TSA certificate (the
 * one of `sim/isds/seal`, whose extended key usage is timeStamping, critical), wrapped
 * in a TimeStampResp. `makeTimestampToken` of the seal module stamps without a nonce,
 * so the token is made here.
 */
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { attribute, signedData, type Signer } from '../isds/seal/cms';
import { OID, positiveSerial, simPkiEngine } from '../isds/seal/pki';
import { signingCertificateV2, SIM_TSA_POLICY } from '../isds/seal/timestamp';

/** PKIStatus (RFC 3161 §2.4.2). */
export const PKI_STATUS = { granted: 0, rejection: 2 } as const;
/** PKIFailureInfo bits the simulator reports. */
const FAILURE = { badAlg: 0, badRequest: 2, badDataFormat: 5 } as const;

const DIGEST_LENGTHS: Record<string, number> = {
  '2.16.840.1.101.3.4.2.1': 32,
  '2.16.840.1.101.3.4.2.2': 48,
  '2.16.840.1.101.3.4.2.3': 64,
};

export interface TimestampRequest {
  hashAlgorithm: string;
  imprint: Uint8Array;
  /** The nonce's INTEGER contents, as sent; null when none was. */
  nonce: Uint8Array | null;
  certReq: boolean;
}

/** Reads a DER TimeStampReq; null when it is not one. */
export function readTimestampRequest(body: Uint8Array): TimestampRequest | null {
  simPkiEngine();
  try {
    const parsed = asn1js.fromBER(Uint8Array.from(body).buffer);
    if (parsed.offset !== body.byteLength) return null;
    const request = new pkijs.TimeStampReq({ schema: parsed.result });
    return {
      hashAlgorithm: request.messageImprint.hashAlgorithm.algorithmId,
      imprint: request.messageImprint.hashedMessage.valueBlock.valueHexView.slice(),
      nonce: request.nonce ? request.nonce.valueBlock.valueHexView.slice() : null,
      certReq: request.certReq ?? false,
    };
  } catch {
    return null;
  }
}

/** A TimeStampToken (ContentInfo DER) over `imprint`, echoing `nonce`. */
export async function timestampToken(
  tsa: Signer,
  request: Pick<TimestampRequest, 'hashAlgorithm' | 'imprint' | 'nonce'>,
  genTime: Date,
): Promise<Uint8Array> {
  const tstInfo = new pkijs.TSTInfo({
    version: 1,
    policy: SIM_TSA_POLICY,
    messageImprint: new pkijs.MessageImprint({
      hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: request.hashAlgorithm }),
      hashedMessage: new asn1js.OctetString({ valueHex: Uint8Array.from(request.imprint).buffer }),
    }),
    serialNumber: positiveSerial(10),
    genTime,
    accuracy: new pkijs.Accuracy({ seconds: 1 }),
    ...(request.nonce
      ? { nonce: new asn1js.Integer({ valueHex: Uint8Array.from(request.nonce).buffer }) }
      : {}),
    tsa: new pkijs.GeneralName({ type: 4, value: tsa.certificate.subject }),
  });
  const content = new Uint8Array(tstInfo.toSchema().toBER(false));
  return signedData(OID.tstInfo, content, tsa, [
    attribute(OID.signingCertificateV2, await signingCertificateV2(tsa.certificate)),
  ]);
}

/** TimeStampResp DER: granted with the token, or a rejection with a failure bit. */
export function timestampResponse(
  answer: { token: Uint8Array } | { failure: keyof typeof FAILURE; text: string },
): Uint8Array {
  let status: pkijs.PKIStatusInfo;
  let token: pkijs.ContentInfo | undefined;
  if ('token' in answer) {
    status = new pkijs.PKIStatusInfo({ status: PKI_STATUS.granted });
    token = pkijs.ContentInfo.fromBER(Uint8Array.from(answer.token).buffer);
  } else {
    const bit = FAILURE[answer.failure];
    const bits = new Uint8Array([0x80 >> bit]);
    status = new pkijs.PKIStatusInfo({
      status: PKI_STATUS.rejection,
      statusStrings: [new asn1js.Utf8String({ value: answer.text })],
      failInfo: new asn1js.BitString({ valueHex: bits.buffer, unusedBits: 7 - bit }),
    });
  }
  const response = new pkijs.TimeStampResp({ status, ...(token ? { timeStampToken: token } : {}) });
  return new Uint8Array(response.toSchema().toBER(false));
}

/** Whether the request's imprint has the length of its algorithm (only SHA-2 is stamped). */
export function imprintFits(request: TimestampRequest): boolean {
  const length = DIGEST_LENGTHS[request.hashAlgorithm];
  return length !== undefined && request.imprint.byteLength === length;
}
