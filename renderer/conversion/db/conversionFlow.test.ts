import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { conversionBlobId } from '../../../common/domain/conversion';
import { minimalPdf } from '../../../common/domain/testing/sampleFiles';
import { cancelDocument } from '../../db/commands/cancelDocument';
import type { UradovnaDatabase } from '../../db/schema';
import { refusal } from '../../db/testing/commandTest';
import { configureOffice, openTestDatabase, snapshot } from '../../db/testing/fixtures';
import { verifyTxLog } from '../../db/txlog/verify';
import { planStep } from '../../sync/push/plan';
import { pushOutbox } from '../../sync/push/pushOutbox';
import { blobBytes } from '../../signing/commands/signedBytes';
import { runRegisterQueue } from '../sync/registerQueue';
import {
  appended,
  czechOf,
  documentWithPdf,
  expectCzechRefusal,
  fakeRegister,
  scanFields,
  validExamination,
  type FakeRegister,
} from '../testing/conversionFixtures';
import { cancelConversion, recordPrinted, recordSignedConversion } from './completeConversion';
import { prepareElectronicToPaper, preparePaperToElectronic } from './prepareConversion';
import { askRegisterAgain } from './registerAnswer';

const now = new Date('2026-03-03T09:00:05.000Z');
let db: UradovnaDatabase;
let register: FakeRegister;

beforeEach(async () => {
  db = openTestDatabase();
  await configureOffice(db);
  register = fakeRegister();
});

afterEach(async () => {
  await db.delete();
});

async function preparedScan(overrides = {}) {
  const { pid } = await documentWithPdf(db, now);
  const id = await preparePaperToElectronic(
    db,
    { pid, pdf: minimalPdf(), pages: 1, fields: scanFields(overrides) },
    { now },
  );
  return { pid, id };
}

const registerEntries = () => db.outbox.where('kind').equals('conversion.requestNumber').toArray();

