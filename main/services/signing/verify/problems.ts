/**
 * The i18n keys the verifier reports (`signatureCheck.*`); their texts are in
 * renderer/i18n/locales/{cs,en}/signatureCheck.ts.
 */
export const UNREADABLE = {
  corrupted: 'signatureCheck.corrupted',
  encrypted: 'signatureCheck.encrypted',
} as const;

export const PROBLEM = {
  byteRangeMalformed: 'signatureCheck.byteRangeMalformed',
  unsupportedSubFilter: 'signatureCheck.unsupportedSubFilter',
  cmsUnreadable: 'signatureCheck.cmsUnreadable',
  noSigner: 'signatureCheck.noSigner',
  noCertificate: 'signatureCheck.noCertificate',
  unsupportedAlgorithm: 'signatureCheck.unsupportedAlgorithm',
  contentTypeMismatch: 'signatureCheck.contentTypeMismatch',
  digestMismatch: 'signatureCheck.digestMismatch',
  signatureInvalid: 'signatureCheck.signatureInvalid',
  signingCertificateMissing: 'signatureCheck.signingCertificateMissing',
  signingCertificateMismatch: 'signatureCheck.signingCertificateMismatch',
  untrusted: 'signatureCheck.untrusted',
  certificateNotValidAtSigning: 'signatureCheck.certificateNotValidAtSigning',
  notWholeRevision: 'signatureCheck.notWholeRevision',
  modifiedAfterSigning: 'signatureCheck.modifiedAfterSigning',
} as const;

export const TIMESTAMP_PROBLEM = {
  malformed: 'signatureCheck.timestamp.malformed',
  noSigner: 'signatureCheck.timestamp.noSigner',
  noCertificate: 'signatureCheck.timestamp.noCertificate',
  unsupportedAlgorithm: 'signatureCheck.timestamp.unsupportedAlgorithm',
  contentTypeMismatch: 'signatureCheck.timestamp.contentTypeMismatch',
  digestMismatch: 'signatureCheck.timestamp.digestMismatch',
  signatureInvalid: 'signatureCheck.timestamp.signatureInvalid',
  imprintMismatch: 'signatureCheck.timestamp.imprintMismatch',
  notTimestampAuthority: 'signatureCheck.timestamp.notTimestampAuthority',
  untrusted: 'signatureCheck.timestamp.untrusted',
  certificateNotValidAtSigning: 'signatureCheck.timestamp.certificateNotValidAtSigning',
} as const;
