import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OrganizationProfile } from '../../../common/contract/types';
import { incomingInput, sampleFilePlan } from '../../../common/domain/testing/sampleDocuments';
import { CommandError } from '../errors';
import { UradovnaDatabase } from '../schema';
import { getSetting } from '../settings';
import { verifyTxLog } from '../txlog/verify';
import { registerDocument } from './registerDocument';
import {
  handlersWithCurrentUser,
  updateOrganization,
  validateOrganizationSettings,
  type OrganizationSettings,
} from './updateOrganization';

const NOW = new Date('2026-03-10T09:00:00.000Z');

const profile = (overrides: Partial<OrganizationProfile> = {}): OrganizationProfile => ({
  name: 'Obec Horní Lhota',
  abbreviation: 'OUHL',
  pidPrefix: 'OUHL',
  referenceMask: '{abbr} {seq}/{year}',
  ico: '99120348',
  dataBoxId: 'hl7q2ab',
  address: 'Horní Lhota 1, 391 99 Horní Lhota',
  ...overrides,
});

const settings = (overrides: Partial<OrganizationProfile> = {}): OrganizationSettings => ({
  organization: profile(overrides),
  currentUser: 'Jana Dvořáková',
  handlers: ['Jana Dvořáková', 'Petr Novák'],
});

let db: UradovnaDatabase;

beforeEach(async () => {
  db = new UradovnaDatabase(`update-organization-${crypto.randomUUID()}`);
  await db.open();
});

afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

async function refusal(promise: Promise<unknown>): Promise<CommandError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(CommandError);
  return error as CommandError;
}

async function nothingWritten(): Promise<void> {
  expect(await db.settings.count()).toBe(0);
  expect(await db.txlog.count()).toBe(0);
  expect(await db.outbox.count()).toBe(0);
}

describe('validateOrganizationSettings', () => {
  const issuesOf = (input: OrganizationSettings) => {
    const result = validateOrganizationSettings(input);
    return result.ok ? [] : result.issues;
  };

  it('accepts the demo municipality and normalises what people type', () => {
    const result = validateOrganizationSettings({
      organization: profile({
        name: '  Obec   Horní Lhota ',
        pidPrefix: ' ouhl ',
        dataBoxId: 'HL7Q2AB',
        ico: '991 203 48',
      }),
      currentUser: ' Jana  Dvořáková ',
      handlers: ['Petr Novák', '', 'Petr Novák'],
    });
    expect(result).toEqual({
      ok: true,
      value: {
        organization: profile(),
        currentUser: 'Jana Dvořáková',
        handlers: ['Jana Dvořáková', 'Petr Novák'],
      },
    });
  });

  it('requires a name and an abbreviation', () => {
    expect(issuesOf(settings({ name: '   ', abbreviation: '' }))).toEqual([
      { path: 'organization.name', message: 'settings.validation.nameRequired' },
      { path: 'organization.abbreviation', message: 'settings.validation.abbreviationRequired' },
    ]);
  });

  it('refuses braces and slashes in the abbreviation but takes Czech letters', () => {
    expect(issuesOf(settings({ abbreviation: 'OU{seq}' }))).toEqual([
      { path: 'organization.abbreviation', message: 'settings.validation.abbreviationChars' },
    ]);
    expect(issuesOf(settings({ abbreviation: 'OÚ-HL' }))).toEqual([]);
  });

  it.each([
    [
      '{abbr} /{year}',
      [{ path: 'organization.referenceMask', message: 'validation.mask.missingSequence' }],
    ],
    [
      '{abbr} {seq}',
      [{ path: 'organization.referenceMask', message: 'validation.mask.missingYear' }],
    ],
    [
      '{abbr} {seq}/{rok}',
      [
        {
          path: 'organization.referenceMask',
          message: 'validation.mask.unknownToken',
          params: { token: '{rok}' },
        },
        { path: 'organization.referenceMask', message: 'validation.mask.missingYear' },
      ],
    ],
    ['  ', [{ path: 'organization.referenceMask', message: 'validation.mask.empty' }]],
  ])('reports what is wrong with the mask %j', (mask, expected) => {
    expect(issuesOf(settings({ referenceMask: mask }))).toEqual(expected);
  });

  it('checks the IČO check digit and the data box length when they are filled in', () => {
    expect(issuesOf(settings({ ico: '99120349', dataBoxId: 'hl7q2a' }))).toEqual([
      { path: 'organization.ico', message: 'validation.ico' },
      { path: 'organization.dataBoxId', message: 'validation.dataBoxId', params: { length: 6 } },
    ]);
    expect(issuesOf(settings({ ico: '', dataBoxId: '' }))).toEqual([]);
  });

  it('wants PID prefixes of plain letters and digits', () => {
    const format = {
      path: 'organization.pidPrefix',
      message: 'settings.validation.pidPrefixFormat',
      params: { min: 2, max: 12 },
    };
    expect(issuesOf(settings({ pidPrefix: 'OÚHL' }))).toEqual([format]);
    expect(issuesOf(settings({ pidPrefix: 'O' }))).toEqual([format]);
    expect(issuesOf(settings({ pidPrefix: '' }))).toEqual([
      { path: 'organization.pidPrefix', message: 'settings.validation.pidPrefixRequired' },
    ]);
  });

  it('needs the name of who works at this PC', () => {
    expect(issuesOf({ ...settings(), currentUser: '  ' })).toEqual([
      { path: 'currentUser', message: 'settings.validation.currentUserRequired' },
    ]);
  });
});

