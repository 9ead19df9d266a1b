import Dexie from 'dexie';
import type { CaseFileRecord } from '../../common/domain/caseFile';
import type { DocumentRecord } from '../../common/domain/document';
import { makePid } from '../../common/domain/pid';
import { disposalYear } from '../../common/domain/retention';
import { indexWords } from '../../common/domain/search';
import { officeYear } from '../../common/domain/time';
import { importSeed } from '../../renderer/db/commands/importSeed';
import {
  createDisposalProposal,
  dueForDisposal,
} from '../../renderer/db/commands/recordsOffice/disposalProposal';
import { buildSipPackage } from '../../renderer/recordsOffice/sip/buildSipPackage';
import { DATABASE_NAME, UradovnaDatabase } from '../../renderer/db/schema';
import { generateDemoSeed } from '../../sim/seed';

/**
 * Life-cycle figures (issue 3), measured in Chromium's IndexedDB on the journal the
 * benchmark seeded: the records office, the disposal proposal, one big case file, and
 * the SIP export. Each returns plain numbers; bench/run.ts prints them.
 */

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const round = (value: number) => Math.round(value * 10) / 10;

/** A cheap deterministic spread, so every run sees the same records office. */
const spread = (index: number, modulo: number) => ((index * 2654435761) >>> 0) % modulo;

export const BIG_CASE_FILE_ID = 'BENCHSPIS0001';
const BIG_CASE_FILE_DOCUMENTS = 500;

/**
 * Turns the seeded journal into an office with a history: 40 % of the documents are
 * settled stand-alone records in the records office, due for disposal between 2016
 * and 2045 — and one open case file holds 500 documents.
 */
export async function prepareLifecycle(): Promise<Record<string, number>> {
  const db = new UradovnaDatabase(DATABASE_NAME);
  await db.open();
  const started = performance.now();
  let inOffice = 0;
  let index = 0;
  const bigMembers: string[] = [];
  await db.transaction('rw', [db.documents, db.caseFiles], async () => {
    await db.documents.toCollection().modify((doc: DocumentRecord) => {
      index += 1;
      if (index % 10 < 4 && doc.state !== 'cancelled') {
        const triggerYear = 2005 + spread(index, 35);
        doc.state = 'inRecordsOffice';
        doc.caseFileId = null;
        doc.caseFileOrder = null;
        doc.settlement = {
          date: `${doc.year}-12-31`,
          method: 'noted',
          content: null,
          reason: null,
          settlingPid: null,
          settledBy: doc.createdBy,
          recordedAt: doc.registeredAt,
        };
        doc.triggerYear = triggerYear;
        doc.disposalYear = disposalYear(triggerYear, doc.retention);
        doc.custody = {
          handedOverAt: doc.registeredAt,
          takenOverAt: doc.registeredAt,
          location: 'regál 1',
          loan: null,
          disposalProposalId: null,
        };
        inOffice += 1;
      } else if (bigMembers.length < BIG_CASE_FILE_DOCUMENTS && doc.state !== 'cancelled') {
        bigMembers.push(doc.pid);
        doc.caseFileId = BIG_CASE_FILE_ID;
        doc.caseFileOrder = bigMembers.length;
        doc.state = 'inProgress';
        doc.settlement = null;
      }
    });
    const first = await db.documents.get(bigMembers[0]!);
    const caseFile: CaseFileRecord = {
      id: BIG_CASE_FILE_ID,
      reference: 'SZ OUHL 1/2026',
      year: officeYear(new Date()),
      sequence: 1,
      title: 'Územní plán – projednání změny č. 3 (benchmark)',
      fileMark: first!.fileMark,
      planGroupId: `bench/${first!.fileMark}`,
      retention: first!.retention,
      mode: 'linking',
      initiatorPid: bigMembers[0]!,
      handler: first!.handler,
      openedAt: first!.registeredAt,
      state: 'inProgress',
      closedAt: null,
      triggerYear: null,
      disposalYear: null,
      documentCount: bigMembers.length,
      nextOrder: bigMembers.length + 1,
      custody: null,
      words: indexWords(['SZ OUHL 1/2026', 'Územní plán – projednání změny č. 3 (benchmark)']),
      createdBy: first!.createdBy,
      revision: 1,
    };
    await db.caseFiles.put(caseFile);
  });
  const prepareMs = performance.now() - started;
  db.close();
  return {
    records_office_documents: inOffice,
    casefile_documents: bigMembers.length,
    lifecycle_prepare_ms: Math.round(prepareMs),
  };
}

