import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { incomingInput } from '../../../../common/domain/testing/sampleDocuments';
import { minimalPdf } from '../../../../common/domain/testing/sampleFiles';
import type { UradovnaDatabase } from '../../schema';
import { refusal } from '../../testing/commandTest';
import { configureOffice, openTestDatabase, testUser } from '../../testing/fixtures';
import { closeCaseFile } from '../caseFiles/closeCaseFile';
import { createCaseFile } from '../caseFiles/createCaseFile';
import { settleDocument } from '../caseFiles/settleDocument';
import { registerDocument } from '../registerDocument';
import { handOver, takeOver } from './custody';
import { createDisposalProposal } from './disposalProposal';
import { exportSip } from './exportSip';

const then = new Date('2018-06-01T09:00:00Z');
const now = new Date('2026-03-05T09:00:00Z');
let db: UradovnaDatabase;

beforeEach(async () => {
  db = openTestDatabase();
  await configureOffice(db);
});
afterEach(async () => {
  await db.delete();
});

describe('exportSip', () => {
  it('packs the proposal into one ZIP and logs an Export for the proposal and each record', async () => {
    const doc = await registerDocument(
      db,
      incomingInput({ fileMark: '1.2', receivedAt: '2018-06-01T08:00:00Z' }),
      [{ name: 'dopis.pdf', bytes: minimalPdf() }],
      { now: then },
    );
    const { id } = await createCaseFile(
      db,
      { title: 'Poplatek', fileMark: '1.2', handler: testUser, initiatorPid: doc.pid },
      then,
    );
    await settleDocument(db, doc.pid, { date: '2018-06-01', method: 'noted' }, then);
    await closeCaseFile(db, id, {}, then);
    await handOver(db, { type: 'caseFile', id }, then);
    await takeOver(db, { type: 'caseFile', id }, {}, then);
    const proposal = await createDisposalProposal(db, 2026, now);

    const sip = await exportSip(db, proposal.id, now);
    expect(sip).toMatchObject({
      entities: 1,
      files: 1,
      fileName: 'SIP-OUHL-skartacni-navrh-2026-2026-03-05.zip',
    });
    const names = Object.keys(unzipSync(new Uint8Array(await sip.blob.arrayBuffer())));
    expect(names.some((name) => name.endsWith('/mets.xml'))).toBe(true);
    expect(names.some((name) => name.includes('/komponenty/'))).toBe(true);
    const exports = await db.txlog
      .where('entityId')
      .anyOf([proposal.id, id])
      .filter((entry) => entry.event === 'Export')
      .toArray();
    expect(exports.map((entry) => entry.entityType).sort()).toEqual([
      'caseFile',
      'disposalProposal',
    ]);
  });

  it('refuses an unknown proposal', async () => {
    expect((await refusal(exportSip(db, 'none', now))).code).toBe(
      'errors.disposal.proposalNotFound',
    );
  });
});
