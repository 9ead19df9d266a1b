import { describe, expect, it } from 'vitest';
import type { JournalPdfInput, JournalPdfRow } from '../../../common/contract/types';
import { createPdfService } from './index';
import { EMPTY_JOURNAL_MESSAGE } from './journal';
import { assertPdfA } from './pdfa/testPdfA';
import { ASSETS_DIR } from './testFonts';
import { pdfFonts, pdfInfo, pdfText, pdfWordBoxes, qpdfCheck } from './testTools';

const service = createPdfService({
  assetsDir: ASSETS_DIR,
  now: () => new Date('2026-04-01T06:00:00Z'),
});

const COLUMNS = [
  'Č. j.',
  'Datum',
  'Směr',
  'Odesílatel / adresát',
  'Věc',
  'Č. j. odesílatele',
  'Listy / přílohy',
  'Spis. znak',
  'Vyřizuje',
  'Stav',
];

const PEOPLE = [
  'Jan Dvořák, Horní Lhota 15, 391 01 Řečice',
  'Marie Šťastná, Na Výsluní 208, 391 01 Řečice',
  'Krajský úřad Jihočeského kraje, odbor životního prostředí, zemědělství a lesnictví, U Zimního stadionu 1952/2, 370 76 České Budějovice',
  'Stavební firma Kůň & Žížala s.r.o., IČO 12345678, Průmyslová 1284/12, 190 00 Praha 9',
  'Finanční úřad pro Jihočeský kraj',
];
const SUBJECTS = [
  'Žádost o vydání územního rozhodnutí',
  'Oznámení o zahájení řízení ve věci povolení kácení dřevin rostoucích mimo les na pozemku parc. č. 123/4 v k. ú. Horní Lhota',
  'Faktura',
  'Výzva k doplnění podání podle § 45 odst. 2 správního řádu',
];

/** A deterministic, varied journal: row n ends its subject with the token KONEC-n-X. */
function rows(count: number): JournalPdfRow[] {
  return Array.from({ length: count }, (_, index) => {
    const n = index + 1;
    return {
      referenceNumber: `OUHL ${n}/2026`,
      documentDate: `${(n % 28) + 1}. ${(n % 12) + 1}. 2026 ${String(n % 24).padStart(2, '0')}:15:00`,
      direction: n % 3 === 0 ? 'vlastní' : 'doručený',
      counterparty: PEOPLE[(n * 7) % PEOPLE.length] ?? '',
      subject: `${SUBJECTS[(n * 5) % SUBJECTS.length] ?? ''} (spis ${n * 13}) KONEC-${n}-X`,
      senderReference: n % 2 === 0 ? `KUJCK ${n * 31}/2026` : '',
      sheetsAndAttachments: `${n % 9} / ${n % 4}`,
      fileMark: `${100 + (n % 20)}.${n % 5}`,
      handler: n % 4 === 0 ? 'Ing. Petra Wolfová' : 'Jana Nováková',
      state: n % 5 === 0 ? 'vyřízený' : 'evidovaný',
    };
  });
}

function journalInput(rowList: JournalPdfRow[]): JournalPdfInput {
  return {
    organizationName: 'Obec Horní Lhota',
    title: 'Podací deník',
    periodLabel: '1. 1. 2026 – 31. 3. 2026',
    generatedAt: '2026-04-01T07:30:05Z',
    columns: COLUMNS,
    rows: rowList,
  };
}

/** The page margin (10 mm) and the height of the footer band, in points. */
const MARGIN = 28.3;
const FOOTER_BAND = 14;

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

async function pageTexts(pdf: Uint8Array, pages: number): Promise<string[]> {
  const texts: string[] = [];
  for (let page = 1; page <= pages; page++) {
    texts.push(oneLine(await pdfText(pdf, { first: page, last: page })));
  }
  return texts;
}

function expectPageFrame(text: string, page: number, pages: number): void {
  expect(text).toContain('Obec Horní Lhota');
  expect(text).toContain('Podací deník');
  expect(text).toContain('1. 1. 2026 – 31. 3. 2026');
  for (const column of COLUMNS) expect(text, `page ${page}: ${column}`).toContain(column);
  expect(text).toContain(`Strana ${page} z ${pages}`);
  // 07:30:05 UTC is 09:30:05 in Prague in April (summer time).
  expect(text).toContain('Vytištěno 1. 4. 2026 09:30:05');
}

