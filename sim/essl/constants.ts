/** The simulated eSSL's own system code (Cil of the app's requests, ZdrojID of its own entities). */
export const ESSL_SYSTEM_CODE = 'ESSL';

/**
 * ZdrojID of the seeded documents and case files. The demo journal was registered in
 * Úřadovna (its PIDs are the app's), so the app names them with its own system code.
 */
export const SEED_SOURCE = 'URADOVNA';

/** PodaciDenik of the central journal of documents and of the case-file register. */
export const DOCUMENT_JOURNAL = 'HLAVNI';
export const CASE_FILE_JOURNAL = 'SPISY';

/** A SOAP request larger than this is refused before it is read (files travel base64). */
export const MAX_BODY_BYTES = 32 * 1024 * 1024;
/** The largest file (decoded) SouborZalozeni / SouborNovaVerze accept. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Most numbers one reservation hands out. */
export const MAX_RESERVATION = 500;
/** Most rows of one PrideleneSeznam page (and the default). */
export const MAX_PAGE = 100;

/** The realm of the Basic challenge; the client shows a login failure for it. */
export const AUTH_REALM = 'eSSL';
