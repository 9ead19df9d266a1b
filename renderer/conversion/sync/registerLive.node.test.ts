/**
 * The conversion's whole way against the real simulator over HTTP, in Node: main's own
 * `conversion.*` handlers (the code the shell and the browser host run) build the scans
 * and the clause and ask the simulator's conversion register; the sync engine takes the
 * signed output to the simulated eSSL with the register record.
 */
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { conversionBlobId } from '../../../common/domain/conversion';
import { defaultConfig } from '../../../main/services/config/configStore';
import { createConversionHandlers } from '../../../main/services/conversion/handlers';
import { createMemoryLogger } from '../../../main/services/log/logger';
import { createAssetLoader } from '../../../main/services/pdf/assets';
import { createSigningTrust } from '../../../main/services/signing/trustSource';
import { defaultAssetsDir } from '../../../webhost/paths';
import { registerDocument } from '../../db/commands/registerDocument';
import type { UradovnaDatabase } from '../../db/schema';
import { blobBytes } from '../../signing/commands/signedBytes';
import {
  demoDevice,
  demoInput,
  engineFor,
  portFor,
  startLiveEssl,
  type LiveEssl,
} from '../../sync/testing/liveEssl.node';
import { recordSignedConversion } from '../db/completeConversion';
import { preparePaperToElectronic } from '../db/prepareConversion';
import { SYSTEM_CODE } from '../../sync/map/toEssl';
import { appended, scanFields } from '../testing/conversionFixtures';
import { runRegisterQueue, type RegisterQueuePort } from './registerQueue';

let live: LiveEssl;
let db: UradovnaDatabase;
let port: RegisterQueuePort & ReturnType<typeof createConversionHandlers>;

beforeEach(async () => {
  live = await startLiveEssl();
  db = await demoDevice(live);
  const info = {
    version: 'test',
    platform: 'web' as const,
    demo: true,
    dataDir: live.dataDir,
    simUrl: live.sim.url,
  };
  const config = { get: async () => ({ ...defaultConfig, mode: 'demo' as const }) };
  port = createConversionHandlers({
    info,
    config,
    logger: createMemoryLogger(),
    assets: createAssetLoader(defaultAssetsDir),
    trust: createSigningTrust({ info, config }),
  }) as typeof port;
});

afterEach(async () => {
  db.close();
  await live.close();
});

async function scan(): Promise<Uint8Array<ArrayBuffer>> {
  // An A4 page at 150 dpi, greyish like paper, as a scanner's JPEG.
  return new Uint8Array(
    await sharp({
      create: { width: 1240, height: 1754, channels: 3, background: { r: 240, g: 238, b: 230 } },
    })
      .jpeg({ quality: 80 })
      .withMetadata({ density: 150 })
      .toBuffer(),
  );
}

describe('a conversion against the simulator', () => {
  it('waits while the register is down, then gets its number, clause and reaches the eSSL', async () => {
    const registered = await registerDocument(db, await demoInput(db, 'Žádost o kácení'), []);
    const files = [{ name: 'sken.jpg', bytes: await scan() }];
    const inspection = await port['conversion.inspectScans']({ files });
    expect(inspection.pages).toHaveLength(1);
    const built = await port['conversion.buildScanPdf']({
      files,
      pages: [{ file: 0, page: 0, rotate: 0, mode: 'greyscale' }],
      title: 'Žádost o kácení',
    });
    const id = await preparePaperToElectronic(db, {
      pid: registered.pid,
      pdf: built.pdf,
      pages: built.pages,
      fields: scanFields(),
    });

    live.sim.conversionRegister.setMode('down');
    expect((await runRegisterQueue(db, port)).waiting).toBe(1);
    expect(await db.conversions.get(id)).toMatchObject({ state: 'waitingForNumber', number: null });
    expect(await db.conversionBlobs.get(conversionBlobId(id, 'withClause'))).toBeUndefined();
    expect(live.sim.conversionRegister.records()).toHaveLength(0);

    live.sim.conversionRegister.setMode('up');
    await runRegisterQueue(db, port);
    const numbered = await db.conversions.get(id);
    expect(numbered?.state).toBe('awaitingSignature');
    const [record] = live.sim.conversionRegister.records();
    expect(numbered?.number).toBe(record?.number);
    expect(record?.request).toMatchObject({
      direction: 'paperToElectronic',
      sheets: 2,
      pid: registered.pid,
    });

    const withClause = await blobBytes(
      (await db.conversionBlobs.get(conversionBlobId(id, 'withClause')))!.blob,
    );
    const componentId = await recordSignedConversion(db, id, appended(withClause));
    expect((await engineFor(db, portFor(live)).syncNow()).ok).toBe(true);
    const onServer = live.sim.essl.file({ value: componentId, source: SYSTEM_CODE });
    expect(onServer?.extension?.conversion).toMatchObject({
      number: record?.number,
      direction: 'paperToElectronic',
      person: numbered?.person,
    });
  });

  it('keeps a refusal by the register for the clerk, with its reason, and numbers nothing', async () => {
    const registered = await registerDocument(db, await demoInput(db, 'Žádost'), []);
    const files = [{ name: 'sken.jpg', bytes: await scan() }];
    const built = await port['conversion.buildScanPdf']({
      files,
      pages: [{ file: 0, page: 0, rotate: 0, mode: 'blackWhite' }],
      title: 'Žádost',
    });
    const id = await preparePaperToElectronic(db, {
      pid: registered.pid,
      pdf: built.pdf,
      pages: built.pages,
      fields: scanFields(),
    });
    live.sim.conversionRegister.setMode('error', 'Subjekt nemá oprávnění provádět konverzi.');
    const report = await runRegisterQueue(db, port);
    expect(report.refused).toBe(1);
    const refused = await db.conversions.get(id);
    expect(refused?.state).toBe('refused');
    expect(refused?.refusal?.message).toContain('Subjekt nemá oprávnění provádět konverzi.');
    expect(refused?.number).toBeNull();
  });
});
