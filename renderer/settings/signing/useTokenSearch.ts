import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TokenCertificate } from '../../../common/contract/signing';
import { useServices } from '../../app/services';
import { errorText } from '../../i18n';

export interface TokenSearch {
  /** Null before the first search. */
  tokens: TokenCertificate[] | null;
  searching: boolean;
  failure: string | null;
  search: () => Promise<void>;
}

/** The certificates on the cards and tokens present now, looked for on request only (slow drivers). */
export function useTokenSearch(): TokenSearch {
  const { t } = useTranslation();
  const { api } = useServices();
  const [tokens, setTokens] = useState<TokenCertificate[] | null>(null);
  const [searching, setSearching] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const search = useCallback(async () => {
    setSearching(true);
    setFailure(null);
    try {
      setTokens((await api['signing.tokens']({})).certificates);
    } catch (error) {
      setTokens(null);
      setFailure(errorText(t, error));
    } finally {
      setSearching(false);
    }
  }, [api, t]);

  return { tokens, searching, failure, search };
}
