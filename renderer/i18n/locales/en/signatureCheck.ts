/**
 * Verification of PDF signatures: why a file cannot be read, why a signature or
 * timestamp does not hold (`signatureCheck.<problem>`, `signatureCheck.timestamp.<problem>`),
 * and the words for the states the report gives.
 */
export const signatureCheck = {
  corrupted: 'The file is not a readable PDF or is damaged, so its signatures cannot be verified.',
  encrypted: 'The PDF is encrypted, so its signatures cannot be verified.',
  byteRangeMalformed:
    'The range of signed data (ByteRange) is malformed — what the signature covers cannot be told, so it is invalid.',
  unsupportedSubFilter: 'The signature is in a format the application cannot verify.',
  cmsUnreadable: 'The signature data is damaged and cannot be read.',
  noSigner: 'The signature holds no information about the signer.',
  noCertificate:
    "The signature does not include the signer's certificate, so it cannot be verified.",
  unsupportedAlgorithm: 'The signature uses an algorithm the application cannot verify.',
  contentTypeMismatch: 'The signed attributes do not match the kind of content signed.',
  digestMismatch:
    'The document was changed after signing — its digest does not match the signature.',
  signatureInvalid:
    'The signature does not match — the signed data was changed or the signature does not belong to the certificate given.',
  signingCertificateMissing:
    'The signature does not name the certificate it was made with (no signing-certificate-v2 attribute), as PAdES requires.',
  signingCertificateMismatch:
    'The certificate attached to the signature is not the one the signature names.',
  untrusted:
    "The signer's certificate was not issued by a certification authority the application trusts.",
  certificateNotValidAtSigning:
    "The signer's certificate or its issuer's certificate was not valid at the time of signing.",
  notWholeRevision:
    'The signature does not cover the whole document as it stood when it was signed.',
  modifiedAfterSigning:
    'The document was changed after signing — it contains later changes that are not just further signatures or timestamps.',
  timestamp: {
    malformed: 'The timestamp is damaged and cannot be read.',
    noSigner: 'The timestamp holds no signature of the authority that issued it.',
    noCertificate:
      "The timestamp does not include the issuing authority's certificate, so it cannot be verified.",
    unsupportedAlgorithm: 'The timestamp uses an algorithm the application cannot verify.',
    contentTypeMismatch: "The timestamp's signed attributes do not match its content.",
    digestMismatch: 'The content of the timestamp was changed after it was issued.',
    signatureInvalid: "The timestamp's signature does not match — the timestamp was changed.",
    imprintMismatch: 'The timestamp was issued for other data than the data it is attached to.',
    notTimestampAuthority:
      'The timestamp was not signed by a timestamp authority — its certificate is not meant for issuing timestamps.',
    untrusted:
      "The timestamp authority's certificate was not issued by a certification authority the application trusts.",
    certificateNotValidAtSigning:
      "The timestamp authority's certificate was not valid when the timestamp was issued.",
  },
  status: {
    valid: 'The signature is valid',
    invalid: 'The signature is invalid',
    indeterminate: 'The signature cannot be verified',
  },
  chain: {
    trusted: 'Certificate issued by a trusted authority',
    untrusted: 'Certificate not issued by a trusted authority',
    notValidAtSigning: 'Certificate not valid at the time of signing',
    unknown: 'Certificate cannot be assessed',
  },
  laterChanges: {
    none: 'The document was not changed after signing',
    signaturesOnly: 'Only further signatures or timestamps were added after signing',
    modified: 'The document was changed after signing',
  },
  kind: {
    signature: 'Electronic signature',
    documentTimestamp: 'Document timestamp',
  },
  qualified: 'Qualified certificate',
};
