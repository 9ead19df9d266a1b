import { Unzip, UnzipInflate, unzipSync, strFromU8 } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DisposalProposal } from '../../../common/domain/disposal';
import {
  answerDocument,
  caseFile,
  feeDocument,
  requestDocument,
} from '../../../common/nsesss/sip/testing/sipSamples';
import { chainEntries } from '../../../common/nsesss/testing/txEntries';
import { parseXml, type XmlElement } from '../../../common/nsesss/xml';
import { CommandError } from '../../db/errors';
import type { ComponentRecord, UradovnaDatabase } from '../../db/schema';
import { configureOffice, openTestDatabase, snapshot } from '../../db/testing/fixtures';
import { buildProposalSipPackage, buildSipPackage } from './buildSipPackage';

const now = new Date('2038-01-15T09:00:00.000Z');

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function bytesOf(seed: number, length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

const contents = {
  scan: bytesOf(1, 100_003),
  answer: bytesOf(2, 5_000),
  fee1: bytesOf(3, 1_234),
  fee2: bytesOf(4, 0),
};

async function componentRow(
  id: string,
  pid: string,
  name: string,
  bytes: Uint8Array,
  addedAt: string,
): Promise<ComponentRecord> {
  return {
    id,
    pid,
    name,
    originalName: name,
    mime: 'application/pdf',
    size: bytes.length,
    sha256: await sha256Hex(bytes),
    addedAt,
    blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }),
  };
}

let db: UradovnaDatabase;

beforeEach(async () => {
  db = openTestDatabase();
  await configureOffice(db);
  await db.caseFiles.put(caseFile);
  await db.documents.bulkPut([requestDocument, answerDocument, feeDocument]);
  await db.components.bulkPut([
    await componentRow(
      'k-scan',
      requestDocument.pid,
      'Žádost.pdf',
      contents.scan,
      '2026-03-02T08:20:00.000Z',
    ),
    await componentRow(
      'k-answer',
      answerDocument.pid,
      'povolení.pdf',
      contents.answer,
      '2026-03-03T08:00:00.000Z',
    ),
    // Two files of one name, added in the reverse order of their ids.
    await componentRow(
      'k-fee-b',
      feeDocument.pid,
      'platba.pdf',
      contents.fee1,
      '2026-03-04T08:00:00.000Z',
    ),
    await componentRow(
      'k-fee-a',
      feeDocument.pid,
      'platba.pdf',
      contents.fee2,
      '2026-03-04T08:00:01.000Z',
    ),
  ]);
  await db.txlog.bulkPut(
    chainEntries([
      {
        at: '2026-03-02T08:20:00.000Z',
        event: 'Zalozeni',
        entityType: 'document',
        entityId: requestDocument.pid,
      },
      {
        at: '2026-03-02T08:25:00.000Z',
        event: 'Zalozeni',
        entityType: 'caseFile',
        entityId: caseFile.id,
      },
      {
        at: '2026-03-04T08:00:00.000Z',
        event: 'Zalozeni',
        entityType: 'document',
        entityId: feeDocument.pid,
      },
      {
        at: '2026-06-30T22:30:00.000Z',
        event: 'Uzavreni',
        entityType: 'caseFile',
        entityId: caseFile.id,
      },
    ]),
  );
});

afterEach(async () => {
  await db.delete();
});

async function refusal(promise: Promise<unknown>): Promise<CommandError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(CommandError);
  return error as CommandError;
}

/** Compression method of every entry (0 = stored, 8 = deflated), read as a ZIP tool would. */
function compressionOf(zip: Uint8Array): Record<string, number> {
  const methods: Record<string, number> = {};
  const reader = new Unzip((file) => {
    methods[file.name] = file.compression;
  });
  reader.register(UnzipInflate);
  reader.push(zip, true);
  return methods;
}

function parse(xml: string): XmlElement {
  const result = parseXml(xml);
  if (!result.ok) throw new Error(result.error.detail);
  return result.root;
}
function all(element: XmlElement, name: string): XmlElement[] {
  const found = element.name === name ? [element] : [];
  return found.concat(element.children.flatMap((child) => all(child, name)));
}

