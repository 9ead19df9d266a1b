/** "512 B", "48 kB", "4,7 MB" — sizes as an office user reads them, in the UI's language. */
export function formatSize(bytes: number, locale: string): string {
  const number = (value: number, digits: number) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
  if (bytes < 1024) return `${number(bytes, 0)} B`;
  if (bytes < 1024 * 1024) return `${number(Math.round(bytes / 1024), 0)} kB`;
  return `${number(bytes / 1024 / 1024, 1)} MB`;
}
