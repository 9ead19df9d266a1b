/**
 * ZFO files — data messages and delivery infos as ISDS sealed them: parse
 * (`openZfo`), verify and decode (`verifyZfo`), and the CAs a seal may chain to
 * (`ZfoTrust`).
 */
export { openZfo, verifyZfo, type OpenedZfo, type VerifyZfoOptions } from './readZfo';
export { ZfoTrust, certificatesFromPem, type TrustVerdict } from './trust';
export { notMessage, notZfo } from './errors';
