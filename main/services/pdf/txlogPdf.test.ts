import { describe, expect, it } from 'vitest';
import {
  TXLOG_PDF_MAX_ROWS,
  txlogPdfInputSchema,
  type TxlogPdfInput,
  type TxlogPdfRow,
} from '../../../common/contract/types';
import { createPdfService } from './index';
import { assertPdfA } from './pdfa/testPdfA';
import { ASSETS_DIR } from './testFonts';
import { pdfFonts, pdfInfo, pdfText, pdfWordBoxes, qpdfCheck } from './testTools';
import { EMPTY_TXLOG_MESSAGE } from './txlogPdf';

const service = createPdfService({
  assetsDir: ASSETS_DIR,
  now: () => new Date('2026-03-03T06:00:00Z'),
});

const COLUMNS = ['Č.', 'Čas', 'Událost', 'Objekt', 'Identifikátor', 'Provedl', 'Podrobnosti'];
const EVENTS = ['Založení', 'Úprava', 'Vložení do spisu', 'Export', 'Vyřízení'];
const ACTORS = ['Jana Nováková', 'Ing. Petra Wolfová', 'Marie Šťastná'];
const hex = (n: number) => n.toString(16).padStart(64, '0');

/** Entries of 2 March 2026 (CET, UTC+1) from seq 41 on; row n's detail ends with KONEC-n. */
function rows(count: number, longDetail = false): TxlogPdfRow[] {
  const start = Date.parse('2026-03-01T23:00:00Z');
  return Array.from({ length: count }, (_, index) => {
    const seq = 41 + index;
    const detail = longDetail
      ? `důvod: ${'Oprava věcné skupiny podle žádosti odboru výstavby '.repeat((index % 7) + 1)}`
      : `č. j.: OUHL ${index + 1}/2026 · směr Doručený`;
    return {
      seq,
      at: new Date(start + Math.floor((index * 86_000_000) / Math.max(count, 1))).toISOString(),
      event: EVENTS[index % EVENTS.length] ?? '',
      objectType: index % 4 === 0 ? 'Spis' : 'Dokument',
      identifier: index % 4 === 0 ? `SZ ${index}/2026` : `OUHL ${index + 1}/2026`,
      actor: ACTORS[index % ACTORS.length] ?? '',
      detail: `${detail} KONEC-${seq}`,
    };
  });
}

function dayInput(rowList: TxlogPdfRow[]): TxlogPdfInput {
  const first = rowList[0];
  const last = rowList[rowList.length - 1];
  return {
    organizationName: 'Obec Horní Lhota',
    title: 'Transakční protokol',
    day: '2026-03-02',
    generatedAt: '2026-03-03T05:30:05Z',
    columns: COLUMNS,
    chain:
      first && last
        ? {
            firstSeq: first.seq,
            lastSeq: last.seq,
            prevHash: hex(first.seq - 1),
            firstHash: hex(first.seq),
            lastHash: hex(last.seq),
          }
        : null,
    rows: rowList,
  };
}

const MARGIN = 28.3;
/** Width of the first column (6.5 % of the table) in points. */
const SEQ_COLUMN = 0.065 * (595.28 - 2 * MARGIN);
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Each page's text, from one pdftotext run (pages end with a form feed). */
async function pageTexts(pdf: Uint8Array): Promise<string[]> {
  return (await pdfText(pdf)).split('\f').slice(0, -1).map(oneLine);
}

function expectPageFrame(text: string, page: number, pages: number): void {
  expect(text).toContain('Obec Horní Lhota');
  expect(text).toContain('Transakční protokol');
  expect(text).toContain('2. 3. 2026');
  for (const column of COLUMNS) expect(text, `page ${page}: ${column}`).toContain(column);
  expect(text).toContain(`Strana ${page} z ${pages}`);
  // 05:30:05 UTC is 06:30:05 in Prague in March (winter time).
  expect(text).toContain('Vytištěno 3. 3. 2026 06:30:05');
}

