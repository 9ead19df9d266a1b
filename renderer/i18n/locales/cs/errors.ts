import { pdfErrors } from './pdfErrors';

/** Messages for error codes from commands (CommandError) and from main (envelope codes). */
export const errors = {
  validation: 'Formulář obsahuje chyby — opravte označená pole.',
  invalidArguments:
    'Aplikace odmítla neplatný požadavek ({{method}}). Událost byla zapsána do protokolu.',
  unexpected: 'Nastala neočekávaná chyba. Podrobnosti jsou v protokolu aplikace.',
  hostUnreachable: 'Aplikace se nemůže spojit se svou službou na tomto počítači.',
  quotaExceeded:
    'Databáze v tomto počítači je plná — na disku není dost místa. Dokument nebyl uložen (nic se nezapsalo napůl). Uvolněte místo na disku a zkuste to znovu.',
  notConfigured: 'Nejdříve vyplňte údaje o organizaci v Nastavení.',
  documentNotFound: 'Dokument nebyl nalezen.',
  alreadyCancelled: 'Dokument už je stornován.',
  cancelInCaseFile: 'Dokument je ve spisu — před stornem ho ze spisu vyjměte (s odůvodněním).',
  cancelNotNew:
    'Storno je možné jen u dokumentu, se kterým se ještě nepracovalo (není vyřízený ani ve spisovně).',
  seedInvalid: 'Ukázková data jsou poškozená.',
  unsupportedInBrowser: 'Tuto akci v prohlížeči nelze provést.',
  forbiddenSender: 'Požadavek nepřišel z okna aplikace a byl odmítnut.',
  file: {
    saveFailed:
      'Soubor se nepodařilo uložit. Zkontrolujte, zda je složka přístupná a disk není plný.',
  },
  pdf: {
    fontMissing: 'Písmo pro tisk PDF chybí ({{path}}). Přeinstalujte aplikaci.',
    fontBroken: 'Písmo pro tisk PDF je poškozené ({{path}}). Přeinstalujte aplikaci.',
    invalidDate: 'Datum a čas doručení nejsou platné.',
    ...pdfErrors,
  },
  demo: {
    off: 'Ukázková data jsou dostupná jen v ukázkovém režimu.',
    unreachable: 'Ukázkové služby neodpovídají.',
    invalid: 'Ukázková data mají neplatný tvar.',
  },
  credentials: {
    unavailable: 'Tento počítač nenabízí bezpečné úložiště hesel (klíčenku). Heslo nebylo uloženo.',
    unreadable:
      'Uložené heslo nelze přečíst (změnila se klíčenka tohoto počítače). Zadejte je prosím znovu.',
  },
  essl: {
    transport:
      'Spojení s eSSL se nezdařilo. Zkuste to prosím později; změny zůstávají uložené v tomto počítači.',
    auth: 'Přihlášení k eSSL selhalo. Zkontrolujte adresu služby, uživatelské jméno a heslo v Nastavení → Připojení.',
    fault: 'eSSL ohlásila chybu: {{description}}',
    malformed: 'Odpověď eSSL nelze přečíst. Zkuste to prosím později.',
    invalid:
      'Odpověď eSSL neodpovídá rozhraní NSESSS. Podrobnosti jsou v protokolu aplikace; předejte je prosím správci eSSL.',
    status: 'eSSL operaci odmítla (kód {{statusCode}}): {{description}}',
    config:
      'Připojení k eSSL není nastavené. Vyplňte adresu služby, uživatelské jméno a heslo v Nastavení → Připojení.',
  },
  storage: {
    blocked: 'Databázi drží otevřenou jiné okno Úřadovny. Zavřete ho a zkuste to znovu.',
  },
  caseFile: {
    notFound: 'Spis nebyl nalezen.',
    notOpen:
      'Spis je uzavřený — dokumenty do něj nelze vkládat ani z něj vyjímat. Nejprve ho znovu otevřete (s odůvodněním).',
    notClosed: 'Spis není uzavřený.',
    empty: 'Prázdný spis nelze uzavřít — neobsahuje žádný dokument.',
    unsettled:
      'Spis nelze uzavřít: {{count}} dokument(y) nejsou vyřízené — {{documents}}. Nejprve je vyřiďte.',
    documentInAnother: 'Dokument už je v jiném spisu. Použijte přesun do jiného spisu.',
    initiatorHasFollowers:
      'Iniciační dokument nelze ze spisu vyjmout, dokud jsou ve spisu další dokumenty.',
  },
  document: {
    cancelled: 'Dokument je stornovaný — nelze s ním dále pracovat.',
    notEditable:
      'Upravit lze jen dokument ve stavu zaevidován, v řešení nebo vyřízen — ne stornovaný, uzavřený ani předaný do spisovny.',
  },
  settlement: { already: 'Dokument už je vyřízený.' },
  lifecycle: { forbidden: 'Tato akce není v současném stavu záznamu možná.' },
  recordsOffice: {
    caseFileNotClosed: 'Do spisovny lze předat jen uzavřený spis.',
    documentInCaseFile: 'Dokument je ve spisu — do spisovny se předává celý spis.',
    documentNotSettled: 'Do spisovny lze předat jen vyřízený dokument.',
  },
  disposal: {
    nothingDue: 'Do roku {{year}} neuplynula skartační lhůta u žádného záznamu ve spisovně.',
    proposalNotFound: 'Skartační návrh nebyl nalezen.',
    alreadyDecided: 'O tomto skartačním návrhu už bylo rozhodnuto.',
    otherOriginator:
      'Rozhodnutí archivu je určeno jinému původci ({{originator}}), ne této organizaci. Nic nebylo změněno.',
    unknownEntities:
      'Rozhodnutí archivu uvádí {{count}} neznámé záznamy ({{identifiers}}). Nic nebylo změněno.',
    notInProposal:
      'Rozhodnutí archivu uvádí {{count}} záznam(y), které nejsou v tomto skartačním návrhu ({{identifiers}}). Nic nebylo změněno.',
  },
  sync: {
    entryGone: 'Tato změna už ve frontě k odeslání není — mezitím ji vyřídila synchronizace.',
    notFailed: 'Tuto změnu eSSL neodmítla; odešle se při synchronizaci sama.',
    conflictGone: 'Tento konflikt už je vyřešený.',
    conflictChoiceMissing: 'U každého údaje vyberte, kterou verzi ponechat (chybí: {{fields}}).',
    keeping: {
      notInEssl: 'Dokument ještě není v eSSL; po synchronizaci ho půjde převzít.',
      alreadyKept: 'Dokument už je ve výhradní správě Úřadovny.',
      notKept: 'Dokument není ve výhradní správě Úřadovny — není co vracet.',
      waitingTake_one:
        'U dokumentu čeká {{count}} změna na odeslání do eSSL (nebo ji eSSL odmítla). Nejprve synchronizujte (Alt+5), pak ho půjde převzít.',
      waitingTake_few:
        'U dokumentu čekají {{count}} změny na odeslání do eSSL (nebo je eSSL odmítla). Nejprve synchronizujte (Alt+5), pak ho půjde převzít.',
      waitingTake_other:
        'U dokumentu čeká {{count}} změn na odeslání do eSSL (nebo je eSSL odmítla). Nejprve synchronizujte (Alt+5), pak ho půjde převzít.',
      waitingReturn_one:
        'U dokumentu čeká {{count}} změna na odeslání do eSSL (nebo ji eSSL odmítla). Před vrácením synchronizujte (Alt+5), aby eSSL dostala vše, co se tu změnilo.',
      waitingReturn_few:
        'U dokumentu čekají {{count}} změny na odeslání do eSSL (nebo je eSSL odmítla). Před vrácením synchronizujte (Alt+5), aby eSSL dostala vše, co se tu změnilo.',
      waitingReturn_other:
        'U dokumentu čeká {{count}} změn na odeslání do eSSL (nebo je eSSL odmítla). Před vrácením synchronizujte (Alt+5), aby eSSL dostala vše, co se tu změnilo.',
      notHandedOver: 'eSSL dokument do správy Úřadovny nepředala (spravuje ho {{keeper}}).',
    },
  },
  filePlan: {
    notNewer:
      'Spisový plán platný od {{validFrom}} nelze načíst: stávající plán platí od {{current}}. Nová verze musí začínat později — historie se nepřepisuje.',
  },
};
