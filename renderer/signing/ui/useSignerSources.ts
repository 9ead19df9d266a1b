import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredSigner, TokenCertificate } from '../../../common/contract/signing';
import { useServices } from '../../app/services';
import { errorText } from '../../i18n';

export interface SignerSources {
  stored: StoredSigner[] | null;
  storedFailure: string | null;
  forget: (signer: StoredSigner) => Promise<boolean>;
  tokens: TokenCertificate[] | null;
  tokensLoading: boolean;
  tokensFailure: string | null;
  loadTokens: () => Promise<void>;
}

/** The certificates kept in the keychain (read at once) and those on cards (read on request). */
export function useSignerSources(): SignerSources {
  const { t } = useTranslation();
  const { api } = useServices();
  const [stored, setStored] = useState<StoredSigner[] | null>(null);
  const [storedFailure, setStoredFailure] = useState<string | null>(null);
  const [tokens, setTokens] = useState<TokenCertificate[] | null>(null);
  const [tokensLoading, setTokensLoading] = useState(false);
  const [tokensFailure, setTokensFailure] = useState<string | null>(null);

  const [storedRevision, setStoredRevision] = useState(0);

  useEffect(() => {
    let live = true;
    api['signing.storedSigners']({}).then(
      (result) => {
        if (!live) return;
        setStored(result.signers);
        setStoredFailure(null);
      },
      (error: unknown) => {
        if (!live) return;
        setStored([]);
        setStoredFailure(errorText(t, error));
      },
    );
    return () => {
      live = false;
    };
  }, [api, t, storedRevision]);

  const forget = useCallback(
    async (signer: StoredSigner) => {
      try {
        const { removed } = await api['signing.forgetSigner']({ id: signer.id });
        return removed;
      } catch (error) {
        setStoredFailure(errorText(t, error));
        return false;
      } finally {
        // The list is read again either way: what the keychain holds now is what counts.
        setStoredRevision((current) => current + 1);
      }
    },
    [api, t],
  );

  const loadTokens = useCallback(async () => {
    setTokensLoading(true);
    setTokensFailure(null);
    try {
      setTokens((await api['signing.tokens']({})).certificates);
    } catch (error) {
      setTokens([]);
      setTokensFailure(errorText(t, error));
    } finally {
      setTokensLoading(false);
    }
  }, [api, t]);

  return { stored, storedFailure, forget, tokens, tokensLoading, tokensFailure, loadTokens };
}
