/**
 * How dates read in a letter: "3. 2. 2026" — the numeric form ČSN 01 6910 gives, with
 * a space after each dot. Input is an ISO date (YYYY-MM-DD); anything else is returned
 * unchanged rather than guessed at.
 */
export function formatLetterDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate.trim());
  if (!match) return isoDate;
  return `${Number(match[3])}. ${Number(match[2])}. ${match[1]}`;
}

/** "Přílohy" for several, "Příloha" for one. */
export function attachmentsHeading(count: number): string {
  return count === 1 ? 'Příloha:' : 'Přílohy:';
}
