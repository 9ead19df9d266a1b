import { useCallback, useEffect, useState } from 'react';
import { useServices } from '../app/services';
import { useCredentialStatus, type CredentialStatusState } from './useCredentialStatus';

/** The credential-store account of the eSSL password (main/services/essl/connection.ts). */
export const ESSL_PASSWORD_ACCOUNT = 'essl';

export interface EsslPasswordState {
  keychain: CredentialStatusState;
  /** Whether a password is stored; null while unknown. */
  stored: boolean | null;
  /** Stores a new password; throws the store's refusal (e.g. no keychain on this PC). */
  store: (secret: string) => Promise<void>;
}

/** Whether this PC can keep the eSSL password, whether it does, and storing a new one. */
export function useEsslPassword(): EsslPasswordState {
  const { api } = useServices();
  const keychain = useCredentialStatus();
  const [stored, setStored] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    api['credentials.has']({ account: ESSL_PASSWORD_ACCOUNT }).then(
      (result) => live && setStored(result.present),
      () => live && setStored(null),
    );
    return () => {
      live = false;
    };
  }, [api]);
  const store = useCallback(
    async (secret: string) => {
      await api['credentials.store']({ account: ESSL_PASSWORD_ACCOUNT, secret });
      setStored(true);
    },
    [api],
  );
  return { keychain, stored, store };
}
