import { DAY_MS } from './clock';

/**
 * When a message delivered to a box (state 4) counts as delivered by fiction (state 5):
 * ten days after its delivery unless someone entitled logged in before (zákon
 * č. 300/2008 Sb., § 17 odst. 4). ISDS counts the moment by its own rules; the sim
 * takes ten times 24 hours, which is what the app's tests need to see it happen.
 */
export const FICTION_MS = 10 * DAY_MS;

export function fictionAt(deliveredAt: number): number {
  return deliveredAt + FICTION_MS;
}
