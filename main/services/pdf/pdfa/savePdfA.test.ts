import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  type PDFHexString,
  PDFName,
  PDFRawStream,
  PDFString,
  StandardFonts,
  decodePDFRawStream,
} from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { createDocument, type DocumentInfo } from '../documentInfo';
import { embedFonts } from '../fonts';
import { Pen } from '../pen';
import { ASSETS_DIR, testFonts } from '../testFonts';
import { readXmpProperties } from './check/xmpCheck';
import { trueTypeGlyphCount } from './cidSet';
import { createColorProfileLoader, SRGB_PROFILE_FILE } from './colorProfile';
import { readMetadataStream } from './metadataStream';
import { ensureOutputIntent } from './outputIntent';
import { savePdfA } from './savePdfA';
import { assertPdfA } from './testPdfA';

const colorProfile = createColorProfileLoader(ASSETS_DIR);
const CREATED = new Date('2026-02-03T08:10:00.750Z');

const INFO: DocumentInfo = {
  title: 'Dopis č. j. OUHL 12/2026 <script>&"',
  author: 'Obec Horní Lhota',
  subject: 'Výzva k doplnění',
  createdAt: CREATED,
};

async function sampleDoc(info: DocumentInfo = INFO): Promise<PDFDocument> {
  const doc = await createDocument(info);
  const fonts = await testFonts();
  const pen = new Pen(fonts, await embedFonts(doc, fonts));
  const page = doc.addPage([595.28, 841.89]);
  pen.draw(
    page,
    pen.printable('Vážený pane Nováku, příliš žluťoučký kůň', 'regular'),
    50,
    780,
    11,
    'regular',
  );
  pen.draw(page, 'Tučně', 50, 760, 11, 'bold');
  return doc;
}

async function save(part: 1 | 2, info?: DocumentInfo): Promise<Uint8Array> {
  return savePdfA(await sampleDoc(info), { part, colorProfile: await colorProfile() });
}

function streamAt(dict: PDFDict, key: string): PDFRawStream {
  const value = dict.lookup(PDFName.of(key));
  if (!(value instanceof PDFRawStream)) throw new Error(`/${key} is not a stream`);
  return value;
}

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

function catalogOf(doc: PDFDocument): PDFDict {
  return doc.catalog;
}

