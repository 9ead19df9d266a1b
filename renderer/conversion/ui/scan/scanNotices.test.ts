import { describe, expect, it } from 'vitest';
import { mergeInspection, setAllModes, setPageMode, removePage } from './pageList';
import { pageRanges, scanNotices } from './scanNotices';
import { inspectionOf } from './testing/scanFixtures';

describe('the notices before building', () => {
  const inspection = inspectionOf([
    { name: 'barevny.jpg', page: { colour: 'cmyk' } },
    { name: 'mapa.png', format: 'png', page: { hasAlpha: true, bitsPerSample: 16 } },
    { name: 'sken.tif', format: 'tiff', pages: 8, page: { dpi: null } },
    { name: 'sken.pdf', format: 'pdf', pages: 2 },
  ]);
  const pages = mergeInspection([], inspection, 0);

  it('names the file and, for a file of several pages, the pages, per kind in file order', () => {
    const kept = removePage(removePage(removePage(pages, '2:3'), '2:4'), '2:5');
    expect(scanNotices(inspection, kept)).toEqual([
      { kind: 'cmyk', file: 'barevny.jpg', pages: [] },
      { kind: 'alpha', file: 'mapa.png', pages: [] },
      { kind: 'deep', file: 'mapa.png', pages: [] },
      { kind: 'noDpi', file: 'sken.tif', pages: [1, 2, 3, 7, 8] },
      { kind: 'pdfMode', file: 'sken.pdf', pages: [1, 2] },
    ]);
  });

  it('says nothing of the PDF pages left in colour, where the mode changes nothing', () => {
    const colour = setPageMode(setPageMode(pages, '3:0', 'colour'), '3:1', 'colour');
    expect(scanNotices(inspection, colour).map((notice) => notice.kind)).not.toContain('pdfMode');
    const one = setPageMode(pages, '3:0', 'colour');
    expect(scanNotices(inspection, one).find((notice) => notice.kind === 'pdfMode')?.pages).toEqual(
      [2],
    );
  });

  it('says nothing of pages removed, and nothing for plain scans', () => {
    const plain = inspectionOf([{ name: 'a.jpg' }, { name: 'b.tif', format: 'tiff', pages: 2 }]);
    expect(scanNotices(plain, setAllModes(mergeInspection([], plain, 0), 'colour'))).toEqual([]);
    const onlyCmyk = removePage(pages, '0:0');
    expect(scanNotices(inspection, onlyCmyk).map((notice) => notice.kind)).not.toContain('cmyk');
    expect(scanNotices(null, pages)).toEqual([]);
  });

  it('writes pages as runs', () => {
    expect(pageRanges([7, 1, 2, 3])).toBe('1–3, 7');
    expect(pageRanges([4])).toBe('4');
    expect(pageRanges([2, 2, 5, 6])).toBe('2, 5–6');
    expect(pageRanges([])).toBe('');
  });
});
