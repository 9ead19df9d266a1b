import { describe, expect, it } from 'vitest';
import { validateXml } from '../../../scripts/testing/xmllint';
import type { EsslEvent, FileExtension } from '../model';
import { esslEventSchema } from '../schemas';
import { SAMPLE_AUTH, SAMPLE_ROUTE } from '../testing/messages';
import { sampleFileContent, sampleId } from '../testing/samples';
import { parseXml, type XmlElement } from '../../nsesss/xml';
import {
  decodeRequest,
  encodeRequest,
  ERMS_EXT_NAMESPACE,
  ERMS_NAMESPACE,
  soapBodyXml,
} from './index';

/**
 * The record of a conversion or format change in the output file's
 * `ZalozeniSouboru/DoplnujiciData` (ext:Konverze, ext:ZmenaFormatu): valid against the
 * standard's schemas, read back as written, and read strictly where it is ours.
 */

const conversion: NonNullable<FileExtension['conversion']> = {
  number: '000042-2026-hl7q2ab',
  direction: 'paperToElectronic',
  convertedAt: '2026-11-04T09:30:00.000Z',
  input: 'žádost Ing. Nováka o kácení dřevin ze dne 2. 11. 2026 <s přílohou> & mapou',
  inputDate: '2026-11-02',
  sheets: 3,
  person: 'Jana Dvořáková',
  feeCzk: null,
  exemption: 'konverze z moci úřední (§ 24 odst. 2 zákona č. 300/2008 Sb.)',
};

const formatChange: NonNullable<FileExtension['formatChange']> = {
  originalFormat: 'TIFF (image/tiff)',
  originalFileId: sampleId('uradf00009'),
  changedAt: '2026-11-05T13:45:10.250Z',
  person: 'Jana Dvořáková',
};

function fileEvent(extension?: FileExtension): EsslEvent {
  return {
    type: 'SouborZalozeni',
    eventId: '123456789012345',
    file: { ...sampleFileContent(), id: sampleId('uradf00011'), name: 'sken – konverze.pdf' },
    ...(extension ? { extension } : {}),
  };
}

const CASES: Array<[string, FileExtension]> = [
  ['a conversion (exempt)', { conversion }],
  [
    'a conversion with a fee and no input date, electronic → paper',
    {
      conversion: {
        ...conversion,
        direction: 'electronicToPaper',
        inputDate: null,
        feeCzk: 90,
        exemption: null,
      },
    },
  ],
  ['a format change', { formatChange }],
  ['both', { conversion, formatChange }],
];

function encode(events: EsslEvent[]): string {
  return encodeRequest('Udalosti', SAMPLE_ROUTE, { events, auth: SAMPLE_AUTH });
}

/** The request with the SouborZalozeni's ZalozeniSouboru content replaced. */
function withFileCreation(inner: string): string {
  const envelope = encode([fileEvent({ conversion })]);
  return envelope.replace(/<ZalozeniSouboru>[\s\S]*?<Soubor /, `<ZalozeniSouboru>${inner}<Soubor `);
}

function konverze(children: string): string {
  return `<DoplnujiciData><ext:Konverze xmlns:ext="urn:uradovna:erms-ext:1">${children}</ext:Konverze></DoplnujiciData>`;
}

const K = {
  cislo: '<ext:Cislo>000042-2026-hl7q2ab</ext:Cislo>',
  smer: '<ext:Smer>listinnaNaElektronickou</ext:Smer>',
  cas: '<ext:DatumCasKonverze>2026-11-04T10:30:00+01:00</ext:DatumCasKonverze>',
  vstup: '<ext:Vstup>dopis</ext:Vstup>',
  listy: '<ext:PocetListu>2</ext:PocetListu>',
  provedl: '<ext:Provedl>Jana Dvořáková</ext:Provedl>',
  poplatek: '<ext:Poplatek>60</ext:Poplatek>',
  duvod: '<ext:DuvodOsvobozeni>z moci úřední</ext:DuvodOsvobozeni>',
};

