import type { readCertificateSummary } from './derCertificate';

export type CertificateReader = typeof readCertificateSummary;

let loaded: CertificateReader | null = null;
let loading: Promise<CertificateReader> | null = null;

/**
 * pkijs is some 400 kB the app needs only once trust anchors are pasted here, so it
 * comes in its own chunk, fetched the first time; a failed fetch may be tried again.
 */
export function loadCertificateReader(): Promise<CertificateReader> {
  loading ??= import('./derCertificate').then(
    (module) => {
      loaded = module.readCertificateSummary;
      return loaded;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The reader once loaded, so a form opened later shows the names in its first render. */
export function loadedCertificateReader(): CertificateReader | null {
  return loaded;
}
