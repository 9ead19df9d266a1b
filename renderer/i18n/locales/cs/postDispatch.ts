/** Sending a signed letter by post: the kind of mail, the envelope or label, the return receipt. */
export const postDispatch = {
  title: 'Odeslat poštou — {{reference}}',
  mailKind: 'Druh zásilky',
  mailKinds: {
    obycejne: 'Obyčejně',
    doporucene: 'Doporučeně',
    doporuceneDodejka: 'Doporučeně s dodejkou',
    doVlastnichRukou: 'Do vlastních rukou',
  },
  addressee: 'Adresát',
  addresseeNone: 'Dokument nemá adresáta; doplňte ho v úpravě dokumentu.',
  sentOn: 'Den podání na poště',
  print: {
    title: 'Obálka nebo štítek',
    format: 'Formát',
    formats: {
      'dl-envelope': 'Obálka DL',
      'c5-envelope': 'Obálka C5',
      'label-a4-3x8': 'Adresní štítek (arch A4, 3 × 8)',
    },
    button: 'Vytisknout obálku / štítek',
    working: 'Připravuji PDF…',
    saved: 'PDF {{name}} bylo uloženo; vytiskněte ho.',
    hint: 'Uloží PDF k tisku; zásilku zapíšete tlačítkem „Zapsat jako odeslané“.',
  },
  confirm: 'Zapsat jako odeslané',
  working: 'Zapisuji…',
  done: 'Dopis {{reference}} je zapsán jako odeslaný poštou.',
  receipt: {
    title: 'Zapsat doručenku — {{reference}}',
    receivedOn: 'Den doručení podle doručenky',
    confirm: 'Zapsat doručenku',
    working: 'Zapisuji…',
    done: 'Doručenka dopisu {{reference}} je zapsána.',
  },
  validation: {
    mailKind: 'Vyberte druh zásilky.',
    dateInvalid: 'Zadejte platné datum.',
    dateFuture: 'Datum nesmí být v budoucnosti.',
    beforeSignature: 'Dopis byl podepsán až {{date}}; odeslat ho nešlo dřív.',
    beforeSent: 'Dopis byl podán na poště až {{date}}; doručen nemohl být dřív.',
  },
};

/** Refusals of the post commands (`errors.postDispatch.*`). */
export const postDispatchErrors = {
  postDispatch: {
    alreadyDispatched: 'Dopis už byl odeslán.',
    notSigned: 'Poštou lze odeslat jen podepsaný dopis.',
    notSentByPost: 'Dopis nebyl odeslán poštou.',
    noReceiptForKind:
      'U této zásilky se doručenka nevrací (jen u zásilek doporučeně s dodejkou a do vlastních rukou).',
    receiptAlreadyRecorded: 'Doručenka už je zapsaná.',
  },
};
