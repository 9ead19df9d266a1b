import { GlobalWorkerOptions, getDocument, type PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

// The worker ships with the app (same origin), which the CSP allows.
GlobalWorkerOptions.workerSrc = workerUrl;

/**
 * Opens PDF bytes for display. Scripting and eval are off: a PDF from a data message
 * is untrusted input and must never run code here.
 */
export function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  return getDocument({
    // pdf.js transfers the buffer to its worker; give it a copy so the caller's stays usable.
    data: bytes.slice(),
    isEvalSupported: false,
    // The CSP allows no WebAssembly; pdf.js then decodes JBIG2 scans in JavaScript.
    useWasm: false,
    enableXfa: false,
    disableAutoFetch: true,
    stopAtErrors: false,
  }).promise;
}
