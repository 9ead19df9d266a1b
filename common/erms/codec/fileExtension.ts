import { el, type XmlElement, type XmlNode } from '../../nsesss/xml';
import type { FileConversionRecord, FileExtension, FileFormatChange } from '../model';
import { boundedText, Children, InvalidMessage } from './reader';
import { ERMS_EXT_NAMESPACE } from './types';
import {
  exact,
  limits,
  readDate,
  readDateTime,
  readEnum,
  readInteger,
  writeDate,
  writeDateTime,
  writeInteger,
} from './values';

/**
 * Úřadovna's record of a conversion or a format change on the file that is its output
 * (docs/essl-interface.md, "Conversions and format changes"): the ermsAPI has no event
 * for either, so it rides in `ZalozeniSouboru/DoplnujiciData` of the output's
 * SouborZalozeni as `ext:Konverze` / `ext:ZmenaFormatu` (ERMS_EXT_NAMESPACE, bound to
 * the prefix `ext` on each). DoplnujiciData is `xs:any processContents="skip"`: an eSSL
 * that does not know them stores the file and skips them.
 */

const EXT = 'ext';
const EXT_DECLARATION = { [`xmlns:${EXT}`]: ERMS_EXT_NAMESPACE };
const ext = (name: string, content: string | ReadonlyArray<XmlNode | null>) =>
  el(`${EXT}:${name}`, content);

/**
 * Lengths of the extension's texts (ours, not the schema's): what the model allows. They
 * are never cut: the record must say what the register holds, so a longer one is a
 * RangeError (a bug upstream), as identifiers are.
 */
export const extensionLimits = {
  number: 100,
  input: 500,
  person: 200,
  exemption: 500,
  format: 255,
} as const;

const DIRECTIONS = {
  paperToElectronic: 'listinnaNaElektronickou',
  electronicToPaper: 'elektronickaNaListinnou',
} as const;
const DIRECTION_VALUES = ['listinnaNaElektronickou', 'elektronickaNaListinnou'] as const;

const CONVERSION_SEQUENCE = [
  'Cislo',
  'Smer',
  'DatumCasKonverze',
  'Vstup',
  'DatumVstupu',
  'PocetListu',
  'Provedl',
  'Poplatek',
  'DuvodOsvobozeni',
];
const FORMAT_CHANGE_SEQUENCE = ['PuvodniFormat', 'PuvodniSoubor', 'DatumCasZmeny', 'Provedl'];

function writeConversion(value: FileConversionRecord): XmlNode {
  if ((value.feeCzk === null) === (value.exemption === null))
    throw new RangeError('Konverze: exactly one of feeCzk and exemption is required');
  return el(
    `${EXT}:Konverze`,
    [
      ext('Cislo', exact(value.number, 1, extensionLimits.number, 'Konverze/Cislo')),
      ext('Smer', DIRECTIONS[value.direction]),
      ext('DatumCasKonverze', writeDateTime(value.convertedAt, 'Konverze/DatumCasKonverze')),
      ext('Vstup', exact(value.input, 1, extensionLimits.input, 'Konverze/Vstup')),
      value.inputDate === null
        ? null
        : ext('DatumVstupu', writeDate(value.inputDate, 'Konverze/DatumVstupu')),
      ext('PocetListu', writeInteger(value.sheets, 'Konverze/PocetListu', 1)),
      ext('Provedl', exact(value.person, 1, extensionLimits.person, 'Konverze/Provedl')),
      value.feeCzk === null
        ? null
        : ext('Poplatek', writeInteger(value.feeCzk, 'Konverze/Poplatek', 0)),
      value.exemption === null
        ? null
        : ext(
            'DuvodOsvobozeni',
            exact(value.exemption, 1, extensionLimits.exemption, 'Konverze/DuvodOsvobozeni'),
          ),
    ],
    EXT_DECLARATION,
  );
}

