import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { minimalPdf } from '../../../common/domain/testing/sampleFiles';
import type { UradovnaDatabase } from '../../db/schema';
import { refusal } from '../../db/testing/commandTest';
import { configureOffice, openTestDatabase } from '../../db/testing/fixtures';
import { verifyTxLog } from '../../db/txlog/verify';
import { planStep } from '../../sync/push/plan';
import { documentWithPdf, expectCzechRefusal } from '../testing/conversionFixtures';
import { formatChangedName, recordFormatChange } from './formatChange';

const now = new Date('2026-03-03T09:00:05.000Z');
let db: UradovnaDatabase;

beforeEach(async () => {
  db = openTestDatabase();
  await configureOffice(db);
});
afterEach(async () => {
  await db.delete();
});

const changed = () => ({
  pdf: minimalPdf(),
  pages: 2,
  originalFormat: 'PDF 1.7 (application/pdf)',
  changes: [],
});

describe('recordFormatChange', () => {
  it('adds the PDF/A as a new component naming its original, which stays, and logs KonverzeFormatu', async () => {
    const { pid, componentId } = await documentWithPdf(db, now);
    const id = await recordFormatChange(db, { componentId, changed: changed() }, { now });
    const components = await db.components.where('pid').equals(pid).toArray();
    expect(components.map((component) => component.id).sort()).toEqual([componentId, id].sort());
    expect(await db.components.get(id)).toMatchObject({
      role: 'formatChanged',
      derivedFrom: componentId,
      name: 'zadost-PDFA.pdf',
      mime: 'application/pdf',
    });
    expect((await db.documents.get(pid))?.componentCount).toBe(2);
    const log = await db.txlog.where('entityId').equals(componentId).toArray();
    expect(log.at(-1)).toMatchObject({ event: 'KonverzeFormatu', detail: { output: id } });
    expect((await verifyTxLog(db)).ok).toBe(true);

    const entry = (await db.outbox.where('entityId').equals(id).toArray())[0];
    const step = await planStep(db, entry!);
    if (step.op !== 'events') throw new Error(`unexpected ${step.op}`);
    expect(step.events[0]).toMatchObject({
      type: 'SouborZalozeni',
      extension: {
        formatChange: {
          originalFormat: 'PDF 1.7 (application/pdf)',
          originalFileId: { value: componentId },
          person: 'Marie Dvořáková',
        },
      },
    });
  });

  it('converts a component once, and never an output of a format change', async () => {
    const { componentId } = await documentWithPdf(db, now);
    const id = await recordFormatChange(db, { componentId, changed: changed() }, { now });
    expectCzechRefusal(
      await refusal(recordFormatChange(db, { componentId, changed: changed() }, { now })),
      'errors.conversionRecord.alreadyChanged',
    );
    expectCzechRefusal(
      await refusal(recordFormatChange(db, { componentId: id, changed: changed() }, { now })),
      'errors.conversionRecord.alreadyOutput',
    );
  });

  it('refuses a component that is gone', async () => {
    expectCzechRefusal(
      await refusal(recordFormatChange(db, { componentId: 'nope', changed: changed() }, { now })),
      'errors.conversionRecord.componentGone',
    );
  });

  it('names the output after the original', () => {
    expect(formatChangedName('Žádost.docx')).toBe('Žádost-PDFA.pdf');
    expect(formatChangedName('.docx')).toBe('dokument-PDFA.pdf');
  });
});
