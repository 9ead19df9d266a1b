/** Namespace URIs of the NSESSS 2023 schemas (../shared/specs/nsesss). */
export const NSESSS_NAMESPACE = 'http://www.mvcr.cz/nsesss/v4';

/** The NSESSS 2017 namespace: documents in it are the old format, refused rather than misread. */
export const NSESSS_V3_NAMESPACE = 'http://www.mvcr.cz/nsesss/v3';

/** Attributes in this namespace (xsi:schemaLocation, …) are allowed on any element. */
export const XSI_NAMESPACE = 'http://www.w3.org/2001/XMLSchema-instance';

/** Bound to the `xml` prefix by the XML specification itself. */
export const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
