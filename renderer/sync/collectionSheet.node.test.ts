import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCaseFile } from '../db/commands/caseFiles/createCaseFile';
import { registerDocument } from '../db/commands/registerDocument';
import { getSetting } from '../db/settings';
import type { UradovnaDatabase } from '../db/schema';
import {
  demoDevice,
  demoInput,
  engineFor,
  portFor,
  startLiveEssl,
  type LiveEssl,
} from './testing/liveEssl.node';

describe('a sběrný arch made on the device', () => {
  let live: LiveEssl;
  let db: UradovnaDatabase;

  beforeEach(async () => {
    live = await startLiveEssl();
    db = await demoDevice(live);
    expect((await engineFor(db, portFor(live)).syncNow()).ok).toBe(true);
  });
  afterEach(async () => {
    db.close();
    await live.close();
  });

  it("keeps its members' numbers (the initiator's with the order) in the eSSL too", async () => {
    const group = await db.planGroups
      .filter(
        (candidate) => candidate.caseFileMode === 'collectionSheet' && candidate.validTo === null,
      )
      .first();
    if (!group) throw new Error('the demo plan has no sběrný arch group');
    const handler = (await getSetting(db, 'currentUser')) ?? '';
    const initiator = await registerDocument(db, {
      ...(await demoInput(db, 'Žádost o stavbu')),
      fileMark: group.fileMark,
    });
    const file = await createCaseFile(db, {
      title: 'Stavba',
      fileMark: group.fileMark,
      handler,
      initiatorPid: initiator.pid,
    });
    const member = await registerDocument(db, await demoInput(db, 'Doplnění žádosti'), [], {
      caseFileId: file.id,
    });
    expect(member.referenceNumber).toBe(`${initiator.referenceNumber}-2`);

    const report = await engineFor(db, portFor(live)).syncNow();
    expect(report.error).toBeNull();
    expect(report.push?.corrections).toEqual([]);
    const onServer = live.sim.essl.documents().find((doc) => doc.id.value === member.pid);
    expect(onServer?.numbers?.referenceNumber).toBe(member.referenceNumber);
    expect((await db.documents.get(member.pid))?.numberStatus).toBe('confirmed');
  });
});
