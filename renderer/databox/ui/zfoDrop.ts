/** A ZFO larger than this is no data message (ISDS caps a message at 20 MB, a VoDZ at 50 MB). */
export const MAX_ZFO_BYTES = 64 * 1024 * 1024;

export type ZfoFileRefusal = 'notZfoName' | 'tooLarge';

/** Why a file is refused before it is read: only `.zfo` files of a sane size go on. */
export function zfoFileRefusal(name: string, size: number): ZfoFileRefusal | null {
  if (!/\.zfo$/i.test(name.trim())) return 'notZfoName';
  if (size > MAX_ZFO_BYTES) return 'tooLarge';
  return null;
}