describe('paper → electronic', () => {
  it('prepares the conversion completely and queues the request for a number, with no clause', async () => {
    const { id, pid } = await preparedScan();
    const conversion = await db.conversions.get(id);
    expect(conversion).toMatchObject({
      pid,
      direction: 'paperToElectronic',
      state: 'waitingForNumber',
      number: null,
      official: true,
      person: 'Marie Dvořáková',
      body: 'Obec Horní Lhota',
      input: { description: 'Dopis Jana Nováka ze dne 2. 3. 2026', sheets: 2 },
    });
    expect(conversion?.fee.exemption).toMatch(/moci úřední/);
    expect(await db.conversionBlobs.get(conversionBlobId(id, 'prepared'))).toBeDefined();
    expect(await db.conversionBlobs.get(conversionBlobId(id, 'withClause'))).toBeUndefined();
    expect(await registerEntries()).toHaveLength(1);
    const log = await db.txlog.orderBy('seq').last();
    expect(log).toMatchObject({
      event: 'KonverzeZMociUredni',
      entityType: 'conversion',
      entityId: id,
    });
    expect((await verifyTxLog(db)).ok).toBe(true);
  });

  it('waits while the register is down: nothing numbered, nothing with a clause, the reason kept', async () => {
    const { id } = await preparedScan();
    register.mode = 'down';
    const report = await runRegisterQueue(db, register);
    expect(report).toMatchObject({ numbered: 0, waiting: 1, clauses: 0 });
    const conversion = await db.conversions.get(id);
    expect(conversion).toMatchObject({ state: 'waitingForNumber', number: null, attempts: 1 });
    expect(conversion?.lastError).toMatch(/není dostupná/);
    expect(await db.conversionBlobs.get(conversionBlobId(id, 'withClause'))).toBeUndefined();
    expect(await registerEntries()).toHaveLength(1);

    register.mode = 'up';
    const later = await runRegisterQueue(db, register);
    expect(later).toMatchObject({ numbered: 1, clauses: 1, waiting: 0 });
    const numbered = await db.conversions.get(id);
    expect(numbered).toMatchObject({ state: 'awaitingSignature', number: '000001-2026-abc1234' });
    // The same request both times: a lost answer cannot give a second number.
    expect(new Set(register.requests).size).toBe(1);
    const withClause = await db.conversionBlobs.get(conversionBlobId(id, 'withClause'));
    expect(new TextDecoder().decode(await blobBytes(withClause!.blob))).toContain(
      'doložka 000001-2026-abc1234',
    );
    expect(await registerEntries()).toHaveLength(0);
  });

  it('keeps the signed output as a component that goes to the eSSL with the register record', async () => {
    const { id, pid } = await preparedScan();
    await runRegisterQueue(db, register);
    const withClause = await blobBytes(
      (await db.conversionBlobs.get(conversionBlobId(id, 'withClause')))!.blob,
    );
    const componentId = await recordSignedConversion(db, id, appended(withClause), {
      now,
      signerName: 'Marie Dvořáková',
      level: 'B-T',
    });
    const component = await db.components.get(componentId);
    expect(component).toMatchObject({
      pid,
      role: 'conversionOutput',
      conversionId: id,
      name: 'konverze-000001-2026-abc1234.pdf',
    });
    expect(await db.conversions.get(id)).toMatchObject({
      state: 'done',
      outputComponentId: componentId,
    });
    const entry = (await db.outbox.where('kind').equals('component.add').toArray()).find(
      (e) => e.entityId === componentId,
    );
    const step = await planStep(db, entry!);
    expect(step.op).toBe('events');
    if (step.op !== 'events') return;
    expect(step.events[0]).toMatchObject({
      type: 'SouborZalozeni',
      extension: {
        conversion: {
          number: '000001-2026-abc1234',
          direction: 'paperToElectronic',
          sheets: 2,
          person: 'Marie Dvořáková',
          feeCzk: null,
        },
      },
    });
    expect((await verifyTxLog(db)).ok).toBe(true);
  });

  it('refuses a signed file that is not this output with its clause', async () => {
    const { id } = await preparedScan();
    await runRegisterQueue(db, register);
    const error = await refusal(
      recordSignedConversion(db, id, appended(minimalPdf().slice(0, 20))),
    );
    expectCzechRefusal(error, 'errors.conversionRecord.notThisOutput');
  });

  it('a refusal by the register waits for the clerk; asking again is a new request', async () => {
    const { id } = await preparedScan();
    register.mode = 'refuse';
    const report = await runRegisterQueue(db, register);
    expect(report.refused).toBe(1);
    const refused = await db.conversions.get(id);
    expect(refused?.state).toBe('refused');
    expect(refused?.refusal?.message).toMatch(/neznámý subjekt/);
    expect(await registerEntries()).toHaveLength(0);

    await askRegisterAgain(db, id, { now });
    const again = await db.conversions.get(id);
    expect(again?.state).toBe('waitingForNumber');
    expect(again?.requestId).not.toBe(refused?.requestId);
    register.mode = 'up';
    await runRegisterQueue(db, register);
    expect((await db.conversions.get(id))?.state).toBe('awaitingSignature');
  });

  it('refuses bad input with Czech messages and writes nothing', async () => {
    const { pid } = await documentWithPdf(db, now);
    const before = await snapshot(db);
    const cases: Array<[Partial<Parameters<typeof scanFields>[0]>, string]> = [
      [{ description: '  ' }, 'conversion.validation.descriptionRequired'],
      [{ sheets: 0 }, 'conversion.validation.sheets'],
      [{ inputDate: '2099-01-01' }, 'conversion.validation.inputDateFuture'],
      [{ official: false }, 'conversion.validation.feeOrExemption'],
      [{ official: false, feeCzk: -5 }, 'conversion.validation.fee'],
      [
        { lostElement: { lost: true, description: '' } },
        'conversion.validation.lostElementDescription',
      ],
      [{ needsColourReason: true }, 'conversion.validation.colourReason'],
    ];
    for (const [overrides, key] of cases) {
      const error = await refusal(
        preparePaperToElectronic(
          db,
          { pid, pdf: minimalPdf(), pages: 1, fields: scanFields(overrides) },
          { now },
        ),
      );
      expect(error.issues.map((issue) => issue.message)).toContain(key);
      expect(czechOf(key), key).toMatch(/\S/);
    }
    const notPdf = await refusal(
      preparePaperToElectronic(
        db,
        { pid, pdf: new Uint8Array([1, 2, 3, 4, 5, 6]), pages: 1, fields: scanFields() },
        { now },
      ),
    );
    expect(notPdf.code).toBe('errors.letterSigning.notPdf');
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a cancelled document', async () => {
    const { pid } = await documentWithPdf(db, now);
    await cancelDocument(db, pid, 'omyl', now);
    const error = await refusal(
      preparePaperToElectronic(
        db,
        { pid, pdf: minimalPdf(), pages: 1, fields: scanFields() },
        { now },
      ),
    );
    expect(error.code).toBe('errors.letterSigning.documentCancelled');
  });

  it('the eSSL push leaves the request for a number to the register queue', async () => {
    await preparedScan();
    const calls: string[] = [];
    const port = new Proxy(
      {},
      {
        get: (_target, name) => async () => {
          calls.push(String(name));
          throw new Error('offline');
        },
      },
    );
    await pushOutbox(db, port as never).catch(() => undefined);
    expect(calls).not.toContain('conversion.requestNumber');
    expect(await registerEntries()).toHaveLength(1);
  });
});

