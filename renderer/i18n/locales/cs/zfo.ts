/**
 * Why a ZFO's seal or its qualified timestamp does not hold: the problem keys the ZFO
 * verifier reports (`zfo.seal.<problem>`, `zfo.timestamp.<problem>`), in words.
 */
export const zfo = {
  seal: {
    untrusted: 'Certifikát pečeti nevydala certifikační autorita, které aplikace důvěřuje.',
    certificateNotValidAtSigning:
      'Certifikát pečeti nebo certifikát jeho vydavatele nebyl v okamžiku zapečetění platný.',
    noSigner: 'Soubor neobsahuje pečeť.',
    noCertificate:
      'Soubor neobsahuje certifikát, kterým byla zpráva zapečetěna, proto pečeť nelze ověřit.',
    unsupportedAlgorithm: 'Pečeť používá algoritmus, který aplikace neumí ověřit.',
    contentTypeMismatch: 'Údaje podepsané pečetí neodpovídají druhu obsahu souboru.',
    digestMismatch: 'Obsah zprávy byl po zapečetění změněn — jeho otisk nesouhlasí s pečetí.',
    signatureInvalid:
      'Podpis pečeti nesouhlasí — zapečetěné údaje byly změněny nebo pečeť nepatří k uvedenému certifikátu.',
  },
  timestamp: {
    untrusted:
      'Certifikát autority, která razítko vydala, nevydala certifikační autorita, které aplikace důvěřuje.',
    certificateNotValidAtSigning:
      'Certifikát autority, která razítko vydala, nebyl v okamžiku vydání razítka platný.',
    missing: 'Zpráva nemá kvalifikované časové razítko.',
    malformed: 'Časové razítko je poškozené a nelze je přečíst.',
    hashMismatch: 'Časové razítko bylo vydáno pro jiný otisk, než jaký zpráva uvádí.',
    noSigner: 'Časové razítko neobsahuje podpis autority, která je vydala.',
    noCertificate:
      'Časové razítko neobsahuje certifikát autority, která je vydala, proto je nelze ověřit.',
    unsupportedAlgorithm: 'Časové razítko používá algoritmus, který aplikace neumí ověřit.',
    contentTypeMismatch: 'Podepsané údaje časového razítka neodpovídají jeho obsahu.',
    digestMismatch: 'Obsah časového razítka byl po vydání změněn.',
    signatureInvalid: 'Podpis časového razítka nesouhlasí — razítko bylo změněno.',
  },
};
