/**
 * Whether a certificate says it is qualified: the QcCompliance statement (ETSI EN
 * 319 412-5, OID 0.4.0.1862.1.1) in its qcStatements extension. Whether its issuer
 * really is a qualified trust service provider is a matter of the EU trusted lists,
 * which this does not consult.
 */
import type { Certificate } from '../../isds/zfo/x509';
import { extensionsOf } from './certificateExtensions';

const QC_COMPLIANCE = '0.4.0.1862.1.1';

export function isQualified(certificate: Certificate): boolean {
  return extensionsOf(certificate).qcStatements.includes(QC_COMPLIANCE);
}