describe('renderTxLogDay', () => {
  it('prints an empty day as one page that says so', async () => {
    const printed = await service.renderTxLogDay(dayInput([]));
    expect(printed.pages).toBe(1);
    expect(printed.fileName).toBe('transakcni-protokol-2026-03-02.pdf');
    await qpdfCheck(printed.pdf);
    const [text = ''] = await pageTexts(printed.pdf);
    expectPageFrame(text, 1, 1);
    expect(text).toContain('Záznamů za den: 0');
    expect(text).toContain(EMPTY_TXLOG_MESSAGE);
  });

  it('prints the chain facts and each entry with its office time, fonts embedded', async () => {
    const three = rows(3);
    const printed = await service.renderTxLogDay(dayInput(three));
    expect(printed.pages).toBe(1);
    await qpdfCheck(printed.pdf);
    const [text = ''] = await pageTexts(printed.pdf);
    expectPageFrame(text, 1, 1);
    expect(text).not.toContain(EMPTY_TXLOG_MESSAGE);
    expect(text).toContain('Záznamů za den: 3 · pořadová čísla 41–43');
    expect(text).toContain(`Hash, na který navazuje první záznam: ${hex(40)}`);
    expect(text).toContain(`Hash prvního záznamu (č. 41): ${hex(41)}`);
    expect(text).toContain(`Hash posledního záznamu (č. 43): ${hex(43)}`);
    // The first entry is at 23:00 UTC on 1 March, i.e. midnight in Prague.
    expect(text).toMatch(/41 00:00:00 Založení Spis SZ 0\/2026 Jana Nováková/);
    for (const row of three) expect(text).toContain(`KONEC-${row.seq}`);
    expect(text).toContain('Ing. Petra Wolfová');
    for (const font of await pdfFonts(printed.pdf)) {
      expect(font, font.name).toMatchObject({ embedded: true, subset: true, unicode: true });
    }
    const info = await pdfInfo(printed.pdf);
    expect(info.Title).toBe('Transakční protokol — 2. 3. 2026');
    expect(info.Author).toBe('Obec Horní Lhota');
    expect(info['Page size']).toMatch(/^595\.2\d* x 841\.8\d* pts \(A4\)/);
  });

  it('prints a busy day of 3,000 long entries on many pages, each entry once and whole', async () => {
    const many = rows(3000, true);
    const printed = await service.renderTxLogDay(dayInput(many));
    expect(printed.pages).toBeGreaterThan(10);
    expect((await pdfInfo(printed.pdf)).Pages).toBe(String(printed.pages));
    await qpdfCheck(printed.pdf);

    const texts = await pageTexts(printed.pdf);
    texts.forEach((text, index) => {
      expectPageFrame(text, index + 1, printed.pages);
      expect(text).toContain(`Hash posledního záznamu (č. 3040): ${hex(3040)}`);
    });
    // Where each entry starts (its number in the first column) and where its detail
    // ends: the same page for every entry, each printed once, in log order.
    const boxes = await pdfWordBoxes(printed.pdf);
    expect(boxes).toHaveLength(printed.pages);
    const starts = new Map<number, number[]>();
    const ends = new Map<number, number[]>();
    const note = (map: Map<number, number[]>, seq: number, page: number) =>
      map.set(seq, [...(map.get(seq) ?? []), page]);
    let previousSeq = 0;
    const outside: string[] = [];
    boxes.forEach((page, index) => {
      const firstColumn = page.words
        .filter((word) => word.xMax < MARGIN + SEQ_COLUMN && /^\d+$/.test(word.text))
        .sort((a, b) => a.yMin - b.yMin);
      for (const word of firstColumn) {
        const seq = Number(word.text);
        expect(seq, 'entries in log order').toBeGreaterThan(previousSeq);
        previousSeq = seq;
        note(starts, seq, index);
      }
      for (const word of page.words) {
        const end = /^KONEC-(\d+)$/.exec(word.text);
        if (end) note(ends, Number(end[1]), index);
        const inside =
          word.xMin >= MARGIN &&
          word.xMax <= page.width - MARGIN + 0.5 &&
          word.yMax <= page.height - MARGIN + 0.5;
        if (!inside) outside.push(`${index + 1}: ${word.text}`);
      }
    });
    expect(outside, 'words outside the page margins').toEqual([]);
    for (const row of many) {
      const start = starts.get(row.seq) ?? [];
      expect(start, `entry ${row.seq}`).toHaveLength(1);
      expect(ends.get(row.seq), `entry ${row.seq} split across pages`).toEqual(start);
    }
  }, 120_000);

  it('prints hostile text literally and inside the page', async () => {
    const [first, second] = rows(2);
    const hostile: TxlogPdfRow = {
      ...first!,
      actor: 'Jana\r\nNováková',
      detail: `<script>alert(1)</script> \u202Eobráceně\u0000\u0007 ${'Ž'.repeat(400)}`,
    };
    const printed = await service.renderTxLogDay(dayInput([hostile, second!]));
    await qpdfCheck(printed.pdf);
    const [text = ''] = await pageTexts(printed.pdf);
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('Jana Nováková');
    for (const invisible of ['\u202E', '\u0000', '\u0007']) expect(text).not.toContain(invisible);
  });
});

