/**
 * Why a ZFO's seal or its qualified timestamp does not hold: the problem keys the ZFO
 * verifier reports (`zfo.seal.<problem>`, `zfo.timestamp.<problem>`), in words.
 */
export const zfo = {
  seal: {
    untrusted: 'The seal certificate was not issued by a certification authority the app trusts.',
    certificateNotValidAtSigning:
      'The seal certificate or its issuer’s certificate was not valid when the message was sealed.',
    noSigner: 'The file holds no seal.',
    noCertificate:
      'The file does not hold the certificate the message was sealed with, so the seal cannot be verified.',
    unsupportedAlgorithm: 'The seal uses an algorithm the app cannot verify.',
    contentTypeMismatch:
      'The data signed by the seal do not match the kind of content in the file.',
    digestMismatch:
      'The message content was changed after it was sealed: its digest does not match the seal.',
    signatureInvalid:
      'The seal signature does not match: the sealed data were changed or the seal does not belong to the stated certificate.',
  },
  timestamp: {
    untrusted:
      'The certificate of the authority that issued the timestamp is not from a certification authority the application trusts.',
    certificateNotValidAtSigning:
      'The certificate of the timestamp authority was not valid when the timestamp was issued.',
    missing: 'The message has no qualified timestamp.',
    malformed: 'The timestamp is damaged and cannot be read.',
    hashMismatch:
      'The timestamp was issued for a different digest than the one the message states.',
    noSigner: 'The timestamp holds no signature of the authority that issued it.',
    noCertificate:
      'The timestamp does not hold the certificate of the authority that issued it, so it cannot be verified.',
    unsupportedAlgorithm: 'The timestamp uses an algorithm the app cannot verify.',
    contentTypeMismatch: 'The signed data of the timestamp do not match its content.',
    digestMismatch: 'The timestamp content was changed after it was issued.',
    signatureInvalid: 'The timestamp signature does not match: the timestamp was changed.',
  },
};
