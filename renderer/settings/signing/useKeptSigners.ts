import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredSigner } from '../../../common/contract/signing';
import { useServices } from '../../app/services';
import { errorText } from '../../i18n';

export interface KeptSigners {
  /** Null while loading. */
  signers: StoredSigner[] | null;
  failure: string | null;
  /** Whether the keychain still held it; a failure is thrown for the dialog to show. */
  forget: (signer: StoredSigner) => Promise<boolean>;
}

/** The certificates kept in the OS keychain, read when the card opens and after each forget. */
export function useKeptSigners(): KeptSigners {
  const { t } = useTranslation();
  const { api } = useServices();
  const [signers, setSigners] = useState<StoredSigner[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [revision, setRevision] = useState(0);

  useEffect(() => {
    let live = true;
    api['signing.storedSigners']({}).then(
      (result) => {
        if (!live) return;
        setSigners(result.signers);
        setFailure(null);
      },
      (error: unknown) => {
        if (!live) return;
        setSigners([]);
        setFailure(errorText(t, error));
      },
    );
    return () => {
      live = false;
    };
  }, [api, t, revision]);

  const forget = useCallback(
    async (signer: StoredSigner) => {
      try {
        return (await api['signing.forgetSigner']({ id: signer.id })).removed;
      } finally {
        // Read again either way: what the keychain holds now is what the list shows.
        setRevision((current) => current + 1);
      }
    },
    [api],
  );

  return { signers, failure, forget };
}
