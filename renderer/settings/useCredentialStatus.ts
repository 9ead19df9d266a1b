import { useEffect, useState } from 'react';
import type { CredentialStatus } from '../../common/contract/types';
import { useServices } from '../app/services';

export type CredentialStatusState =
  | { phase: 'loading' }
  | { phase: 'loaded'; status: CredentialStatus }
  | { phase: 'failed'; error: unknown };

/** Asks main once whether this PC has a keychain to keep passwords in. */
export function useCredentialStatus(): CredentialStatusState {
  const { api } = useServices();
  const [state, setState] = useState<CredentialStatusState>({ phase: 'loading' });
  useEffect(() => {
    let live = true;
    api['credentials.status']({}).then(
      (status) => live && setState({ phase: 'loaded', status }),
      (error: unknown) => live && setState({ phase: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [api]);
  return state;
}
