import type { ConversionRecord } from '../../../../../common/domain/conversion';
import type { ConversionRow } from '../conversionRows';

/** A conversion record as the commands leave it, for tests of the screen's pure parts. */
export function sampleConversion(overrides: Partial<ConversionRecord> = {}): ConversionRecord {
  return {
    id: 'c-1',
    pid: 'OUHL000001',
    direction: 'paperToElectronic',
    state: 'done',
    official: true,
    fee: { feeCzk: null, exemption: 'konverze z moci úřední — osvobozeno od správního poplatku' },
    input: {
      description: 'Dopis Jana Nováka ze dne 2. 3. 2026',
      date: '2026-03-02',
      sheets: 2,
      componentId: null,
      messageId: null,
    },
    lostElement: { lost: false, description: null },
    colourReason: null,
    examination: null,
    confirmedInvalid: false,
    duplex: false,
    pages: 3,
    outputSheets: null,
    signatureBox: null,
    person: 'Marie Dvořáková',
    body: 'Obec Horní Lhota',
    requestId: 'r-1',
    number: '000012-2026-abc1234',
    registeredAt: '2026-03-03T09:00:06.000Z',
    attempts: 1,
    lastError: null,
    refusal: null,
    createdAt: '2026-03-03T09:00:05.000Z',
    createdBy: 'Marie Dvořáková',
    convertedAt: '2026-03-03T09:00:05.000Z',
    outputComponentId: 'comp-1',
    doneAt: '2026-03-03T10:00:00.000Z',
    printedAt: null,
    cancelledAt: null,
    cancelReason: null,
    ...overrides,
  };
}

export function sampleRow(
  overrides: Partial<ConversionRecord> = {},
  referenceNumber: string | null = 'OUHL 12/2026',
): ConversionRow {
  return { conversion: sampleConversion(overrides), referenceNumber };
}
