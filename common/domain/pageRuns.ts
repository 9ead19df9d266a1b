/** "1–3, 7": page numbers as a reader counts them, consecutive runs joined. */
export function pageRuns(pages: readonly number[]): string {
  const sorted = [...new Set(pages)].sort((a, b) => a - b);
  const ranges: string[] = [];
  let index = 0;
  while (index < sorted.length) {
    const first = sorted[index] as number;
    let last = first;
    while (sorted[index + 1] === last + 1) {
      last += 1;
      index += 1;
    }
    index += 1;
    ranges.push(last > first ? `${first}–${last}` : `${first}`);
  }
  return ranges.join(', ');
}
