import type { DataMessageRecord } from '../../../common/domain/databox';
import { sampleEnvelope } from '../testing/sampleMessages';

/** A stored message for the view tests: a received, read, unremarkable one unless overridden. */
export function testRecord(overrides: Partial<DataMessageRecord> = {}): DataMessageRecord {
  return {
    id: 'received:1000001',
    dmID: '1000001',
    direction: 'received',
    boxKey: 'obec',
    envelope: sampleEnvelope(),
    files: [],
    state: 4,
    deliveryTime: '2026-03-02T09:00:00Z',
    acceptanceTime: null,
    fictionAt: '2026-03-12T09:00:00Z',
    unread: false,
    suspicious: [],
    seal: null,
    timestamp: null,
    zfoSha256: null,
    documentPid: null,
    markedDownloaded: true,
    events: [],
    hasDeliveryZfo: false,
    dispatch: null,
    createdAt: '2026-03-02T09:05:00.000Z',
    updatedAt: '2026-03-02T09:05:00.000Z',
    words: ['zadost', 'o', 'stavebni', 'povoleni', 'jan', 'novak'],
    ...overrides,
  };
}
