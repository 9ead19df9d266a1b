import type { ChainCheck } from '../db/txlog/verify';

export type ChainCheckText =
  | { key: 'settings.txlog.ok'; params: { count: number } }
  | {
      key: 'settings.txlog.broken';
      params: { seq: number; intact: number };
      reason:
        'settings.txlog.reason.hash' | 'settings.txlog.reason.link' | 'settings.txlog.reason.gap';
    };

/** What the clerk reads after checking the log: all is well, or where and why the chain breaks. */
export function chainCheckText(check: ChainCheck): ChainCheckText {
  if (check.ok) return { key: 'settings.txlog.ok', params: { count: check.entries } };
  // `entries` counts the broken entry too; the ones before it are intact.
  return {
    key: 'settings.txlog.broken',
    params: { seq: check.brokenAt, intact: check.entries - 1 },
    reason: `settings.txlog.reason.${check.reason}`,
  };
}
