/**
 * What the clerk should know about the pages before the output is built: what will be
 * converted on the way (CMYK, transparency, 16 bits), where the page size is guessed,
 * and where the chosen mode has no effect. Read from the inspection of the pages still
 * in the output; the build's own notices follow when it is done.
 */
import type { ScanInspection } from '../../../../common/contract/conversion';
import type { ScanPage } from './pageList';

export const SCAN_NOTICE_KINDS = ['cmyk', 'alpha', 'deep', 'noDpi', 'pdfMode'] as const;
export type ScanNoticeKind = (typeof SCAN_NOTICE_KINDS)[number];

export interface ScanNotice {
  kind: ScanNoticeKind;
  file: string;
  /** 1-based pages of the file it concerns; empty for a file of one page. */
  pages: number[];
}

function kindsOf(page: ScanPage): ScanNoticeKind[] {
  const { info } = page;
  if (info.format === 'pdf') return page.mode === 'colour' ? [] : ['pdfMode'];
  const kinds: ScanNoticeKind[] = [];
  if (info.colour === 'cmyk') kinds.push('cmyk');
  if (info.hasAlpha) kinds.push('alpha');
  if (info.bitsPerSample > 8) kinds.push('deep');
  if (info.dpi === null) kinds.push('noDpi');
  return kinds;
}

/** One notice per file and kind, in the order of the files, with the pages it concerns. */
export function scanNotices(
  inspection: ScanInspection | null,
  pages: readonly ScanPage[],
): ScanNotice[] {
  if (!inspection) return [];
  const found = new Map<string, { file: number; kind: ScanNoticeKind; pages: Set<number> }>();
  for (const page of pages) {
    for (const kind of kindsOf(page)) {
      const key = `${page.info.file}:${kind}`;
      const entry = found.get(key) ?? { file: page.info.file, kind, pages: new Set<number>() };
      entry.pages.add(page.info.page + 1);
      found.set(key, entry);
    }
  }
  return [...found.values()]
    .sort(
      (a, b) =>
        a.file - b.file || SCAN_NOTICE_KINDS.indexOf(a.kind) - SCAN_NOTICE_KINDS.indexOf(b.kind),
    )
    .map(({ file, kind, pages: numbers }) => {
      const source = inspection.files[file];
      return {
        kind,
        file: source?.name ?? '',
        pages: (source?.pages ?? 0) > 1 ? [...numbers].sort((a, b) => a - b) : [],
      };
    });
}

export { pageRuns as pageRanges } from '../../../../common/domain/pageRuns';
