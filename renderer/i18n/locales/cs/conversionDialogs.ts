/**
 * Dialogy konverze u dokumentu: převod do listinné podoby, změna datového formátu do
 * PDF/A (§ 69a zákona 499/2004 Sb.), tlačítka konverze v detailu dokumentu, štítky
 * souborů a upozornění při uzavírání spisu.
 */
export const conversionDialogs = {
  actions: {
    label: 'Konverze',
    fromPaper: 'Z listinné podoby (skeny)',
    toPaper: 'Do listinné podoby',
    formatChange: 'Změna formátu do PDF/A',
  },
  badge: {
    conversionOutput: 'Výstup autorizované konverze',
    conversionPrint: 'Tisk konverze s ověřovací doložkou',
    formatChanged: 'Změna formátu — PDF/A s doložkou',
    convertedToPdfA: 'převedeno do PDF/A',
  },
  register: {
    legend: 'Údaje pro evidenci konverzí',
    description: 'Označení vstupu',
    descriptionHint:
      'Jak se vstup zapíše do evidence konverzí (např. „smlouva.pdf z datové zprávy č. …“).',
    inputDate: 'Datum vstupu',
    inputDateHint: 'Datum, které vstup nese (doručení datové zprávy, datum dokumentu). Nepovinné.',
    official: 'Konverze z moci úřední (bez poplatku)',
    officialHint: 'Do evidence se zapíše: {{exemption}}',
    fee: 'Správní poplatek (Kč)',
    feeHint:
      'Celé číslo v korunách. Když se poplatek neplatí, ponechte prázdné a uveďte důvod osvobození.',
    exemption: 'Důvod osvobození od poplatku',
  },
  electronic: {
    title: 'Převod do listinné podoby — {{reference}}',
    loading: 'Načítám soubory dokumentu…',
    file: 'Soubor, který se převede',
    pages_one: '{{count}} strana',
    pages_few: '{{count}} strany',
    pages_other: '{{count}} stran',
    noPdf:
      'Dokument nemá žádný soubor PDF. S ověřovací doložkou lze do listinné podoby převést jen PDF.',
    notOffered:
      'Nenabízí se: {{names}}. S ověřovací doložkou lze do listinné podoby převést jen soubory PDF.',
    fromMessage:
      'Soubor přišel v datové zprávě č. {{dmID}}. Její podepsaný originál (ZFO) zůstává u dokumentu uložen beze změny.',
    examining: 'Ověřuji elektronický podpis souboru…',
    examineFailed: 'Podpis souboru se nepodařilo ověřit: {{reason}}',
    examineAgain: 'Ověřit znovu',
    examinationTitle: 'Ověření vstupu',
    kind: {
      signed: 'Soubor je podepsán elektronickým podpisem.',
      sealed: 'Soubor je opatřen elektronickou pečetí.',
      none: 'Soubor není podepsán elektronickým podpisem ani opatřen elektronickou pečetí.',
    },
    verdict: {
      signedValid: 'Podpis byl ověřen jako platný.',
      sealedValid: 'Pečeť byla ověřena jako platná.',
      signedInvalid: 'Podpis nebyl ověřen jako platný.',
      sealedInvalid: 'Pečeť nebyla ověřena jako platná.',
      none: 'Doložka uvede, že vstup nebyl podepsán ani zapečetěn.',
    },
    why: 'Proč:',
    qualified: 'Certifikát je kvalifikovaný.',
    notQualified: 'Certifikát se neprokazuje jako kvalifikovaný.',
    certificateSerial: 'Sériové číslo certifikátu',
    provider: 'Certifikát vydal',
    signer: 'Podepisující osoba',
    sealer: 'Pečetící osoba',
    notStated: 'neuvedeno',
    timestamp: 'Časové razítko',
    timestampTime: 'Datum a čas razítka',
    timestampSerial: 'Číslo časového razítka',
    timestampProvider: 'Razítko vydal',
    timestampValid: 'Časové razítko je platné.',
    timestampInvalid: 'Časové razítko nebylo ověřeno jako platné.',
    noTimestamp: 'Vstup nemá časové razítko.',
    confirmInvalid: 'Podpis nebyl ověřen jako platný — přesto převést (doložka to uvede)',
    confirmUnsigned: 'Soubor není podepsán — přesto převést (doložka to uvede)',
    confirmRequired:
      'Potvrďte, že soubor chcete převést, přestože jeho podpis nebyl ověřen jako platný.',
    confirmUnsignedRequired: 'Potvrďte, že chcete převést soubor, který není podepsán.',
    notExamined: 'Převést lze až po ověření podpisu souboru.',
    printing: 'Tisk',
    simplex: 'Jednostranně',
    duplex: 'Oboustranně',
    printingHint: 'Doložka uvádí počet listů výstupu; při oboustranném tisku je listů méně.',
    numberNotice:
      'Číslo konverze přidělí evidence konverzí. Aplikace o ně požádá hned (bez připojení, až se spojení obnoví); výtisk s ověřovací doložkou pak najdete na obrazovce Konverze.',
    confirm: 'Připravit konverzi',
    working: 'Připravuji…',
    done: 'Konverze dokumentu {{reference}} je připravena. Výtisk s doložkou bude na obrazovce Konverze, jakmile evidence přidělí číslo.',
  },
  formatChange: {
    title: 'Změna formátu do PDF/A',
    explanation:
      'Soubory, které nejsou ve výstupním datovém formátu, se převedou do PDF/A s doložkou podle § 24 vyhlášky č. 259/2012 Sb. Původní soubor zůstává u dokumentu.',
    file: 'Soubor',
    verdictColumn: 'Formát',
    stateColumn: 'Průběh',
    caption: 'Soubory ke změně formátu',
    verdict: {
      needsChange: 'Není ve výstupním formátu',
      output: 'Už je ve výstupním formátu',
      kept: 'Podepsaný originál — ponechává se',
      converted: 'Už převedeno do PDF/A',
    },
    state: {
      waiting: 'Čeká',
      converting: 'Převádím…',
      done: 'Převedeno do PDF/A ({{name}})',
      failed: 'Nepřevedeno: {{reason}}',
      skipped: 'Nepřevádí se',
    },
    start: 'Převést do PDF/A',
    working: 'Převádím…',
    summary: 'Převedeno {{done}} z {{total}} souborů.',
    summaryFailed:
      'Převedeno {{done}} z {{total}} souborů, {{failed}} se převést nepodařilo — důvod je u souboru.',
    nothing: 'Žádný ze souborů změnu formátu nepotřebuje.',
  },
  closeCaseFile: {
    heading: 'Soubory, které nejsou ve výstupním formátu',
    explanation:
      'Podle § 69a zákona č. 499/2004 Sb. mají být dokumenty před uzavřením spisu ve výstupním datovém formátu (PDF/A). Tyto soubory ho zatím nemají:',
    file: '{{name}} — dokument {{reference}}',
    convert: 'Převést do PDF/A',
    closeAnyway: 'Uzavřít i tak, bez změny formátu',
    closeAnywayHint:
      'Soubory zůstanou v původních formátech, přestože § 69a vyžaduje výstupní formát. Změnu formátu lze provést i později.',
    confirmRequired:
      'Spis obsahuje soubory, které nejsou ve výstupním formátu. Převeďte je do PDF/A, nebo potvrďte, že chcete spis uzavřít i tak.',
    confirmAnyway: 'Uzavřít i tak',
  },
};
