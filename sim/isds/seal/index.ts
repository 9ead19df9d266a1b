/**
 * The simulator's seals and certificates for ISDS: ZFOs sealed as ISDS seals them,
 * RFC 3161 timestamps for dmQTimestamp, the dmHash convention, and TLS certificates
 * for the certificate logins. The app trusts `caCertPem` (the demo passes it to the
 * client's ZFO verifier and to its TLS agent).
 */
import { loadOrCreateAuthority, type Authority } from './authority';
import { computeDmHash } from './dmHash';
import { certificatePem } from './pki';
import { sealXml } from './seal';
import { sealMessage, type SealedMessage } from './sealMessage';
import { makeTimestampToken } from './timestamp';
import { issueClientCertificate, issueServerCertificate, type IssuedCertificate } from './tls';
import type { MessageHash, SignedContent } from '../../../common/isds/model';

export { computeDmHash, dmDmElement } from './dmHash';
export type { SealedMessage } from './sealMessage';
export { caDirectory, CA_NAME, SEAL_NAME, TSA_NAME } from './authority';
export { SIM_TSA_POLICY } from './timestamp';
export type { IssuedCertificate } from './tls';

export interface SealAuthority {
  /** The root every simulator certificate chains to, PEM. */
  readonly caCertPem: string;
  readonly sealCertPem: string;
  readonly tsaCertPem: string;
  /** A ZFO: the XML sealed as CMS SignedData (DER); signingTime defaults to now. */
  sealContent(xml: string, signingTime?: Date): Promise<Uint8Array>;
  /**
   * An RFC 3161 TimeStampToken (DER) over an imprint: `algorithm` as ISDS names it
   * ("SHA-256"), `value` the hash's bytes or their base64 (as dmHash carries them),
   * `genTime` the simulator's clock.
   */
  timestampToken(algorithm: string, value: Uint8Array | string, genTime: Date): Promise<Uint8Array>;
  /** dmHash of a dmDm element as the simulator serialised it, and its timestamp. */
  stampDmDm(
    dmDmXml: string,
    genTime: Date,
  ): Promise<{ dmHash: MessageHash; dmQTimestamp: Uint8Array }>;
  /**
   * A whole ZFO of a message or delivery info: dmHash (the simulator's convention) and
   * dmQTimestamp filled in, sealed; `at` is the simulator's clock.
   */
  sealMessage(content: SignedContent, at: Date): Promise<SealedMessage>;
  /** TLS server certificate for the simulator's HTTPS listener. */
  issueTlsServerCert(hostnames: string[], passphrase?: string): Promise<IssuedCertificate>;
  /** TLS client certificate for a certificate login. */
  issueClientCert(commonName: string, passphrase?: string): Promise<IssuedCertificate>;
}

function bind(authority: Authority): SealAuthority {
  const timestampToken = (algorithm: string, value: Uint8Array | string, genTime: Date) =>
    makeTimestampToken(authority.tsa, algorithm, value, genTime);
  const sealContent = (xml: string, signingTime?: Date) =>
    sealXml(authority.seal, xml, signingTime ?? new Date());
  return {
    caCertPem: certificatePem(authority.ca.certificate),
    sealCertPem: certificatePem(authority.seal.certificate),
    tsaCertPem: certificatePem(authority.tsa.certificate),
    sealContent,
    timestampToken,
    sealMessage: (content, at) => sealMessage({ sealContent, timestampToken }, content, at),
    async stampDmDm(dmDmXml, genTime) {
      const dmHash = computeDmHash(dmDmXml);
      return {
        dmHash,
        dmQTimestamp: await timestampToken(dmHash.algorithm, dmHash.value, genTime),
      };
    },
    issueTlsServerCert: (hostnames, passphrase) =>
      issueServerCertificate(authority, hostnames, passphrase),
    issueClientCert: (commonName, passphrase) =>
      issueClientCertificate(authority, commonName, passphrase),
  };
}

/**
 * The authority of a simulator: kept in `<dataDir>/isds/ca/` (made there on first use,
 * read back afterwards), or a fresh one in memory when `dataDir` is null.
 */
export async function openSealAuthority(options: {
  dataDir: string | null;
}): Promise<SealAuthority> {
  return bind(await loadOrCreateAuthority(options.dataDir));
}

/** The root certificate (PEM) of the simulator that keeps its data in `dataDir`. */
export async function simCaCertificatePem(dataDir: string): Promise<string> {
  return (await openSealAuthority({ dataDir })).caCertPem;
}
