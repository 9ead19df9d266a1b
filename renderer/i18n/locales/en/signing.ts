/**
 * The signing certificate's check (`signing.certificate.*`), why a signature has no
 * timestamp (`signing.timestamp.*`), and the signing's failures (`errors.signing.*`).
 */
export const signing = {
  certificate: {
    expired: 'The certificate has expired.',
    notYetValid: 'The certificate is not valid yet.',
    keyUsageForbids:
      'The certificate is not meant for signing (its key usage does not allow electronic signatures).',
    extendedKeyUsageForbids:
      'The certificate is meant for something other than signing documents (extended key usage).',
    unreadable: 'The certificate cannot be read.',
    notQualified:
      'The certificate is not qualified; the signature will not have the effects of a qualified signature.',
    expiresSoon: 'The certificate expires within 30 days. Request a new one in time.',
  },
  timestamp: {
    unreachable:
      'The timestamp authority could not be reached; the document is signed without a timestamp.',
    refused:
      'The timestamp authority returned a timestamp that failed the checks; the document is signed without a timestamp.',
    notConfigured: 'No timestamp authority is set up; the document is signed without a timestamp.',
  },
};

export const signingErrors = {
  signing: {
    wrongPassword: 'The password of the certificate file is not correct.',
    notPkcs12:
      'The file is not a certificate with a key in PKCS#12 format (.p12, .pfx), or it is damaged.',
    pkcs12Unsupported:
      'The certificate file is encrypted in a way the application does not support ({{algorithm}}). Export the certificate again with AES encryption.',
    noKey: 'The certificate file holds no private key for a signing certificate.',
    unsupportedKey:
      'The certificate key is of a type the application cannot sign with (it can sign with RSA and EC P-256, P-384 keys).',
    certificateUnreadable:
      'The signing certificate cannot be read; it is damaged or in an unsupported form.',
    certificateBlocked: 'This certificate cannot sign: {{reason}}',
    pdfEncrypted:
      'The document is encrypted or password-protected and cannot be signed. Save it without protection (or convert it to PDF/A) and sign again.',
    pdfCorrupted:
      'The PDF document is damaged and cannot be signed. Save it again from the original program or convert it to PDF/A.',
    visiblePlacement: 'The visible signature does not fit the chosen place on the page.',
    failed: 'Signing failed; the document was left unchanged. Details are in the application log.',
    timestampUnavailable:
      'The timestamp authority is not available; the document was left unchanged. Please try again later.',
    timestampRefused:
      'The timestamp authority returned a timestamp that cannot be accepted; the document was left unchanged.',
  },
};
