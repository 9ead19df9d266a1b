import { describe, expect, it } from 'vitest';
import { tabAfterKey } from './tabKeys';

const tabs = ['holdings', 'transfer', 'disposal'] as const;

describe('tabAfterKey', () => {
  it('moves to the neighbour with the arrows, wrapping at both ends', () => {
    expect(tabAfterKey(tabs, 'holdings', 'ArrowRight')).toBe('transfer');
    expect(tabAfterKey(tabs, 'disposal', 'ArrowRight')).toBe('holdings');
    expect(tabAfterKey(tabs, 'transfer', 'ArrowLeft')).toBe('holdings');
    expect(tabAfterKey(tabs, 'holdings', 'ArrowLeft')).toBe('disposal');
  });

  it('goes to the first and the last tab with Home and End', () => {
    expect(tabAfterKey(tabs, 'transfer', 'Home')).toBe('holdings');
    expect(tabAfterKey(tabs, 'transfer', 'End')).toBe('disposal');
  });

  it('leaves every other key alone', () => {
    for (const key of ['Enter', ' ', 'Tab', 'ArrowDown', 'a']) {
      expect(tabAfterKey(tabs, 'transfer', key)).toBeNull();
    }
    expect(tabAfterKey([], 'transfer', 'ArrowRight')).toBeNull();
  });

  it('with two tabs, both arrows switch to the other one', () => {
    expect(tabAfterKey(['received', 'sent'], 'received', 'ArrowLeft')).toBe('sent');
    expect(tabAfterKey(['received', 'sent'], 'received', 'ArrowRight')).toBe('sent');
  });
});
