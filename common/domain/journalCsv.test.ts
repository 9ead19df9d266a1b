import { describe, expect, it } from 'vitest';
import { csvCell, csvLine, journalCsvBytes, journalCsvText, neutraliseFormula } from './journalCsv';

describe('csvCell', () => {
  it('leaves plain text as it is', () => {
    expect(csvCell('OUHL 12/2026')).toBe('OUHL 12/2026');
    expect(csvCell(7)).toBe('7');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('quotes cells holding the separator, quotes or line breaks, doubling the quotes', () => {
    expect(csvCell('Faktura; dodací list')).toBe('"Faktura; dodací list"');
    expect(csvCell('Petice „za cestu“ a "chodník"')).toBe('"Petice „za cestu“ a ""chodník"""');
    expect(csvCell('první řádek\ndruhý')).toBe('"první řádek\ndruhý"');
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
  });

  it('keeps a comma unquoted: the Czech separator is the semicolon', () => {
    expect(csvCell('Novák, Jan')).toBe('Novák, Jan');
  });

  it('neutralises anything a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(neutraliseFormula(`${start}HYPERLINK("http://x")`)).toBe(
        `'${start}HYPERLINK("http://x")`,
      );
    }
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    // Neutralised first, then quoted: the apostrophe sits inside the quotes.
    expect(csvCell('=A1;B1')).toBe('"\'=A1;B1"');
    expect(csvCell('\rx')).toBe('"\'\rx"');
  });

  it('does not touch formula characters in the middle of a cell', () => {
    expect(csvCell('Rozpočet 2026 = 1 200 000 Kč')).toBe('Rozpočet 2026 = 1 200 000 Kč');
    expect(csvCell('Jan Novák-Svoboda')).toBe('Jan Novák-Svoboda');
  });
});

describe('journalCsvText', () => {
  const header = ['Č. j.', 'Věc', 'Odesílatel / adresát'];
  const rows = [
    ['OUHL 1/2026', 'Oznámení o zahájení stavebního řízení', 'Stavební úřad Týn'],
    ['OUHL 2/2026', 'Žádost; „ŽLUŤOUČKÝ KŮŇ“', '=cmd|calc'],
  ];

  it('starts with the BOM, separates with semicolons and ends every line with CRLF', () => {
    const text = journalCsvText(header, rows);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines).toEqual([
      'Č. j.;Věc;Odesílatel / adresát',
      'OUHL 1/2026;Oznámení o zahájení stavebního řízení;Stavební úřad Týn',
      'OUHL 2/2026;"Žádost; „ŽLUŤOUČKÝ KŮŇ“";\'=cmd|calc',
      '',
    ]);
  });

  it('writes the header alone for an empty selection', () => {
    expect(journalCsvText(header, [])).toBe('\uFEFFČ. j.;Věc;Odesílatel / adresát\r\n');
  });

  it('encodes as UTF-8 with the BOM bytes and Czech characters intact', () => {
    const bytes = journalCsvBytes(header, rows);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const decoded = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(decoded).toBe(journalCsvText(header, rows));
    expect(decoded).toContain('Oznámení o zahájení stavebního řízení');
    expect(decoded).toContain('ŽLUŤOUČKÝ KŮŇ');
  });

  it('round-trips through an RFC 4180 reader', () => {
    const tricky = [['a"b', 'c;d', 'e\r\nf', '-5']];
    const text = journalCsvText(['x', 'y', 'z', 'w'], tricky);
    expect(parseCsv(text.slice(1))).toEqual([
      ['x', 'y', 'z', 'w'],
      ['a"b', 'c;d', 'e\r\nf', "'-5"],
    ]);
  });

  it('joins a line of cells with the separator', () => {
    expect(csvLine(['a', 1, null])).toBe('a;1;');
  });
});

/** A minimal RFC 4180 reader for the round trip (`;` separated, CRLF records). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ';') {
      record.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      record.push(cell);
      records.push(record);
      record = [];
      cell = '';
      i++;
    } else cell += char;
  }
  return records;
}
