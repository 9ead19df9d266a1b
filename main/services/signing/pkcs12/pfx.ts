/**
 * The contents of a PKCS#12 file (RFC 7292): its private keys (PKCS#8 DER) and X.509
 * certificates (DER), after the MAC has confirmed the password. Read with asn1js under
 * the same limits as every untrusted structure (`readBer`).
 */
import * as asn1js from 'asn1js';
import { MalformedError, octets, readBer } from '../../isds/zfo/ber';
import { wrongPassword } from '../errors';
import { algorithmOf, decryptWithPassword, macHolds } from './pbe';

const OID = {
  data: '1.2.840.113549.1.7.1',
  encryptedData: '1.2.840.113549.1.7.6',
  keyBag: '1.2.840.113549.1.12.10.1.1',
  shroudedKeyBag: '1.2.840.113549.1.12.10.1.2',
  certBag: '1.2.840.113549.1.12.10.1.3',
  safeContentsBag: '1.2.840.113549.1.12.10.1.6',
  x509Certificate: '1.2.840.113549.1.9.22.1',
} as const;

export interface Pkcs12Contents {
  /** PrivateKeyInfo (PKCS#8) DER of every key. */
  keys: Uint8Array[];
  certificates: Uint8Array[];
}

/** Nested safe-contents bags deeper than this are not a real file. */
const MAX_NESTING = 4;

function items(node: asn1js.AsnType | undefined, what: string): asn1js.AsnType[] {
  if (!(node instanceof asn1js.Sequence)) throw new MalformedError(`${what}: not a sequence`);
  return node.valueBlock.value;
}

function oid(node: asn1js.AsnType | undefined, what: string): string {
  if (!(node instanceof asn1js.ObjectIdentifier)) throw new MalformedError(`${what}: not an OID`);
  return node.valueBlock.toString();
}

/** The inside of an explicit `[0]` tag. */
function explicit(node: asn1js.AsnType | undefined, what: string): asn1js.AsnType {
  if (
    !(node instanceof asn1js.Constructed) ||
    node.idBlock.tagClass !== 3 ||
    node.idBlock.tagNumber !== 0 ||
    node.valueBlock.value.length !== 1
  )
    throw new MalformedError(`${what}: not [0]`);
  return node.valueBlock.value[0]!;
}

/** `[0] IMPLICIT OCTET STRING`: primitive, or constructed of OCTET STRING pieces (BER). */
function implicitOctets(node: asn1js.AsnType | undefined, what: string): Uint8Array {
  if (!node || node.idBlock.tagClass !== 3 || node.idBlock.tagNumber !== 0)
    throw new MalformedError(`${what}: not [0]`);
  if (node instanceof asn1js.Constructed) {
    const parts = node.valueBlock.value.map((piece) => octets(piece, what));
    return new Uint8Array(Buffer.concat(parts));
  }
  if (node instanceof asn1js.Primitive) return node.valueBlock.valueHexView;
  throw new MalformedError(`${what}: unreadable`);
}

/** ContentInfo of type data: the octets it holds. */
function dataContent(contentInfo: asn1js.AsnType, what: string): Uint8Array {
  const [type, content] = items(contentInfo, what);
  if (oid(type, what) !== OID.data) throw new MalformedError(`${what}: not data`);
  return octets(explicit(content, what), what);
}

function readBags(
  safeContents: Uint8Array,
  password: string,
  into: Pkcs12Contents,
  depth: number,
): void {
  if (depth > MAX_NESTING) throw new MalformedError('safe contents nested too deep');
  for (const bag of items(readBer(safeContents, 'safe contents'), 'safe contents')) {
    const [idNode, valueNode] = items(bag, 'safe bag');
    const value = explicit(valueNode, 'bag value');
    switch (oid(idNode, 'bag id')) {
      case OID.keyBag:
        into.keys.push(new Uint8Array(value.toBER(false)));
        break;
      case OID.shroudedKeyBag: {
        const [algorithm, encrypted] = items(value, 'encrypted private key');
        into.keys.push(
          decryptWithPassword(
            algorithmOf(algorithm, 'key encryption'),
            password,
            octets(encrypted, 'encrypted key'),
          ),
        );
        break;
      }
      case OID.certBag: {
        const [certType, certValue] = items(value, 'certificate bag');
        // SDSI certificates and CRLs have no use here.
        if (oid(certType, 'certificate type') === OID.x509Certificate)
          into.certificates.push(octets(explicit(certValue, 'certificate'), 'certificate').slice());
        break;
      }
      case OID.safeContentsBag:
        readBags(new Uint8Array(value.toBER(false)), password, into, depth + 1);
        break;
      default:
        // Secret bags and CRL bags: nothing to sign with.
        break;
    }
  }
}

function readAuthenticatedSafe(content: Uint8Array, password: string): Pkcs12Contents {
  const contents: Pkcs12Contents = { keys: [], certificates: [] };
  for (const contentInfo of items(readBer(content, 'authenticated safe'), 'authenticated safe')) {
    const [type, value] = items(contentInfo, 'content info');
    const kind = oid(type, 'content type');
    if (kind === OID.data) {
      readBags(dataContent(contentInfo, 'safe contents'), password, contents, 0);
    } else if (kind === OID.encryptedData) {
      // EncryptedData { version, EncryptedContentInfo { type, algorithm, [0] content } }
      const [, encryptedContentInfo] = items(explicit(value, 'encrypted data'), 'encrypted data');
      const [, algorithm, encrypted] = items(encryptedContentInfo, 'encrypted content info');
      const plain = decryptWithPassword(
        algorithmOf(algorithm, 'content encryption'),
        password,
        implicitOctets(encrypted, 'encrypted content'),
      );
      readBags(plain, password, contents, 0);
    }
    // Public-key-enveloped safes need a key we do not have; they hold nothing for us.
  }
  return contents;
}

/**
 * Reads a PKCS#12 file. Throws MalformedError when it is not one, the `wrongPassword`
 * ServiceError when the MAC (or, without a MAC, the decryption) rejects the password,
 * and `pkcs12Unsupported` for algorithms Node cannot do.
 */
export function readPkcs12(bytes: Uint8Array, password: string): Pkcs12Contents {
  const [version, authSafe, macData] = items(readBer(bytes, 'PFX'), 'PFX');
  if (!(version instanceof asn1js.Integer) || version.valueBlock.valueDec !== 3)
    throw new MalformedError('PFX: version is not 3');
  const content = dataContent(authSafe!, 'authSafe');
  if (macData) {
    const [digestInfo, saltNode, iterationsNode] = items(macData, 'MAC data');
    const [algorithm, digest] = items(digestInfo, 'MAC');
    const iterations =
      iterationsNode instanceof asn1js.Integer ? iterationsNode.valueBlock.valueDec : 1;
    if (!Number.isSafeInteger(iterations) || iterations < 1 || iterations > 10_000_000)
      throw new MalformedError('MAC iterations out of range');
    const holds = macHolds(
      algorithmOf(algorithm, 'MAC algorithm').oid,
      octets(digest, 'MAC value'),
      octets(saltNode, 'MAC salt'),
      iterations,
      content,
      password,
    );
    if (!holds) throw wrongPassword();
    return readAuthenticatedSafe(content, password);
  }
  try {
    return readAuthenticatedSafe(content, password);
  } catch (error) {
    // Without a MAC a wrong password shows only as undecryptable contents.
    if (error instanceof MalformedError) throw wrongPassword();
    throw error;
  }
}
