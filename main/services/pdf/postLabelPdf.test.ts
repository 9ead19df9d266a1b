import { describe, expect, it } from 'vitest';
import { ServiceError } from '../../../common/contract/envelope';
import {
  POST_LABEL_FORMATS,
  type MailKind,
  type PostLabelFormat,
  type PostLabelInput,
} from '../../../common/letters/model';
import { SHEET } from './envelopeGeometry';
import { testLetterAssets, TEST_NOW } from './letterTestFixtures';
import { assertPdfA } from './pdfa/testPdfA';
import { mm } from './pen';
import { renderPostLabel } from './postLabelPdf';
import { pdfInfo, pdfText, pdfWordBoxes, qpdfCheck } from './testTools';

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

const input = (overrides: Partial<PostLabelInput> = {}): PostLabelInput => ({
  sender: ['Obec Horní Lhota', 'Horní Lhota 1', '391 99 Horní Lhota'],
  addressee: { name: 'Ing. Jiří Řezníček', lines: ['Šťastná 128/7', '391 99 Horní Lhota'] },
  mailKind: 'doporucene',
  ourRef: 'OUHL 12/2026',
  ...overrides,
});

async function render(overrides: Partial<PostLabelInput>, format: PostLabelFormat) {
  return renderPostLabel(input(overrides), await testLetterAssets(), TEST_NOW, format);
}

const MARKS: Record<MailKind, string[]> = {
  obycejne: [],
  doporucene: ['Doporučeně'],
  doporuceneDodejka: ['Doporučeně', 'Dodejka'],
  doVlastnichRukou: ['Doporučeně', 'Do vlastních rukou'],
};

describe('renderPostLabel', () => {
  it.each(POST_LABEL_FORMATS)(
    'prints sender, address and reference number (%s)',
    async (format) => {
      const label = await render({}, format);
      expect(label.pages).toBe(1);
      await qpdfCheck(label.pdf);
      const text = oneLine(await pdfText(label.pdf));
      expect(text).toContain('Ing. Jiří Řezníček Šťastná 128/7 391 99 Horní Lhota');
      expect(text).toContain('Obec Horní Lhota');
      expect(text).toContain('Č. j.: OUHL 12/2026');
    },
  );

  it('marks the kind of mail on envelopes and labels', async () => {
    for (const format of POST_LABEL_FORMATS) {
      for (const [kind, marks] of Object.entries(MARKS) as [MailKind, string[]][]) {
        const text = oneLine(await pdfText((await render({ mailKind: kind }, format)).pdf));
        for (const mark of marks) expect(text, `${format} ${kind}`).toContain(mark);
        if (kind === 'obycejne') expect(text).not.toContain('Doporučeně');
      }
    }
  });

  it('prints a DL envelope with the address in the lower right', async () => {
    const label = await render({ mailKind: 'doVlastnichRukou' }, 'dl-envelope');
    expect(label.fileName).toBe('obalka-dl-OUHL-12-2026.pdf');
    expect((await pdfInfo(label.pdf))['Page size']).toMatch(/^623\.6\d* x 311\.8\d* pts/);
    const [page] = await pdfWordBoxes(label.pdf);
    const word = (text: string) => page?.words.find((candidate) => candidate.text === text);
    const street = word('Šťastná');
    // At least 40 mm from the top, clear of the bottom 15 mm, right of the middle.
    expect(street?.xMin).toBeGreaterThanOrEqual(mm(110) - 0.5);
    expect(street?.yMin).toBeGreaterThanOrEqual(mm(40));
    expect(street?.yMax).toBeLessThanOrEqual(mm(110 - 15));
    // The sender stays in the top left, clear of the postage area.
    const sender = word('Obec');
    expect(sender?.yMax).toBeLessThanOrEqual(mm(40));
    expect(sender?.xMax).toBeLessThanOrEqual(mm(220 - 74));
  });

  it('prints a C5 envelope', async () => {
    const label = await render({}, 'c5-envelope');
    expect(label.fileName).toBe('obalka-c5-OUHL-12-2026.pdf');
    expect((await pdfInfo(label.pdf))['Page size']).toMatch(/^649\.1\d* x 459\.2\d* pts/);
  });

  it('prints one label of a 3 × 8 sheet at the chosen position', async () => {
    const label = await render({ labelPosition: 5, mailKind: 'doporuceneDodejka' }, 'label-a4-3x8');
    expect(label.fileName).toBe('stitek-OUHL-12-2026.pdf');
    const [page] = await pdfWordBoxes(label.pdf);
    // Position 5: second row, middle column.
    const box = {
      left: SHEET.width,
      top: SHEET.height,
      right: 2 * SHEET.width,
      bottom: 2 * SHEET.height,
    };
    expect(page?.words.length).toBeGreaterThan(5);
    for (const word of page?.words ?? []) {
      expect(word.xMin, word.text).toBeGreaterThanOrEqual(box.left);
      expect(word.xMax, word.text).toBeLessThanOrEqual(box.right);
      expect(word.yMin, word.text).toBeGreaterThanOrEqual(box.top);
      expect(word.yMax, word.text).toBeLessThanOrEqual(box.bottom);
    }
    expect(oneLine(await pdfText(label.pdf))).toContain('Doporučeně · Dodejka');
  });

  it('is PDF/A-2b: DL and C5 envelopes and a label sheet pass the PDF/A check', async () => {
    const variants: [string, Partial<PostLabelInput>, PostLabelFormat][] = [
      ['obalka-dl.pdf', { mailKind: 'doVlastnichRukou' }, 'dl-envelope'],
      ['obalka-c5.pdf', { mailKind: 'obycejne' }, 'c5-envelope'],
      ['stitek.pdf', { labelPosition: 24, mailKind: 'doporuceneDodejka' }, 'label-a4-3x8'],
    ];
    const pdfs = await Promise.all(
      variants.map(async ([name, overrides, format]) => ({
        name,
        pdf: (await render(overrides, format)).pdf,
      })),
    );
    const reports = await assertPdfA(pdfs);
    expect(reports.map((report) => report.ok)).toEqual([true, true, true]);
  });

  it('refuses a character the font lacks in the address', async () => {
    const addressee = { name: '李小龍', lines: ['Hongkong'] };
    const error = await render({ addressee }, 'dl-envelope').then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ServiceError);
    expect(error).toMatchObject({
      code: 'errors.letters.missingGlyph',
      message:
        'Znak „李“ (U+674E) v poli Adresát není v písmu dopisu — nahraďte jej jiným znakem nebo jej vynechte.',
    });
  });

  it('refuses an invalid label position with the Czech message', async () => {
    await expect(render({ labelPosition: 25 }, 'label-a4-3x8')).rejects.toMatchObject({
      code: 'errors.letters.invalid',
      message: 'Adresní štítek nelze vytvořit: Pozice štítku musí být 1 až 24. (labelPosition)',
    });
  });
});
