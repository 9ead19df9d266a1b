/** Nastavení → Konverze: the conversion register's address and the scanner's folder (`conversionSettings.*`). */
export const conversionSettings = {
  title: 'Konverze',
  description:
    'Evidence konverzí, která přiděluje čísla ověřovacím doložkám, a složka, do které ukládá skener.',
  loading: 'Načítám nastavení…',
  register: {
    label: 'Adresa evidence konverzí',
    hint: 'Adresa služby ORP, která vede evidenci o provedených konverzích (http nebo https, bez jména a hesla v adrese). Bez adresy konverze čekají na číslo a nic s doložkou nevznikne.',
    hintDemo: 'V ukázce se při prázdné adrese použije evidence konverzí simulátoru.',
  },
  folder: {
    label: 'Složka skeneru',
    hint: 'Celá cesta ke složce, do které skener ukládá skeny — např. /mnt/skeny, C:\\Skeny nebo \\\\server\\skeny. Prázdné pole: skeny se vybírají ze souborů.',
    check: 'Zkontrolovat složku',
    checking: 'Kontroluji…',
    unsaved: 'Kontroluje se uložená složka — změnu nejdřív uložte.',
    notSet: 'Složka skeneru není nastavena.',
    empty: 'Složka „{{folder}}“ je dostupná, zatím v ní není žádný sken.',
    found_one: 'Ve složce „{{folder}}“ je {{count}} sken:',
    found_few: 'Ve složce „{{folder}}“ jsou {{count}} skeny:',
    found_many: 'Ve složce „{{folder}}“ je {{count}} skenu:',
    found_other: 'Ve složce „{{folder}}“ je {{count}} skenů:',
    listLabel: 'Skeny ve složce',
    file: '{{name}} ({{size}})',
    more_one: 'a {{count}} další',
    more_few: 'a {{count}} další',
    more_many: 'a {{count}} dalšího',
    more_other: 'a {{count}} dalších',
  },
  validation: {
    urlTooLong: 'Adresa je delší než {{max}} znaků.',
    urlInvalid: 'Toto není platná adresa (např. https://konverze.orp.cz/evidence).',
    urlScheme: 'Adresa musí začínat http:// nebo https:// (ne {{scheme}}).',
    urlCredentials:
      'Jméno ani heslo do adresy nepatří — nastavení se ukládá jako obyčejný soubor. Uveďte adresu bez nich.',
    folderTooLong: 'Cesta je delší než {{max}} znaků.',
    folderControl: 'Cesta obsahuje neviditelné řídicí znaky; napište ji znovu.',
    folderRelative:
      'Uveďte celou cestu ke složce (např. /mnt/skeny, C:\\Skeny nebo \\\\server\\skeny), ne cestu relativní.',
  },
  save: 'Uložit nastavení konverzí',
  saving: 'Ukládám…',
  saved: 'Nastavení konverzí je uloženo.',
  failed: 'Nastavení konverzí se nepodařilo uložit: {{reason}}',
  notSaved: 'Opravte označené údaje — nic nebylo uloženo.',
};
