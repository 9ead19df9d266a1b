/**
 * Why a signature, seal or timestamp did not verify, as the § 25 odst. 2 clause says it.
 * The verifier reports i18n keys (signatureCheck.*) that the renderer translates for the
 * screen; the clause is printed by main, so main holds its own Czech for them — shorter,
 * in the register of a clause. Every key the verifier can report has a text (typed).
 */
import type { PROBLEM, TIMESTAMP_PROBLEM } from '../../signing/verify/problems';

type ProblemKey =
  | (typeof PROBLEM)[keyof typeof PROBLEM]
  | (typeof TIMESTAMP_PROBLEM)[keyof typeof TIMESTAMP_PROBLEM]
  | 'signatureCheck.status.invalid'
  | 'signatureCheck.status.indeterminate';

const TEXTS: Record<ProblemKey, string> = {
  'signatureCheck.byteRangeMalformed': 'rozsah podepsaných dat je vadný',
  'signatureCheck.unsupportedSubFilter': 'podpis je ve formátu, který nelze ověřit',
  'signatureCheck.cmsUnreadable': 'data podpisu jsou poškozená',
  'signatureCheck.noSigner': 'podpis neobsahuje údaje o podepisující osobě',
  'signatureCheck.noCertificate': 'podpis neobsahuje certifikát',
  'signatureCheck.unsupportedAlgorithm': 'podpis používá algoritmus, který nelze ověřit',
  'signatureCheck.contentTypeMismatch': 'podepsané údaje neodpovídají druhu obsahu',
  'signatureCheck.digestMismatch': 'dokument byl po podepsání změněn (otisk nesouhlasí)',
  'signatureCheck.signatureInvalid': 'podpis nesouhlasí s podepsanými daty nebo s certifikátem',
  'signatureCheck.signingCertificateMissing':
    'podpis neuvádí certifikát, kterým byl vytvořen (signing-certificate-v2)',
  'signatureCheck.signingCertificateMismatch': 'přiložený certifikát není ten, který podpis uvádí',
  'signatureCheck.untrusted': 'certifikát nevydala důvěryhodná certifikační autorita',
  'signatureCheck.certificateNotValidAtSigning':
    'certifikát nebo certifikát jeho vydavatele nebyl v okamžiku podpisu platný',
  'signatureCheck.notWholeRevision': 'podpis nepokrývá celý dokument, jak byl podepsán',
  'signatureCheck.modifiedAfterSigning': 'dokument byl po podepsání změněn',
  'signatureCheck.timestamp.malformed': 'časové razítko je poškozené',
  'signatureCheck.timestamp.noSigner': 'časové razítko není podepsáno vydavatelem',
  'signatureCheck.timestamp.noCertificate': 'časové razítko neobsahuje certifikát vydavatele',
  'signatureCheck.timestamp.unsupportedAlgorithm':
    'časové razítko používá algoritmus, který nelze ověřit',
  'signatureCheck.timestamp.contentTypeMismatch':
    'podepsané údaje časového razítka neodpovídají jeho obsahu',
  'signatureCheck.timestamp.digestMismatch': 'obsah časového razítka byl po vydání změněn',
  'signatureCheck.timestamp.signatureInvalid': 'podpis časového razítka nesouhlasí',
  'signatureCheck.timestamp.imprintMismatch':
    'časové razítko bylo vydáno pro jiná data, než jaká opatřuje',
  'signatureCheck.timestamp.notTimestampAuthority':
    'časové razítko nevydala autorita časových razítek',
  'signatureCheck.timestamp.untrusted':
    'certifikát vydavatele časového razítka nevydala důvěryhodná autorita',
  'signatureCheck.timestamp.certificateNotValidAtSigning':
    'certifikát vydavatele časového razítka nebyl v okamžiku vydání platný',
  'signatureCheck.status.invalid': 'podpis je neplatný',
  'signatureCheck.status.indeterminate': 'podpis nelze ověřit',
};

function isProblemKey(key: string): key is ProblemKey {
  return Object.hasOwn(TEXTS, key);
}

/** The reason in Czech; a key this build does not know is named, never dropped. */
export function problemText(key: string): string {
  return isProblemKey(key) ? TEXTS[key] : `důvod ${key}`;
}
