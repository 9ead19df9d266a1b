/**
 * The conversion register client (`errors.conversionRegister.<kind>`) and the scanner
 * folder (`errors.conversion.folder*`, spread into the `conversion` block of errors.ts).
 */
export const conversionRegisterErrors = {
  notConfigured:
    'Adresa evidence konverzí není nastavena nebo je chybná. Doplňte ji v Nastavení → Konverze.',
  unreachable:
    'Evidence konverzí není dostupná ({{reason}}). Číslo konverze zatím nebylo přiděleno; o číslo lze požádat znovu později.',
  timeout:
    'Evidence konverzí neodpověděla do {{seconds}} s. Číslo konverze zatím není známo; o číslo lze požádat znovu později (evidence stejné žádosti nepřidělí druhé číslo).',
  refused: 'Evidence konverzí žádost odmítla. Důvod: {{reason}}',
  badAnswer:
    'Evidence konverzí odpověděla nesrozumitelně, číslo konverze proto nelze použít. Zkuste to později, případně se obraťte na správce ORP.',
};

export const conversionFolderErrors = {
  folderNotConfigured: 'Složka skeneru není nastavena (Nastavení → Konverze).',
  folderMissing:
    'Složka skeneru „{{root}}“ neexistuje, není složka nebo není dostupná. Zkontrolujte ji v nastavení.',
  folderUnreadable: 'Složku skeneru „{{root}}“ nelze přečíst ({{reason}}).',
  folderBadName: '„{{name}}“ není název souboru ve složce skeneru.',
  folderNotFound:
    'Soubor „{{name}}“ ve složce skeneru není; možná ho už někdo zpracoval nebo smazal.',
  folderNotScan:
    'Soubor „{{name}}“ není sken, který lze převést (převádí se JPEG, PNG, TIFF a PDF).',
  folderLink:
    '„{{name}}“ je odkaz na jiné místo, ne soubor; ze složky skeneru se čtou jen soubory v ní uložené.',
  folderFileBusy: 'Soubor „{{name}}“ se ještě zapisuje. Počkejte, až skener ukládání dokončí.',
  folderFileTooLarge: 'Soubor „{{name}}“ je větší než {{limitMb}} MB, proto jej nelze převést.',
  folderReadFailed: 'Soubor „{{name}}“ ze složky skeneru nelze přečíst ({{reason}}).',
  folderRemoveFailed: 'Soubor „{{name}}“ se ze složky skeneru nepodařilo odstranit ({{reason}}).',
};
