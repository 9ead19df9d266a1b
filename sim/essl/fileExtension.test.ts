import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { EsslEvent, EsslId, FileExtension } from '../../common/erms/model';
import { sampleFileContent } from '../../common/erms/testing/samples';
import type { RunningSim } from '../server';
import type { EsslAccount } from './accounts';
import { authOf, call, ok } from './testing/client';
import {
  expectSchemaValid,
  freshEventId,
  freshId,
  newDocument,
  startTestSim,
} from './testing/fixture';

/**
 * The eSSL keeps the record of a conversion or format change that came in the output
 * file's DoplnujiciData (docs/essl-interface.md, "Conversions and format changes"), with
 * the file, across a restart.
 */

const running: RunningSim[] = [];
const dirs: string[] = [];

afterEach(async () => {
  for (const sim of running.splice(0)) await sim.close();
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function start(dataDir?: string) {
  const sim = await startTestSim(dataDir ? { dataDir } : {});
  running.push(sim);
  const clerk = sim.essl.accounts()[0];
  if (!clerk) throw new Error('no clerk');
  return { sim, clerk };
}

const extension: FileExtension = {
  conversion: {
    number: '000007-2026-hl7q2ab',
    direction: 'paperToElectronic',
    convertedAt: '2026-05-14T07:40:00.000Z',
    input: 'žádost o stavební povolení ze dne 12. 5. 2026',
    inputDate: '2026-05-12',
    sheets: 5,
    person: 'Jana Dvořáková',
    feeCzk: 150,
    exemption: null,
  },
};

async function send(sim: RunningSim, clerk: EsslAccount, events: EsslEvent[]) {
  const reply = await call(sim.url, clerk, 'Udalosti', { events, auth: authOf(clerk) });
  await expectSchemaValid(reply.text);
  if (!reply.decoded.ok) throw new Error(JSON.stringify(reply.decoded.failure));
  return reply.decoded.value.outcomes.map((outcome) => outcome.status.code);
}

async function createDocument(sim: RunningSim, clerk: EsslAccount): Promise<EsslId> {
  const reply = await ok(sim.url, clerk, 'DokumentZalozeni', {
    preceding: [],
    document: newDocument(),
    auth: authOf(clerk),
  });
  if (!reply.document) throw new Error(JSON.stringify(reply.status));
  return reply.document.id;
}

describe('the eSSL and the conversion extension of a file', () => {
  it('stores it with the file (a new version keeps it); a file without one has none', async () => {
    const { sim, clerk } = await start();
    const documentId = await createDocument(sim, clerk);
    const output = { ...sampleFileContent(), id: freshId('KONV'), name: 'konverze.pdf' };
    const plain = { ...sampleFileContent(), id: freshId('SOUB') };
    expect(
      await send(sim, clerk, [
        { type: 'SouborZalozeni', eventId: freshEventId(), file: output, extension },
        {
          type: 'SouborVlozitKDokumentu',
          eventId: freshEventId(),
          documentId,
          file: { id: output.id, role: 'main', name: output.name },
        },
        { type: 'SouborZalozeni', eventId: freshEventId(), file: plain },
      ]),
    ).toEqual(['0000', '0000', '0000']);
    expect(sim.essl.file(output.id)).toEqual({ file: output, extension });
    expect(sim.essl.file(plain.id)).toEqual({ file: plain, extension: null });
    expect(sim.essl.file(freshId('NENI'))).toBeNull();

    const signed = { ...output, base64: Buffer.from('%PDF-1.7 podepsáno').toString('base64') };
    expect(
      await send(sim, clerk, [
        { type: 'SouborNovaVerze', eventId: freshEventId(), file: signed, reason: 'Podpis' },
      ]),
    ).toEqual(['0000']);
    expect(sim.essl.file(output.id)).toEqual({ file: signed, extension });
  });

  it('keeps it across a restart with --data', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'essl-ext-'));
    dirs.push(dir);
    const first = await start(dir);
    const formatChange: FileExtension = {
      formatChange: {
        originalFormat: 'TIFF (image/tiff)',
        originalFileId: freshId('PUVO'),
        changedAt: '2026-05-14T08:00:00.000Z',
        person: 'Jana Dvořáková',
      },
    };
    const output = { ...sampleFileContent(), id: freshId('PDFA') };
    expect(
      await send(first.sim, first.clerk, [
        { type: 'SouborZalozeni', eventId: freshEventId(), file: output, extension: formatChange },
      ]),
    ).toEqual(['0000']);
    await first.sim.close();
    running.splice(running.indexOf(first.sim), 1);
    const second = await start(dir);
    expect(second.sim.essl.file(output.id)).toEqual({ file: output, extension: formatChange });
  });
});
