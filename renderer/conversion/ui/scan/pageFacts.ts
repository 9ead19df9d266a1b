/** How a page's numbers read in the page tools (px, dpi, mm), in the UI's language. */
import type { TFunction } from 'i18next';
import { outputSizeMm, type ScanPage } from './pageList';

export function pageFacts(page: ScanPage, t: TFunction, locale: string): string[] {
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const dpi = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const { info } = page;
  const size = outputSizeMm(page);
  const facts = [
    t('conversionScan.pages.pixels', {
      width: whole.format(info.widthPx),
      height: whole.format(info.heightPx),
    }),
    info.format === 'pdf'
      ? t('conversionScan.pages.pdfPage')
      : info.dpi === null
        ? t('conversionScan.pages.noDpi')
        : t('conversionScan.pages.dpi', { dpi: dpi.format(info.dpi) }),
    t('conversionScan.pages.output', {
      width: whole.format(size.widthMm),
      height: whole.format(size.heightMm),
    }),
  ];
  if (page.rotate !== 0) facts.push(t('conversionScan.pages.rotated', { degrees: page.rotate }));
  return facts;
}

/** "sken.tif, str. 2" — where the page comes from; a file of one page is named alone. */
export function pageSource(page: ScanPage, fileName: string, filePages: number, t: TFunction) {
  return filePages > 1
    ? t('conversionScan.pages.source', { file: fileName, page: page.info.page + 1 })
    : t('conversionScan.pages.sourceSingle', { file: fileName });
}