/** Our disposal proposal path against the raw index scan of the same set. */
export async function disposalBench(): Promise<Record<string, number>> {
  const db = new UradovnaDatabase(DATABASE_NAME);
  await db.open();
  const year = officeYear(new Date());
  const ours: number[] = [];
  const raw: number[] = [];
  let items = 0;
  let rawCount = 0;
  for (let run = 0; run < 5; run++) {
    let start = performance.now();
    items = (await dueForDisposal(db, year)).length;
    ours.push(performance.now() - start);
    start = performance.now();
    const range = [
      ['inRecordsOffice', Dexie.minKey],
      ['inRecordsOffice', year],
    ] as const;
    const [files, docs] = await Promise.all([
      db.caseFiles.where('[state+disposalYear]').between(range[0], range[1], true, true).toArray(),
      db.documents.where('[state+disposalYear]').between(range[0], range[1], true, true).toArray(),
    ]);
    rawCount = files.length + docs.length;
    raw.push(performance.now() - start);
  }
  // The command the clerk runs: the same query, then every record into the procedure, logged.
  const created = performance.now();
  const proposal = await createDisposalProposal(db, year);
  const createMs = performance.now() - created;
  db.close();
  if (rawCount !== items) throw new Error(`disposal: ours ${items} vs raw ${rawCount}`);
  return {
    disposal_proposal_ms: round(median(ours)),
    disposal_proposal_floor_ms: round(median(raw)),
    disposal_proposal_items: proposal.items.length,
    disposal_proposal_create_ms: Math.round(createMs),
  };
}

const SIP_DOCUMENTS = 1000;
const SIP_FILE_BYTES = 1024 * 1024;

/** SIP export of 1,000 settled documents with 1 MB of files each, from IndexedDB to one ZIP Blob. */
export async function sipBench(planXml: string): Promise<Record<string, number>> {
  const db = new UradovnaDatabase('uradovna-bench-sip');
  await db.delete();
  await db.open();
  await importSeed(db, generateDemoSeed({ documents: SIP_DOCUMENTS, today: new Date(), planXml }));
  const docs = await db.documents.toArray();
  // Incompressible content, as scans are; one buffer reused, each Blob its own copy in IndexedDB.
  const content = new Uint8Array(SIP_FILE_BYTES);
  for (let offset = 0; offset < content.length; offset += 65536)
    crypto.getRandomValues(content.subarray(offset, offset + 65536));
  for (let batch = 0; batch < docs.length; batch += 100) {
    await db.transaction('rw', [db.documents, db.components], async () => {
      for (const doc of docs.slice(batch, batch + 100)) {
        await db.components.add({
          id: makePid('BENCH', crypto.getRandomValues(new Uint8Array(7))),
          pid: doc.pid,
          name: 'sken.pdf',
          originalName: 'sken.pdf',
          mime: 'application/pdf',
          size: SIP_FILE_BYTES,
          sha256: '0'.repeat(64),
          addedAt: doc.registeredAt,
          blob: new Blob([content], { type: 'application/pdf' }),
        });
        await db.documents.update(doc.pid, {
          state: 'inRecordsOffice',
          componentCount: 1,
          settlement: {
            date: doc.registeredAt.slice(0, 10),
            method: 'noted',
            content: null,
            reason: null,
            settlingPid: null,
            settledBy: doc.createdBy,
            recordedAt: doc.registeredAt,
          },
        });
      }
    });
  }
  // Every stored file must read back before the export is timed.
  let unreadable = 0;
  let firstError = '';
  for (const component of await db.components.toArray()) {
    try {
      await component.blob.slice(0, 16).arrayBuffer();
    } catch (error) {
      unreadable += 1;
      firstError ||= String(error);
    }
  }
  if (unreadable > 0) throw new Error(`${unreadable} stored files unreadable: ${firstError}`);
  const started = performance.now();
  const sip = await buildSipPackage(
    db,
    docs.map((doc) => ({ type: 'document' as const, id: doc.pid })),
  );
  // The package is done when its bytes can be read (a Blob is lazy until then), as the
  // save through the contract reads them.
  const zipBytes = (await sip.blob.arrayBuffer()).byteLength;
  const seconds = (performance.now() - started) / 1000;
  db.close();
  await Dexie.delete('uradovna-bench-sip');
  const megabytes = (SIP_DOCUMENTS * SIP_FILE_BYTES) / (1024 * 1024);
  return {
    sip_export_mb_per_s: round(megabytes / seconds),
    sip_export_ms: Math.round(seconds * 1000),
    sip_export_zip_mb: round(zipBytes / (1024 * 1024)),
    sip_export_entities: sip.entities,
  };
}