describe('savePdfA', () => {
  it('writes PDF/A-2b and its PDF/A-1b form, both passing the whole check', async () => {
    const two = await save(2);
    const one = await save(1);
    expect(latin1(two.subarray(0, 8))).toBe('%PDF-1.7');
    expect(latin1(one.subarray(0, 8))).toBe('%PDF-1.4');
    // PDF/A-1: a classic cross-reference table, no object or cross-reference streams.
    expect(latin1(one)).not.toMatch(/\/ObjStm|\/XRef/);
    expect(latin1(one)).toMatch(/\nxref\n0 \d+\n/);
    expect(latin1(two)).toContain('/ObjStm');
    await assertPdfA([
      { name: 'pdfa-2b.pdf', pdf: two },
      { name: 'pdfa-1b.pdf', pdf: one },
    ]);
  });

  it('writes XMP that says exactly what the Info dictionary says, dates to the second in UTC', async () => {
    const doc = await PDFDocument.load(await save(2), { updateMetadata: false });
    const info = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict);
    expect(info.lookup(PDFName.of('CreationDate'), PDFString).asString()).toBe('D:20260203081000Z');
    expect(info.lookup(PDFName.of('ModDate'), PDFString).asString()).toBe('D:20260203081000Z');

    const stream = streamAt(catalogOf(doc), 'Metadata');
    expect(stream.dict.has(PDFName.of('Filter'))).toBe(false);
    expect(stream.dict.lookup(PDFName.of('Subtype'))).toBe(PDFName.of('XML'));
    const xmp = readMetadataStream(doc) ?? '';
    const properties = readXmpProperties(xmp);
    if ('error' in properties) throw new Error(properties.error);
    const text = (ns: string, local: string) => {
      const value = properties.get(`{${ns}}${local}`);
      return value && 'text' in value ? value.text : value?.items[0]?.text;
    };
    const DC = 'http://purl.org/dc/elements/1.1/';
    const XMP = 'http://ns.adobe.com/xap/1.0/';
    const PDF = 'http://ns.adobe.com/pdf/1.3/';
    const PDFAID = 'http://www.aiim.org/pdfa/ns/id/';
    expect(text(PDFAID, 'part')).toBe('2');
    expect(text(PDFAID, 'conformance')).toBe('B');
    expect(text(DC, 'title')).toBe(doc.getTitle());
    expect(text(DC, 'title')).toBe('Dopis č. j. OUHL 12/2026 <script>&"');
    expect(text(DC, 'creator')).toBe(doc.getAuthor());
    expect(text(DC, 'description')).toBe(doc.getSubject());
    expect(text(XMP, 'CreatorTool')).toBe(doc.getCreator());
    expect(text(PDF, 'Producer')).toBe(doc.getProducer());
    expect(text(PDF, 'Producer')).toBe('Úřadovna');
    for (const date of ['CreateDate', 'ModifyDate', 'MetadataDate']) {
      expect(text(XMP, date), date).toBe('2026-02-03T08:10:00Z');
    }
    expect(doc.getCreationDate()?.toISOString()).toBe('2026-02-03T08:10:00.000Z');
  });

  it('keeps Info and XMP equal when a title holds characters XML cannot carry', async () => {
    const doc = await sampleDoc();
    doc.setTitle('Zpráva\u0001 z\uFFFF úřadu');
    const saved = await PDFDocument.load(
      await savePdfA(doc, { part: 2, colorProfile: await colorProfile() }),
      { updateMetadata: false },
    );
    expect(saved.getTitle()).toBe('Zpráva z úřadu');
    expect(readMetadataStream(saved)).toContain('>Zpráva z úřadu<');
  });

  it('carries the sRGB profile as the PDF/A output intent', async () => {
    const doc = await PDFDocument.load(await save(2));
    const intents = catalogOf(doc).lookup(PDFName.of('OutputIntents'), PDFArray);
    expect(intents.size()).toBe(1);
    const intent = intents.lookup(0, PDFDict);
    expect(intent.lookup(PDFName.of('S'))).toBe(PDFName.of('GTS_PDFA1'));
    expect(intent.lookup(PDFName.of('OutputConditionIdentifier'), PDFString).decodeText()).toBe(
      'sRGB IEC61966-2.1',
    );
    const profile = streamAt(intent, 'DestOutputProfile');
    expect(profile.dict.lookup(PDFName.of('N'))?.toString()).toBe('3');
    const expected = new Uint8Array(await readFile(join(ASSETS_DIR, SRGB_PROFILE_FILE)));
    expect(decodePDFRawStream(profile).decode()).toEqual(expected);
  });

  it('gives the trailer an /ID of two equal 16-byte halves, the hash of the content', async () => {
    const first = await save(2);
    const again = await save(2);
    const other = await save(2, { ...INFO, title: 'Jiný dopis' });
    const idOf = async (bytes: Uint8Array) => {
      const doc = await PDFDocument.load(bytes);
      const id = doc.context.lookup(doc.context.trailerInfo.ID, PDFArray);
      const [a, b] = id.asArray().map((half) => (half as PDFHexString).asString());
      expect(a).toBe(b);
      expect(a).toMatch(/^[0-9A-F]{32}$/);
      return a ?? '';
    };
    const id = await idOf(first);
    expect(await idOf(again)).toBe(id);
    expect(await idOf(other)).not.toBe(id);
    // The hash is taken over the file with the placeholder in the place of the ID.
    const placeholder = 'F0E1D2C3B4A5968778695A4B3C2D1E0F';
    const withPlaceholder = Buffer.from(
      latin1(first).replace(`<${id}> <${id}>`, `<${placeholder}> <${placeholder}>`),
      'latin1',
    );
    expect(
      createHash('sha256').update(withPlaceholder).digest('hex').slice(0, 32).toUpperCase(),
    ).toBe(id);
  });

  it('gives each font subset a CIDSet naming every glyph of the subset', async () => {
    const doc = await PDFDocument.load(await save(2));
    const descriptors = doc.context
      .enumerateIndirectObjects()
      .flatMap(([, object]) =>
        object instanceof PDFDict &&
        object.lookup(PDFName.of('Type')) === PDFName.of('FontDescriptor')
          ? [object]
          : [],
      );
    expect(descriptors).toHaveLength(2);
    for (const descriptor of descriptors) {
      const program = decodePDFRawStream(streamAt(descriptor, 'FontFile2')).decode();
      const glyphs = trueTypeGlyphCount(program) ?? 0;
      const bits = decodePDFRawStream(streamAt(descriptor, 'CIDSet')).decode();
      const set = Array.from(
        { length: bits.length * 8 },
        (_, cid) => ((bits[cid >> 3] ?? 0) >> (7 - (cid & 7))) & 1,
      );
      expect(glyphs).toBeGreaterThan(3);
      expect(set.slice(0, glyphs).every((bit) => bit === 1)).toBe(true);
      expect(set.slice(glyphs).every((bit) => bit === 0)).toBe(true);
    }
  });
});

describe('savePdfA refuses what would not be PDF/A', () => {
  it('throws for a font that is not embedded and for transparency', async () => {
    const profile = await colorProfile();
    const helvetica = await sampleDoc();
    helvetica.getPage(0).drawText('Helvetica', {
      font: await helvetica.embedFont(StandardFonts.Helvetica),
    });
    await expect(savePdfA(helvetica, { part: 2, colorProfile: profile })).rejects.toThrow(
      'PDF/A: PDF používá písmo „Helvetica“, které v něm není vložené',
    );
    const translucent = await sampleDoc();
    translucent.getPage(0).drawRectangle({ width: 10, height: 10, opacity: 0.4 });
    await expect(savePdfA(translucent, { part: 2, colorProfile: profile })).rejects.toThrow(
      'PDF/A: PDF používá průhlednost',
    );
  });
});

describe('ensureOutputIntent', () => {
  it('adds sRGB, keeps a PDF/A intent and links a PDF/X intent to its own profile', async () => {
    const profile = await colorProfile();
    const bare = await PDFDocument.create();
    expect(ensureOutputIntent(bare, profile)).toBe('added');
    expect(ensureOutputIntent(bare, profile)).toBe('kept');

    const printing = await PDFDocument.create();
    const cmyk = printing.context.register(
      printing.context.flateStream(new Uint8Array(200), { N: 4 }),
    );
    const pdfx = printing.context.obj({
      Type: 'OutputIntent',
      S: 'GTS_PDFX',
      OutputConditionIdentifier: PDFString.of('FOGRA39'),
      DestOutputProfile: cmyk,
    });
    printing.catalog.set(
      PDFName.of('OutputIntents'),
      printing.context.obj([printing.context.register(pdfx)]),
    );
    expect(ensureOutputIntent(printing, profile)).toBe('linked');
    const intents = printing.catalog.lookup(PDFName.of('OutputIntents'), PDFArray);
    expect(intents.size()).toBe(2);
    const added = intents.lookup(1, PDFDict);
    expect(added.lookup(PDFName.of('S'))).toBe(PDFName.of('GTS_PDFA1'));
    // One profile for all intents, as PDF/A requires.
    expect(added.get(PDFName.of('DestOutputProfile'))).toBe(cmyk);
  });
});
