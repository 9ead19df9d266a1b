const UNITS = ['B', 'kB', 'MB', 'GB'] as const;

/**
 * "512 B", "48 kB", "4,7 MB": sizes as an office user reads them, in the UI's language
 * (one decimal below ten units, none above).
 */
export function formatFileSize(bytes: number, locale: string): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
  return `${number} ${UNITS[unit]}`;
}
