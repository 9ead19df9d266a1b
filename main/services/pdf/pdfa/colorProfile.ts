import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ServiceError } from '../../../../common/contract/envelope';

/** An ICC profile as an output intent needs it. */
export interface ColorProfile {
  bytes: Uint8Array;
  /** Colour components of the profile's data colour space (3 for RGB). */
  components: 1 | 3 | 4;
  /** The /OutputConditionIdentifier and /Info of the output intent. */
  identifier: string;
}

export const SRGB_PROFILE_FILE = join('color', 'sRGB.icc');

const SRGB_IDENTIFIER = 'sRGB IEC61966-2.1';

const COMPONENTS: Record<string, 1 | 3 | 4> = { GRAY: 1, 'RGB ': 3, CMYK: 4 };

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, end));
}

/**
 * The data colour space of an ICC profile and its major version, from the 128-byte
 * header (ICC.1, 7.2), or null when the bytes are no ICC profile.
 */
export function iccHeader(bytes: Uint8Array): { space: string; version: number } | null {
  if (bytes.length < 128 || ascii(bytes, 36, 40) !== 'acsp') return null;
  return { space: ascii(bytes, 16, 20), version: bytes[8] ?? 0 };
}

/** Components of the profile's colour space, or null for what an output intent cannot use. */
export function iccComponents(bytes: Uint8Array): 1 | 3 | 4 | null {
  const header = iccHeader(bytes);
  return header ? (COMPONENTS[header.space] ?? null) : null;
}

async function loadColorProfile(path: string): Promise<ColorProfile> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch {
    throw new ServiceError(
      'errors.pdf.colorProfileMissing',
      `Barevný profil pro PDF/A chybí: ${path}`,
      { path },
    );
  }
  const header = iccHeader(bytes);
  // PDF/A-1 allows ICC profiles up to version 2 only; the twin check needs one.
  if (!header || header.space !== 'RGB ' || header.version !== 2) {
    throw new ServiceError(
      'errors.pdf.colorProfileBroken',
      `Barevný profil pro PDF/A je poškozený: ${path}`,
      { path },
    );
  }
  return { bytes, components: 3, identifier: SRGB_IDENTIFIER };
}

/**
 * Reads the sRGB profile on first use and keeps it, as the font loader keeps the
 * fonts; a failed read is not kept.
 */
export function createColorProfileLoader(assetsDir: string): () => Promise<ColorProfile> {
  let pending: Promise<ColorProfile> | null = null;
  return () => {
    if (!pending) {
      pending = loadColorProfile(join(assetsDir, SRGB_PROFILE_FILE));
      pending.catch(() => {
        pending = null;
      });
    }
    return pending;
  };
}
