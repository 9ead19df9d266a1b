/**
 * Verifies a ZFO — a data message or a delivery info as ISDS sealed it — and reports
 * what holds: the seal (CMS signature over the exact bytes, and whether its certificate
 * chains to a trusted CA), the qualified timestamp over dmHash, and the decoded content.
 */
import { createHash } from 'node:crypto';
import type { SealCheck, ZfoReport } from '../../../../common/contract/isds';
import { decodeSignedContent } from '../../../../common/isds/codec';
import type { MessageHash, SignedContent } from '../../../../common/isds/model';
import { certificateInfo } from './certificateInfo';
import { notMessage } from './errors';
import { openZfo, type OpenedZfo } from './openZfo';
import { checkSigner } from './signerCheck';
import { checkTimestamp } from './timestamp';
import { ZfoTrust } from './trust';

export { openZfo, type OpenedZfo } from './openZfo';

export interface VerifyZfoOptions {
  /**
   * The CAs a seal may chain to: a ZfoTrust (parsed once, remembers its verdicts — what
   * main should hold), or PEM texts / DER certificates, of which those that do not parse
   * are left out (a broken setting must not stop ZFOs from being read; it trusts nothing).
   */
  trustAnchors: ZfoTrust | ReadonlyArray<string | Uint8Array>;
  /** When the seal names no signing time, the certificates are checked at this time. */
  now?: Date;
}

/** PEM lists seen before, parsed once (a caller that passes the same list each time). */
const trustByPem = new Map<string, ZfoTrust>();
const TRUST_CACHE_SIZE = 8;

function trustOf(anchors: VerifyZfoOptions['trustAnchors']): ZfoTrust {
  if (anchors instanceof ZfoTrust) return anchors;
  if (!anchors.every((item): item is string => typeof item === 'string'))
    return ZfoTrust.readable(anchors);
  const key = anchors.join('\n');
  let trust = trustByPem.get(key);
  if (!trust) {
    trust = ZfoTrust.readable(anchors);
    if (trustByPem.size >= TRUST_CACHE_SIZE) trustByPem.clear();
    trustByPem.set(key, trust);
  }
  return trust;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decodeContent(content: Uint8Array): SignedContent {
  let xml: string;
  try {
    xml = utf8.decode(content);
  } catch {
    throw notMessage();
  }
  if (!xml.trimStart().startsWith('<')) throw notMessage();
  const decoded = decodeSignedContent(xml);
  if (!decoded.ok) throw notMessage();
  return decoded.value;
}

function hashAndTimestamp(content: SignedContent): {
  dmHash: MessageHash | null;
  dmQTimestamp: Uint8Array | null;
} {
  const carrier = content.kind === 'delivery' ? content.delivery : content.message;
  return { dmHash: carrier.dmHash ?? null, dmQTimestamp: carrier.dmQTimestamp ?? null };
}

function checkSeal(opened: OpenedZfo, trust: ZfoTrust, now: Date): SealCheck {
  const signer = checkSigner(opened.signedData, opened.content);
  const certificate = signer.certificate ? certificateInfo(signer.certificate) : null;
  const signingTime = signer.signingTime?.toISOString() ?? null;
  if (!signer.ok || !signer.certificate)
    return {
      valid: false,
      trusted: false,
      problem: `zfo.seal.${signer.problem ?? 'noCertificate'}`,
      certificate,
      signingTime,
    };
  const others = opened.certificates.filter((item) => item !== signer.certificate);
  const verdict = trust.check(signer.certificate, others, signer.signingTime ?? now);
  return {
    valid: true,
    trusted: verdict.trusted,
    problem: verdict.problem,
    certificate,
    signingTime,
  };
}

/**
 * Throws `errors.zfo.notZfo` for anything that is not a CMS SignedData with content and
 * `errors.zfo.notMessage` when the content is not a message or a delivery info; a ZFO
 * whose seal does not verify is reported (valid: false, with the problem), not thrown.
 */
export async function verifyZfo(bytes: Uint8Array, options: VerifyZfoOptions): Promise<ZfoReport> {
  const opened = openZfo(bytes);
  const content = decodeContent(opened.content);
  const { dmHash, dmQTimestamp } = hashAndTimestamp(content);
  const trust = trustOf(options.trustAnchors);
  const seal = checkSeal(opened, trust, options.now ?? new Date());
  const timestamp = checkTimestamp(dmQTimestamp, dmHash, trust);
  return {
    seal,
    timestamp,
    content,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}
