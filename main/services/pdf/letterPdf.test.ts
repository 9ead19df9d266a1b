import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { ServiceError } from '../../../common/contract/envelope';
import type { LetterContent, LetterTemplate } from '../../../common/letters/model';
import { ADDRESS, CONTENT, PAGE } from './letterGeometry';
import { renderLetter, type RenderedLetter } from './letterPdf';
import {
  alphaLogoPng,
  cmykJpegHeader,
  CZECH_PARAGRAPH,
  logoOf,
  longBody,
  testContent,
  testLetterAssets,
  testTemplate,
  TEST_NOW,
  TINY_JPEG,
} from './letterTestFixtures';
import { readMetadataStream } from './pdfa/metadataStream';
import { assertPdfA } from './pdfa/testPdfA';
import { mm } from './pen';
import { pdfFonts, pdfInfo, pdfText, pdfWordBoxes, qpdfCheck } from './testTools';

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

async function render(
  content: Partial<LetterContent> = {},
  template: LetterTemplate = testTemplate(),
): Promise<RenderedLetter> {
  return renderLetter(template, testContent(content), await testLetterAssets(), TEST_NOW);
}

function withLogo(logo: { mime: 'image/png' | 'image/jpeg'; base64: string }): LetterTemplate {
  const template = testTemplate();
  return { ...template, letterhead: { ...template.letterhead, logo } };
}

/** The ServiceError `promise` rejects with. */
async function serviceError(promise: Promise<unknown>): Promise<ServiceError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ServiceError);
  return error as ServiceError;
}

