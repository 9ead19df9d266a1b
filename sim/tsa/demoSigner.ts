/**
 * The demo mayor's signing certificate, issued by the simulator's CA: RSA 2048, key
 * usage digitalSignature + nonRepudiation, the qualified-certificate statements
 * (QcCompliance, QcType esign — the demo shows a "qualified" signature; the CA is the
 * simulator's, trusted only where the demo trusts it), delivered as a PKCS#12 file made
 * with pkijs (PBES2: PBKDF2-SHA256 + AES-256-CBC, HMAC-SHA256 MAC), which the app opens
 * like any file a real CA hands out.
 */
import { randomBytes } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import type { Authority } from '../isds/seal/authority';
import { KeyUsage } from '../isds/seal/certificates';
import { issueEndEntity } from '../isds/seal/endEntity';
import { privateKeyPem } from '../isds/seal/keys';
import { certificatePem, simPkiEngine, subtle } from '../isds/seal/pki';

const QC_STATEMENTS = '1.3.6.1.5.5.7.1.3';
const QC_COMPLIANCE = '0.4.0.1862.1.1';
const QC_TYPE = '0.4.0.1862.1.6';
const QC_TYPE_ESIGN = '0.4.0.1862.1.6.1';

/** Valid from yesterday (real clock) for three years. */
const VALID_DAYS = 3 * 365;
const PBKDF2_ITERATIONS = 100_000;

export interface DemoSigningCertificate {
  /** Key + certificate + the simulator's root, PKCS#12, protected by `password`. */
  p12: Uint8Array;
  password: string;
  certPem: string;
  /** PKCS#8, PEM. */
  keyPem: string;
  caPem: string;
}

function qcStatements(): asn1js.Sequence {
  return new asn1js.Sequence({
    value: [
      new asn1js.Sequence({ value: [new asn1js.ObjectIdentifier({ value: QC_COMPLIANCE })] }),
      new asn1js.Sequence({
        value: [
          new asn1js.ObjectIdentifier({ value: QC_TYPE }),
          new asn1js.Sequence({ value: [new asn1js.ObjectIdentifier({ value: QC_TYPE_ESIGN })] }),
        ],
      }),
    ],
  });
}

/**
 * A PKCS#12 file of `privateKeys` (PKCS#8 DER, each in a shrouded key bag) and
 * `certificates`, all under `password`. Exported for tests that need what openssl
 * cannot make, such as a file with several keys.
 */
export async function makePkcs12(
  privateKeys: Uint8Array[],
  certificates: pkijs.Certificate[],
  password: string,
): Promise<Uint8Array> {
  const crypto = simPkiEngine();
  const secret = new TextEncoder().encode(password).buffer;
  const encryption = {
    password: secret,
    // pkijs makes the IV itself; the DOM typing of AES-CBC params (web-side type check)
    // insists on one, Node's does not.
    contentEncryptionAlgorithm: {
      name: 'AES-CBC',
      length: 256,
    } as unknown as pkijs.ContentEncryptionAlgorithm,
    hmacHashAlgorithm: 'SHA-256',
    iterationCount: PBKDF2_ITERATIONS,
  };
  const keyBags = await Promise.all(
    privateKeys.map(async (der) => {
      const bag = new pkijs.PKCS8ShroudedKeyBag({
        parsedValue: pkijs.PrivateKeyInfo.fromBER(Uint8Array.from(der).buffer),
      });
      await bag.makeInternalValues(encryption, crypto);
      return bag;
    }),
  );
  const safe = new pkijs.AuthenticatedSafe({
    parsedValue: {
      safeContents: [
        {
          privacyMode: 0,
          value: new pkijs.SafeContents({
            safeBags: keyBags.map(
              (bagValue) => new pkijs.SafeBag({ bagId: '1.2.840.113549.1.12.10.1.2', bagValue }),
            ),
          }),
        },
        {
          privacyMode: 1,
          value: new pkijs.SafeContents({
            safeBags: certificates.map(
              (certificate) =>
                new pkijs.SafeBag({
                  bagId: '1.2.840.113549.1.12.10.1.3',
                  bagValue: new pkijs.CertBag({ parsedValue: certificate }),
                }),
            ),
          }),
        },
      ],
    },
  });
  await safe.makeInternalValues({ safeContents: [{}, encryption] }, crypto);
  const pfx = new pkijs.PFX({ parsedValue: { integrityMode: 0, authenticatedSafe: safe } });
  await pfx.makeInternalValues(
    {
      password: secret,
      iterations: PBKDF2_ITERATIONS,
      pbkdf2HashAlgorithm: 'SHA-256',
      hmacHashAlgorithm: 'SHA-256',
    },
    crypto,
  );
  return new Uint8Array(pfx.toSchema().toBER(false));
}

/** Issues the demo signer's certificate (`commonName`, e.g. the mayor) and its PKCS#12. */
export async function issueDemoSigningCertificate(
  authority: Authority,
  commonName: string,
  password: string = randomBytes(12).toString('base64url'),
): Promise<DemoSigningCertificate> {
  const { keys, certificate } = await issueEndEntity(authority, commonName, {
    validDays: VALID_DAYS,
    keyUsage: [KeyUsage.digitalSignature, KeyUsage.nonRepudiation],
    extensions: [
      new pkijs.Extension({
        extnID: QC_STATEMENTS,
        critical: false,
        extnValue: qcStatements().toBER(false),
      }),
    ],
  });
  const pkcs8 = new Uint8Array(await subtle.exportKey('pkcs8', keys.privateKey));
  return {
    p12: await makePkcs12([pkcs8], [certificate, authority.ca.certificate], password),
    password,
    certPem: certificatePem(certificate),
    keyPem: await privateKeyPem(keys.privateKey),
    caPem: certificatePem(authority.ca.certificate),
  };
}
