/** Orders marks as people read them: 2 before 10, 1.2 before 1.10. */
export function compareMarks(a: string, b: string): number {
  const left = a.split('.');
  const right = b.split('.');
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    const x = left[index];
    const y = right[index];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const byNumber = Number(x) - Number(y);
    const difference = Number.isNaN(byNumber) ? x.localeCompare(y) : byNumber;
    if (difference !== 0) return difference;
  }
  return 0;
}
