/** Messages for `ValidationIssue.message` keys produced by common/domain rules. */
export const validation = {
  invalid: 'Neplatná hodnota.',
  tooLong: 'Text je příliš dlouhý (nejvýše {{max}} znaků).',
  url: 'Zadejte úplnou adresu začínající https:// (nebo http://).',
  channel: 'Vyberte způsob doručení.',
  dataBoxId: 'ID datové schránky má přesně 7 znaků (písmena a číslice); zadáno {{length}}.',
  ico: 'IČO má 8 číslic a musí mít platnou kontrolní číslici.',
  dateInvalid: 'Zadejte platné datum.',
  dateTimeInvalid: 'Zadejte platné datum a čas.',
  dateTooOld: 'Datum je starší než rok {{year}} — zkontrolujte rok.',
  party: {
    kind: 'Vyberte, zda jde o fyzickou osobu, firmu, nebo úřad.',
    nameRequired: 'Vyplňte jméno nebo název.',
  },
  subject: {
    required: 'Věc je povinná.',
    tooLong: 'Věc může mít nejvýše {{max}} znaků (zadáno {{length}}).',
  },
  receivedAt: {
    future: 'Datum a čas doručení nesmí být v budoucnosti.',
  },
  createdOn: {
    future: 'Datum vzniku nesmí být v budoucnosti.',
  },
  sheets: {
    notNumber: 'Počet listů musí být číslo.',
    notInteger: 'Počet listů musí být celé číslo.',
    negative: 'Počet listů nesmí být záporný.',
    tooMany: 'Počet listů je nepřiměřeně vysoký.',
    zeroWithAttachments: 'Dokument s přílohami musí mít alespoň jeden list.',
  },
  attachments: {
    notNumber: 'Počet příloh musí být číslo.',
    notInteger: 'Počet příloh musí být celé číslo.',
    negative: 'Počet příloh nesmí být záporný.',
    tooMany: 'Počet příloh je nepřiměřeně vysoký.',
  },
  fileMark: {
    required: 'Vyberte spisový znak.',
    tooLong: 'Spisový znak je příliš dlouhý.',
    unknown: 'Spisový znak {{mark}} ve spisovém plánu není (nebo nejde o nejnižší úroveň).',
    notClassifiable:
      'Věcná skupina {{mark}} nemá skartační režim (není na nejnižší úrovni) nebo už neplatí — nelze podle ní zatřídit.',
  },
  handler: {
    required: 'Vyberte, kdo dokument vyřizuje.',
    tooLong: 'Jméno zpracovatele je příliš dlouhé.',
  },
  author: {
    required: 'Vyplňte autora dokumentu.',
    tooLong: 'Jméno autora je příliš dlouhé.',
  },
  addressees: {
    required: 'Vlastní dokument potřebuje alespoň jednoho adresáta.',
    incomingDocument: 'Doručený dokument nemá adresáty — upravte jeho odesílatele.',
  },
  sender: {
    ownDocument: 'Vlastní dokument nemá odesílatele — upravte jeho adresáty.',
  },
  file: {
    empty: 'Soubor „{{name}}“ je prázdný (0 bajtů) — nelze ho připojit.',
    tooLarge:
      'Soubor „{{name}}“ má {{size}} MB; největší povolená velikost souboru je {{limit}} MB.',
    contentMismatch:
      'Soubor „{{name}}“ se vydává za {{claimed}}, ale jeho obsah je {{detected}}. Nebyl připojen.',
    unsupported: 'Soubor „{{name}}“ má nepodporovaný formát. Připojit lze PDF, JPEG, PNG a TIFF.',
    unreadable: 'Soubor „{{name}}“ nelze přečíst.',
    renamed: 'Název souboru byl upraven z bezpečnostních důvodů: „{{from}}“ → „{{to}}“.',
  },
  dispatch: {
    fileMissing: 'Soubor už u dokumentu není.',
    duplicateFile: 'Soubor je vybrán dvakrát.',
  },
  isds: {
    boxId: 'ID datové schránky má přesně 7 znaků: malá písmena a číslice.',
    messageId: 'ID datové zprávy je číslo o nejvýše 20 číslicích.',
    boxKey:
      'Označení schránky smí obsahovat jen malá písmena, číslice a pomlčky (nejvýše 40 znaků).',
    duplicateBoxKey: 'Schránka s tímto označením už je nastavená.',
  },
  credentials: {
    account: 'Název účtu smí obsahovat jen písmena, číslice a znaky . _ @ : -',
  },
  cancelReason: {
    required: 'Uveďte důvod storna.',
  },
  mask: {
    empty: 'Maska čísla jednacího nesmí být prázdná.',
    missingSequence: 'Maska musí obsahovat pořadové číslo {seq}.',
    missingYear: 'Maska musí obsahovat rok {year} — jinak by se čísla v dalším roce opakovala.',
    unknownToken: 'Neznámá značka {{token}}. Použít lze {abbr}, {seq}, {seq:5}, {year}, {yy}.',
    tooLong: 'Maska je příliš dlouhá.',
  },
  reason: { required: 'Uveďte důvod.' },
  discardReason: { required: 'Uveďte, proč změnu zahazujete.' },
  caseFileTitle: { required: 'Uveďte věc (název) spisu.' },
  settlement: {
    method: 'Vyberte způsob vyřízení.',
    reasonRequired: 'Při vyřízení „jiným způsobem“ uveďte odůvodnění.',
    settlingDocumentRequired: 'Vyberte dokument, kterým byl dokument vyřízen.',
    settlingDocumentInvalid:
      'Vyřizující dokument neexistuje, je stornovaný, nebo je to tentýž dokument.',
    future: 'Datum vyřízení nesmí být v budoucnosti.',
    beforeRegistration: 'Datum vyřízení nesmí být dřív, než byl dokument zaevidován.',
  },
  triggerYear: { invalid: 'Rok spouštěcí události není platný.' },
  borrower: { required: 'Uveďte, komu se zapůjčuje.' },
  disposal: {
    yearInvalid: 'Rok skartačního návrhu není platný.',
    futureYear:
      'Skartační návrh nelze sestavit na rok {{year}} — ten ještě nenastal (letos je {{current}}).',
  },
};