describe('renderTxLogDay as PDF/A', () => {
  it('is PDF/A-2b: an empty, a normal and a many-page day pass the PDF/A check', async () => {
    const inputs = {
      'prazdny-den.pdf': dayInput([]),
      'den.pdf': dayInput(rows(3)),
      'rusny-den.pdf': dayInput(rows(120, true)),
    };
    const pdfs = await Promise.all(
      Object.entries(inputs).map(async ([name, input]) => ({
        name,
        pdf: (await service.renderTxLogDay(input)).pdf,
      })),
    );
    expect(await assertPdfA(pdfs)).toHaveLength(3);
  });
});

describe('txlogPdfInputSchema', () => {
  const valid = dayInput(rows(2));

  it('accepts a consistent day', () => {
    expect(txlogPdfInputSchema.safeParse(valid).success).toBe(true);
    expect(txlogPdfInputSchema.safeParse(dayInput([])).success).toBe(true);
  });

  it(`refuses more than ${TXLOG_PDF_MAX_ROWS} entries`, () => {
    const row = rows(1)[0]!;
    const tooMany = Array.from({ length: TXLOG_PDF_MAX_ROWS + 1 }, (_, i) => ({
      ...row,
      seq: i + 1,
    }));
    expect(txlogPdfInputSchema.safeParse(dayInput(tooMany)).success).toBe(false);
    expect(txlogPdfInputSchema.safeParse(dayInput(tooMany.slice(1))).success).toBe(true);
  });

  it('refuses chain facts that do not name the first and last entry, or are not hashes', () => {
    const chain = valid.chain!;
    const bad: unknown[] = [
      { ...valid, chain: { ...chain, firstSeq: 40 } },
      { ...valid, chain: { ...chain, lastSeq: 99 } },
      { ...valid, chain: null },
      { ...dayInput([]), chain },
      { ...valid, chain: { ...chain, lastHash: 'abc' } },
      { ...valid, chain: { ...chain, prevHash: hex(1).toUpperCase().replace('0', 'G') } },
    ];
    for (const input of bad) expect(txlogPdfInputSchema.safeParse(input).success).toBe(false);
  });

  it('refuses a day that is not a calendar date, unknown fields and bad times', () => {
    expect(txlogPdfInputSchema.safeParse({ ...valid, day: '2026-02-30' }).success).toBe(false);
    expect(txlogPdfInputSchema.safeParse({ ...valid, day: '../etc' }).success).toBe(false);
    expect(txlogPdfInputSchema.safeParse({ ...valid, extra: 1 }).success).toBe(false);
    const [row] = valid.rows;
    expect(
      txlogPdfInputSchema.safeParse({ ...valid, rows: [{ ...row, at: 'včera' }, valid.rows[1]] })
        .success,
    ).toBe(false);
    expect(txlogPdfInputSchema.safeParse({ ...valid, columns: COLUMNS.slice(1) }).success).toBe(
      false,
    );
  });
});
