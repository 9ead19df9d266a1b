/** ISDS rules shown to the user: message limits (`isds.limits.*`), box states (`isds.boxState.*`). */
export const isds = {
  limits: {
    noFiles: 'Datová zpráva musí obsahovat alespoň jednu písemnost.',
    tooManyFiles: 'Datová zpráva může mít nejvýše {{max}} písemností (vloženo {{count}}).',
    tooLarge:
      'Písemnosti mají dohromady {{size}} MB; běžná datová zpráva smí mít nejvýše {{max}} MB.',
    fileEmpty: 'Soubor „{{name}}“ je prázdný.',
    fileNameEmpty: 'Písemnost nemá název souboru.',
    fileNameTooLong:
      'Název souboru „{{name}}“ je příliš dlouhý ({{length}} znaků, nejvýše {{max}}).',
    formatNotAllowed:
      'Soubor „{{name}}“ má formát, který datové schránky nepřijímají (.{{extension}}). Převeďte jej například do PDF.',
    firstNotMain: 'První písemnost („{{name}}“) musí být hlavní dokument.',
    mainNotFirst: 'Hlavní dokument může být jen jeden a musí být první („{{name}}“ není první).',
    recipientInvalid:
      'ID datové schránky adresáta má přesně 7 znaků (malá písmena a číslice): „{{value}}“.',
    annotationEmpty: 'Vyplňte věc zprávy.',
    annotationTooLong: 'Věc zprávy může mít nejvýše {{max}} znaků (zadáno {{length}}).',
  },
  boxState: {
    '0': 'Datová schránka neexistuje.',
    '1': 'Datová schránka je přístupná, lze do ní dodávat zprávy.',
    '2': 'Datová schránka je dočasně znepřístupněna na žádost vlastníka; později může být opět zpřístupněna.',
    '3': 'Datová schránka je dosud neaktivní: vlastník se do ní ještě poprvé nepřihlásil.',
    '4': 'Datová schránka je trvale znepřístupněna a čeká na smazání.',
    '5': 'Datová schránka je smazána.',
    '6': 'Datová schránka je dočasně znepřístupněna z důvodů, které stanoví zákon; později může být opět zpřístupněna.',
    unknown: 'Stav datové schránky není znám; zprávu do ní nyní nelze dodat.',
  },
};
