import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { updateDocument } from '../db/commands/updateDocument';
import type { UradovnaDatabase } from '../db/schema';
import { resolveConflict } from './commands/resolveConflict';
import {
  demoDevice,
  engineFor,
  portFor,
  startLiveEssl,
  type LiveEssl,
} from './testing/liveEssl.node';

describe('a document edited on two devices between syncs', () => {
  let live: LiveEssl;
  let a: UradovnaDatabase;
  let b: UradovnaDatabase;
  let pid: string;

  const sync = (db: UradovnaDatabase) => engineFor(db, portFor(live)).syncNow();
  const serverSubject = () => {
    const doc = live.sim.essl.documents().find((candidate) => candidate.id.value === pid);
    return doc?.description ?? doc?.title;
  };

  beforeEach(async () => {
    live = await startLiveEssl();
    a = await demoDevice(live);
    b = await demoDevice(live);
    for (const db of [a, b]) expect((await sync(db)).ok).toBe(true);
    const editable = await a.documents.filter((doc) => doc.state === 'registered').first();
    if (!editable) throw new Error('the demo has no registered document');
    pid = editable.pid;
  });
  afterEach(async () => {
    a.close();
    b.close();
    await live.close();
  });

  it('keeps both versions of a field both changed; the user takes theirs for one, mine for another', async () => {
    await updateDocument(a, pid, { subject: 'Věc podle A', note: 'Poznámka podle A' });
    await updateDocument(b, pid, { subject: 'Věc podle B', note: 'Poznámka podle B' });
    expect((await sync(b)).ok).toBe(true);
    expect(serverSubject()).toBe('Věc podle B');

    const report = await sync(a);
    expect(report.pull?.conflicts).toBe(1);
    // Nothing overwritten: the eSSL keeps B's version, A shows it and keeps its own aside.
    expect(serverSubject()).toBe('Věc podle B');
    expect((await a.documents.get(pid))?.subject).toBe('Věc podle B');
    const [conflict] = await a.conflicts.toArray();
    expect(conflict?.fields.map((field) => [field.field, field.mine, field.theirs])).toEqual([
      ['subject', 'Věc podle A', 'Věc podle B'],
      ['note', 'Poznámka podle A', 'Poznámka podle B'],
    ]);
    expect(await a.outbox.filter((entry) => entry.state === 'held').count()).toBe(1);
    // A held edit does not go out, however often A syncs.
    await sync(a);
    expect(serverSubject()).toBe('Věc podle B');

    const resolution = await resolveConflict(a, conflict?.id ?? '', {
      subject: 'theirs',
      note: 'mine',
    });
    expect(resolution).toBe('merged');
    expect((await sync(a)).ok).toBe(true);
    expect(await a.outbox.count()).toBe(0);
    expect(serverSubject()).toBe('Věc podle B');
    const onServer = live.sim.essl.documents().find((doc) => doc.id.value === pid);
    expect(onServer?.note).toBe('Poznámka podle A');
    expect((await sync(b)).ok).toBe(true);
    expect((await b.documents.get(pid))?.note).toBe('Poznámka podle A');
    expect((await b.documents.get(pid))?.subject).toBe('Věc podle B');
  });

  it('merges edits of different fields without asking', async () => {
    await updateDocument(a, pid, { note: 'Doplněno na úřadě' });
    await updateDocument(b, pid, { subject: 'Opravená věc' });
    expect((await sync(b)).ok).toBe(true);
    const report = await sync(a);
    expect(report.pull?.conflicts).toBe(0);
    expect(await a.conflicts.count()).toBe(0);
    const merged = await a.documents.get(pid);
    expect([merged?.subject, merged?.note]).toEqual(['Opravená věc', 'Doplněno na úřadě']);
    expect((await sync(b)).ok).toBe(true);
    const other = await b.documents.get(pid);
    expect([other?.subject, other?.note]).toEqual(['Opravená věc', 'Doplněno na úřadě']);
  });

  it('edits on one device only never make a conflict, however many syncs', async () => {
    await updateDocument(a, pid, { subject: 'První oprava' });
    expect((await sync(a)).ok).toBe(true);
    await updateDocument(a, pid, { subject: 'Druhá oprava' });
    expect((await sync(a)).pull?.conflicts).toBe(0);
    expect(serverSubject()).toBe('Druhá oprava');
    expect(await a.conflicts.count()).toBe(0);
  });
});
