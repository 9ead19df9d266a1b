/**
 * Ověření elektronických podpisů PDF: proč soubor nelze číst, proč podpis či časové
 * razítko neplatí (`signatureCheck.<problem>`, `signatureCheck.timestamp.<problem>`)
 * a slovní podoba stavů, které hlášení uvádí.
 */
export const signatureCheck = {
  corrupted: 'Soubor není čitelné PDF nebo je poškozený, proto v něm nelze ověřit podpisy.',
  encrypted: 'PDF je zašifrované, proto v něm nelze ověřit podpisy.',
  byteRangeMalformed:
    'Rozsah podepsaných dat (ByteRange) je vadný — nelze určit, co podpis pokrývá, podpis je neplatný.',
  unsupportedSubFilter: 'Podpis je ve formátu, který aplikace neumí ověřit.',
  cmsUnreadable: 'Data podpisu jsou poškozená a nelze je přečíst.',
  noSigner: 'Podpis neobsahuje údaje o podepisující osobě.',
  noCertificate: 'Podpis neobsahuje certifikát podepisující osoby, proto jej nelze ověřit.',
  unsupportedAlgorithm: 'Podpis používá algoritmus, který aplikace neumí ověřit.',
  contentTypeMismatch: 'Podepsané údaje neodpovídají druhu podepsaného obsahu.',
  digestMismatch: 'Dokument byl po podepsání změněn — jeho otisk nesouhlasí s podpisem.',
  signatureInvalid:
    'Podpis nesouhlasí — podepsané údaje byly změněny nebo podpis nepatří k uvedenému certifikátu.',
  signingCertificateMissing:
    'Podpis neuvádí, kterým certifikátem byl vytvořen (chybí atribut signing-certificate-v2), jak formát PAdES vyžaduje.',
  signingCertificateMismatch: 'Certifikát přiložený k podpisu není ten, který podpis uvádí.',
  untrusted:
    'Certifikát podepisující osoby nevydala certifikační autorita, které aplikace důvěřuje.',
  certificateNotValidAtSigning:
    'Certifikát podepisující osoby nebo certifikát jeho vydavatele nebyl v okamžiku podpisu platný.',
  notWholeRevision: 'Podpis nepokrývá celou verzi dokumentu, jak v okamžiku podpisu vypadala.',
  modifiedAfterSigning:
    'Dokument byl po podepsání změněn — obsahuje pozdější úpravy, které nejsou jen další podpisy nebo časová razítka.',
  timestamp: {
    malformed: 'Časové razítko je poškozené a nelze je přečíst.',
    noSigner: 'Časové razítko neobsahuje podpis autority, která je vydala.',
    noCertificate:
      'Časové razítko neobsahuje certifikát autority, která je vydala, proto je nelze ověřit.',
    unsupportedAlgorithm: 'Časové razítko používá algoritmus, který aplikace neumí ověřit.',
    contentTypeMismatch: 'Podepsané údaje časového razítka neodpovídají jeho obsahu.',
    digestMismatch: 'Obsah časového razítka byl po vydání změněn.',
    signatureInvalid: 'Podpis časového razítka nesouhlasí — razítko bylo změněno.',
    imprintMismatch: 'Časové razítko bylo vydáno pro jiná data, než jaká opatřuje.',
    notTimestampAuthority:
      'Časové razítko nepodepsala autorita časových razítek — její certifikát není určen k vydávání časových razítek.',
    untrusted:
      'Certifikát autority, která razítko vydala, nevydala certifikační autorita, které aplikace důvěřuje.',
    certificateNotValidAtSigning:
      'Certifikát autority, která razítko vydala, nebyl v okamžiku vydání razítka platný.',
  },
  status: {
    valid: 'Podpis je platný',
    invalid: 'Podpis je neplatný',
    indeterminate: 'Podpis nelze ověřit',
  },
  chain: {
    trusted: 'Certifikát vydala důvěryhodná autorita',
    untrusted: 'Certifikát nevydala důvěryhodná autorita',
    notValidAtSigning: 'Certifikát nebyl v okamžiku podpisu platný',
    unknown: 'Certifikát nelze posoudit',
  },
  laterChanges: {
    none: 'Dokument nebyl po podepsání změněn',
    signaturesOnly: 'Po podepsání byly připojeny jen další podpisy nebo časová razítka',
    modified: 'Dokument byl po podepsání změněn',
  },
  kind: {
    signature: 'Elektronický podpis',
    documentTimestamp: 'Časové razítko dokumentu',
  },
  qualified: 'Kvalifikovaný certifikát',
};
