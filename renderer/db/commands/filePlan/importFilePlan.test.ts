import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findClassifiable, type ParsedPlan } from '../../../../common/domain/filePlan';
import { SAMPLE_PLAN_ID, incomingInput } from '../../../../common/domain/testing/sampleDocuments';
import type { UradovnaDatabase } from '../../schema';
import { refusal } from '../../testing/commandTest';
import { configureOffice, openTestDatabase, snapshot } from '../../testing/fixtures';
import { registerDocument } from '../registerDocument';
import { dayBefore, importFilePlan } from './importFilePlan';

const now = new Date('2026-03-05T09:00:00Z');
let db: UradovnaDatabase;

beforeEach(async () => {
  db = openTestDatabase();
  await configureOffice(db);
});
afterEach(async () => {
  await db.delete();
});

const rule = { mark: 'S' as const, period: 10, triggerEvent: 'uzavření spisu' };
function plan(validFrom: string, marks: string[]): ParsedPlan {
  return {
    version: {
      identifier: `SSP-${validFrom}`,
      identifierSource: 'OUHL',
      title: 'Spisový a skartační plán',
      comment: null,
      issuer: 'Obec Horní Lhota',
      validFrom,
      validTo: null,
      legacy: false,
      issuerDetails: null,
    },
    groups: [
      {
        simpleMark: '1',
        fileMark: '1',
        title: 'Správa',
        parentMark: null,
        validFrom,
        validTo: null,
        retention: null,
        caseFileMode: null,
      },
      ...marks.map((mark) => ({
        simpleMark: mark.split('.')[1]!,
        fileMark: mark,
        title: `Skupina ${mark}`,
        parentMark: '1',
        validFrom,
        validTo: null,
        retention: rule,
        caseFileMode: 'linking' as const,
      })),
    ],
  };
}

describe('importFilePlan', () => {
  it('adds a version and closes the groups of the previous one the day before, keeping them', async () => {
    const { pid } = await registerDocument(db, incomingInput({ fileMark: '1.2' }), [], { now });
    const result = await importFilePlan(db, plan('2026-04-01', ['1.1', '1.3']), now);
    expect(result).toMatchObject({ groups: 3, retired: 3 });
    const all = await db.planGroups.toArray();
    // Before the new version: the old groups still classify; from its first day, the new ones.
    expect(findClassifiable(all, '1.2', '2026-03-31')?.planId).toBe(SAMPLE_PLAN_ID);
    expect(findClassifiable(all, '1.2', '2026-04-01')).toBeUndefined();
    expect(findClassifiable(all, '1.1', '2026-04-01')?.retention?.period).toBe(10);
    expect(all.find((group) => group.fileMark === '1.2')?.validTo).toBe('2026-03-31');
    // The document classified before keeps its mark and rule.
    expect(await db.documents.get(pid)).toMatchObject({
      fileMark: '1.2',
      retention: { mark: 'S', period: 5 },
    });
    expect((await db.txlog.orderBy('seq').last())?.event).toBe('Zalozeni');
  });

  it('refuses a version that does not start after the current one, changing nothing', async () => {
    const before = await snapshot(db);
    const error = await refusal(importFilePlan(db, plan('2009-12-31', ['1.1']), now));
    expect(error.code).toBe('errors.filePlan.notNewer');
    expect(error.params).toEqual({ validFrom: '2009-12-31', current: '2010-01-01' });
    expect(await snapshot(db)).toEqual(before);
  });

  it('counts calendar days', () => {
    expect(dayBefore('2026-03-01')).toBe('2026-02-28');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
    expect(dayBefore('2026-01-01')).toBe('2025-12-31');
  });
});
