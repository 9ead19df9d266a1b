import { PDFHexString, PDFName, PDFString, type PDFDocument } from 'pdf-lib';
import { PRODUCT_NAME } from '../../documentInfo';
import { stripInvisible } from '../../textSafety';
import { iccComponents, type ColorProfile } from '../colorProfile';
import { infoDictOf, normalizeInfo } from '../info';
import { ensureOutputIntent, outputProfileStream } from '../outputIntent';
import { savePdfA } from '../savePdfA';
import { fixAnnotations } from './annotations';
import { contentStreamsOf, decodeStream, deviceColorsIn } from './contentColors';
import { inspectObjects } from './inspect';
import { loadPdf } from './loadPdf';
import {
  corruptedError,
  encryptedError,
  firstRefusal,
  refusalError,
  type Refusal,
} from './refusals';

export interface ImportInfo {
  /** The document's title when the PDF has none of its own (e.g. the file name). */
  title: string;
  /** The author when the PDF names none. */
  author?: string;
  /** When the file was converted: its ModDate (and CreationDate, when it has none). */
  importedAt: Date;
}

export interface ImportedPdf {
  pdf: Uint8Array;
  pages: number;
  /** What the conversion changed, in Czech, for the user and the transaction log. */
  changes: string[];
}

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

function headerVersion(bytes: Uint8Array): string | null {
  return /%PDF-(\d\.\d)/.exec(latin1(bytes.subarray(0, 1024)))?.[1] ?? null;
}

async function load(bytes: Uint8Array): Promise<PDFDocument> {
  if (headerVersion(bytes) === null) throw corruptedError('chybí hlavička %PDF');
  return loadPdf(bytes, { encrypted: encryptedError, corrupted: corruptedError });
}

function deviceColorsUsed(doc: PDFDocument, named: { deviceRGB: boolean; deviceCMYK: boolean }) {
  const used = { ...named };
  for (const stream of contentStreamsOf(doc)) {
    let content: Uint8Array;
    try {
      content = decodeStream(stream);
    } catch {
      throw corruptedError('obsah stránky nelze dekódovat');
    }
    const colors = deviceColorsIn(content);
    used.deviceRGB ||= colors.deviceRGB;
    used.deviceCMYK ||= colors.deviceCMYK;
  }
  return used;
}

/** Device colours must match the output intent's colour space (ISO 19005-2, 6.2.4.3). */
function colorRefusal(doc: PDFDocument, used: { deviceRGB: boolean; deviceCMYK: boolean }) {
  const stream = outputProfileStream(doc);
  let components: number | null = null;
  try {
    components = stream ? iccComponents(decodeStream(stream)) : null;
  } catch {
    components = null;
  }
  if (components === null) {
    return {
      kind: 'unsupported',
      feature: 'výstupní barevný profil, který nelze přečíst',
    } as const;
  }
  if (used.deviceRGB && components !== 3) {
    return {
      kind: 'unsupported',
      feature: 'barvy RGB, které neodpovídají jeho barevnému profilu',
    } as const;
  }
  if (used.deviceCMYK && components !== 4) {
    return { kind: 'unsupported', feature: 'barvy CMYK bez barevného profilu CMYK' } as const;
  }
  return undefined;
}

const OUTPUT_INTENT_CHANGE = {
  added: 'Doplněn výstupní barevný profil sRGB (OutputIntent).',
  linked: 'Výstupní barevný profil souboru (OutputIntent) označen i pro PDF/A.',
  kept: null,
} as const;

function setText(doc: PDFDocument, key: string, value: string): void {
  infoDictOf(doc).set(PDFName.of(key), PDFHexString.fromText(value));
}

/**
 * Turns a PDF someone brought (a scan, a letter from a word processor) into a
 * PDF/A-2b file, or refuses it with the reason in Czech. Refused: encrypted,
 * damaged, JavaScript and actions PDF/A forbids, fonts not embedded (the standard 14
 * included), and what PDF/A-2 allows but our check (the PDF/A-1b twin under PDFBox
 * Preflight) cannot verify — transparency, layers, JPEG 2000, embedded files — and
 * signed files, whose signatures the rewrite would break. Everything else is kept;
 * the metadata, output intent, /ID and annotation flags are made conformant.
 */
export async function importPdfAsPdfA(
  bytes: Uint8Array,
  info: ImportInfo,
  colorProfile: ColorProfile,
): Promise<ImportedPdf> {
  const version = headerVersion(bytes);
  const doc = await load(bytes);
  const inspection = inspectObjects(doc.context);
  const annotations = fixAnnotations(doc);
  const refusals: Refusal[] = [...inspection.refusals, ...annotations.refusals];
  const first = firstRefusal(refusals);
  if (first) throw refusalError(first);

  const changes: string[] = [];
  const used = deviceColorsUsed(doc, inspection);
  const intent = ensureOutputIntent(doc, colorProfile);
  const colors = colorRefusal(doc, used);
  if (colors) throw refusalError(colors);
  const intentChange = OUTPUT_INTENT_CHANGE[intent];
  if (intentChange) changes.push(intentChange);

  const catalog = doc.catalog;
  changes.push(
    catalog.has(PDFName.of('Metadata'))
      ? 'Metadata XMP nahrazena metadaty PDF/A-2b podle vlastností dokumentu.'
      : 'Doplněna metadata XMP (PDF/A-2b).',
  );
  if (catalog.has(PDFName.of('Perms'))) {
    catalog.delete(PDFName.of('Perms'));
    changes.push('Odstraněn slovník oprávnění (/Perms).');
  }
  if (catalog.has(PDFName.of('Version'))) catalog.delete(PDFName.of('Version'));
  if (version !== '1.7') changes.push(`Verze PDF změněna z ${version ?? '?'} na 1.7.`);
  if (annotations.printFlagSet > 0) {
    changes.push(`U anotací (${annotations.printFlagSet}) nastaven příznak tisku.`);
  }
  if (annotations.appearancesTrimmed > 0) {
    changes.push(
      `U anotací (${annotations.appearancesTrimmed}) odstraněn vzhled pro najetí a stisk myší.`,
    );
  }
  if (annotations.needAppearancesRemoved) {
    changes.push('Odstraněn požadavek na dopočítání vzhledu polí formuláře (/NeedAppearances).');
  }

  const { entries, changed } = normalizeInfo(doc);
  if (changed.length > 0) {
    changes.push(`Vlastnosti dokumentu převedeny do tvaru pro PDF/A: ${changed.join(', ')}.`);
  }
  const title = stripInvisible(info.title);
  if (!entries.title?.trim() && title) {
    setText(doc, 'Title', title);
    changes.push(`Doplněn název dokumentu „${title}“.`);
  }
  const author = stripInvisible(info.author ?? '');
  if (!entries.author?.trim() && author) {
    setText(doc, 'Author', author);
    changes.push(`Doplněn autor dokumentu „${author}“.`);
  }
  if (!entries.producer) setText(doc, 'Producer', PRODUCT_NAME);
  const dict = infoDictOf(doc);
  if (!entries.createdAt) dict.set(PDFName.of('CreationDate'), PDFString.fromDate(info.importedAt));
  dict.set(PDFName.of('ModDate'), PDFString.fromDate(info.importedAt));
  changes.push('Datum změny dokumentu nastaveno na okamžik převodu.');
  changes.push(
    doc.context.trailerInfo.ID
      ? 'Identifikátor souboru (/ID) nahrazen novým.'
      : 'Doplněn identifikátor souboru (/ID).',
  );

  const pdf = await savePdfA(doc, { part: 2, colorProfile });
  return { pdf, pages: doc.getPageCount(), changes };
}
