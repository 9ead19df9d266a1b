import { describe, expect, it } from 'vitest';
import { stampInputSchema } from '../../common/contract/types';
import type { DocumentRecord } from '../../common/domain/document';
import { stampInputOf } from './stampInput';

const record = {
  pid: 'OUHL0A1B2C3D4E5',
  direction: 'incoming',
  referenceNumber: 'OUHL 124/2026',
  registeredAt: '2026-03-05T09:10:00.000Z',
  documentDate: '2026-03-05T08:30:15.000Z',
  sheets: 3,
  attachments: { count: 1, kind: 'nonpaper', description: 'CD' },
  handler: 'Jana Dvořáková',
  fileMark: '1.7',
} as DocumentRecord;

describe('stampInputOf', () => {
  it('stamps an incoming letter with its receipt and passes the contract schema', () => {
    const input = stampInputOf(record, 'Obec Horní Lhota');
    expect(input).toEqual({
      organizationName: 'Obec Horní Lhota',
      pid: 'OUHL0A1B2C3D4E5',
      referenceNumber: 'OUHL 124/2026',
      receivedAt: '2026-03-05T08:30:15.000Z',
      sheets: 3,
      attachmentsCount: 1,
      attachmentsKind: 'nonpaper',
      attachmentsDescription: 'CD',
      handler: 'Jana Dvořáková',
      fileMark: '1.7',
    });
    expect(stampInputSchema.strict().safeParse(input).success).toBe(true);
  });

  it('flags a provisional number for the stamp, and only that one', () => {
    const provisional = stampInputOf(
      { ...record, referenceNumber: 'PROZATÍMNÍ 3/2026', numberStatus: 'provisional' },
      'Obec',
    );
    expect(provisional).toMatchObject({ referenceNumber: 'PROZATÍMNÍ 3/2026', provisional: true });
    expect(stampInputSchema.strict().safeParse(provisional).success).toBe(true);
    for (const numberStatus of ['local', 'reserved', 'confirmed', 'corrected'] as const)
      expect(stampInputOf({ ...record, numberStatus }, 'Obec')).not.toHaveProperty('provisional');
  });

  it('stamps an own document with the moment it was registered', () => {
    expect(stampInputOf({ ...record, direction: 'own' }, 'Obec').receivedAt).toBe(
      '2026-03-05T09:10:00.000Z',
    );
  });
});
