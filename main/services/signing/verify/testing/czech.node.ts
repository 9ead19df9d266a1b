/** The Czech text of a `signatureCheck.*` key, for tests that assert what the user reads. Tests only. */
import { signatureCheck } from '../../../../../renderer/i18n/locales/cs/signatureCheck';

export function czech(key: string | null | undefined): string {
  if (!key?.startsWith('signatureCheck.'))
    throw new Error(`not a signatureCheck key: ${String(key)}`);
  let node: unknown = signatureCheck;
  for (const part of key.split('.').slice(1))
    node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== 'string') throw new Error(`no Czech text for ${key}`);
  return node;
}
