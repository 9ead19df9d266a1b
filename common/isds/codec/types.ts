/** Names shared by the ISDS codec's files and re-exported by `index.ts`. */

/** The namespace of every ISDS web-service element (WSDL/XSD 3.11 still say v20). */
export const ISDS_NS = 'http://isds.czechpoint.cz/v20';
/**
 * The namespaces of the outer elements of a ZFO's content: ISDS signs a
 * MessageDownloadResponse / GetDeliveryInfoResponse whose own elements move to one of
 * these, while dmDm and everything inside it stay in `ISDS_NS`.
 */
export const ISDS_RECEIVED_NS = `${ISDS_NS}/message`;
export const ISDS_SENT_NS = `${ISDS_NS}/SentMessage`;
export const ISDS_DELIVERY_NS = `${ISDS_NS}/delivery`;
export const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
export const SOAP_ENV_NAMESPACE = 'http://schemas.xmlsoap.org/soap/envelope/';

export type { Decoded, DecodeFailure } from '../../erms/codec/types';
