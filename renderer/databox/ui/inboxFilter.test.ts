import { describe, expect, it } from 'vitest';
import { sampleEnvelope } from '../testing/sampleMessages';
import { filterMessages, fold, searchWords, sortNewestFirst } from './inboxFilter';
import { testRecord } from './testRecord';

describe('inbox search', () => {
  const messages = [
    testRecord({ id: 'a', dmID: '111', words: ['rozpocet', '2026', 'obec'] }),
    testRecord({
      id: 'b',
      dmID: '222',
      words: ['zadost', 'kacenka'],
      envelope: sampleEnvelope({ dbIDSender: 'qrs4567' }),
    }),
  ];

  it('folds case and diacritics', () => {
    expect(fold('ŘÍZENÍ Žádost')).toBe('rizeni zadost');
    expect(searchWords('  Rozpočet, 2026 ')).toEqual(['rozpocet', '2026']);
  });

  it('finds messages whose words begin with every typed word', () => {
    expect(filterMessages(messages, 'rozp 2026').map((message) => message.id)).toEqual(['a']);
    expect(filterMessages(messages, 'Kačenka').map((message) => message.id)).toEqual(['b']);
    expect(filterMessages(messages, 'rozp kacenka')).toEqual([]);
  });

  it('finds a message by its ID or by the sender’s box', () => {
    expect(filterMessages(messages, '22').map((message) => message.id)).toEqual(['b']);
    expect(filterMessages(messages, 'qrs45').map((message) => message.id)).toEqual(['b']);
  });

  it('shows everything when nothing is typed', () => {
    expect(filterMessages(messages, '  ')).toHaveLength(2);
  });
});

describe('sortNewestFirst', () => {
  it('compares instants, not the text of times written with different offsets', () => {
    const sorted = sortNewestFirst([
      testRecord({ id: 'utc', deliveryTime: '2026-03-02T09:30:00Z' }),
      // 10:00+01:00 is 09:00Z: older, though its text sorts later.
      testRecord({ id: 'offset', deliveryTime: '2026-03-02T10:00:00+01:00' }),
      // Queued on this PC, not delivered anywhere yet: its creation time counts.
      testRecord({ id: 'queued', deliveryTime: null, createdAt: '2026-03-03T08:00:00.000Z' }),
    ]);
    expect(sorted.map((message) => message.id)).toEqual(['queued', 'utc', 'offset']);
  });
});
