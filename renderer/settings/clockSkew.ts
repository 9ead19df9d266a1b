import type { TFunction } from 'i18next';

/** Beyond this the PC's clock is worth correcting (the eSSL's own margin for the pull cursor). */
export const CLOCK_SKEW_LIMIT_MINUTES = 5;

/**
 * How many whole minutes the PC's clock is off the eSSL's (its HTTP Date), when more
 * than the limit; null when it is close enough or the eSSL did not say its time.
 */
export function clockSkewMinutes(serverDate: string | null, now: Date): number | null {
  if (!serverDate) return null;
  const server = Date.parse(serverDate);
  if (Number.isNaN(server)) return null;
  const minutes = Math.round(Math.abs(now.getTime() - server) / 60_000);
  return minutes > CLOCK_SKEW_LIMIT_MINUTES ? minutes : null;
}

/** "7 min", "2 h", "3 dny": as precise as the clerk needs to find the fault. */
export function skewText(t: TFunction, minutes: number): string {
  if (minutes < 60) return t('settings.connection.skew.minutes', { count: minutes });
  const hours = Math.round(minutes / 60);
  if (hours < 48) return t('settings.connection.skew.hours', { count: hours });
  return t('settings.connection.skew.days', { count: Math.round(hours / 24) });
}
