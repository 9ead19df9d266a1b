import { useCallback, useState } from 'react';
import type { ScanFolderEntry } from '../../../common/contract/conversion';
import { useServices } from '../../app/services';

export type ScanFolderCheckState =
  | { status: 'idle' }
  | { status: 'checking' }
  | { status: 'found'; folder: string | null; files: ScanFolderEntry[] }
  | { status: 'failed'; error: unknown };

/** Looks into the saved scanner folder (`scanFolder.list`): what waits there, or why it cannot. */
export function useScanFolderCheck() {
  const { api } = useServices();
  const [state, setState] = useState<ScanFolderCheckState>({ status: 'idle' });
  const check = useCallback(async () => {
    setState({ status: 'checking' });
    try {
      const listed = await api['scanFolder.list']({});
      setState({ status: 'found', folder: listed.folder, files: listed.files });
    } catch (error) {
      setState({ status: 'failed', error });
    }
  }, [api]);
  const reset = useCallback(() => setState({ status: 'idle' }), []);
  return { state, check, reset };
}
