import type { TFunction } from 'i18next';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SigningOutcome, SignRequest } from '../../../../common/contract/signing';
import type { SignatureBox } from '../../../../common/domain/letter';
import { incomingInput } from '../../../../common/domain/testing/sampleDocuments';
import { minimalPdf } from '../../../../common/domain/testing/sampleFiles';
import { registerDocument } from '../../../db/commands/registerDocument';
import { CommandError } from '../../../db/errors';
import { eachTestDatabase } from '../../../db/testing/databaseLifecycle';
import type { UradovnaDatabase } from '../../../db/schema';
import { errorText } from '../../../i18n';
import { blobBytes } from '../../../signing/commands/signedBytes';
import { signAndKeep } from '../../../signing/ui/signAndKeep';
import { preparePaperToElectronic } from '../../db/prepareConversion';
import { runRegisterQueue, type RegisterQueuePort } from '../../sync/registerQueue';
import {
  clauseOutputBytes,
  conversionSignatureReason,
  conversionSigning,
  signableConversion,
} from './conversionSigning';
import { loadTestI18n } from '../../../ui/testing/testI18n';

const NOW = new Date('2026-03-10T09:00:00.000Z');
const BOX: SignatureBox = { page: 1, x: 56, y: 90, width: 220, height: 64 };
const encoder = new TextEncoder();
const withClause = new Uint8Array([...minimalPdf(), ...encoder.encode('% the clause page\n')]);

let t: TFunction;
let db: UradovnaDatabase;
let conversionId: string;

beforeAll(async () => {
  t = (await loadTestI18n()).t;
});
eachTestDatabase((opened) => {
  db = opened;
});
beforeEach(async () => {
  const { pid } = await registerDocument(db, incomingInput(), [], { now: NOW });
  conversionId = await preparePaperToElectronic(
    db,
    {
      pid,
      pdf: minimalPdf(),
      pages: 1,
      fields: {
        description: 'Žádost (Jan Novák)',
        inputDate: null,
        sheets: 1,
        official: true,
        feeCzk: null,
        exemption: null,
        lostElement: null,
        colourReason: null,
        needsColourReason: false,
      },
    },
    { now: NOW },
  );
});

/** The register gives the number and main writes the clause with the signature's box. */
async function numberAndClause(signatureBox: SignatureBox) {
  const port = {
    'conversion.requestNumber': vi.fn(async () => ({
      number: 'KV 7/2026',
      registeredAt: '2026-03-10T09:01:00.000Z',
    })),
    'conversion.finishPaperToElectronic': vi.fn(async () => ({
      pdf: withClause,
      pages: 2,
      signatureBox,
    })),
    'conversion.renderElectronicToPaper': vi.fn(),
  } as unknown as RegisterQueuePort;
  const report = await runRegisterQueue(db, port);
  expect(report).toMatchObject({ numbered: 1, clauses: 1 });
}

function fakeSigner(result: (request: SignRequest) => Uint8Array) {
  return {
    'signing.sign': vi.fn(async (request: SignRequest): Promise<SigningOutcome> => ({
      pdf: result(request),
      level: 'B-T',
      timestampNotice: null,
      signingTime: '2026-03-10T09:05:00.000Z',
      timestampTime: '2026-03-10T09:05:01.000Z',
      certificate: { subjectName: 'Marie Dvořáková' } as SigningOutcome['certificate'],
    })),
  };
}

const pkcs12 = { kind: 'storedPkcs12', id: 'mayor' } as const;

describe('signing a conversion’s output', () => {
  it('keeps the box main left on the clause page with the conversion', async () => {
    await numberAndClause(BOX);
    expect(await db.conversions.get(conversionId)).toMatchObject({
      state: 'awaitingSignature',
      number: 'KV 7/2026',
      pages: 2,
      signatureBox: BOX,
    });
  });

  it('signs the output with its clause in that box, B-T asked, with the conversion’s reason', async () => {
    await numberAndClause(BOX);
    const signing = conversionSigning(
      db,
      signableConversion(await db.conversions.get(conversionId)),
    );
    const signed = new Uint8Array([...withClause, ...encoder.encode('% signature\n')]);
    const port = fakeSigner(() => signed);
    await signAndKeep(
      port,
      {
        loadPdf: signing.loadPdf,
        signer: pkcs12,
        timestamp: true,
        visible: signing.signatureBox,
        reason: signing.reason,
      },
      signing.keep,
    );
    expect(port['signing.sign']).toHaveBeenCalledWith({
      pdf: withClause,
      signer: pkcs12,
      timestamp: true,
      visible: BOX,
      reason: 'Autorizovaná konverze č. KV 7/2026',
    });
    const conversion = await db.conversions.get(conversionId);
    expect(conversion?.state).toBe('done');
    const component = await db.components.get(conversion?.outputComponentId ?? '');
    expect(component?.role).toBe('conversionOutput');
    expect(await blobBytes(component!.blob)).toEqual(signed);
  });

  it('keeps nothing when main refuses to sign', async () => {
    await numberAndClause(BOX);
    const signing = conversionSigning(
      db,
      signableConversion(await db.conversions.get(conversionId)),
    );
    const port = {
      'signing.sign': vi.fn(async () => {
        throw new CommandError('errors.letterSigning.notPdf');
      }),
    };
    const keep = vi.fn(signing.keep);
    await expect(
      signAndKeep(
        port,
        { loadPdf: signing.loadPdf, signer: pkcs12, timestamp: true, visible: null },
        keep,
      ),
    ).rejects.toThrow(CommandError);
    expect(keep).not.toHaveBeenCalled();
    expect((await db.conversions.get(conversionId))?.state).toBe('awaitingSignature');
  });

  it('refuses a signed file that is not this output with its clause', async () => {
    await numberAndClause(BOX);
    const signing = conversionSigning(
      db,
      signableConversion(await db.conversions.get(conversionId)),
    );
    const port = fakeSigner(() => new Uint8Array([...minimalPdf(), ...encoder.encode('% other')]));
    const failure = await signAndKeep(
      port,
      { loadPdf: signing.loadPdf, signer: pkcs12, timestamp: true, visible: BOX },
      signing.keep,
    ).catch((error: unknown) => error);
    expect(errorText(t, failure)).toBe(
      'Podepsaný soubor není výstupem této konverze s její doložkou.',
    );
    expect((await db.conversions.get(conversionId))?.state).toBe('awaitingSignature');
  });

  it('says in Czech why a conversion cannot be signed now', async () => {
    const refusal = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return errorText(t, error);
      }
      return null;
    };
    expect(refusal(() => signableConversion(undefined))).toBe('Konverze nebyla nalezena.');
    const waiting = await db.conversions.get(conversionId);
    expect(refusal(() => signableConversion(waiting))).toBe('Konverze nečeká na podpis.');
    expect(
      errorText(t, await clauseOutputBytes(db, conversionId).catch((error: unknown) => error)),
    ).toBe('Výstup s ověřovací doložkou zatím neexistuje.');
  });

  it('states the reason in Czech whatever the language of the UI', () => {
    expect(conversionSignatureReason('KV 12/2026')).toBe('Autorizovaná konverze č. KV 12/2026');
  });
});
