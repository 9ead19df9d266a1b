import { describe, expect, it } from 'vitest';
import { chainCheckText } from './chainCheckText';

describe('chainCheckText', () => {
  it('reports an intact log with its size', () => {
    expect(chainCheckText({ ok: true, entries: 312 })).toEqual({
      key: 'settings.txlog.ok',
      params: { count: 312 },
    });
  });

  it.each(['hash', 'link', 'gap'] as const)('names the broken entry and why (%s)', (reason) => {
    expect(chainCheckText({ ok: false, entries: 5, brokenAt: 5, reason })).toEqual({
      key: 'settings.txlog.broken',
      params: { seq: 5, intact: 4 },
      reason: `settings.txlog.reason.${reason}`,
    });
  });
});
