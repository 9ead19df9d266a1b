import type { TFunction } from 'i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ContractCallError } from '../../common/contract/envelope';
import type { EsslAccount } from '../../sim/essl/accounts';
import { registerDocument } from '../db/commands/registerDocument';
import { updateDocument } from '../db/commands/updateDocument';
import { CommandError } from '../db/errors';
import type { UradovnaDatabase } from '../db/schema';
import { snapshot } from '../db/testing/fixtures';
import { errorText } from '../i18n';
import { returnFromKeeping, takeIntoKeeping } from './commands/keeping';
import { retryEntry } from './commands/outboxFailures';
import type { EsslPort } from './esslPort';
import {
  demoDevice,
  demoInput,
  engineFor,
  portFor,
  startLiveEssl,
  type LiveEssl,
} from './testing/liveEssl.node';
import { syncTestT } from './ui/testI18n';

/**
 * A document taken into the app's exclusive keeping (DokumentPostoupeniZadost) is
 * locked in the eSSL for this app and its user: a PC logged in as another user of the
 * office meets the eSSL's 0003 refusal, this PC edits it as before, and after it is
 * given back (DokumentVraceniZadost) the other PC's change goes through.
 */
describe('exclusive keeping against the eSSL simulator', () => {
  let live: LiveEssl;
  let here: UradovnaDatabase;
  let there: UradovnaDatabase;
  let colleague: EsslAccount;
  let pid: string;
  let t: TFunction;

  const herePort = () => portFor(live);
  const therePort = () => portFor(live, colleague);
  const onServer = () => live.sim.essl.documents().find((doc) => doc.id.value === pid);
  const serverSubject = () => onServer()?.description ?? onServer()?.title;

  beforeAll(async () => {
    t = await syncTestT('cs');
  });

  beforeEach(async () => {
    live = await startLiveEssl();
    const other = live.sim.essl.accounts()[1];
    if (!other) throw new Error('the sim has only one account');
    colleague = other;
    here = await demoDevice(live);
    there = await demoDevice(live);
    expect((await engineFor(here, herePort()).syncNow()).ok).toBe(true);
    expect((await engineFor(there, therePort()).syncNow()).ok).toBe(true);
    const doc = await here.documents.filter((row) => row.state === 'registered').first();
    if (!doc) throw new Error('the demo has no registered document');
    pid = doc.pid;
  });
  afterEach(async () => {
    here.close();
    there.close();
    await live.close();
  });

  it('locks the document for this PC; the other user’s edit is refused with the eSSL’s words until it is given back', async () => {
    const taken = await takeIntoKeeping(here, herePort(), pid);
    expect(taken.essl?.keptHere).toBe(true);
    expect(onServer()).toMatchObject({ keptBy: 'URADOVNA', owner: live.clerk.username });
    expect((await here.documents.get(pid))?.essl?.keptHere).toBe(true);
    const takenLog = await here.txlog.where('entityId').equals(pid).last();
    expect(takenLog).toMatchObject({ event: 'Uprava', detail: { keeping: 'taken' } });
    const takenLine = await here.syncLog.orderBy('seq').last();
    expect(takenLine).toMatchObject({
      kind: 'edit',
      key: 'sync.log.taken',
      params: { reference: taken.referenceNumber },
      entityId: pid,
    });

    // The colleague's PC edits its copy; the eSSL refuses the change and says why.
    await updateDocument(there, pid, { subject: 'Věc podle kolegyně' });
    await engineFor(there, therePort()).syncNow();
    const [refused] = await there.outbox.toArray();
    expect(refused?.state).toBe('failed');
    expect(refused?.failure?.statusCode).toBe('0003');
    expect(refused?.failure?.message).toContain(
      `je ve výhradní správě systému URADOVNA, uživatel ${live.clerk.username}`,
    );
    expect(serverSubject()).not.toBe('Věc podle kolegyně');

    // This PC goes on editing it, and a pull leaves the kept document alone.
    await updateDocument(here, pid, { subject: 'Věc podle úřadu' });
    expect((await engineFor(here, herePort()).syncNow()).ok).toBe(true);
    expect(await here.outbox.count()).toBe(0);
    expect(serverSubject()).toBe('Věc podle úřadu');
    expect((await here.documents.get(pid))?.essl?.keptHere).toBe(true);

    const returned = await returnFromKeeping(here, herePort(), pid);
    expect(returned.essl?.keptHere).toBe(false);
    expect(returned.subject).toBe('Věc podle úřadu');
    expect(onServer()?.keptBy).toBeNull();
    expect(await here.txlog.where('entityId').equals(pid).last()).toMatchObject({
      event: 'Uprava',
      detail: { keeping: 'returned' },
    });
    expect(await here.syncLog.orderBy('seq').last()).toMatchObject({
      key: 'sync.log.returned',
      params: { reference: returned.referenceNumber },
    });

    // Sent again, the colleague's change now goes through, and this PC pulls it in.
    await retryEntry(there, refused?.id ?? '');
    expect((await engineFor(there, therePort()).syncNow()).ok).toBe(true);
    expect(await there.outbox.count()).toBe(0);
    expect(serverSubject()).toBe('Věc podle kolegyně');
    expect((await engineFor(here, herePort()).syncNow()).ok).toBe(true);
    expect((await here.documents.get(pid))?.subject).toBe('Věc podle kolegyně');
  });

  it('shows the eSSL’s refusal (0003 with its Popis) when another user asks for a kept document, and writes nothing', async () => {
    await takeIntoKeeping(here, herePort(), pid);
    const before = await snapshot(there);
    const failure: unknown = await takeIntoKeeping(there, therePort(), pid).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(ContractCallError);
    const error = failure as ContractCallError;
    expect(error.code).toBe('errors.essl.status');
    expect(error.params.statusCode).toBe('0003');
    const popis = String(error.params.description);
    expect(popis).toContain('je ve výhradní správě systému URADOVNA');
    expect(errorText(t, error)).toBe(`eSSL operaci odmítla (kód 0003): ${popis}`);
    expect(await snapshot(there)).toEqual(before);
    expect(onServer()).toMatchObject({ keptBy: 'URADOVNA', owner: live.clerk.username });
  });

  it('passes on a line that does not answer as the eSSL’s transport failure, and writes nothing', async () => {
    const before = await snapshot(here);
    const dead = portFor(live, live.clerk, { esslUrl: 'http://127.0.0.1:9/erms' });
    await expect(takeIntoKeeping(here, dead, pid)).rejects.toMatchObject({
      name: 'ContractCallError',
      code: 'errors.essl.transport',
    });
    expect(await snapshot(here)).toEqual(before);
    expect(onServer()?.keptBy).toBeNull();
  });

  describe('refusals before asking the eSSL leave the database as it was', () => {
    /** A port that fails the test if a refused command still called the eSSL. */
    const untouchable = {
      'essl.takeDocument': () => Promise.reject(new Error('the eSSL was asked')),
      'essl.returnDocument': () => Promise.reject(new Error('the eSSL was asked')),
    } satisfies Pick<EsslPort, 'essl.takeDocument' | 'essl.returnDocument'>;

    async function refusedWith(
      db: UradovnaDatabase,
      command: () => Promise<unknown>,
      code: string,
    ): Promise<CommandError> {
      const before = await snapshot(db);
      const failure: unknown = await command().then(
        () => null,
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(CommandError);
      expect((failure as CommandError).code).toBe(code);
      expect(await snapshot(db)).toEqual(before);
      return failure as CommandError;
    }

    it('an unknown document', async () => {
      await refusedWith(
        here,
        () => takeIntoKeeping(here, untouchable, 'OUHLXXXXXXXXXX'),
        'errors.documentNotFound',
      );
      await refusedWith(
        here,
        () => returnFromKeeping(here, untouchable, 'OUHLXXXXXXXXXX'),
        'errors.documentNotFound',
      );
    });

    it('a document whose registration has not reached the eSSL yet', async () => {
      const fresh = await registerDocument(here, await demoInput(here, 'Dopis ještě v odesílání'));
      expect((await here.documents.get(fresh.pid))?.essl).toBeUndefined();
      const refusal = await refusedWith(
        here,
        () => takeIntoKeeping(here, untouchable, fresh.pid),
        'errors.sync.keeping.notInEssl',
      );
      expect(errorText(t, refusal)).toBe(
        'Dokument ještě není v eSSL; po synchronizaci ho půjde převzít.',
      );
    });

    it('a document already kept here, and giving back one that is not', async () => {
      await refusedWith(
        here,
        () => returnFromKeeping(here, untouchable, pid),
        'errors.sync.keeping.notKept',
      );
      await takeIntoKeeping(here, herePort(), pid);
      await refusedWith(
        here,
        () => takeIntoKeeping(here, untouchable, pid),
        'errors.sync.keeping.alreadyKept',
      );
    });

    it('a document with changes still waiting in the outbox, either way', async () => {
      await updateDocument(here, pid, { note: 'Ještě neodesláno' });
      const take = await refusedWith(
        here,
        () => takeIntoKeeping(here, untouchable, pid),
        'errors.sync.keeping.waitingTake',
      );
      expect(take.params).toEqual({ count: 1 });
      expect((await engineFor(here, herePort()).syncNow()).ok).toBe(true);

      await takeIntoKeeping(here, herePort(), pid);
      await updateDocument(here, pid, { note: 'Upraveno ve výhradní správě' });
      await updateDocument(here, pid, { subject: 'A ještě věc' });
      const giveBack = await refusedWith(
        here,
        () => returnFromKeeping(here, untouchable, pid),
        'errors.sync.keeping.waitingReturn',
      );
      expect(errorText(t, giveBack)).toContain('čekají 2 změny');
      expect(errorText(t, giveBack)).toContain('Před vrácením synchronizujte');
      expect(onServer()?.keptBy).toBe('URADOVNA');
    });
  });
});
