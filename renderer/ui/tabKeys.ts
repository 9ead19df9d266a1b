/**
 * The tab a key moves to in the ARIA tabs pattern: the arrows go to the neighbour and
 * wrap around, Home and End to the ends. Null for any other key (it is left alone).
 */
export function tabAfterKey<T>(tabs: readonly T[], current: T, key: string): T | null {
  if (tabs.length === 0) return null;
  const index = Math.max(0, tabs.indexOf(current));
  const at = (position: number) => tabs[(position + tabs.length) % tabs.length] ?? null;
  switch (key) {
    case 'ArrowRight':
      return at(index + 1);
    case 'ArrowLeft':
      return at(index - 1);
    case 'Home':
      return at(0);
    case 'End':
      return at(tabs.length - 1);
    default:
      return null;
  }
}
