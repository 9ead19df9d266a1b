import {
  PDFArray,
  PDFDict,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFStream,
  decodePDFRawStream,
  type PDFContext,
  type PDFObject,
} from 'pdf-lib';
import { iccHeader } from '../colorProfile';
import type { Refusal } from './refusals';

/** What the object walk found: reasons to refuse, and the device colour spaces named. */
export interface Inspection {
  refusals: Refusal[];
  deviceRGB: boolean;
  deviceCMYK: boolean;
}

const name = (value: string) => PDFName.of(value);

/** Actions PDF/A-2 forbids (ISO 19005-2, 6.5.1), with what the user is told. */
const FORBIDDEN_ACTIONS: Record<string, string> = {
  JavaScript: 'JavaScript',
  Launch: 'spuštění programu',
  Sound: 'přehrání zvuku',
  Movie: 'přehrání videa',
  Rendition: 'přehrání médií',
  ResetForm: 'vymazání formuláře',
  ImportData: 'import dat do formuláře',
  Hide: 'skrytí prvků',
  SetOCGState: 'přepínání vrstev',
  Trans: 'přechod',
  GoTo3DView: 'pohled 3D',
  GoToE: 'otevření vloženého souboru',
  RichMediaExecute: 'multimédia',
};

const NOT_EMBEDDABLE_SUBTYPES = new Set([
  '/Type1',
  '/MMType1',
  '/TrueType',
  '/CIDFontType0',
  '/CIDFontType2',
]);

const MULTIMEDIA_ANNOTATIONS = new Set(['/Movie', '/Sound', '/Screen', '/3D', '/RichMedia']);

const BLEND_OK = new Set(['/Normal', '/Compatible']);

function nameOf(value: PDFObject | undefined): string | undefined {
  return value instanceof PDFName ? value.asString() : undefined;
}

function filters(dict: PDFDict): string[] {
  const filter = dict.lookup(name('Filter'));
  if (filter instanceof PDFName) return [filter.asString()];
  if (filter instanceof PDFArray) return filter.asArray().flatMap((f) => nameOf(f) ?? []);
  return [];
}

function fontName(dict: PDFDict): string {
  const base = dict.lookup(name('BaseFont'));
  return base instanceof PDFName ? base.decodeText() : '(bez názvu)';
}

function isEmbedded(context: PDFContext, font: PDFDict): boolean {
  const descriptor = context.lookup(font.get(name('FontDescriptor')));
  if (!(descriptor instanceof PDFDict)) return false;
  return ['FontFile', 'FontFile2', 'FontFile3'].some((key) => descriptor.has(name(key)));
}

function iccVersion(context: PDFContext, array: PDFArray): number | null {
  if (nameOf(array.get(0)) !== '/ICCBased') return null;
  const stream = context.lookup(array.get(1));
  if (!(stream instanceof PDFRawStream)) return null;
  try {
    return iccHeader(decodePDFRawStream(stream).decode())?.version ?? null;
  } catch {
    return null;
  }
}

/**
 * Walks every object of the file once (each indirect object and the direct objects
 * inside it) and notes what PDF/A forbids or what the application cannot verify.
 */