describe('buildSipPackage', () => {
  it('packs each entity with its mets.xml and its files, checksums matching', async () => {
    const before = await snapshot(db);
    const progress: number[] = [];
    const result = await buildSipPackage(
      db,
      [
        { type: 'caseFile', id: caseFile.id },
        { type: 'document', id: feeDocument.pid },
        { type: 'caseFile', id: caseFile.id },
      ],
      // A small slice size, so the big scan crosses many slices.
      {
        now,
        chunkBytes: 4096,
        onProgress: ({ bytes, totalBytes }) => progress.push(bytes / totalBytes),
      },
    );
    expect(result).toMatchObject({ entities: 2, files: 4, bytes: result.blob.size });
    expect(result.blob.type).toBe('application/zip');
    expect(progress.at(-1)).toBe(1);

    const zip = new Uint8Array(await result.blob.arrayBuffer());
    const entries = unzipSync(zip);
    expect(Object.keys(entries).sort()).toEqual([
      'OUHL4567CDE/komponenty/platba-2.pdf',
      'OUHL4567CDE/komponenty/platba.pdf',
      'OUHL4567CDE/mets.xml',
      'OUHLSP2345AB/komponenty/Zadost.pdf',
      'OUHLSP2345AB/komponenty/povoleni.pdf',
      'OUHLSP2345AB/mets.xml',
    ]);
    expect(entries['OUHLSP2345AB/komponenty/Zadost.pdf']).toEqual(contents.scan);
    expect(entries['OUHLSP2345AB/komponenty/povoleni.pdf']).toEqual(contents.answer);
    expect(entries['OUHL4567CDE/komponenty/platba.pdf']).toEqual(contents.fee1);
    expect(entries['OUHL4567CDE/komponenty/platba-2.pdf']).toEqual(contents.fee2);

    // Files are stored as they are; only the XML is compressed.
    const methods = compressionOf(zip);
    for (const [name, method] of Object.entries(methods))
      expect(method, name).toBe(name.endsWith('mets.xml') ? 8 : 0);

    for (const folder of ['OUHLSP2345AB', 'OUHL4567CDE']) {
      const mets = parse(strFromU8(entries[`${folder}/mets.xml`]!));
      const files = all(mets, 'file');
      const packed = Object.keys(entries).filter((name) =>
        name.startsWith(`${folder}/komponenty/`),
      );
      expect(files).toHaveLength(packed.length);
      for (const file of files) {
        const href = all(file, 'FLocat')[0]!.attributes['{http://www.w3.org/1999/xlink}href']!;
        const bytes = entries[`${folder}/${href}`];
        expect(bytes, href).toBeDefined();
        expect(file.attributes.CHECKSUM).toBe(await sha256Hex(bytes!));
        expect(file.attributes.SIZE).toBe(String(bytes!.length));
      }
    }
    const caseFileMets = parse(strFromU8(entries['OUHLSP2345AB/mets.xml']!));
    expect(caseFileMets.attributes.OBJID).toBe(caseFile.id);
    // Each entity's log holds its own events.
    const logs = new Map(
      all(caseFileMets, 'TransakcniLogObjektu').map((log) => [
        all(all(log, 'Objekt')[0]!, 'HodnotaID')[0]!.text,
        all(log, 'TypUdalostiId').map((event) => event.text),
      ]),
    );
    expect(logs.get(caseFile.id)).toEqual(['Zalozeni', 'Uzavreni']);
    expect(logs.get(requestDocument.pid)).toEqual(['Zalozeni']);
    expect(logs.get(answerDocument.pid)).toEqual([]);
    const plan = all(caseFileMets, 'SpisovyPlan')[0]!;
    expect(all(plan, 'Identifikator')[0]!.text).toBe('SSP-2020');

    // Components in the order they were added, not by id.
    const feeMets = parse(strFromU8(entries['OUHL4567CDE/mets.xml']!));
    expect(
      all(feeMets, 'Komponenta').map((element) => all(element, 'Identifikator')[0]!.text),
    ).toEqual(['k-fee-b', 'k-fee-a']);

    expect(await snapshot(db)).toEqual(before);
  });

  it('packs the entities of a disposal proposal', async () => {
    const proposal: DisposalProposal = {
      id: 'navrh-2038',
      year: 2038,
      createdAt: now.toISOString(),
      createdBy: 'Marie Dvořáková',
      state: 'open',
      decidedAt: null,
      archiveId: null,
      procedureId: null,
      items: [
        {
          type: 'document',
          id: feeDocument.pid,
          reference: feeDocument.referenceNumber,
          title: feeDocument.subject,
          fileMark: '1.2',
          retentionMark: 'S',
          retentionPeriod: 5,
          disposalYear: 2032,
          decision: null,
        },
      ],
    };
    await db.disposalProposals.put(proposal);
    const result = await buildProposalSipPackage(db, proposal.id, { now });
    expect(result).toMatchObject({ entities: 1, files: 2 });
    const entries = unzipSync(new Uint8Array(await result.blob.arrayBuffer()));
    expect(Object.keys(entries)).toContain('OUHL4567CDE/mets.xml');
    const mets = parse(strFromU8(entries['OUHL4567CDE/mets.xml']!));
    expect(mets.attributes.LABEL).toBe('Datový balíček pro provedení skartačního řízení');
  });

  it('refuses what the archive would not accept, changing nothing', async () => {
    await db.caseFiles.put({
      ...caseFile,
      id: 'OUHLSPOPEN',
      reference: 'SZ OUHL 9/2026',
      closedAt: null,
    });
    await db.caseFiles.put({ ...caseFile, id: 'OUHLSPEMPTY', reference: 'SZ OUHL 8/2026' });
    await db.documents.put({
      ...feeDocument,
      pid: 'OUHLNOTSETTLED',
      referenceNumber: 'OUHL 7/2026',
      settlement: null,
    });
    await db.documents.put({ ...feeDocument, pid: 'OUHLNOMARK', fileMark: '9.9' });
    const before = await snapshot(db);

    const cases: Array<[Parameters<typeof buildSipPackage>[1], string, Record<string, string>]> = [
      [
        [{ type: 'caseFile', id: 'OUHLSPOPEN' }],
        'recordsOffice.sip.caseFileNotClosed',
        { reference: 'SZ OUHL 9/2026' },
      ],
      [
        [{ type: 'caseFile', id: 'OUHLSPEMPTY' }],
        'recordsOffice.sip.caseFileEmpty',
        { reference: 'SZ OUHL 8/2026' },
      ],
      [
        [{ type: 'document', id: 'OUHLNOTSETTLED' }],
        'recordsOffice.sip.documentNotSettled',
        { reference: 'OUHL 7/2026' },
      ],
      [
        [{ type: 'document', id: 'OUHLNOMARK' }],
        'recordsOffice.sip.planGroupMissing',
        { fileMark: '9.9' },
      ],
      [
        [
          { type: 'document', id: feeDocument.pid },
          { type: 'document', id: 'OUHLNIKDE' },
        ],
        'recordsOffice.sip.notFound',
        { id: 'OUHLNIKDE' },
      ],
    ];
    for (const [targets, code, params] of cases) {
      const error = await refusal(buildSipPackage(db, targets, { now }));
      expect(error.code, code).toBe(code);
      expect(error.params).toEqual(params);
    }
    expect((await refusal(buildProposalSipPackage(db, 'zadny', { now }))).code).toBe(
      'recordsOffice.sip.notFound',
    );
    await db.settings.delete('organization');
    expect(
      (await refusal(buildSipPackage(db, [{ type: 'document', id: feeDocument.pid }], { now })))
        .code,
    ).toBe('errors.notConfigured');
    await db.settings.put(
      (before.settings as Array<{ key: string; value: unknown }>).find(
        (row) => row.key === 'organization',
      )!,
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('names a plan kept before plan versions existed by its id', async () => {
    await db.filePlanVersions.clear();
    const result = await buildSipPackage(db, [{ type: 'document', id: feeDocument.pid }], { now });
    const entries = unzipSync(new Uint8Array(await result.blob.arrayBuffer()));
    const mets = parse(strFromU8(entries['OUHL4567CDE/mets.xml']!));
    const plan = all(mets, 'SpisovyPlan')[0]!;
    expect(all(plan, 'Identifikator')[0]!.text).toBe('plan-sample');
    expect(all(plan, 'NazevOrganizace')[0]!.text).toBe('Obec Horní Lhota');
  });

  it('keeps a large file intact across many slices', async () => {
    const big = bytesOf(9, 3 * 1024 * 1024 + 17);
    await db.components.put(
      await componentRow(
        'k-big',
        feeDocument.pid,
        'velký soubor.tiff',
        big,
        '2026-03-05T08:00:00.000Z',
      ),
    );
    const result = await buildSipPackage(db, [{ type: 'document', id: feeDocument.pid }], {
      now,
      chunkBytes: 256 * 1024,
    });
    const entries = unzipSync(new Uint8Array(await result.blob.arrayBuffer()));
    const packed = entries['OUHL4567CDE/komponenty/velky_soubor.tiff']!;
    expect(packed.length).toBe(big.length);
    expect(await sha256Hex(packed)).toBe(await sha256Hex(big));
  });
});
