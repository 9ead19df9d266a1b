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
  storage: {
    blocked: 'Databázi drží otevřenou jiné okno Úřadovny. Zavřete ho a zkuste to znovu.',
  },
};