export function inspectObjects(context: PDFContext): Inspection {
  const refusals: Refusal[] = [];
  const seen = new Set<string>();
  const refuse = (refusal: Refusal) => {
    const key = JSON.stringify(refusal);
    if (!seen.has(key)) refusals.push(refusal);
    seen.add(key);
  };
  const result: Inspection = { refusals, deviceRGB: false, deviceCMYK: false };

  const checkDict = (dict: PDFDict, isStream: boolean) => {
    const has = (key: string) => dict.has(name(key));
    const type = nameOf(dict.lookup(name('Type')));
    const subtype = nameOf(dict.lookup(name('Subtype')));

    if (has('JS')) refuse({ kind: 'javascript', what: 'JavaScript' });
    if (has('JavaScript')) refuse({ kind: 'javascript', what: 'JavaScript' });
    if (has('AA')) refuse({ kind: 'javascript', what: 'automatické akce' });
    const action = FORBIDDEN_ACTIONS[(nameOf(dict.lookup(name('S'))) ?? '').slice(1)];
    if (action && (type === undefined || type === '/Action')) {
      refuse({ kind: 'javascript', what: action });
    }

    if (type === '/Font' && subtype && NOT_EMBEDDABLE_SUBTYPES.has(subtype)) {
      if (!isEmbedded(context, dict)) refuse({ kind: 'fontNotEmbedded', font: fontName(dict) });
    }

    const smask = dict.lookup(name('SMask'));
    if (smask !== undefined && nameOf(smask) !== '/None') {
      refuse({ kind: 'transparency', what: 'měkká maska' });
    }
    const smaskInData = dict.lookup(name('SMaskInData'));
    if (smaskInData instanceof PDFNumber && smaskInData.asNumber() !== 0) {
      refuse({ kind: 'transparency', what: 'měkká maska' });
    }
    const group = dict.lookup(name('Group'));
    if (group instanceof PDFDict && nameOf(group.lookup(name('S'))) === '/Transparency') {
      refuse({ kind: 'transparency', what: 'skupina průhlednosti' });
    }
    for (const key of ['CA', 'ca']) {
      const alpha = dict.lookup(name(key));
      if (alpha instanceof PDFNumber && alpha.asNumber() < 1) {
        refuse({ kind: 'transparency', what: 'neprůhlednost menší než 100 %' });
      }
    }
    const blend = dict.lookup(name('BM'));
    if (blend !== undefined && !BLEND_OK.has(nameOf(blend) ?? '')) {
      refuse({ kind: 'transparency', what: 'režim prolnutí' });
    }

    if (has('EmbeddedFiles') || has('EF') || subtype === '/FileAttachment') {
      refuse({ kind: 'unsupported', feature: 'vložené soubory' });
    }
    if (has('OCProperties')) refuse({ kind: 'unsupported', feature: 'vrstvy (volitelný obsah)' });
    if (has('XFA')) refuse({ kind: 'unsupported', feature: 'formulář XFA' });
    if (has('ByteRange')) {
      refuse({
        kind: 'unsupported',
        feature: 'elektronický podpis, který by úpravou přestal platit',
      });
    }
    if (subtype === '/PS' || nameOf(dict.lookup(name('Subtype2'))) === '/PS') {
      refuse({ kind: 'unsupported', feature: 'kód PostScript' });
    }
    if (subtype && MULTIMEDIA_ANNOTATIONS.has(subtype)) {
      refuse({ kind: 'unsupported', feature: 'multimédia' });
    }
    if (has('Alternates') || has('OPI')) {
      refuse({ kind: 'unsupported', feature: 'alternativní obrázky' });
    }
    const transfer2 = dict.lookup(name('TR2'));
    if (has('TR') || (transfer2 !== undefined && nameOf(transfer2) !== '/Default')) {
      refuse({ kind: 'unsupported', feature: 'přenosové funkce' });
    }
    if (isStream && subtype === '/Form' && has('Ref')) {
      refuse({ kind: 'unsupported', feature: 'odkaz na jiný soubor PDF' });
    }
    if (isStream) {
      const used = filters(dict);
      if (used.includes('/LZWDecode')) refuse({ kind: 'unsupported', feature: 'kompresi LZW' });
      if (used.includes('/JPXDecode'))
        refuse({ kind: 'unsupported', feature: 'obrázky JPEG 2000' });
    }
  };

  // A stream's dictionary is checked as a stream's (filters, form XObjects).
  const visit = (object: PDFObject, isStream = false) => {
    if (object instanceof PDFName) {
      const text = object.asString();
      if (text === '/DeviceRGB') result.deviceRGB = true;
      else if (text === '/DeviceCMYK') result.deviceCMYK = true;
    } else if (object instanceof PDFDict) {
      checkDict(object, isStream);
      for (const value of object.values()) visit(value);
    } else if (object instanceof PDFArray) {
      const version = iccVersion(context, object);
      if (version !== null && version >= 4) {
        refuse({ kind: 'unsupported', feature: 'barevný profil ICC verze 4' });
      }
      for (const item of object.asArray()) visit(item);
    } else if (object instanceof PDFStream) {
      visit(object.dict, true);
    }
  };
  for (const [, object] of context.enumerateIndirectObjects()) visit(object);
  return result;
}
