/** Words every conversion screen shares (`conversion.*`) and the conversion commands' errors. */
export const conversion = {
  direction: {
    paperToElectronic: 'z listinné do elektronické podoby',
    electronicToPaper: 'z elektronické do listinné podoby',
  },
  directionShort: {
    paperToElectronic: 'listinná → elektronická',
    electronicToPaper: 'elektronická → listinná',
  },
  state: {
    waitingForNumber: 'Čeká na číslo z evidence',
    refused: 'Evidence odmítla',
    numbered: 'Připravuje se doložka',
    awaitingSignature: 'Čeká na podpis',
    readyToPrint: 'Připraveno k tisku',
    done: 'Dokončeno',
    cancelled: 'Zrušeno',
  },
  mode: {
    blackWhite: 'Černobíle',
    greyscale: 'Ve stupních šedi',
    colour: 'Barevně',
  },
  validation: {
    tooLong: 'Text je delší než {{max}} znaků.',
    descriptionRequired: 'Uveďte, co se převádí (označení vstupu pro evidenci konverzí).',
    inputDateInvalid: 'Datum vstupu není platné datum.',
    inputDateFuture: 'Datum vstupu nemůže být v budoucnosti.',
    sheets: 'Počet listů musí být celé číslo od 1.',
    fee: 'Poplatek musí být celé číslo od 0 do {{max}} Kč.',
    feeOrExemption: 'Uveďte poplatek, nebo důvod osvobození od poplatku.',
    lostElementDescription: 'Popište prvek vstupu, který nelze do výstupu převést.',
    colourReason: 'Barevná konverze potřebuje důvod (barva nese informaci — např. barevná mapa).',
    cancelReason: 'Uveďte důvod zrušení konverze.',
  },
};

/** The conversion commands' refusals (`errors.conversionRecord.*`). */
export const conversionRecordErrors = {
  conversionRecord: {
    notFound: 'Konverze nebyla nalezena.',
    componentGone: 'Soubor, který se měl převést, už u dokumentu není.',
    confirmInvalid:
      'Podpis vstupu nebyl ověřen jako platný. Potvrďte, že chcete převést i tak — doložka to uvede.',
    badNumber: 'Evidence konverzí vrátila neplatné číslo. Konverze čeká na nové přidělení.',
    numberDiffers:
      'Evidence konverzí vrátila pro tutéž konverzi jiné číslo než předtím. Obraťte se na správce ORP.',
    notWaiting: 'Konverze už na číslo nečeká.',
    notRefused: 'Znovu požádat lze jen u konverze, kterou evidence odmítla.',
    notNumbered: 'Konverze ještě nemá číslo z evidence, doložku nelze vytvořit.',
    noClause: 'Výstup s ověřovací doložkou zatím neexistuje.',
    notAwaitingSignature: 'Konverze nečeká na podpis.',
    notThisOutput: 'Podepsaný soubor není výstupem této konverze s její doložkou.',
    changedMeanwhile: 'Konverze se mezitím změnila. Otevřete ji znovu a akci opakujte.',
    notPrintable: 'Tuto konverzi nelze tisknout — ještě nemá doložku.',
    notCancellable: 'Dokončenou nebo zrušenou konverzi nelze zrušit.',
    documentCancelled: 'Dokument je stornován, jeho soubory už nelze převádět.',
    alreadyOutput: 'Soubor už je výstupem změny formátu.',
    alreadyChanged: 'Soubor už byl do PDF/A převeden.',
  },
};

/** The register request's outbox kind in words, for the sync screens (`sync.kind.*`). */
export const conversionSyncKinds = {
  conversion: { requestNumber: 'žádost o číslo z evidence konverzí' },
};
