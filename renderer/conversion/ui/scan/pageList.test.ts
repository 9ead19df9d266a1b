import { describe, expect, it } from 'vitest';
import {
  commonMode,
  DEFAULT_SCAN_MODE,
  mergeInspection,
  movePage,
  needsColourReason,
  outputRequest,
  outputSizeMm,
  removePage,
  rotatePage,
  setAllModes,
  setPageMode,
  turned,
  type ScanPage,
} from './pageList';
import { inspectionOf, pageInfo } from './testing/scanFixtures';

const keys = (pages: readonly ScanPage[]) => pages.map((page) => page.key);

const first = mergeInspection(
  [],
  inspectionOf([{ name: 'a.tif', format: 'tiff', pages: 3 }, { name: 'b.jpg' }]),
  0,
);

describe('the page list', () => {
  it('starts with every page in file order, upright, in black and white', () => {
    expect(keys(first)).toEqual(['0:0', '0:1', '0:2', '1:0']);
    expect(DEFAULT_SCAN_MODE).toBe('blackWhite');
    for (const page of first) {
      expect(page.rotate).toBe(0);
      expect(page.mode).toBe('blackWhite');
    }
  });

  it('keeps order, turn, mode and removals when files are added, and appends the new pages', () => {
    let pages = movePage(first, '1:0', -1);
    pages = rotatePage(pages, '0:1', 'right');
    pages = setPageMode(pages, '0:2', 'colour');
    pages = removePage(pages, '0:0');
    const again = inspectionOf([
      { name: 'a.tif', format: 'tiff', pages: 3 },
      { name: 'b.jpg' },
      { name: 'c.pdf', format: 'pdf', pages: 2 },
    ]);
    const merged = mergeInspection(pages, again, 2);
    expect(keys(merged)).toEqual(['0:1', '1:0', '0:2', '2:0', '2:1']);
    expect(merged.find((page) => page.key === '0:1')?.rotate).toBe(90);
    expect(merged.find((page) => page.key === '0:2')?.mode).toBe('colour');
    expect(merged.find((page) => page.key === '2:1')?.mode).toBe('blackWhite');
    expect(merged.find((page) => page.key === '2:0')?.info.format).toBe('pdf');
  });

  it('moves a page one place either way and nothing past either end', () => {
    expect(keys(movePage(first, '0:1', -1))).toEqual(['0:1', '0:0', '0:2', '1:0']);
    expect(keys(movePage(first, '0:1', 1))).toEqual(['0:0', '0:2', '0:1', '1:0']);
    expect(keys(movePage(first, '0:0', -1))).toEqual(keys(first));
    expect(keys(movePage(first, '1:0', 1))).toEqual(keys(first));
    expect(keys(movePage(first, 'no-such', 1))).toEqual(keys(first));
  });

  it('turns by quarters, right clockwise, and back round to upright', () => {
    expect(turned(0, 'right')).toBe(90);
    expect(turned(270, 'right')).toBe(0);
    expect(turned(0, 'left')).toBe(270);
    expect(turned(90, 'left')).toBe(0);
    let pages = rotatePage(first, '0:0', 'left');
    pages = rotatePage(pages, '0:0', 'left');
    expect(pages[0]?.rotate).toBe(180);
    expect(pages[1]?.rotate).toBe(0);
  });

  it('removes only the page asked for', () => {
    expect(keys(removePage(first, '0:1'))).toEqual(['0:0', '0:2', '1:0']);
  });

  it('sets the mode of one page or of all, and says when they differ', () => {
    expect(commonMode(first)).toBe('blackWhite');
    const one = setPageMode(first, '0:2', 'greyscale');
    expect(one.map((page) => page.mode)).toEqual([
      'blackWhite',
      'blackWhite',
      'greyscale',
      'blackWhite',
    ]);
    expect(commonMode(one)).toBeNull();
    expect(commonMode(setAllModes(one, 'greyscale'))).toBe('greyscale');
    expect(commonMode([])).toBeNull();
  });

  it('needs the colour reason as soon as one page is in colour, and not otherwise', () => {
    expect(needsColourReason(first)).toBe(false);
    expect(needsColourReason(setAllModes(first, 'greyscale'))).toBe(false);
    const colour = setPageMode(first, '1:0', 'colour');
    expect(needsColourReason(colour)).toBe(true);
    expect(needsColourReason(setPageMode(colour, '1:0', 'blackWhite'))).toBe(false);
    expect(needsColourReason(removePage(colour, '1:0'))).toBe(false);
  });

  it('swaps the output size on a quarter turn', () => {
    const landscape = {
      ...first[0]!,
      info: pageInfo({ widthMm: 297, heightMm: 210 }),
    };
    expect(outputSizeMm(landscape)).toEqual({ widthMm: 297, heightMm: 210 });
    expect(outputSizeMm({ ...landscape, rotate: 90 })).toEqual({ widthMm: 210, heightMm: 297 });
    expect(outputSizeMm({ ...landscape, rotate: 180 })).toEqual({ widthMm: 297, heightMm: 210 });
    expect(outputSizeMm({ ...landscape, rotate: 270 })).toEqual({ widthMm: 210, heightMm: 297 });
  });

  it('sends only the files still used, with the pages renumbered to them, in output order', () => {
    const files = ['a.tif', 'b.jpg', 'c.png'];
    const three = mergeInspection(
      [],
      inspectionOf([{ name: 'a.tif', pages: 2 }, { name: 'b.jpg' }, { name: 'c.png' }]),
      0,
    );
    let pages = removePage(three, '1:0');
    pages = movePage(pages, '2:0', -1);
    pages = rotatePage(pages, '2:0', 'right');
    pages = setPageMode(pages, '0:0', 'colour');
    expect(outputRequest(files, pages)).toEqual({
      files: ['a.tif', 'c.png'],
      pages: [
        { file: 0, page: 0, rotate: 0, mode: 'colour' },
        { file: 1, page: 0, rotate: 90, mode: 'blackWhite' },
        { file: 0, page: 1, rotate: 0, mode: 'blackWhite' },
      ],
    });
  });

  it('refuses to build from a page whose file is not loaded', () => {
    expect(() => outputRequest(['a.tif'], first)).toThrow(/file 1/);
  });
});