describe('electronic → paper', () => {
  it('needs the clerk to confirm an input whose signature did not verify', async () => {
    const { pid, componentId } = await documentWithPdf(db, now);
    const invalid = { ...validExamination, valid: false, problems: ['signatureCheck.modified'] };
    const draft = {
      pid,
      componentId,
      messageId: null,
      pages: 3,
      duplex: false,
      examination: invalid,
      confirmedInvalid: false,
      fields: scanFields({ lostElement: null, sheets: 3 }),
    };
    expectCzechRefusal(
      await refusal(prepareElectronicToPaper(db, draft, { now })),
      'errors.conversionRecord.confirmInvalid',
    );
    const id = await prepareElectronicToPaper(db, { ...draft, confirmedInvalid: true }, { now });
    expect(await db.conversions.get(id)).toMatchObject({
      confirmedInvalid: true,
      state: 'waitingForNumber',
    });
  });

  it('is ready to print with its clause once numbered; the first print keeps what was printed', async () => {
    const { pid, componentId } = await documentWithPdf(db, now);
    const id = await prepareElectronicToPaper(
      db,
      {
        pid,
        componentId,
        messageId: null,
        pages: 3,
        duplex: true,
        examination: validExamination,
        confirmedInvalid: false,
        fields: scanFields({ lostElement: null, sheets: 3 }),
      },
      { now },
    );
    await expect(recordPrinted(db, id)).rejects.toMatchObject({
      code: 'errors.conversionRecord.notPrintable',
    });
    await runRegisterQueue(db, register);
    expect(await db.conversions.get(id)).toMatchObject({
      state: 'readyToPrint',
      outputSheets: 2,
      pages: 4,
    });
    await recordPrinted(db, id, { now });
    const done = await db.conversions.get(id);
    expect(done?.state).toBe('done');
    const print = await db.components.get(done!.outputComponentId!);
    expect(print).toMatchObject({ role: 'conversionPrint', conversionId: id });
    await recordPrinted(db, id, { now });
    const logs = await db.txlog.where('entityId').equals(id).toArray();
    expect(logs.map((entry) => entry.detail?.action)).toEqual([
      'prepared',
      'numbered',
      'clause',
      'printed',
      'reprinted',
    ]);
  });
});

describe('cancelling', () => {
  it('needs a reason, and a number given after cancelling is still kept', async () => {
    const { id } = await preparedScan();
    const error = await refusal(cancelConversion(db, id, ' '));
    expect(error.issues[0]?.message).toBe('conversion.validation.cancelReason');
    await cancelConversion(db, id, 'Skeny byly nečitelné', { now });
    expect(await registerEntries()).toHaveLength(0);
    const { recordRegisterNumber } = await import('./registerAnswer');
    await recordRegisterNumber(db, id, {
      number: '000009-2026-abc1234',
      registeredAt: now.toISOString(),
    });
    expect(await db.conversions.get(id)).toMatchObject({
      state: 'cancelled',
      number: '000009-2026-abc1234',
    });
    expectCzechRefusal(
      await refusal(cancelConversion(db, id, 'znovu')),
      'errors.conversionRecord.notCancellable',
    );
  });
});
