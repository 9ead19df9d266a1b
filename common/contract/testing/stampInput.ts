import type { StampInput } from '../types';

/** A well-formed `pdf.intakeStamp` argument, for tests that call the contract. */
export const sampleStampInput: StampInput = {
  organizationName: 'Obec Horní Lhota',
  pid: 'OUHL0000001',
  referenceNumber: 'OUHL 1/2026',
  receivedAt: '2026-03-02T09:15:00.000Z',
  sheets: 2,
  attachmentsCount: 0,
  attachmentsKind: 'paper',
  attachmentsDescription: null,
  handler: null,
  fileMark: null,
};
