/** Texts of the file plan feature. */
export const filePlan = {
  title: 'Spisový plán',
  /** Why a file-plan XML was refused (`filePlan.import.*` from common/nsesss/planRead.ts). */
  import: {
    empty: 'Soubor je prázdný.',
    tooLarge: 'Soubor je na spisový plán příliš velký.',
    doctype:
      'Soubor obsahuje deklaraci DOCTYPE nebo ENTITY (řádek {{line}}). Spisový plán podle NSESSS ji nemá a z bezpečnostních důvodů se takový soubor nenačítá.',
    invalidChar: 'Soubor obsahuje znak, který XML nepovoluje (řádek {{line}}).',
    notWellFormed:
      'Soubor není platný XML dokument (chyba na řádku {{line}}, ve sloupci {{column}}).',
    entity: 'Soubor odkazuje na entitu, kterou XML bez DTD nezná (řádek {{line}}).',
    namespace: 'Soubor používá nedeklarovaný prefix jmenného prostoru (řádek {{line}}).',
    tooDeep: 'Soubor je vnořen hlouběji, než spisový plán může být (řádek {{line}}).',
    notPlan:
      'Soubor není spisový plán NSESSS: kořenový element je {{element}}, očekává se SpisovyPlan.',
    wrongNamespace:
      'Spisový plán není ve jmenném prostoru NSESSS 2023 (http://www.mvcr.cz/nsesss/v4), ale v „{{namespace}}“. Plán staršího formátu je třeba nejprve převést.',
    missingElement: 'V elementu {{parent}} chybí povinný element {{element}} (řádek {{line}}).',
    unexpectedElement:
      'Element {{element}} na toto místo v elementu {{parent}} podle schématu nepatří (řádek {{line}}).',
    unexpectedText:
      'Element {{element}} smí obsahovat jen další elementy, ne text (řádek {{line}}).',
    missingAttribute: 'Element {{element}} nemá povinný atribut {{attribute}} (řádek {{line}}).',
    unexpectedAttribute:
      'Element {{element}} má nepovolený atribut {{attribute}} (řádek {{line}}).',
    emptyText: 'Element {{element}} nesmí být prázdný (řádek {{line}}).',
    tooLong: 'Element {{element}} je delší než {{max}} znaků (řádek {{line}}).',
    invalidDate:
      'Element {{element}} má obsahovat datum ve tvaru RRRR-MM-DD, obsahuje „{{value}}“ (řádek {{line}}).',
    invalidNumber:
      'Element {{element}} má obsahovat celé číslo, obsahuje „{{value}}“ (řádek {{line}}).',
    invalidEnum:
      'Element {{element}} má hodnotu „{{value}}“; povolené hodnoty jsou {{allowed}} (řádek {{line}}).',
    invalidValue: 'Hodnota „{{value}}“ v {{element}} neodpovídá schématu (řádek {{line}}).',
    invalidId:
      'Identifikátor „{{id}}“ v atributu ID není platný název XML — musí začínat písmenem nebo podtržítkem (řádek {{line}}).',
    duplicateId: 'Identifikátor „{{id}}“ v atributu ID je v souboru víckrát (řádek {{line}}).',
    issuerNotOrganization:
      'Vydavatelem spisového plánu musí být organizace (IdentifikatorOrganizace, NazevOrganizace, SidloOrganizace), ne fyzická osoba (řádek {{line}}).',
    invalidSimpleMark:
      'Jednoduchý spisový znak „{{mark}}“ nesmí být prázdný ani obsahovat mezeru nebo tečku — tečka odděluje úrovně plně určeného znaku (řádek {{line}}).',
    markMismatch:
      'Plně určený spisový znak {{mark}} neodpovídá místu skupiny v plánu: podle nadřazené skupiny má být {{expected}} (řádek {{line}}).',
    cycle:
      'Spisový plán obsahuje cyklus: skupina {{mark}} je vnořena pod skupinu {{ancestor}}, kterou by podle svého znaku měla sama obsahovat (řádek {{line}}).',
    duplicateMark: 'Spisový znak {{mark}} je v plánu dvakrát (řádek {{line}}).',
    missingRetention:
      'Věcná skupina {{mark}} je na nejnižší úrovni, ale nemá skartační režim — bez něj do ní nelze zařazovat dokumenty (řádek {{line}}).',
    periodRange:
      'Skartační lhůta skupiny {{mark}} musí být 0 až {{max}} let, v souboru je {{value}} (řádek {{line}}).',
    fixedYear:
      'Věcná skupina {{mark}} má místo skartační lhůty pevný rok vyřazení (RokVyrazeni); Úřadovna počítá jen se lhůtou v letech od spouštěcí události (řádek {{line}}).',
    typeFiles:
      'Věcná skupina {{mark}} je určena pro typové spisy; ty Úřadovna zatím nepodporuje (řádek {{line}}).',
    legacyMark:
      'Skupina {{mark}} má skartační znak V, ale platí od {{date}}; znak V smějí mít jen skupiny starších plánů otevřené před 1. 1. 2024 (řádek {{line}}).',
    planClosedBeforeOpened: 'Spisový plán je uzavřen ({{to}}) dřív, než byl otevřen ({{from}}).',
    closedBeforeOpened:
      'Věcná skupina {{mark}} je uzavřena ({{to}}) dřív, než byla otevřena ({{from}}) (řádek {{line}}).',
    outsideParent:
      'Platnost skupiny {{mark}} ({{from}} – {{to}}) přesahuje platnost nadřazené skupiny {{parent}} (řádek {{line}}).',
    outsidePlan:
      'Platnost skupiny {{mark}} ({{from}} – {{to}}) přesahuje platnost celého plánu (řádek {{line}}).',
    moreIssues_one: '… a ještě {{count}} další chyba.',
    moreIssues_few: '… a ještě {{count}} další chyby.',
    moreIssues_other: '… a ještě {{count}} dalších chyb.',
  },
  screen: {
    loading: 'Načítám spisový plán…',
    import: 'Načíst spisový plán (XML)',
    export: 'Uložit jako XML',
  },
  header: {
    title: 'Platná verze plánu',
    empty: 'Spisový plán zatím nebyl načten. Načtěte ho ze souboru XML.',
    noVersion:
      'Skupiny plánu jsou uložené bez záhlaví verze (název, vydavatel, platnost). Načtěte plán ze souboru XML.',
    identifier: 'Identifikátor',
    issuer: 'Vydavatel',
    unknown: 'neuveden',
    validFrom: 'Platí od',
    validTo: 'Platí do',
    open: 'bez omezení',
    groups: 'Věcné skupiny',
    groupCount_one: '{{count}} skupina, z toho {{classifiable}} pro zařazování dokumentů',
    groupCount_few: '{{count}} skupiny, z toho {{classifiable}} pro zařazování dokumentů',
    groupCount_other: '{{count}} skupin, z toho {{classifiable}} pro zařazování dokumentů',
    legacy: 'Plán obsahuje skartační znak V — jen pro starší plány.',
  },
  tree: {
    title: 'Věcné skupiny',
    search: 'Hledání ve spisovém plánu',
    searchLabel: 'Hledat skupinu (spisový znak nebo název)',
    searchPlaceholder: 'např. 2.1 nebo rozpočet',
    showRetired: 'Zobrazit i ukončené skupiny',
    expandAll: 'Rozbalit vše',
    collapseAll: 'Sbalit vše',
    shown_one: 'Zobrazena {{count}} skupina',
    shown_few: 'Zobrazeny {{count}} skupiny',
    shown_other: 'Zobrazeno {{count}} skupin',
    found_one: 'Nalezena {{count}} skupina',
    found_few: 'Nalezeny {{count}} skupiny',
    found_other: 'Nalezeno {{count}} skupin',
    nothingFound: 'Hledání neodpovídá žádná skupina.',
    empty: 'Plán nemá žádné skupiny.',
    retentionTitle: 'Skartační znak / skartační lhůta v letech',
    trigger: 'spouštěcí událost: {{event}}',
    keyboardHint:
      'Šipkami nahoru a dolů se pohybujete po skupinách, šipkou vpravo skupinu rozbalíte, vlevo sbalíte.',
  },
  mode: {
    collectionSheet: 'sběrný arch',
    linking: 'spojování',
  },
  validity: {
    from: 'platí od {{date}}',
    range: 'platí {{from}} – {{to}}',
    upcoming: 'začne platit {{date}}',
    ended: 'platnost skončila {{date}}',
  },
  versions: {
    title: 'Starší verze plánu',
    none: 'Žádná starší verze není uložena.',
    name: 'Název',
    identifier: 'Identifikátor',
    validity: 'Platnost',
    imported: 'Načteno',
    legacy: '(se znakem V)',
  },
  importDialog: {
    file: 'Soubor: {{name}}',
    refusedTitle: 'Spisový plán nelze načíst',
    refused: 'Soubor nebyl načten a nic se nezměnilo. Důvod:',
    issueAt: '{{text}} (místo: {{path}})',
    confirmTitle: 'Načíst nový spisový plán?',
    planTitle: 'Název plánu',
    validFrom: 'Platí od',
    groups: 'Věcné skupiny',
    groupCount_one: '{{count}} skupina, z toho {{classifiable}} pro zařazování',
    groupCount_few: '{{count}} skupiny, z toho {{classifiable}} pro zařazování',
    groupCount_other: '{{count}} skupin, z toho {{classifiable}} pro zařazování',
    retiring: 'Ukončí se',
    retiringCount_one: '{{count}} dosud platná skupina',
    retiringCount_few: '{{count}} dosud platné skupiny',
    retiringCount_other: '{{count}} dosud platných skupin',
    history:
      'Dokumenty a spisy zařazené podle dosavadního plánu si ponechají svůj spisový znak i skartační režim.',
    confirm: 'Načíst plán',
    working: 'Načítám…',
    done_one: 'Spisový plán „{{title}}“ byl načten ({{count}} skupina, ukončeno {{retired}}).',
    done_few: 'Spisový plán „{{title}}“ byl načten ({{count}} skupiny, ukončeno {{retired}}).',
    done_other: 'Spisový plán „{{title}}“ byl načten ({{count}} skupin, ukončeno {{retired}}).',
  },
  xmlFile: {
    notUtf8: 'Soubor není v kódování UTF-8, jak ho NSESSS vyžaduje.',
  },
  export: {
    done_one: 'Spisový plán byl uložen jako XML ({{count}} skupina).',
    done_few: 'Spisový plán byl uložen jako XML ({{count}} skupiny).',
    done_other: 'Spisový plán byl uložen jako XML ({{count}} skupin).',
  },
};
