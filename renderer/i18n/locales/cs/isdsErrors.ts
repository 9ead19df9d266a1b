import { isds } from './isds';

/** Failures of ISDS calls (`errors.isds.<kind>`) and of ZFO files (`errors.zfo.<kind>`). */
export const isdsErrors = {
  isds: {
    transport:
      'Spojení s datovými schránkami se nezdařilo. Zkuste to prosím později; rozpracované zprávy zůstávají uložené v tomto počítači.',
    auth: 'Přihlášení do datové schránky selhalo. Zkontrolujte přihlašovací údaje v Nastavení → Datové schránky.',
    busy: 'Datová schránka právě vyřizuje jiný požadavek tohoto účtu. Zkuste to prosím za chvíli znovu.',
    status:
      'Informační systém datových schránek požadavek odmítl (kód {{statusCode}}): {{description}}',
    malformed: 'Odpověď systému datových schránek nelze přečíst. Zkuste to prosím později.',
    invalid:
      'Odpověď systému datových schránek neodpovídá rozhraní ISDS. Podrobnosti jsou v protokolu aplikace.',
    config:
      'Datová schránka není nastavená. Doplňte adresu a přihlašovací údaje v Nastavení → Datové schránky.',
    limits: isds.limits,
  },
  databox: {
    notReceivedMessage: 'Soubor není přijatá datová zpráva.',
    reportMismatch: 'Výsledek ověření neodpovídá souboru; zpráva nebyla uložena.',
    messageNotFound: 'Datová zpráva už v tomto počítači není.',
    alreadyRegistered: 'Datová zpráva už je zapsaná v podacím deníku.',
    notDispatchable: 'Datovou schránkou lze odeslat jen vlastní dokument, který není stornovaný.',
    notFailed: 'Zpráva nečeká na rozhodnutí — je odeslaná nebo se právě odesílá.',
    outcomeUnknown:
      'Zprávu nelze zahodit: systém datových schránek ji možná už přijal. Počkejte, až se to ověří.',
    fileMissing: 'Soubor, který se měl odeslat, už u dokumentu není.',
    notSentMessage: 'Soubor není odeslaná datová zpráva.',
    notDeliveryInfo: 'Soubor není doručenka datové zprávy.',
  },
  zfo: {
    notZfo:
      'Soubor není platná datová zpráva (ZFO) — je poškozený, zkrácený nebo jde o jiný typ souboru.',
    notMessage:
      'Soubor je podepsaný, ale neobsahuje datovou zprávu ani doručenku ze systému datových schránek.',
  },
};
