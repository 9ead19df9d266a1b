import { describe, expect, it } from 'vitest';
import { incomingInput } from '../../common/domain/testing/sampleDocuments';
import {
  minimalJpeg,
  minimalPdf,
  minimalPng,
  minimalTiff,
} from '../../common/domain/testing/sampleFiles';
import { registerDocument } from '../db/commands/registerDocument';
import type { ComponentRecord, UradovnaDatabase } from '../db/schema';
import { eachTestDatabase } from '../db/testing/databaseLifecycle';
import { inAttachedOrder } from './fileOrder';
import { readDocumentDetail } from './useDocumentDetail';

const REGISTERED = '2026-03-02T10:00:00.000Z';

const file = (id: string, name: string, addedAt = REGISTERED): ComponentRecord => ({
  id,
  pid: 'OUHL0001',
  name,
  originalName: name,
  mime: 'application/pdf',
  size: 1,
  sha256: id,
  addedAt,
  blob: new Blob(['x']),
});

const names = (files: ComponentRecord[]) => files.map((item) => item.name);

describe('inAttachedOrder', () => {
  it('puts files added later after those of the registration, whatever their names', () => {
    const files = [
      file('c3', 'a-podpis.pdf', '2026-03-05T08:00:00.000Z'),
      file('c1', 'zadost.pdf'),
      file('c2', 'b-priloha.pdf', '2026-03-03T09:00:00.000Z'),
    ];
    const log = [
      { entityId: 'c3', seq: 1 },
      { entityId: 'c2', seq: 2 },
      { entityId: 'c1', seq: 3 },
    ];
    expect(names(inAttachedOrder(files, log))).toEqual([
      'zadost.pdf',
      'b-priloha.pdf',
      'a-podpis.pdf',
    ]);
  });

  it('keeps files added together in the order of their first log entries', () => {
    const files = [file('b', 'a.pdf'), file('a', 'c.pdf'), file('c', 'b.pdf')];
    const log = [
      { entityId: 'a', seq: 10 },
      { entityId: 'c', seq: 11 },
      { entityId: 'b', seq: 12 },
      // A later entry (a rename, say) does not move the file.
      { entityId: 'a', seq: 40 },
    ];
    expect(names(inAttachedOrder(files, log))).toEqual(['c.pdf', 'b.pdf', 'a.pdf']);
  });

  it('puts files without a log entry after those with one, by name, and leaves its input alone', () => {
    const files = [file('x', 'ž.pdf'), file('y', 'č.pdf'), file('z', 'd.pdf'), file('w', 'a.pdf')];
    const sorted = inAttachedOrder(files, [{ entityId: 'x', seq: 5 }]);
    expect(names(sorted)).toEqual(['ž.pdf', 'a.pdf', 'č.pdf', 'd.pdf']);
    expect(names(files)).toEqual(['ž.pdf', 'č.pdf', 'd.pdf', 'a.pdf']);
  });
});

describe('readDocumentDetail', () => {
  let db: UradovnaDatabase;
  eachTestDatabase((opened) => (db = opened));

  it('gives a registered document’s files in the order the clerk attached them', async () => {
    const now = new Date(REGISTERED);
    const attached = [
      { name: 'zadost.pdf', bytes: minimalPdf() },
      { name: 'foto.png', bytes: minimalPng() },
      { name: 'mapa.jpg', bytes: minimalJpeg() },
      { name: 'sken.tif', bytes: minimalTiff() },
    ];
    const first = await registerDocument(db, incomingInput(), attached, { now });
    const reversed = [...attached].reverse();
    const second = await registerDocument(db, incomingInput(), reversed, { now });

    const detail = await readDocumentDetail(db, first.pid);
    expect(names(detail.files)).toEqual(['zadost.pdf', 'foto.png', 'mapa.jpg', 'sken.tif']);
    expect(names((await readDocumentDetail(db, second.pid)).files)).toEqual(
      reversed.map((item) => item.name),
    );
    // The log beside them stays oldest first: the registration, then one entry per file.
    expect(detail.log.map((entry) => entry.entityId)).toEqual([
      first.pid,
      ...detail.files.map((item) => item.id),
    ]);
  });
});
