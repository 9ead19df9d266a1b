/**
 * The pages of a paper → electronic conversion as the clerk arranges them: their order,
 * turn and mode. Pure, so the page tools' rules are tested without a browser.
 */
import type {
  Rotation,
  ScanInspection,
  ScanMode,
  ScanPageChoice,
  ScanPageInfo,
} from '../../../../common/contract/conversion';

/**
 * The law converts in black and white unless colour carries information (then colour,
 * with the reason stated), so a new page starts in black and white.
 */
export const DEFAULT_SCAN_MODE: ScanMode = 'blackWhite';

export interface ScanPage {
  /** `file:page` — each page of the input appears at most once. */
  key: string;
  info: ScanPageInfo;
  /** Clockwise, as the output page is turned. */
  rotate: Rotation;
  mode: ScanMode;
}

export function pageKey(file: number, page: number): string {
  return `${file}:${page}`;
}

function newPage(info: ScanPageInfo): ScanPage {
  return { key: pageKey(info.file, info.page), info, rotate: 0, mode: DEFAULT_SCAN_MODE };
}

/**
 * The page list after a new inspection of all files: pages of files seen before keep
 * their place, turn and mode (a page removed stays removed); pages of the files added
 * (index ≥ `knownFiles`) come at the end in their own order.
 */
export function mergeInspection(
  current: readonly ScanPage[],
  inspection: ScanInspection,
  knownFiles: number,
): ScanPage[] {
  const infos = new Map(inspection.pages.map((info) => [pageKey(info.file, info.page), info]));
  const kept = current.flatMap((page) => {
    const info = infos.get(page.key);
    return info ? [{ ...page, info }] : [];
  });
  const added = inspection.pages.filter((info) => info.file >= knownFiles).map(newPage);
  return [...kept, ...added];
}

/** Moves a page one place earlier (-1) or later (+1); at either end nothing changes. */
export function movePage(pages: readonly ScanPage[], key: string, delta: -1 | 1): ScanPage[] {
  const from = pages.findIndex((page) => page.key === key);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= pages.length) return [...pages];
  const next = [...pages];
  const [moved] = next.splice(from, 1);
  if (moved) next.splice(to, 0, moved);
  return next;
}

export type TurnDirection = 'left' | 'right';

/** A quarter turn: right is clockwise. */
export function turned(rotate: Rotation, direction: TurnDirection): Rotation {
  const step = direction === 'right' ? 90 : 270;
  return ((rotate + step) % 360) as Rotation;
}

function update(
  pages: readonly ScanPage[],
  key: string,
  change: (page: ScanPage) => ScanPage,
): ScanPage[] {
  return pages.map((page) => (page.key === key ? change(page) : page));
}

export function rotatePage(
  pages: readonly ScanPage[],
  key: string,
  direction: TurnDirection,
): ScanPage[] {
  return update(pages, key, (page) => ({ ...page, rotate: turned(page.rotate, direction) }));
}

export function removePage(pages: readonly ScanPage[], key: string): ScanPage[] {
  return pages.filter((page) => page.key !== key);
}

export function setPageMode(pages: readonly ScanPage[], key: string, mode: ScanMode): ScanPage[] {
  return update(pages, key, (page) => ({ ...page, mode }));
}

export function setAllModes(pages: readonly ScanPage[], mode: ScanMode): ScanPage[] {
  return pages.map((page) => ({ ...page, mode }));
}

/** The mode every page has, or null when they differ (or there are none). */
export function commonMode(pages: readonly ScanPage[]): ScanMode | null {
  const first = pages[0]?.mode ?? null;
  return pages.every((page) => page.mode === first) ? first : null;
}

/** A page in colour needs the reason why colour carries information. */
export function needsColourReason(pages: readonly ScanPage[]): boolean {
  return pages.some((page) => page.mode === 'colour');
}

/** The output page's size: a quarter turn swaps its sides. */
export function outputSizeMm(page: ScanPage): { widthMm: number; heightMm: number } {
  const { widthMm, heightMm } = page.info;
  return page.rotate % 180 === 0 ? { widthMm, heightMm } : { widthMm: heightMm, heightMm: widthMm };
}

/**
 * What `conversion.buildScanPdf` gets: only the files that still have a page in the
 * output (a file whose pages were all removed is not sent), and the pages in output
 * order with the file indices of that shorter list.
 */
export function outputRequest<F>(
  files: readonly F[],
  pages: readonly ScanPage[],
): { files: F[]; pages: ScanPageChoice[] } {
  const used = [...new Set(pages.map((page) => page.info.file))].sort((a, b) => a - b);
  const index = new Map(used.map((file, position) => [file, position]));
  return {
    files: used.map((file) => {
      const found = files[file];
      if (found === undefined) throw new Error(`a page of file ${file}, which is not loaded`);
      return found;
    }),
    pages: pages.map((page) => ({
      file: index.get(page.info.file) ?? 0,
      page: page.info.page,
      rotate: page.rotate,
      mode: page.mode,
    })),
  };
}
