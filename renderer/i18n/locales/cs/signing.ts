/**
 * The signing certificate's check (`signing.certificate.*`), why a signature has no
 * timestamp (`signing.timestamp.*`), and the signing's failures (`errors.signing.*`).
 */
export const signing = {
  certificate: {
    expired: 'Platnost certifikátu skončila.',
    notYetValid: 'Certifikát ještě není platný.',
    keyUsageForbids:
      'Certifikát není určen k podepisování (použití klíče nedovoluje elektronický podpis).',
    extendedKeyUsageForbids:
      'Certifikát je určen k jinému účelu než k podepisování dokumentů (rozšířené použití klíče).',
    unreadable: 'Certifikát nelze přečíst.',
    notQualified:
      'Certifikát není kvalifikovaný; podpis nebude mít účinky kvalifikovaného podpisu.',
    expiresSoon: 'Platnost certifikátu skončí do 30 dnů. Požádejte včas o nový.',
  },
  timestamp: {
    unreachable:
      'Autorita časových razítek nebyla dostupná; dokument je podepsán bez časového razítka.',
    refused:
      'Autorita časových razítek vrátila razítko, které neprošlo kontrolou; dokument je podepsán bez časového razítka.',
    notConfigured:
      'Autorita časových razítek není nastavená; dokument je podepsán bez časového razítka.',
  },
};

export const signingErrors = {
  signing: {
    wrongPassword: 'Heslo k souboru s certifikátem není správné.',
    notPkcs12:
      'Soubor není certifikát s klíčem ve formátu PKCS#12 (.p12, .pfx), nebo je poškozený.',
    pkcs12Unsupported:
      'Soubor s certifikátem je zašifrovaný způsobem, který aplikace nepodporuje ({{algorithm}}). Vyexportujte certifikát znovu se šifrováním AES.',
    noKey: 'Soubor s certifikátem neobsahuje soukromý klíč k certifikátu pro podepisování.',
    unsupportedKey:
      'Klíč certifikátu je typu, kterým aplikace podepisovat neumí (umí klíče RSA a EC P-256, P-384).',
    certificateUnreadable:
      'Certifikát pro podpis nelze přečíst; je poškozený nebo v nepodporovaném tvaru.',
    certificateBlocked: 'Tímto certifikátem nelze podepsat: {{reason}}',
    pdfEncrypted:
      'Dokument je zašifrovaný nebo chráněný heslem, takový podepsat nelze. Uložte ho bez ochrany (nebo jej převeďte do PDF/A) a podepište znovu.',
    pdfCorrupted:
      'Dokument PDF je poškozený, a proto ho nelze podepsat. Uložte ho znovu z původního programu nebo jej převeďte do PDF/A.',
    visiblePlacement: 'Viditelný podpis se na zvolené místo stránky nevejde.',
    failed:
      'Podepsání se nezdařilo; dokument zůstal beze změny. Podrobnosti jsou v protokolu aplikace.',
    timestampUnavailable:
      'Autorita časových razítek není dostupná; dokument zůstal beze změny. Zkuste to prosím později.',
    timestampRefused:
      'Autorita časových razítek vrátila razítko, které nelze přijmout; dokument zůstal beze změny.',
  },
};
