/**
 * Whether a seal's certificate comes from a CA we trust. The anchors are configured
 * certificates (the simulator's root in the demo; the ISDS roots can be added), and the
 * path from the sealing certificate to one of them is checked by name and signature,
 * with every certificate on it valid at the time of sealing — an ISDS seal certificate
 * lives a year, a ZFO is kept for decades. Revocation (CRL, OCSP) is not checked.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MalformedError } from './ber';
import { sameBytes } from './pki';
import { parseCertificate, type Certificate } from './x509';

/** Enough for root → intermediate → issuing CA → seal, with room to spare. */
const MAX_DEPTH = 6;
/** Verdicts remembered per sealing certificate (ISDS uses one a year). */
const PATH_CACHE_SIZE = 256;

export type TrustProblem = 'zfo.seal.untrusted' | 'zfo.seal.certificateNotValidAtSigning';

export interface TrustVerdict {
  trusted: boolean;
  problem: TrustProblem | null;
}

function pemBlocks(text: string): Uint8Array[] {
  const blocks = text.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];
  return blocks.map((block) => {
    const base64 = block.replace(/-----(BEGIN|END) CERTIFICATE-----|\s/g, '');
    return new Uint8Array(Buffer.from(base64, 'base64'));
  });
}

/** Every certificate in a PEM text (several may follow one another); throws MalformedError on a broken one. */
export function certificatesFromPem(text: string): Certificate[] {
  return pemBlocks(text).map(parseCertificate);
}

function validAt(certificate: Certificate, at: Date): boolean {
  const time = at.getTime();
  return certificate.notBefore.getTime() <= time && time <= certificate.notAfter.getTime();
}

/** The trust anchors, parsed once; the paths found per sealing certificate are remembered. */
export class ZfoTrust {
  readonly anchors: readonly Certificate[];
  private readonly anchorPrints: Set<string>;
  /** Certificate path (seal first, anchor last) or null, per seal and intermediates. */
  private readonly paths = new Map<string, Certificate[] | null>();

  constructor(anchors: ReadonlyArray<Certificate>) {
    this.anchors = [...anchors];
    this.anchorPrints = new Set(this.anchors.map((anchor) => anchor.fingerprint));
  }

  /** PEM texts (each may hold several certificates) or DER certificates. */
  static from(items: ReadonlyArray<string | Uint8Array>): ZfoTrust {
    return new ZfoTrust(
      items.flatMap((item) =>
        typeof item === 'string' ? certificatesFromPem(item) : [parseCertificate(item)],
      ),
    );
  }

  /** The same, leaving out what does not parse. */
  static readable(items: ReadonlyArray<string | Uint8Array>): ZfoTrust {
    const anchors: Certificate[] = [];
    for (const item of items) {
      const parts = typeof item === 'string' ? pemBlocks(item) : [item];
      for (const der of parts)
        try {
          anchors.push(parseCertificate(der));
        } catch (error) {
          if (!(error instanceof MalformedError)) throw error;
        }
    }
    return new ZfoTrust(anchors);
  }

  /** Every `*.pem`, `*.crt` and `*.cer` (PEM or DER) in a directory, e.g. the ISDS roots. */
  static async fromDirectory(dir: string): Promise<ZfoTrust> {
    const names = (await readdir(dir)).filter((name) => /\.(pem|crt|cer)$/i.test(name)).sort();
    const items: Array<string | Uint8Array> = [];
    for (const name of names) {
      const bytes = await readFile(join(dir, name));
      const text = bytes.toString('latin1');
      items.push(text.includes('-----BEGIN CERTIFICATE-----') ? text : new Uint8Array(bytes));
    }
    try {
      return ZfoTrust.from(items);
    } catch (error) {
      if (error instanceof MalformedError)
        throw new Error(`a certificate in ${dir} is unreadable: ${error.message}`);
      throw error;
    }
  }

  /** Does `certificate` chain to an anchor, through `intermediates` if need be, valid `at`? */
  check(
    certificate: Certificate,
    intermediates: ReadonlyArray<Certificate>,
    at: Date,
  ): TrustVerdict {
    if (this.anchors.length === 0) return { trusted: false, problem: 'zfo.seal.untrusted' };
    const key = [certificate, ...intermediates].map((item) => item.fingerprint).join('|');
    let path = this.paths.get(key);
    if (path === undefined) {
      path = this.findPath(certificate, intermediates, []);
      if (this.paths.size >= PATH_CACHE_SIZE) this.paths.clear();
      this.paths.set(key, path);
    }
    if (!path) return { trusted: false, problem: 'zfo.seal.untrusted' };
    if (!path.every((item) => validAt(item, at)))
      return { trusted: false, problem: 'zfo.seal.certificateNotValidAtSigning' };
    return { trusted: true, problem: null };
  }

  private findPath(
    current: Certificate,
    intermediates: ReadonlyArray<Certificate>,
    below: Certificate[],
  ): Certificate[] | null {
    const path = [...below, current];
    if (this.anchorPrints.has(current.fingerprint)) return path;
    if (path.length > MAX_DEPTH) return null;
    const candidates = [
      ...this.anchors.map((certificate) => ({ certificate, anchor: true })),
      ...intermediates.map((certificate) => ({ certificate, anchor: false })),
    ].filter(
      ({ certificate }) =>
        !path.includes(certificate) && sameBytes(certificate.subjectDer, current.issuerDer),
    );
    for (const { certificate, anchor } of candidates) {
      // An anchor is trusted as configured; an intermediate must be a CA.
      if (!anchor && !certificate.isCa) continue;
      if (!current.signedBy(certificate)) continue;
      if (anchor) return [...path, certificate];
      const rest = this.findPath(certificate, intermediates, path);
      if (rest) return rest;
    }
    return null;
  }
}
