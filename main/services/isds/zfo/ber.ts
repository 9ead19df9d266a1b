/**
 * Untrusted BER through asn1js and pkijs: a ZFO is whatever the user picked, so every
 * parse runs with limits, must consume exactly the bytes it was given, and turns anything
 * the libraries throw into one error the verifier answers with `errors.zfo.notZfo`.
 */
import * as asn1js from 'asn1js';

/** The bytes are not the structure they should be. */
export class MalformedError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'MalformedError';
  }
}

/** Deeper than ContentInfo → SignedData → certificate → extension ever nests. */
const MAX_DEPTH = 64;
/** Fixed structures need a few hundred nodes; BER splits large content into pieces of ~1 KB. */
const BASE_NODES = 10_000;
const BYTES_PER_EXTRA_NODE = 256;

/**
 * The one element that fills `bytes` exactly. Its views point into `bytes` (nothing is
 * copied), so a caller can tell where a part of the file lies.
 */
export function readBer(bytes: Uint8Array, what: string): asn1js.AsnType {
  if (bytes.byteLength === 0) throw new MalformedError(`${what}: empty`);
  let parsed: asn1js.FromBerResult;
  try {
    parsed = asn1js.fromBER(bytes, {
      copyInput: false,
      // OCTET STRINGs hold the XML, BIT STRINGs keys and signatures: nothing to parse inside.
      parseEmbedded: false,
      maxDepth: MAX_DEPTH,
      maxNodes: BASE_NODES + Math.ceil(bytes.byteLength / BYTES_PER_EXTRA_NODE),
      maxContentLength: bytes.byteLength,
    });
  } catch (error) {
    // asn1js throws for some malformed values (a GeneralizedTime that is not one).
    throw new MalformedError(`${what}: ${messageOf(error)}`);
  }
  if (parsed.offset === -1) throw new MalformedError(`${what}: ${parsed.result.error}`);
  if (parsed.offset !== bytes.byteLength) throw new MalformedError(`${what}: bytes after the end`);
  return parsed.result;
}

/** Runs a pkijs constructor over parsed input; whatever it throws means "not that structure". */
export function withPkijs<T>(what: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof MalformedError) throw error;
    throw new MalformedError(`${what}: ${messageOf(error)}`);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function isOctetString(node: asn1js.AsnType): node is asn1js.OctetString {
  return node instanceof asn1js.OctetString && node.idBlock.tagClass === 1;
}

/**
 * An OCTET STRING's contents: a view into the input for a primitive one, the pieces
 * joined for a constructed one (BER, as ISDS writes large ZFOs).
 */
export function octets(node: asn1js.AsnType | undefined, what: string): Uint8Array {
  if (!node || !isOctetString(node)) throw new MalformedError(`${what}: not an octet string`);
  if (!node.idBlock.isConstructed) return node.valueBlock.valueHexView;
  const parts = node.valueBlock.value.map((piece) => octets(piece, what));
  const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.byteLength;
  }
  return joined;
}

/** A SEQUENCE in the universal class. */
export function isSequence(node: asn1js.AsnType): node is asn1js.Sequence {
  return node instanceof asn1js.Sequence && node.idBlock.tagClass === 1;
}

/** UTCTime or GeneralizedTime as a date; null when it is neither or does not read as one. */
export function dateOf(node: asn1js.AsnType | undefined): Date | null {
  if (!(node instanceof asn1js.UTCTime) || node.error) return null;
  const date = node.toDate();
  return Number.isNaN(date.getTime()) ? null : date;
}