function writeFormatChange(value: FileFormatChange): XmlNode {
  return el(
    `${EXT}:ZmenaFormatu`,
    [
      ext(
        'PuvodniFormat',
        exact(value.originalFormat, 1, extensionLimits.format, 'ZmenaFormatu/PuvodniFormat'),
      ),
      ext('PuvodniSoubor', [
        ext(
          'HodnotaID',
          exact(value.originalFileId.value, 1, limits.idValue, 'PuvodniSoubor/HodnotaID'),
        ),
        ext(
          'ZdrojID',
          exact(value.originalFileId.source, 1, limits.system, 'PuvodniSoubor/ZdrojID'),
        ),
      ]),
      ext('DatumCasZmeny', writeDateTime(value.changedAt, 'ZmenaFormatu/DatumCasZmeny')),
      ext('Provedl', exact(value.person, 1, extensionLimits.person, 'ZmenaFormatu/Provedl')),
    ],
    EXT_DECLARATION,
  );
}

/** `DoplnujiciData` of ZalozeniSouboru, or null when there is nothing to say. */
export function writeFileExtension(value: FileExtension | undefined): XmlNode | null {
  if (!value || (!value.conversion && !value.formatChange)) return null;
  return el('DoplnujiciData', [
    value.conversion ? writeConversion(value.conversion) : null,
    value.formatChange ? writeFormatChange(value.formatChange) : null,
  ]);
}

function readConversion(element: XmlElement): FileConversionRecord {
  const c = new Children(element, CONVERSION_SEQUENCE, ERMS_EXT_NAMESPACE);
  const at = (name: string) => `${element.path}/${name}`;
  const inputDate = c.optText('DatumVstupu');
  const fee = c.optText('Poplatek');
  const exemption = c.opt('DuvodOsvobozeni');
  if ((fee === null) === (exemption === null))
    throw new InvalidMessage(`${element.path}: exactly one of Poplatek and DuvodOsvobozeni`);
  const direction = readEnum(c.text('Smer'), DIRECTION_VALUES, at('Smer'));
  return {
    number: boundedText(c.one('Cislo'), extensionLimits.number, 1),
    direction: direction === 'listinnaNaElektronickou' ? 'paperToElectronic' : 'electronicToPaper',
    convertedAt: readDateTime(c.text('DatumCasKonverze'), at('DatumCasKonverze')),
    input: boundedText(c.one('Vstup'), extensionLimits.input, 1),
    inputDate: inputDate === null ? null : readDate(inputDate, at('DatumVstupu')),
    sheets: readInteger(c.text('PocetListu'), at('PocetListu'), 1),
    person: boundedText(c.one('Provedl'), extensionLimits.person, 1),
    feeCzk: fee === null ? null : readInteger(fee, at('Poplatek'), 0),
    exemption: exemption ? boundedText(exemption, extensionLimits.exemption, 1) : null,
  };
}

function readFormatChange(element: XmlElement): FileFormatChange {
  const c = new Children(element, FORMAT_CHANGE_SEQUENCE, ERMS_EXT_NAMESPACE);
  const original = new Children(
    c.one('PuvodniSoubor'),
    ['HodnotaID', 'ZdrojID'],
    ERMS_EXT_NAMESPACE,
  );
  return {
    originalFormat: boundedText(c.one('PuvodniFormat'), extensionLimits.format, 1),
    originalFileId: {
      value: boundedText(original.one('HodnotaID'), limits.idValue, 1),
      source: boundedText(original.one('ZdrojID'), limits.system, 1),
    },
    changedAt: readDateTime(c.text('DatumCasZmeny'), `${element.path}/DatumCasZmeny`),
    person: boundedText(c.one('Provedl'), extensionLimits.person, 1),
  };
}

/**
 * Our records in a file's DoplnujiciData; undefined when it holds none (other systems'
 * data there is skipped, as xs:any allows). Ours, once there, must be whole.
 */
export function readFileExtension(element: XmlElement | null): FileExtension | undefined {
  if (!element) return undefined;
  const ours = (name: string) => {
    const found = element.children.filter(
      (child) => child.namespace === ERMS_EXT_NAMESPACE && child.name === name,
    );
    if (found.length > 1) throw new InvalidMessage(`${found[1]?.path ?? name}: repeated`);
    return found[0] ?? null;
  };
  const conversion = ours('Konverze');
  const formatChange = ours('ZmenaFormatu');
  if (!conversion && !formatChange) return undefined;
  return {
    ...(conversion ? { conversion: readConversion(conversion) } : {}),
    ...(formatChange ? { formatChange: readFormatChange(formatChange) } : {}),
  };
}