describe('renderLetter', () => {
  it('prints a one-page letter with every part in its place', async () => {
    const letter = await render();
    expect(letter.pages).toBe(1);
    expect(letter.fileName).toBe('dopis-OUHL-12-2026.pdf');
    await qpdfCheck(letter.pdf);
    const text = oneLine(await pdfText(letter.pdf));
    for (const part of [
      'Obec Horní Lhota',
      'Ing. Jiří Řezníček Šťastná 128/7 391 99 Horní Lhota',
      'Věc: Odpověď na žádost o informace podle zákona č. 106/1999 Sb.',
      'obecní úřad neeviduje požadované dokumenty.',
      '• první bod • druhý bod s tučným textem',
      'S pozdravem Petr Novák starosta obce',
      'Přílohy: 1. Kopie usnesení zastupitelstva 2. Plná moc',
      'IČO: 99120348 · ID datové schránky: hl7q2ab',
    ]) {
      expect(text).toContain(part);
    }
    expect(text).not.toContain('Strana');
    const columns = await pdfText(letter.pdf, { layout: true });
    for (const row of [
      /Naše č\. j\.:\s+OUHL 12\/2026\s+Ing\. Jiří Řezníček/,
      /Vaše č\. j\.:\s+ZN-45\/2026\s+Šťastná 128\/7/,
      /Ze dne:\s+20\. 1\. 2026\s+391 99 Horní Lhota/,
      /Vyřizuje:\s+Jana Dvořáková/,
      /Telefon:\s+\+420 381 000 112/,
      /E-mail:\s+dvorakova@hornilhota\.example/,
      /Datum:\s+3\. 2\. 2026/,
    ]) {
      expect(columns).toMatch(row);
    }
    const info = await pdfInfo(letter.pdf);
    expect(info.Title).toBe(
      'Dopis OUHL 12/2026 – Odpověď na žádost o informace podle zákona č. 106/1999 Sb.',
    );
    expect(info.Author).toBe('Obec Horní Lhota');
    expect(info['Page size']).toMatch(/^595\.2\d* x 841\.8\d* pts \(A4\)/);
  });

  it('round-trips Czech diacritics through text extraction', async () => {
    const letter = await render({
      subject: 'Žádost – úřední ověření ďáblovy přípojky',
      body: `${CZECH_PARAGRAPH}\n\n*${CZECH_PARAGRAPH}*\n\n**${CZECH_PARAGRAPH}**`,
    });
    const text = oneLine(await pdfText(letter.pdf));
    expect(text).toContain('Věc: Žádost – úřední ověření ďáblovy přípojky');
    expect(text.split(oneLine(CZECH_PARAGRAPH)).length - 1).toBe(3);
  });

  it('embeds every face it uses as a subset, the oblique ones only when used', async () => {
    const plain = await pdfFonts((await render({ body: 'Bez zvýraznění.' })).pdf);
    expect(plain.map((font) => font.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual([
      'DejaVuSans',
      'DejaVuSans-Bold',
    ]);
    const styled = await pdfFonts((await render({ body: '*kurzíva* a ***obojí***' })).pdf);
    expect(styled.map((font) => font.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual([
      'DejaVuSans',
      'DejaVuSans-Bold',
      'DejaVuSans-BoldOblique',
      'DejaVuSans-Oblique',
    ]);
    for (const font of styled)
      expect(font).toMatchObject({ embedded: true, subset: true, unicode: true });
  });

  it('flows a long body over several pages with page numbers and the reference number', async () => {
    const paragraphs = 40;
    const letter = await render({ body: longBody(paragraphs) });
    expect(letter.pages).toBeGreaterThanOrEqual(4);
    await qpdfCheck(letter.pdf);
    for (let page = 1; page <= letter.pages; page++) {
      const text = oneLine(await pdfText(letter.pdf, { first: page, last: page }));
      expect(text).toContain(`Strana ${page} z ${letter.pages}`);
      if (page > 1) expect(text).toContain('Obec Horní Lhota Č. j.: OUHL 12/2026');
    }
    // Nothing is lost: every paragraph is there, in order, and whole (a paragraph that
    // breaks across pages is whole once the running head and footer are taken out).
    const all = oneLine(await pdfText(letter.pdf))
      .replace(/ ?IČO: .*? Strana \d+ z \d+ ?/g, ' ')
      .replace(/ ?Obec Horní Lhota Č\. j\.: OUHL 12\/2026 ?/g, ' ');
    let from = 0;
    for (let index = 1; index <= paragraphs; index++) {
      const paragraph = `Odstavec ${index}. ${oneLine(CZECH_PARAGRAPH)} ${oneLine(CZECH_PARAGRAPH)}`;
      const at = all.indexOf(paragraph, from);
      expect(at, `odstavec ${index}`).toBeGreaterThanOrEqual(from);
      from = at + paragraph.length;
    }
  });

  it('keeps every word of every page inside the text area', async () => {
    const letter = await render({ body: longBody(20) });
    const pages = await pdfWordBoxes(letter.pdf);
    for (const page of pages) {
      for (const word of page.words) {
        expect(word.xMin, word.text).toBeGreaterThanOrEqual(CONTENT.left - 12);
        expect(word.xMax, word.text).toBeLessThanOrEqual(CONTENT.right + 0.5);
        expect(word.yMax, word.text).toBeLessThanOrEqual(page.height - mm(10));
      }
    }
  });

  it('puts the address into the envelope window (right or left)', async () => {
    for (const side of ['right', 'left'] as const) {
      const base = testTemplate();
      const template = { ...base, layout: { ...base.layout, addressWindow: side } };
      const [page] = await pdfWordBoxes((await render({}, template)).pdf);
      const words = (page?.words ?? []).filter((word) =>
        ['Řezníček', 'Šťastná', '128/7', '391', '99', 'Horní', 'Lhota'].includes(word.text),
      );
      const inZone = words.filter(
        (word) => word.yMin >= ADDRESS.fieldTop && word.yMax <= ADDRESS.fieldBottom,
      );
      expect(inZone.length).toBeGreaterThanOrEqual(6);
      for (const word of inZone) {
        expect(word.xMin).toBeGreaterThanOrEqual(ADDRESS.x[side] - 0.5);
        expect(word.xMax).toBeLessThanOrEqual(ADDRESS.x[side] + ADDRESS.width + 0.5);
        // The window of a DL envelope: 20 mm from the side, 90 mm wide.
        expect(word.xMin).toBeGreaterThanOrEqual(side === 'left' ? mm(20) : PAGE.width - mm(110));
        expect(word.xMax).toBeLessThanOrEqual(side === 'left' ? mm(110) : PAGE.width - mm(20));
      }
    }
  });

  it('prints the reference data as a row in the notice template', async () => {
    const letter = await render({}, testTemplate({}, 1));
    const text = oneLine(await pdfText(letter.pdf, { layout: true }));
    expect(text).toMatch(/Naše č\. j\.\s+Vaše č\. j\.\s+Ze dne\s+Vyřizuje/);
    expect(text).toContain('OZNÁMENÍ');
    expect(text).toContain('otisk úředního razítka');
  });

  it('returns the signature box on the last page, inside the page and free of text', async () => {
    for (const body of ['Krátký dopis.', longBody(30)]) {
      const letter = await render({ body, attachments: [] });
      const box = letter.signatureBox;
      expect(box.page).toBe(letter.pages - 1);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(PAGE.width);
      expect(box.y + box.height).toBeLessThanOrEqual(PAGE.height);
      expect(box).toMatchObject({ width: mm(70), height: mm(25) });
      const pages = await pdfWordBoxes(letter.pdf);
      const page = pages[box.page];
      // Top-down coordinates of the box, as pdftotext reports words.
      const top = PAGE.height - box.y - box.height;
      const bottom = PAGE.height - box.y;
      const inside = (page?.words ?? []).filter(
        (word) =>
          word.xMax > box.x &&
          word.xMin < box.x + box.width &&
          word.yMax > top &&
          word.yMin < bottom,
      );
      expect(inside.map((word) => word.text)).toEqual([]);
      // The signer's name sits right under the box.
      const name = page?.words.find((word) => word.text === 'Novák');
      expect(name?.yMin).toBeGreaterThanOrEqual(bottom - 0.5);
      expect(name?.yMin).toBeLessThan(bottom + 20);
    }
  });

  it('puts the signature box on the left when the template says so', async () => {
    const base = testTemplate();
    const template = { ...base, layout: { ...base.layout, signaturePosition: 'left' as const } };
    const letter = await render({}, template);
    expect(letter.signatureBox.x).toBeCloseTo(CONTENT.left);
  });

  it('refuses a character the font lacks, naming the field and the character', async () => {
    const subject = await serviceError(render({ subject: 'Žádost 中文' }));
    expect(subject.code).toBe('errors.letters.missingGlyph');
    expect(subject.message).toBe(
      'Znak „中“ (U+4E2D) v poli Věc není v písmu dopisu — nahraďte jej jiným znakem nebo jej vynechte.',
    );
    expect(subject.params).toMatchObject({ char: '中', codePoint: 'U+4E2D', field: 'Věc' });

    const body = await serviceError(render({ body: 'Dobrý den 🧐' }));
    expect(body.params).toMatchObject({ char: '🧐', codePoint: 'U+1F9D0', field: 'Text dopisu' });

    const addressee = await serviceError(
      render({ addressee: { name: '山田太郎', lines: ['Tokio'] } }),
    );
    expect(addressee.message).toContain('Znak „山“ (U+5C71) v poli Adresát');

    const attachment = await serviceError(render({ attachments: ['Plán ☃︎ 中'] }));
    expect(attachment.params).toMatchObject({ char: '中', field: 'Přílohy' });
  });

  it('checks body text against the face it is printed in', async () => {
    // U+1681 (Ogham) is in DejaVu Sans but not in its oblique face.
    await expect(render({ body: 'Znak ᚁ.' })).resolves.toMatchObject({ pages: 1 });
    const italic = await serviceError(render({ body: '*Znak ᚁ.*' }));
    expect(italic.params).toMatchObject({ codePoint: 'U+1681', field: 'Text dopisu' });
  });

  it('refuses a character the font has but cannot set', async () => {
    // Tifinagh: fontkit's shaper for it fails inside pdf-lib.
    const error = await serviceError(render({ body: 'Znak ⴰ.' }));
    expect(error.message).toBe(
      'Znak „ⴰ“ (U+2D30) v poli Text dopisu není v písmu dopisu — nahraďte jej jiným znakem nebo jej vynechte.',
    );
  });

  it('strips bidi overrides and invisible characters', async () => {
    const letter = await render({
      subject: 'Faktura\u202E fdp.exe\u202C\u200B',
      body: 'Text\u2066 s izolací\u2069 a\u00AD měkkým spojovníkem.',
    });
    const text = await pdfText(letter.pdf);
    expect(oneLine(text)).toContain('Věc: Faktura fdp.exe');
    expect(oneLine(text)).toContain('Text s izolací a měkkým spojovníkem.');
    expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B\u00AD]/u);
  });

  it('prints HTML in the text literally', async () => {
    const letter = await render({ body: '<b>ne tučně</b> & <script>alert("x")</script>' });
    expect(oneLine(await pdfText(letter.pdf))).toContain(
      '<b>ne tučně</b> & <script>alert("x")</script>',
    );
  });

  it('refuses invalid input with the Czech validation message', async () => {
    const error = await serviceError(render({ subject: 'x'.repeat(256) }));
    expect(error.code).toBe('errors.letters.invalid');
    expect(error.message).toBe(
      'Dopis nelze vytvořit: Věc je příliš dlouhá (nejvýše 255 znaků). (subject)',
    );
    expect(error.params).toMatchObject({
      path: 'subject',
      issue: 'letters.validation.subjectTooLong',
    });
  });

  it('writes no annotations and no transparency', async () => {
    const raw = latin1((await render({}, withLogo(logoOf(alphaLogoPng())))).pdf);
    expect(raw).not.toMatch(/\/Annots|\/SMask|\/Group|\/CA |\/ca /);
  });
});

describe('renderLetter as PDF/A', () => {
  it('is PDF/A-2b: short, long, styled and logo letters pass the PDF/A check', async () => {
    const styled =
      '**Tučný odstavec.** *Kurzíva* a ***obojí***.\n\n- první **bod**\n- druhý *bod*\n\n' +
      longBody(22);
    const variants: [string, Promise<RenderedLetter>][] = [
      ['jednostrankovy.pdf', render()],
      ['ctyrstrankovy-png-logo.pdf', render({ body: styled }, withLogo(logoOf(alphaLogoPng())))],
      ['jpeg-logo.pdf', render({}, withLogo(logoOf(TINY_JPEG, 'image/jpeg')))],
    ];
    const letters = await Promise.all(variants.map(([, letter]) => letter));
    expect(letters.map((letter) => letter.pages)).toEqual([1, 4, 1]);
    const reports = await assertPdfA(
      letters.map((letter, index) => ({ name: variants[index]?.[0] ?? '', pdf: letter.pdf })),
    );
    expect(reports.map((report) => report.ok)).toEqual([true, true, true]);
    expect(reports[1]?.steps.find((step) => step.step === 'xmp')?.details).toEqual([
      'PDF/A-2b, shodná s informačním slovníkem',
    ]);
  });

  it('says in its metadata what the letter is, who wrote it and its language', async () => {
    const letter = await render();
    const info = await pdfInfo(letter.pdf);
    expect(info).toMatchObject({
      Title: 'Dopis OUHL 12/2026 – Odpověď na žádost o informace podle zákona č. 106/1999 Sb.',
      Author: 'Obec Horní Lhota',
      Subject: 'Odpověď na žádost o informace podle zákona č. 106/1999 Sb.',
    });
    const doc = await PDFDocument.load(letter.pdf, { updateMetadata: false });
    expect(doc.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('cs');
    const xmp = readMetadataStream(doc) ?? '';
    expect(xmp).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(xmp).toContain('<dc:creator><rdf:Seq><rdf:li>Obec Horní Lhota</rdf:li></rdf:Seq>');
    expect(xmp).toContain('<xmp:CreateDate>2026-02-03T08:10:00Z</xmp:CreateDate>');
  });
});

describe('letterhead logo', () => {
  it('embeds a PNG with alpha as an opaque RGB image', async () => {
    const letter = await render({}, withLogo(logoOf(alphaLogoPng())));
    const raw = latin1(letter.pdf);
    expect(raw).toMatch(/\/Subtype \/Image/);
    expect(raw).toMatch(/\/ColorSpace \/DeviceRGB/);
    expect(raw).not.toContain('/SMask');
    await qpdfCheck(letter.pdf);
    // The letterhead text moves right of the logo.
    const [page] = await pdfWordBoxes(letter.pdf);
    const name = page?.words.find((word) => word.text === 'Obec');
    expect(name?.xMin).toBeGreaterThan(CONTENT.left + mm(20));
  });

  it('embeds a JPEG as it is', async () => {
    const letter = await render({}, withLogo(logoOf(TINY_JPEG, 'image/jpeg')));
    expect(latin1(letter.pdf)).toContain('/DCTDecode');
  });

  it('refuses a logo that is not an image', async () => {
    const bytes = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>');
    const error = await serviceError(render({}, withLogo(logoOf(bytes))));
    expect(error.code).toBe('errors.letters.invalid');
    expect(error.message).toBe(
      'Šablonu dopisu nelze vytvořit: Logo musí být obrázek PNG nebo JPEG. (letterhead.logo.base64)',
    );
  });

  it('refuses a damaged PNG', async () => {
    const damaged = alphaLogoPng().subarray(0, 60);
    const error = await serviceError(render({}, withLogo(logoOf(damaged))));
    expect(error.code).toBe('errors.letters.logoUnreadable');
    expect(error.message).toBe(
      'Logo v hlavičce nelze přečíst — soubor je poškozený nebo to není obrázek PNG či JPEG. Nahrajte logo v šabloně znovu.',
    );
  });

  it('refuses a CMYK JPEG', async () => {
    const error = await serviceError(render({}, withLogo(logoOf(cmykJpegHeader(), 'image/jpeg'))));
    expect(error.code).toBe('errors.letters.logoCmyk');
    expect(error.message).toBe(
      'Logo je obrázek JPEG v barvách CMYK (pro tiskárnu). Uložte jej v barvách RGB a nahrajte v šabloně znovu.',
    );
  });
});
