import { useCallback, useEffect, useState } from 'react';
import type { IsdsBoxInfo } from '../../../common/contract/isds';
import { useServices } from '../../app/services';

export interface BoxesState {
  /** null while the first answer is awaited. */
  boxes: IsdsBoxInfo[] | null;
  error: unknown;
  reload: () => Promise<void>;
}

/** The configured boxes (main keeps them; the keychain holds their secrets). */
export function useBoxes(): BoxesState {
  const { api } = useServices();
  const [boxes, setBoxes] = useState<IsdsBoxInfo[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [revision, setRevision] = useState(0);

  useEffect(() => {
    let live = true;
    api['isds.boxes']({}).then(
      (result) => {
        if (!live) return;
        setBoxes(result.boxes);
        setError(null);
      },
      (failure: unknown) => {
        if (!live) return;
        setError(failure);
        setBoxes((current) => current ?? []);
      },
    );
    return () => {
      live = false;
    };
  }, [api, revision]);

  const reload = useCallback(async () => {
    // The effect asks again; the answer arrives through it (and is dropped if unmounted).
    setRevision((current) => current + 1);
  }, []);
  return { boxes, error, reload };
}

/** "Obec Horní Lhota" for a box key; the key itself when the box was removed since. */
export function boxLabel(boxes: ReadonlyArray<IsdsBoxInfo> | null, key: string): string {
  return boxes?.find((box) => box.key === key)?.label ?? key;
}
