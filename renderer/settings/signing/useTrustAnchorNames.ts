import { useEffect, useMemo, useState } from 'react';
import { loadCertificateReader, loadedCertificateReader } from './certificateReader';
import { nameTrustAnchors, type TrustAnchorsCheck, type TrustAnchorsNames } from './trustAnchors';

/**
 * The pasted certificates read and named; null while the reader is fetched (or could
 * not be: saving then says why). Only the PEM check runs before that.
 */
export function useTrustAnchorNames(check: TrustAnchorsCheck): TrustAnchorsNames | null {
  const [reader, setReader] = useState(loadedCertificateReader);
  const needed = check.ok && check.der.length > 0;

  useEffect(() => {
    if (reader || !needed) return;
    let live = true;
    loadCertificateReader().then(
      (read) => {
        if (live) setReader(() => read);
      },
      // The names stay out; saving fetches again and shows the failure.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [reader, needed]);

  return useMemo(() => {
    if (!check.ok) return null;
    if (check.der.length === 0) return { ok: true, certificates: [] };
    return reader ? nameTrustAnchors(check.der, reader) : null;
  }, [check, reader]);
}
