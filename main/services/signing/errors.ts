/** The signing's user-facing failures (`errors.signing.*`), with their Czech texts. */
import { ServiceError } from '../../../common/contract/envelope';

export const wrongPassword = () =>
  new ServiceError('errors.signing.wrongPassword', 'Heslo k souboru s certifikátem není správné.');

export const notPkcs12 = () =>
  new ServiceError(
    'errors.signing.notPkcs12',
    'Soubor není certifikát s klíčem ve formátu PKCS#12 (.p12, .pfx), nebo je poškozený.',
  );

export const pkcs12Unsupported = (algorithm: string) =>
  new ServiceError(
    'errors.signing.pkcs12Unsupported',
    `Soubor s certifikátem je zašifrovaný způsobem, který aplikace nepodporuje (${algorithm}). Vyexportujte certifikát znovu se šifrováním AES.`,
    { algorithm },
  );

export const noKey = () =>
  new ServiceError(
    'errors.signing.noKey',
    'Soubor s certifikátem neobsahuje soukromý klíč k certifikátu pro podepisování.',
  );

export const unsupportedKey = () =>
  new ServiceError(
    'errors.signing.unsupportedKey',
    'Klíč certifikátu je typu, kterým aplikace podepisovat neumí (umí klíče RSA a EC P-256, P-384).',
  );

export const certificateBlocked = (reason: string) =>
  new ServiceError(
    'errors.signing.certificateBlocked',
    `Tímto certifikátem nelze podepsat: ${reason}`,
    {
      reason,
    },
  );

export const pdfEncrypted = () =>
  new ServiceError(
    'errors.signing.pdfEncrypted',
    'Dokument je zašifrovaný nebo chráněný heslem, takový podepsat nelze. Uložte ho bez ochrany (nebo jej převeďte do PDF/A) a podepište znovu.',
  );

export const pdfCorrupted = () =>
  new ServiceError(
    'errors.signing.pdfCorrupted',
    'Dokument PDF je poškozený, a proto ho nelze podepsat. Uložte ho znovu z původního programu nebo jej převeďte do PDF/A.',
  );

export const signingFailed = (detail: string) =>
  new ServiceError(
    'errors.signing.failed',
    'Podepsání se nezdařilo; dokument zůstal beze změny. Podrobnosti jsou v protokolu aplikace.',
    { detail },
  );

export const timestampUnavailable = () =>
  new ServiceError(
    'errors.signing.timestampUnavailable',
    'Autorita časových razítek není dostupná; dokument zůstal beze změny. Zkuste to prosím později.',
  );

export const timestampRefused = () =>
  new ServiceError(
    'errors.signing.timestampRefused',
    'Autorita časových razítek vrátila razítko, které nelze přijmout; dokument zůstal beze změny.',
  );

export const certificateUnreadable = () =>
  new ServiceError(
    'errors.signing.certificateUnreadable',
    'Certifikát pro podpis nelze přečíst; je poškozený nebo v nepodporovaném tvaru.',
  );