describe('renderJournal', () => {
  it('with no rows prints one page that says there is nothing in the period', async () => {
    const journal = await service.renderJournal(journalInput([]));
    expect(journal.pages).toBe(1);
    expect(journal.fileName).toBe('podaci-denik-1-1-2026-31-3-2026.pdf');
    await qpdfCheck(journal.pdf);
    const [text = ''] = await pageTexts(journal.pdf, 1);
    expectPageFrame(text, 1, 1);
    expect(text).toContain(EMPTY_JOURNAL_MESSAGE);
    expect((await pdfInfo(journal.pdf)).Pages).toBe('1');
  });

  it('with three rows prints them on one page, all fonts embedded as subsets', async () => {
    const three = rows(3);
    const journal = await service.renderJournal(journalInput(three));
    expect(journal.pages).toBe(1);
    await qpdfCheck(journal.pdf);
    const [text = ''] = await pageTexts(journal.pdf, 1);
    expectPageFrame(text, 1, 1);
    expect(text).not.toContain(EMPTY_JOURNAL_MESSAGE);
    for (const row of three) {
      expect(text).toContain(row.referenceNumber);
      expect(text).toContain(`KONEC-${row.referenceNumber.slice(5, -5)}-X`);
    }
    expect(text).toContain('Krajský úřad Jihočeského kraje');
    const fonts = await pdfFonts(journal.pdf);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font, font.name).toMatchObject({ embedded: true, subset: true, unicode: true });
    }
    const info = await pdfInfo(journal.pdf);
    expect(info.Title).toBe('Podací deník — 1. 1. 2026 – 31. 3. 2026');
    expect(info.Author).toBe('Obec Horní Lhota');
    expect(info.Creator).toBe('Úřadovna');
    expect(info['Page size']).toMatch(/^841\.8\d* x 595\.2\d* pts/);
  });

  it('with 2,000 rows repeats the header on every page and never splits a row', async () => {
    const many = rows(2000);
    const started = performance.now();
    const journal = await service.renderJournal(journalInput(many));
    const elapsed = performance.now() - started;
    console.info(`journal: 2000 rows, ${journal.pages} pages in ${Math.round(elapsed)} ms`);

    expect(journal.pages).toBeGreaterThan(1);
    expect((await pdfInfo(journal.pdf)).Pages).toBe(String(journal.pages));
    await qpdfCheck(journal.pdf);

    const texts = await pageTexts(journal.pdf, journal.pages);
    texts.forEach((text, index) => expectPageFrame(text, index + 1, journal.pages));

    // Each row's first cell and the last word of its subject are on the same page,
    // every row is printed once, and the pages keep the journal order.
    let previousPage = 0;
    for (let n = 1; n <= many.length; n++) {
      const reference = new RegExp(`(^|\\s)OUHL ${n}/2026(\\s|$)`);
      const pages = texts.flatMap((text, index) => (reference.test(text) ? [index] : []));
      expect(pages, `row ${n}`).toHaveLength(1);
      const page = pages[0] ?? -1;
      expect(texts[page], `row ${n} split across pages`).toContain(`KONEC-${n}-X`);
      expect(page).toBeGreaterThanOrEqual(previousPage);
      previousPage = page;
    }

    // Nothing but the footer below the table: no row ran into the footer or off the page.
    const boxes = await pdfWordBoxes(journal.pdf);
    expect(boxes).toHaveLength(journal.pages);
    boxes.forEach((page, index) => {
      const footer = new Set(['Vytištěno', '1.', '4.', '2026', '09:30:05', 'Strana', 'z']);
      footer.add(String(index + 1)).add(String(journal.pages));
      const footerTop = page.height - MARGIN - FOOTER_BAND;
      for (const word of page.words) {
        expect(word.yMax, word.text).toBeLessThanOrEqual(page.height - MARGIN + 0.5);
        if (word.yMax > footerTop) expect(footer.has(word.text), word.text).toBe(true);
      }
    });
  }, 60_000);

  it('renders 5,000 rows in a few seconds', async () => {
    const started = performance.now();
    const journal = await service.renderJournal(journalInput(rows(5000)));
    const elapsed = performance.now() - started;
    console.info(`journal: 5000 rows, ${journal.pages} pages in ${Math.round(elapsed)} ms`);
    expect(journal.pages).toBeGreaterThan(100);
    // A wide margin over the ~1.5 s measured: this guards against a quadratic slip.
    expect(elapsed).toBeLessThan(15_000);
  });

  it('is PDF/A-2b: empty, short, many-page and hostile journals pass the PDF/A check', async () => {
    const hostile: JournalPdfRow = {
      ...(rows(1)[0] as JournalPdfRow),
      subject: `<script>alert(1)</script> 🦩\u0000\u202E ${'Ž'.repeat(200)}`,
    };
    const inputs = {
      'prazdny.pdf': journalInput([]),
      'kratky.pdf': journalInput(rows(3)),
      'dlouhy.pdf': journalInput(rows(150)),
      'nepratelsky.pdf': journalInput([hostile]),
    };
    const pdfs = await Promise.all(
      Object.entries(inputs).map(async ([name, input]) => ({
        name,
        pdf: (await service.renderJournal(input)).pdf,
      })),
    );
    const reports = await assertPdfA(pdfs);
    expect(reports).toHaveLength(4);
    expect(reports[0]?.steps.find((step) => step.step === 'xmp')?.details).toEqual([
      'PDF/A-2b, shodná s informačním slovníkem',
    ]);
  });

  it('prints hostile and oversized text literally, inside its cells', async () => {
    const hostile: JournalPdfRow = {
      ...(rows(1)[0] as JournalPdfRow),
      referenceNumber: 'OUHL 9/2026',
      counterparty: `Nováková\u202E ${'Ž'.repeat(600)}`.slice(0, 600),
      subject: `<script>alert(1)</script> 🦩\u0000\u0007 ${'dlouhý text '.repeat(30)}`.slice(
        0,
        300,
      ),
      handler: 'Jana\r\nNováková',
    };
    const journal = await service.renderJournal(journalInput([hostile, ...rows(2)]));
    await qpdfCheck(journal.pdf);
    const [text = ''] = await pageTexts(journal.pdf, 1);
    expect(text).toContain('<script>alert(1)</script> ? dlouhý text');
    expect(text).toContain('Jana Nováková');
    for (const invisible of ['\u202E', '\u0000', '\u0007']) expect(text).not.toContain(invisible);
    const [page] = await pdfWordBoxes(journal.pdf);
    expect(page).toBeDefined();
    for (const word of page?.words ?? []) {
      expect(word.xMax, word.text).toBeLessThanOrEqual((page?.width ?? 0) - MARGIN);
      expect(word.yMax, word.text).toBeLessThanOrEqual((page?.height ?? 0) - MARGIN);
      expect(word.xMin, word.text).toBeGreaterThanOrEqual(MARGIN);
    }
  });
});
