import { pageRuns } from '../../../../common/domain/pageRuns';

/** Notices said once per file and text, with the pages they concern ("strany 1–3, 7"). */
export class Notices {
  private readonly pages = new Map<string, { file: string; text: string; pages: Set<number> }>();

  /** `page` is 0-based; null for a file of one page (no page number is said). */
  add(file: string, page: number | null, text: string): void {
    const key = JSON.stringify([file, text]);
    const entry = this.pages.get(key) ?? { file, text, pages: new Set<number>() };
    if (page !== null) entry.pages.add(page);
    this.pages.set(key, entry);
  }

  list(): string[] {
    return [...this.pages.values()].map(({ file, text, pages }) => {
      const where = pages.size === 0 ? '' : `, ${pageRanges([...pages])}`;
      return `„${file}“${where}: ${text}.`;
    });
  }
}

/** 0-based pages as the clerk reads them: "strana 4", "strany 1–3, 7". */
export function pageRanges(pages: number[]): string {
  const numbers = [...new Set(pages)].map((page) => page + 1);
  return `${numbers.length === 1 ? 'strana' : 'strany'} ${pageRuns(numbers)}`;
}