describe('the conversion and format-change extension of SouborZalozeni', () => {
  it.each(CASES)(
    '%s: valid against ermsAPI-all.xsd and read back as written',
    async (_name, extension) => {
      const envelope = encode([fileEvent(extension), fileEvent()]);
      const validation = await validateXml(soapBodyXml(envelope), 'ermsAPI-all.xsd');
      expect(validation).toEqual({ valid: true, errors: [] });
      const decoded = decodeRequest(envelope);
      expect(decoded).toEqual({
        ok: true,
        value: {
          op: 'Udalosti',
          route: SAMPLE_ROUTE,
          request: { events: [fileEvent(extension), fileEvent()], auth: SAMPLE_AUTH },
        },
      });
      if (!decoded.ok || decoded.value.op !== 'Udalosti') throw new Error('not decoded');
      expect('extension' in (decoded.value.request.events[1] ?? {})).toBe(false);
    },
  );

  it('stands in the file creation’s DoplnujiciData, in our namespace, before the file', () => {
    const parsed = parseXml(soapBodyXml(encode([fileEvent({ conversion, formatChange })])));
    if (!parsed.ok) throw new Error(parsed.error.detail);
    const creation = parsed.root.children[0]?.children[0]?.children[0];
    const shape = (element: XmlElement | undefined): unknown =>
      element && {
        name: element.name,
        ns: element.namespace,
        children: element.children.map(shape),
      };
    const leaf = (name: string) => ({ name, ns: ERMS_EXT_NAMESPACE, children: [] });
    expect(shape(creation)).toMatchObject({
      name: 'ZalozeniSouboru',
      ns: ERMS_NAMESPACE,
      children: [
        {
          name: 'DoplnujiciData',
          ns: ERMS_NAMESPACE,
          children: [
            {
              name: 'Konverze',
              ns: ERMS_EXT_NAMESPACE,
              children: [
                'Cislo',
                'Smer',
                'DatumCasKonverze',
                'Vstup',
                'DatumVstupu',
                'PocetListu',
                'Provedl',
                'DuvodOsvobozeni',
              ].map(leaf),
            },
            {
              name: 'ZmenaFormatu',
              ns: ERMS_EXT_NAMESPACE,
              children: [
                leaf('PuvodniFormat'),
                {
                  name: 'PuvodniSoubor',
                  ns: ERMS_EXT_NAMESPACE,
                  children: [leaf('HodnotaID'), leaf('ZdrojID')],
                },
                leaf('DatumCasZmeny'),
                leaf('Provedl'),
              ],
            },
          ],
        },
        { name: 'Soubor', ns: ERMS_NAMESPACE },
      ],
    });
  });

  it('would fail the schema check if it stood after the file (the check can fail)', async () => {
    const body = soapBodyXml(encode([fileEvent({ conversion })]));
    const swapped = body.replace(
      /(<DoplnujiciData>[\s\S]*?<\/DoplnujiciData>)(\s*)(<Soubor [\s\S]*?<\/Soubor>)/,
      '$3$2$1',
    );
    expect(swapped).not.toBe(body);
    expect((await validateXml(swapped, 'ermsAPI-all.xsd')).valid).toBe(false);
  });

  it('skips other systems’ data beside ours, and reads none when only theirs is there', () => {
    const foreign = '<jiny:Poznamka xmlns:jiny="urn:jiny-system">cizí údaj</jiny:Poznamka>';
    const both = decodeRequest(
      withFileCreation(
        konverze(
          `${K.cislo}${K.smer}${K.cas}${K.vstup}${K.listy}${K.provedl}${K.poplatek}`,
        ).replace('<DoplnujiciData>', `<DoplnujiciData>${foreign}`),
      ),
    );
    expect(both.ok && both.value.op === 'Udalosti' && both.value.request.events[0]).toMatchObject({
      extension: {
        conversion: {
          number: '000042-2026-hl7q2ab',
          convertedAt: '2026-11-04T09:30:00.000Z',
          inputDate: null,
          sheets: 2,
          feeCzk: 60,
          exemption: null,
        },
      },
    });
    const theirs = decodeRequest(withFileCreation(`<DoplnujiciData>${foreign}</DoplnujiciData>`));
    if (!theirs.ok || theirs.value.op !== 'Udalosti') throw new Error('not decoded');
    expect(theirs.value.request.events[0]).toEqual(
      expect.not.objectContaining({ extension: expect.anything() }),
    );
  });

  it.each([
    [
      'a fee and an exemption',
      `${K.cislo}${K.smer}${K.cas}${K.vstup}${K.listy}${K.provedl}${K.poplatek}${K.duvod}`,
    ],
    ['neither fee nor exemption', `${K.cislo}${K.smer}${K.cas}${K.vstup}${K.listy}${K.provedl}`],
    ['no number', `${K.smer}${K.cas}${K.vstup}${K.listy}${K.provedl}${K.duvod}`],
    [
      'an unknown direction',
      `${K.cislo}<ext:Smer>bokem</ext:Smer>${K.cas}${K.vstup}${K.listy}${K.provedl}${K.duvod}`,
    ],
    [
      '0 sheets',
      `${K.cislo}${K.smer}${K.cas}${K.vstup}<ext:PocetListu>0</ext:PocetListu>${K.provedl}${K.duvod}`,
    ],
    [
      'elements out of order',
      `${K.smer}${K.cislo}${K.cas}${K.vstup}${K.listy}${K.provedl}${K.duvod}`,
    ],
    [
      'an element of another namespace inside',
      `${K.cislo}${K.smer}${K.cas}${K.vstup}${K.listy}<Provedl>J. D.</Provedl>${K.duvod}`,
    ],
  ])('refuses a Konverze with %s as invalid', (_name, children) => {
    const decoded = decodeRequest(withFileCreation(konverze(children)));
    expect(decoded).toMatchObject({ ok: false, failure: { kind: 'invalid' } });
  });

  it('refuses a repeated Konverze as invalid', () => {
    const one = `<ext:Konverze xmlns:ext="urn:uradovna:erms-ext:1">${K.cislo}${K.smer}${K.cas}${K.vstup}${K.listy}${K.provedl}${K.duvod}</ext:Konverze>`;
    const decoded = decodeRequest(
      withFileCreation(`<DoplnujiciData>${one}${one}</DoplnujiciData>`),
    );
    expect(decoded).toMatchObject({ ok: false, failure: { kind: 'invalid' } });
  });

  it('never writes a record the register did not hold: a cut number or both fee and exemption throw', () => {
    expect(() =>
      encode([fileEvent({ conversion: { ...conversion, number: '1'.repeat(101) } })]),
    ).toThrow(RangeError);
    expect(() => encode([fileEvent({ conversion: { ...conversion, feeCzk: 30 } })])).toThrow(
      RangeError,
    );
  });
});

describe('the extension in esslEventSchema', () => {
  it('accepts what the codec writes', () => {
    for (const [, extension] of CASES)
      expect(esslEventSchema.safeParse(fileEvent(extension)).success).toBe(true);
    expect(esslEventSchema.safeParse(fileEvent()).success).toBe(true);
  });

  it.each([
    ['a fee and an exemption', { conversion: { ...conversion, feeCzk: 30 } }],
    ['no sheets', { conversion: { ...conversion, sheets: 0 } }],
    ['a number with blank ends', { conversion: { ...conversion, number: ' 42 ' } }],
    ['an unknown part', { conversion, signature: 'ano' }],
    [
      'a format change without the original',
      { formatChange: { ...formatChange, originalFileId: undefined } },
    ],
  ])('refuses an extension with %s', (_name, extension) => {
    expect(esslEventSchema.safeParse({ ...fileEvent(), extension }).success).toBe(false);
  });
});
