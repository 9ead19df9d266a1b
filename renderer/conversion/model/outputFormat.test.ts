import { describe, expect, it } from 'vitest';
import {
  minimalJpeg,
  minimalPdf,
  minimalPng,
  minimalTiff,
} from '../../../common/domain/testing/sampleFiles';
import type { ComponentRecord, ComponentRole } from '../../db/schema';
import { claimsPdfA, componentsNeedingFormatChange, outputFormatOf } from './outputFormat';

const encoder = new TextEncoder();

/** A PDF whose XMP packet declares PDF/A in the given way (or not at all). */
function pdfWithXmp(xmp: string | null): Uint8Array {
  const pdf = new TextDecoder('latin1').decode(minimalPdf());
  const packet =
    xmp === null
      ? ''
      : `4 0 obj\n<</Type/Metadata/Subtype/XML>>\nstream\n${xmp}\nendstream\nendobj\n`;
  return encoder.encode(pdf.replace('xref', `${packet}xref`));
}

const rdf = (inner: string) =>
  `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">${inner}</rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;
const attributeForm = rdf(
  '<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/" pdfaid:part="2" pdfaid:conformance="B"/>',
);
const elementForm = rdf(
  '<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"><pdfaid:part>3</pdfaid:part><pdfaid:conformance>U</pdfaid:conformance></rdf:Description>',
);

let next = 0;
function component(
  bytes: Uint8Array,
  mime: string,
  overrides: Partial<ComponentRecord> = {},
): ComponentRecord {
  next += 1;
  return {
    id: `c${next}`,
    pid: 'OUHL0001',
    name: `soubor-${next}`,
    originalName: `soubor-${next}`,
    mime,
    size: bytes.length,
    sha256: `sha-${next}`,
    addedAt: '2026-03-02T09:00:00.000Z',
    blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mime }),
    ...overrides,
  };
}

describe('claimsPdfA', () => {
  it('finds the pdfaid:part claim in either XMP form, and nothing else', () => {
    expect(claimsPdfA(pdfWithXmp(attributeForm))).toBe(true);
    expect(claimsPdfA(pdfWithXmp(elementForm))).toBe(true);
    expect(
      claimsPdfA(pdfWithXmp(attributeForm.replace('pdfaid:part="2"', "pdfaid:part='1'"))),
    ).toBe(true);
    expect(claimsPdfA(minimalPdf())).toBe(false);
    // XMP without the PDF/A identification, or a part number PDF/A does not have.
    expect(
      claimsPdfA(pdfWithXmp(rdf('<rdf:Description rdf:about="" dc:format="application/pdf"/>'))),
    ).toBe(false);
    expect(
      claimsPdfA(pdfWithXmp(attributeForm.replace('pdfaid:part="2"', 'pdfaid:part="7"'))),
    ).toBe(false);
    // The words alone, e.g. in a page's text, claim nothing.
    expect(claimsPdfA(encoder.encode('%PDF-1.7\n(pdfaid part 2)\n%%EOF'))).toBe(false);
  });
});

describe('outputFormatOf', () => {
  it('takes PDF/A and the still-image formats of § 23 as output formats', async () => {
    expect(await outputFormatOf(component(pdfWithXmp(attributeForm), 'application/pdf'))).toBe(
      'output',
    );
    expect(await outputFormatOf(component(minimalPng(), 'image/png'))).toBe('output');
    expect(await outputFormatOf(component(minimalJpeg(), 'image/jpeg'))).toBe('output');
    expect(await outputFormatOf(component(minimalTiff(), 'image/tiff'))).toBe('output');
    expect(await outputFormatOf(component(minimalTiff(), 'IMAGE/TIFF'))).toBe('output');
  });

  it('wants a change for a plain PDF, office documents, text and images outside the list', async () => {
    expect(await outputFormatOf(component(minimalPdf(), 'application/pdf'))).toBe('needsChange');
    const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    expect(await outputFormatOf(component(encoder.encode('PK\u0003\u0004'), docx))).toBe(
      'needsChange',
    );
    expect(await outputFormatOf(component(encoder.encode('text'), 'text/plain'))).toBe(
      'needsChange',
    );
    expect(await outputFormatOf(component(encoder.encode('RIFF'), 'image/webp'))).toBe(
      'needsChange',
    );
  });

  it('keeps signed originals and the outputs of conversions as they are, whatever their format', async () => {
    const kept: ComponentRole[] = [
      'signedOriginal',
      'signedLetter',
      'conversionOutput',
      'conversionPrint',
      'formatChanged',
    ];
    for (const role of kept) {
      expect(await outputFormatOf(component(minimalPdf(), 'application/pdf', { role }))).toBe(
        'kept',
      );
    }
    expect(
      await outputFormatOf(
        component(encoder.encode('PK'), 'application/vnd.software602.filler.form-xml-zip', {
          role: 'signedOriginal',
        }),
      ),
    ).toBe('kept');
  });
});

describe('componentsNeedingFormatChange', () => {
  it('lists only what needs a change and has no PDF/A made from it yet, in order', async () => {
    const plain = component(minimalPdf(), 'application/pdf');
    const converted = component(minimalPdf(), 'application/pdf');
    const output = component(pdfWithXmp(rdf('')), 'application/pdf', {
      role: 'formatChanged',
      derivedFrom: converted.id,
    });
    const text = component(encoder.encode('zápis'), 'text/plain');
    const image = component(minimalPng(), 'image/png');
    const zfo = component(encoder.encode('PK'), 'application/vnd.software602.filler.form-xml-zip', {
      role: 'signedOriginal',
    });
    const needing = await componentsNeedingFormatChange([
      plain,
      converted,
      output,
      text,
      image,
      zfo,
    ]);
    expect(needing.map((item) => item.id)).toEqual([plain.id, text.id]);
    expect(await componentsNeedingFormatChange([])).toEqual([]);
  });
});