describe('handlersWithCurrentUser', () => {
  it('puts the current user first, once', () => {
    expect(handlersWithCurrentUser('Jana', ['Petr', 'Jana', ' Petr '])).toEqual(['Jana', 'Petr']);
    expect(handlersWithCurrentUser('', ['Petr'])).toEqual(['Petr']);
  });
});

describe('updateOrganization', () => {
  it('saves the first organisation with a log entry and an outbox entry', async () => {
    const result = await updateOrganization(db, { ...settings(), handlers: ['Petr Novák'] }, NOW);

    expect(result.handlers).toEqual(['Jana Dvořáková', 'Petr Novák']);
    expect(await getSetting(db, 'organization')).toEqual(profile());
    expect(await getSetting(db, 'currentUser')).toBe('Jana Dvořáková');
    expect(await getSetting(db, 'handlers')).toEqual(['Jana Dvořáková', 'Petr Novák']);

    const log = await db.txlog.toArray();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      event: 'Uprava',
      entityType: 'settings',
      entityId: 'organization',
      actor: 'Jana Dvořáková',
      at: NOW.toISOString(),
    });
    expect(log[0]?.detail['organization.abbreviation']).toBe('OUHL');
    expect(await verifyTxLog(db)).toEqual({ ok: true, entries: 1 });

    const outbox = await db.outbox.toArray();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({
      kind: 'settings.update',
      entityId: 'organization',
      createdAt: NOW.toISOString(),
    });
    expect(outbox[0]?.payload).toEqual({
      organization: profile(),
      currentUser: 'Jana Dvořáková',
      handlers: result.handlers,
    });
  });

  it('applies a patch over what is stored and logs only what changed, by the user at this PC', async () => {
    await updateOrganization(db, settings(), NOW);
    const later = new Date('2026-03-11T10:00:00.000Z');
    const result = await updateOrganization(
      db,
      {
        organization: { abbreviation: 'OUHLO', referenceMask: '{abbr}-{seq:4}/{yy}' },
        currentUser: 'Marie Svobodová',
      },
      later,
    );

    expect(result.changed).toEqual([
      'organization.abbreviation',
      'organization.referenceMask',
      'currentUser',
      'handlers',
    ]);
    expect(result.organization).toEqual(
      profile({ abbreviation: 'OUHLO', referenceMask: '{abbr}-{seq:4}/{yy}' }),
    );
    // The previous user stays a handler: documents may still be assigned to her.
    expect(result.handlers).toEqual(['Marie Svobodová', 'Jana Dvořáková', 'Petr Novák']);
    const last = await db.txlog.orderBy('seq').last();
    expect(last).toMatchObject({ actor: 'Jana Dvořáková', at: later.toISOString() });
    expect(last?.detail).toMatchObject({
      'organization.referenceMask': '{abbr}-{seq:4}/{yy}',
      currentUser: 'Marie Svobodová',
    });
    expect(last?.detail).not.toHaveProperty('organization.name');
    expect(await verifyTxLog(db)).toEqual({ ok: true, entries: 2 });
  });

  it('writes nothing when nothing changed', async () => {
    await updateOrganization(db, settings(), NOW);
    const result = await updateOrganization(
      db,
      { organization: { name: ' Obec Horní Lhota ' } },
      NOW,
    );
    expect(result.changed).toEqual([]);
    expect(await db.txlog.count()).toBe(1);
    expect(await db.outbox.count()).toBe(1);
  });

  it.each([
    [{ organization: { name: '' } }, 'organization.name'],
    [{ organization: { abbreviation: ' ' } }, 'organization.abbreviation'],
    [{ organization: { referenceMask: '{abbr} {seq}' } }, 'organization.referenceMask'],
    [{ organization: { referenceMask: '{abbr} {cislo}/{year}' } }, 'organization.referenceMask'],
    [{ organization: { ico: '12345678' } }, 'organization.ico'],
    [{ organization: { dataBoxId: 'abc123' } }, 'organization.dataBoxId'],
  ])('refuses %j and writes nothing', async (patch, path) => {
    const error = await refusal(
      updateOrganization(
        db,
        { ...settings(), ...patch, organization: { ...profile(), ...patch.organization } },
        NOW,
      ),
    );
    expect(error.code).toBe('errors.validation');
    expect(error.issues.map((issue) => issue.path)).toContain(path);
    await nothingWritten();
  });

  it('refuses a first save without an organisation name (an empty database stays empty)', async () => {
    const error = await refusal(updateOrganization(db, { currentUser: 'Jana' }, NOW));
    expect(error.issues.map((issue) => issue.path)).toEqual([
      'organization.name',
      'organization.abbreviation',
      'organization.pidPrefix',
      'organization.referenceMask',
    ]);
    await nothingWritten();
  });

  it('commits the settings, the log and the outbox together or not at all', async () => {
    vi.spyOn(db.txlog, 'bulkAdd').mockRejectedValue(new Error('disk gone'));
    await expect(updateOrganization(db, settings(), NOW)).rejects.toThrow('disk gone');
    await nothingWritten();
  });

  it('locks the PID prefix once a document exists, and lets everything else change', async () => {
    await updateOrganization(db, settings(), NOW);
    await db.planGroups.bulkPut(sampleFilePlan);
    const first = await registerDocument(db, incomingInput(), [], { now: NOW });
    expect(first.referenceNumber).toBe('OUHL 1/2026');

    const error = await refusal(
      updateOrganization(db, { organization: { pidPrefix: 'HLOTA' } }, NOW),
    );
    expect(error.issues).toEqual([
      { path: 'organization.pidPrefix', message: 'settings.validation.pidPrefixLocked' },
    ]);
    expect((await getSetting(db, 'organization'))?.pidPrefix).toBe('OUHL');
    expect(await db.txlog.count()).toBe(2);

    // The same prefix typed in lower case is no change; the mask is free to change.
    await updateOrganization(
      db,
      { organization: { pidPrefix: 'ouhl', referenceMask: '{abbr}-{seq:3}/{year}' } },
      NOW,
    );
    const second = await registerDocument(db, incomingInput(), [], { now: NOW });
    expect(second.referenceNumber).toBe('OUHL-002/2026');
    // A number once given keeps its form.
    expect((await db.documents.get(first.pid))?.referenceNumber).toBe('OUHL 1/2026');
    expect(await verifyTxLog(db)).toMatchObject({ ok: true });
  });

  it('lets the PID prefix change while no document exists', async () => {
    await updateOrganization(db, settings(), NOW);
    const result = await updateOrganization(db, { organization: { pidPrefix: 'HLOTA' } }, NOW);
    expect(result.organization.pidPrefix).toBe('HLOTA');
  });

  it('makes registering possible once the organisation is saved', async () => {
    await db.planGroups.bulkPut(sampleFilePlan);
    const error = await refusal(registerDocument(db, incomingInput(), [], { now: NOW }));
    expect(error.code).toBe('errors.notConfigured');
    await updateOrganization(db, settings(), NOW);
    await expect(registerDocument(db, incomingInput(), [], { now: NOW })).resolves.toMatchObject({
      referenceNumber: 'OUHL 1/2026',
    });
  });
});
